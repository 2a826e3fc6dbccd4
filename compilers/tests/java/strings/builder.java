public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("n=").append(42).append(' ').append(true).append(' ').append(7L);
        System.out.println(sb.toString());
        System.out.println(sb.length());
        StringBuilder r = new StringBuilder("stressed");
        System.out.println(r.reverse().toString());
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) digits.append(i);
        System.out.println(digits);
        System.out.println("sb: " + digits);
        System.out.println(digits.charAt(3));
        // java 17's messages for an index out of range, a builder held as an Object, and a copy of one
        for (int k = 0; k < 3; k++) {
            try {
                if (k == 0) digits.charAt(12);
                if (k == 1) digits.setCharAt(-1, 'x');
                if (k == 2) digits.deleteCharAt(10);
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        Object o = r;
        System.out.println((o instanceof StringBuilder) + " " + new StringBuilder(r).append('!') + " " + r);
        StringBuilder[] row = {r, digits};
        System.out.println(row.getClass().getName() + " " + row.getClass().getSimpleName());
        o = "text";
        try {
            StringBuilder bad = (StringBuilder) o;
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            new StringBuilder((String) null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
// expect: n=42 true 7
// expect: 11
// expect: desserts
// expect: 0123456789
// expect: sb: 0123456789
// expect: 3
// expect: index 12, length 10
// expect: index -1, length 10
// expect: index 10, length 10
// expect: true desserts! desserts
// expect: [Ljava.lang.StringBuilder; StringBuilder[]
// expect: class java.lang.String cannot be cast to class java.lang.StringBuilder (java.lang.String and java.lang.StringBuilder are in module java.base of loader 'bootstrap')
// expect: Cannot invoke "String.length()" because "str" is null
