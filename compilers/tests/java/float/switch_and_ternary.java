// float in conditionals, as a method result and in a switch expression's arms.
public class Main {
    static float grade(int score) {
        return switch (score / 10) {
            case 10, 9 -> 4.0f;
            case 8 -> 3.0f;
            case 7 -> 2.5f;
            default -> 0f;
        };
    }

    public static void main(String[] args) {
        int[] scores = {95, 83, 71, 40};
        float total = 0;
        for (int s : scores) {
            total += grade(s);
        }
        System.out.println(total / scores.length);
        float x = -0.5f;
        System.out.println(x < 0 ? -x : x);
        System.out.println(x == -0.5 ? "equal" : "not");
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 2.375
// expect: 0.5
// expect: equal
