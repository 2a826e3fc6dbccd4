// StrictMath.pow over a small table of bases and exponents, fractional and negative ones among them.
public class Main {
    public static void main(String[] args) {
        double[] bases = {0.5, 1.1, 2.0, 3.7, 10.0};
        double[] exps = {-2.5, -1, 0.5, 1.5, 3, 10.25};
        for (double b : bases) {
            StringBuilder line = new StringBuilder();
            for (double e : exps) {
                line.append(StrictMath.pow(b, e)).append(' ');
            }
            System.out.println(line);
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 5.65685424949238 2.0 0.7071067811865476 0.35355339059327373 0.125 8.211879055212057E-4 
// expect: 0.7879856109467703 0.9090909090909091 1.0488088481701516 1.153689732987167 1.3310000000000004 2.6562871593479773 
// expect: 0.17677669529663687 0.5 1.4142135623730951 2.82842712474619 8.0 1217.7480857627863 
// expect: 0.03797481701315093 0.27027027027027023 1.9235384061671346 7.117092102818398 50.653000000000006 666910.6790177756 
// expect: 0.0031622776601683794 0.1 3.1622776601683795 31.622776601683793 1000.0 1.778279410038923E10 
