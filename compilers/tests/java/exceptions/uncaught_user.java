public class Main {
    static void validate(String s) {
        if (s.isEmpty()) throw new IllegalArgumentException("empty input");
        System.out.println("ok " + s);
    }

    public static void main(String[] args) {
        validate("first");
        validate("");
    }
}
// expect: ok first
// expect runtime error: trap 4
// expect stderr: at Main.main(uncaught_user.java:9)
// expect exit: 1
