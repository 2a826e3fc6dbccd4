public class Main {
    public static void main(String[] args) {
        final double G = 9.81;
        double speed = 20.0;
        for (int angle = 15; angle <= 75; angle += 15) {
            double rad = Math.toRadians(angle);
            double vx = speed * Math.cos(rad);
            double vy = speed * Math.sin(rad);
            double time = 2 * vy / G;
            double range = vx * time;
            double height = vy * vy / (2 * G);
            System.out.printf("angle %2d: time %.2f s, range %.2f m, max height %.2f m%n", angle, time, range, height);
        }
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: angle 15: time 1.06 s, range 20.39 m, max height 1.37 m
// expect: angle 30: time 2.04 s, range 35.31 m, max height 5.10 m
// expect: angle 45: time 2.88 s, range 40.77 m, max height 10.19 m
// expect: angle 60: time 3.53 s, range 35.31 m, max height 15.29 m
// expect: angle 75: time 3.94 s, range 20.39 m, max height 19.02 m
