// StrictMath's other methods are Math's: abs, max, min, round, floor, sqrt, its constants.
public class Main {
    public static void main(String[] args) {
        System.out.println(StrictMath.abs(-3) + " " + StrictMath.max(2, 7) + " " + StrictMath.min(-1.5, 2));
        System.out.println(StrictMath.round(2.5) + " " + StrictMath.floor(-1.5) + " " + StrictMath.sqrt(2));
        System.out.println(StrictMath.PI + " " + StrictMath.E + " " + StrictMath.atan2(1, 1) + " " + StrictMath.cbrt(27));
        System.out.println(StrictMath.sinh(1) + " " + StrictMath.hypot(3, 4) + " " + StrictMath.floorMod(-7, 3));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3 7 -1.5
// expect: 3 -2.0 1.4142135623730951
// expect: 3.141592653589793 2.718281828459045 0.7853981633974483 3.0
// expect: 1.1752011936438014 5.0 2
