// %g of floats and of boxes, with widths and precisions.
public class Main {
    public static void main(String[] args) {
        float[] xs = {0.1f, 1f / 3, 12345.678f, 1e-5f, 3e10f};
        for (float x : xs) {
            System.out.println(String.format("[%g] [%.2g] [%10.3G] [%-10.1g]", x, x, x, x));
        }
        Double d = 2.0 / 3;
        System.out.printf("%g %.12g%n", d, d);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: [0.100000] [0.10] [     0.100] [0.1       ]
// expect: [0.333333] [0.33] [     0.333] [0.3       ]
// expect: [12345.7] [1.2e+04] [  1.23E+04] [1e+04     ]
// expect: [1.00000e-05] [1.0e-05] [  1.00E-05] [1e-05     ]
// expect: [3.00000e+10] [3.0e+10] [  3.00E+10] [3e+10     ]
// expect: 0.666667 0.666666666667
