public class Main {
    public static void main(String[] args) {
        String a = String.valueOf(42);
        String b = String.valueOf('z');
        String c = String.valueOf(false);
        String d = Integer.toString(-9);
        System.out.println(a + b + c + d);
        System.out.println(a.length() + d.length());
    }
}
// expect: 42zfalse-9
// expect: 4
