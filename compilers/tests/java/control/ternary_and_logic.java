public class Main {
    static int calls = 0;

    static boolean yes() { calls++; return true; }
    static boolean no() { calls++; return false; }

    public static void main(String[] args) {
        boolean a = no() && yes();
        boolean b = yes() || no();
        System.out.println(a + " " + b + " calls=" + calls);
        boolean c = no() & yes();
        boolean d = yes() | no();
        boolean e = yes() ^ yes();
        System.out.println(c + " " + d + " " + e + " calls=" + calls);
        int x = 7;
        String size = x > 10 ? "big" : x > 5 ? "medium" : "small";
        System.out.println(size);
        System.out.println(!(x > 3) ? "no" : "yes");
        Integer found = x > 5 ? null : 0;
        Integer missing = x > 5 ? 0 : null;
        System.out.println(found + " " + missing + " " + (x < 0 ? null : x * 2));
        try {
            System.out.println("a".concat(x > 5 ? null : "b"));
        } catch (NullPointerException npe) {
            System.out.println(npe.getMessage());
        }
    }
}
// expect: false true calls=2
// expect: false true false calls=8
// expect: medium
// expect: yes
// expect: null 0 14
// expect: Cannot invoke "String.isEmpty()" because "str" is null
