// DoubleStream.sum and average are java 17's compensated (Kahan) sums: on these arrays the compensated sum
// differs from the simple left-to-right one or from a sum that adds the compensation it should subtract.
import java.util.Arrays;
import java.util.stream.DoubleStream;

public class Main {
    static void print(DoubleStream s) {
        double[] xs = s.toArray();
        double simple = 0;
        for (double x : xs) {
            simple += x;
        }
        System.out.println(Arrays.stream(xs).sum() + " " + simple + " " + Arrays.stream(xs).average().getAsDouble());
    }

    public static void main(String[] args) {
        print(DoubleStream.of(-199691258472033.06, 33636213866375.63, 66.02110010841412, -3.1562102122133883e-07, -1184240406.8832269, 443863.65221586765));
        print(DoubleStream.of(-0.0005535247479197735, 16051927025736.656, 4.697856924496144, 0.0022282327574144225, 5.370623079795545e-06, 2983930.9064036203));
        print(DoubleStream.of(-0.0027814549993364413, -61696.576436746866, 0.01793069086468584, 2.9540652016932113e-05));
        print(DoubleStream.of(-190394704430.524, -3.8628685689556435e-09, 3737.7594454321984, 4.702441635043841e-10, 246071.63281008028, -104.57043915843434));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: -1.6605622840213466E14 -1.6605622840213462E14 -2.767603806702244E13
// expect: 1.6051930009672264E13 1.6051930009672262E13 2.6753216682787104E12
// expect: -61696.561257970345 -61696.56125797035 -15424.140314492586
// expect: -1.9039445472570218E11 -1.9039445472570215E11 -3.1732409120950363E10
