public class Main {
    static int score(String word) {
        switch (word) {
            case "zero": return 0;
            case "one": return 1;
            case "two":
            case "deux": return 2;
            default: return -1;
        }
    }

    public static void main(String[] args) {
        String[] ws = {"one", "deux", "zero", "many", "two"};
        for (String w : ws) System.out.println(w + "=" + score(w));
    }
}
// expect: one=1
// expect: deux=2
// expect: zero=0
// expect: many=-1
// expect: two=2
