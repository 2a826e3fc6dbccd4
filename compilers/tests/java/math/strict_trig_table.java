// A table of StrictMath.sin and cos at whole degrees: fdlibm's last digits.
public class Main {
    public static void main(String[] args) {
        for (int deg = 0; deg <= 360; deg += 30) {
            double r = Math.toRadians(deg);
            System.out.println(deg + " " + StrictMath.sin(r) + " " + StrictMath.cos(r));
        }
        System.out.println(StrictMath.tan(Math.PI / 4) + " " + StrictMath.tan(Math.PI / 2));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0 0.0 1.0
// expect: 30 0.49999999999999994 0.8660254037844387
// expect: 60 0.8660254037844386 0.5000000000000001
// expect: 90 1.0 6.123233995736766E-17
// expect: 120 0.8660254037844387 -0.4999999999999998
// expect: 150 0.49999999999999994 -0.8660254037844387
// expect: 180 1.2246467991473532E-16 -1.0
// expect: 210 -0.5000000000000001 -0.8660254037844386
// expect: 240 -0.8660254037844385 -0.5000000000000004
// expect: 270 -1.0 -1.8369701987210297E-16
// expect: 300 -0.8660254037844386 0.5000000000000001
// expect: 330 -0.5000000000000004 0.8660254037844384
// expect: 360 -2.4492935982947064E-16 1.0
// expect: 0.9999999999999999 1.633123935319537E16
