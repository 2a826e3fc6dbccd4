import static java.lang.Math.*;

public class Main {
    static int abs(int x) {
        return 99;
    }

    public static void main(String[] args) {
        java.util.List<Integer> l = new java.util.ArrayList<>();
        l.add(1);
        java.util.Map<String, java.util.List<Integer>> m = new java.util.TreeMap<>();
        m.put("k", l);
        java.util.function.Function<Integer, Integer> f = x -> x + 1;
        System.out.println(l + " " + m + " " + f.apply(2));
        java.util.Scanner in = new java.util.Scanner("5 6");
        System.out.println(in.nextInt() + in.nextInt());
        StringBuilder sb = new java.lang.StringBuilder("x");
        System.out.println(sb.append(java.lang.Math.max(1, 2)));
        System.out.println(max(3, 7) + " " + sqrt(16.0) + " " + PI + " " + abs(-3) + " " + pow(2, 10) + " " + E);
        double r = 2;
        System.out.printf("%.3f%n", PI * r * r);
    }
}
// expect: [1] {k=[1]} 3
// expect: 11
// expect: x2
// expect: 7 4.0 3.141592653589793 99 1024.0 2.718281828459045
// expect: 12.566
