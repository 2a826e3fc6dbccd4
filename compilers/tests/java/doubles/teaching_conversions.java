public class Main {
    public static void main(String[] args) {
        double miles = 26.2;
        double km = miles * 1.609344;
        System.out.println(miles + " miles = " + km + " km");
        double pounds = 150;
        System.out.println(pounds + " lb = " + pounds * 0.45359237 + " kg");
        int seconds = 100000;
        double hours = seconds / 3600.0;
        System.out.println(seconds + " s = " + hours + " h");
        double inches = 70;
        int feet = (int) (inches / 12);
        double rest = inches % 12;
        System.out.println(inches + " in = " + feet + " ft " + rest + " in");
        double celsius = 37.5;
        System.out.println(celsius + "C = " + (celsius * 9 / 5 + 32) + "F");
        System.out.println("1/3 as double: " + 1.0 / 3 + ", as int: " + 1 / 3);
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: 26.2 miles = 42.1648128 km
// expect: 150.0 lb = 68.0388555 kg
// expect: 100000 s = 27.77777777777778 h
// expect: 70.0 in = 5 ft 10.0 in
// expect: 37.5C = 99.5F
// expect: 1/3 as double: 0.3333333333333333, as int: 0
