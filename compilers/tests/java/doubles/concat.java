public class Main {
    public static void main(String[] args) {
        double d = 2.5;
        String s = "d=" + d;
        System.out.println(s);
        System.out.println(d + " and " + d * 2);
        System.out.println(d + 1 + "x");
        System.out.println("x" + d + 1);
        System.out.println('c' + d);
        System.out.println("" + 1.0 / 3);
        StringBuilder sb = new StringBuilder();
        sb.append(0.1).append(',').append(1e10).append(',').append(-0.0);
        System.out.println(sb);
        System.out.println(String.valueOf(3.0) + Double.toString(1e-5));
        Object o = 4.5;
        System.out.println(o);
        System.out.println("nan: " + Double.NaN + ", inf: " + (1 / 0.0));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: d=2.5
// expect: 2.5 and 5.0
// expect: 3.5x
// expect: x2.51
// expect: 101.5
// expect: 0.3333333333333333
// expect: 0.1,1.0E10,-0.0
// expect: 3.01.0E-5
// expect: 4.5
// expect: nan: NaN, inf: Infinity
