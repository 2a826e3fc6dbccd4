public class Main {
    public static void main(String[] args) {
        String a = "same";
        String b = "same";
        String c = new StringBuilder("sa").append("me").toString();
        System.out.println(a == b);
        System.out.println(a == c);
        System.out.println(a.equals(c));
        System.out.println(c.equals(a));
        String n = null;
        System.out.println(a.equals(n));
        System.out.println(n == null);
    }
}
// expect: true
// expect: false
// expect: true
// expect: true
// expect: false
// expect: true
