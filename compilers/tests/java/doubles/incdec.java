public class Main {
    static double total = 0.5;
    double field = 1.25;

    public static void main(String[] args) {
        double x = 1.5;
        x++;
        System.out.println(x);
        System.out.println(x--);
        System.out.println(x);
        System.out.println(++x);
        System.out.println(--x);
        total++;
        System.out.println(total);
        Main m = new Main();
        m.field++;
        m.field++;
        System.out.println(m.field);
        double[] a = new double[3];
        a[1]++;
        a[2]--;
        System.out.println(a[0] + " " + a[1] + " " + a[2]);
        for (double t = 0; t < 1; t += 0.25) {
            System.out.print(t + " ");
        }
        System.out.println();
        double u = 1e16;
        u++;
        System.out.println(u);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 2.5
// expect: 2.5
// expect: 1.5
// expect: 2.5
// expect: 1.5
// expect: 1.5
// expect: 3.25
// expect: 0.0 1.0 -1.0
// expect: 0.0 0.25 0.5 0.75 
// expect: 1.0E16
