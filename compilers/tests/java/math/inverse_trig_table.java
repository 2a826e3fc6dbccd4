// asin and acos at tenths, and asin(x) + acos(x) against pi/2.
public class Main {
    public static void main(String[] args) {
        for (int i = -10; i <= 10; i += 3) {
            double x = i / 10.0;
            System.out.println(x + " " + Math.asin(x) + " " + Math.acos(x) + " " + (Math.asin(x) + Math.acos(x) == Math.PI / 2));
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: -1.0 -1.5707963267948966 3.141592653589793 true
// expect: -0.7 -0.775397496610753 2.34619382340565 false
// expect: -0.4 -0.41151684606748806 1.9823131728623846 true
// expect: -0.1 -0.1001674211615598 1.6709637479564565 false
// expect: 0.2 0.2013579207903308 1.369438406004566 false
// expect: 0.5 0.5235987755982989 1.0471975511965979 false
// expect: 0.8 0.9272952180016123 0.6435011087932843 true
