public class Main {
    static double discount(String kind) {
        return switch (kind) {
            case "gold" -> 0.2;
            case "silver" -> 0.1;
            default -> 0;
        };
    }

    public static void main(String[] args) {
        boolean flag = true;
        System.out.println(flag ? 1 : 2.0);
        System.out.println(!flag ? 1 : 2.0);
        System.out.println(discount("gold") + " " + discount("silver") + " " + discount("none"));
        double x = -4.5;
        double abs = x < 0 ? -x : x;
        System.out.println(abs);
        var v = 2.5;
        var w = v * 2;
        System.out.println(w);
        System.out.println(flag ? 'a' : 0.5);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.0
// expect: 2.0
// expect: 0.2 0.1 0.0
// expect: 4.5
// expect: 5.0
// expect: 97.0
