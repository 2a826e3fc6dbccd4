public class Main {
    static String label;

    public static void main(String[] args) {
        System.out.println("label is " + label);
        System.out.println(label.length());
    }
}
// expect: label is null
// expect runtime error: trap 4
// expect stderr: at Main.main(uncaught_null.java:6)
// expect exit: 1
