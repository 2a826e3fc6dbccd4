import java.util.*;

public class Main {
    static int counter;
    static int next() { return ++counter; }

    public static void main(String[] args) {
        String a = "hello", b = "hello", c = new String("hello"), d = "hel" + "lo";
        String e = "hel";
        String f = e + "lo";
        System.out.println((a == b) + " " + (a == c) + " " + (a == d) + " " + (a == f) + " " + a.equals(f));
        Integer i1 = 100, i2 = 100, i3 = 200, i4 = 200;
        Long l1 = 127L, l2 = 127L;
        System.out.println((i1 == i2) + " " + (i3 == i4) + " " + i3.equals(i4) + " " + (l1 == l2) + " " + (i3 == 200) + " " + Integer.valueOf(5).equals(5));
        int x = 5;
        x = x++ + ++x;
        System.out.println(x);
        int y = 10;
        y += y++ * 2 - --y;
        System.out.println(y);
        int[] arr = {0, 0, 0};
        int k = 0;
        arr[k++] = k++;
        arr[k] = k = 1;
        System.out.println(Arrays.toString(arr) + " " + k);
        System.out.println(next() + next() * next());
        System.out.println(1 + 2 + "3" + 4 + 5 + " " + ('a' + 'b') + " " + (char) ('a' + 1) + 'c' + " " + 'a' + "b" + 'c');
        char ch = 'x';
        System.out.println(ch + 1);
        System.out.println("" + ch + 1);
        System.out.println((int) ch + 1.5 + " " + (ch > 'a') + " " + (true ? 1 : 'c') + " " + (true ? 'c' : 0) + " " + (false ? 1 : 2.0));
        long big = 1_000_000 * 1_000_000;
        long big2 = 1_000_000L * 1_000_000;
        System.out.println(big + " " + big2 + " " + (0.1f + 0.2f) + " " + (float) (0.1 + 0.2) + " " + 1.0f / 3 + " " + 2 / 3 * 3.0 + " " + 2 * 3.0 / 3);
        boolean t = false;
        if (t = true) System.out.println("assigned in if " + t);
        int z = 0;
        boolean r = (z != 0) && (10 / z > 1);
        boolean r2 = (z == 0) || (10 / z > 1);
        System.out.println(r + " " + r2 + " " + (true ^ true) + " " + (5 > 3 == true) + " " + !!t);
        int q = 0;
        if (false & (q++ > 0)) { }
        if (true | (q++ > 0)) { }
        System.out.println("q=" + q);
        String s = null;
        System.out.println(s + null + 1 + 'c' + 1.5f + 2L + true + new int[0].length + new char[]{'h', 'i'}.length);
        StringBuilder sb = new StringBuilder();
        sb.append((String) null).append((Object) null).append(new char[]{'o', 'k'}).append(1.0f).append('\n');
        System.out.print(sb);
        System.out.println(String.valueOf(new char[]{'a', 'b'}) + String.valueOf(3.0) + String.valueOf(true) + Integer.toString(7) + Double.toString(0.5) + Boolean.parseBoolean("TRUE") + Boolean.parseBoolean("yes"));
        Object o = "text";
        Object n = 42;
        Object dd = 4.5;
        System.out.println(o.equals("text") + " " + n.equals(42) + " " + n.equals(42L) + " " + dd.hashCode() + " " + o.hashCode() + " " + (n instanceof Integer) + " " + (n instanceof Comparable) + " " + n.getClass().getName() + " " + o.getClass().getSimpleName());
        switch (counter) {
            case 1: System.out.println("one");
            case 3: System.out.println("three");
            case 4: System.out.println("four (fall through)");
            default: System.out.println("default (fall through)");
        }
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i * 10 + j + " ");
            }
        }
        System.out.println();
        int w = 0;
        do { w += 3; } while (w < 10);
        System.out.println(w);
    }
}
// expect: true false true false true
// expect: true false true true true true
// expect: 12
// expect: 20
// expect: [1, 0, 1] 1
// expect: 7
// expect: 3345 195 bc abc
// expect: 121
// expect: x1
// expect: 121.5 true  c 2.0
// expect: -727379968 1000000000000 0.3 0.3 0.33333334 0.0 2.0
// expect: assigned in if true
// expect: false true false true true
// expect: q=2
// expect: nullnull1c1.52true02
// expect: nullnullok1.0
// expect: ab3.0true70.5truefalse
// expect: true true false 1074921472 3556653 true true java.lang.Integer String
// expect: three
// expect: four (fall through)
// expect: default (fall through)
// expect: 0 1 2 10 11 12 20 21 22 
// expect: 12
