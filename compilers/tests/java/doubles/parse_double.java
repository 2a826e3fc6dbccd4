public class Main {
    static void parse(String s) {
        try {
            System.out.println(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        parse("3.14");
        parse("  -2.5e3  ");
        parse("1e400");
        parse("1e-400");
        parse(".5");
        parse("5.");
        parse("+7");
        parse("NaN");
        parse("-Infinity");
        parse("0x1.8p1");
        parse("2.5d");
        parse("1.5f");
        parse("abc");
        parse("");
        parse("1.2.3");
        parse("0.1");
        parse("123456789012345678901234567890");
        Double boxed = Double.valueOf("2.25");
        System.out.println(boxed * 2);
        System.out.println(Double.valueOf(1.5).equals(1.5));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3.14
// expect: -2500.0
// expect: Infinity
// expect: 0.0
// expect: 0.5
// expect: 5.0
// expect: 7.0
// expect: NaN
// expect: -Infinity
// expect: 3.0
// expect: 2.5
// expect: 1.5
// expect: NumberFormatException: For input string: "abc"
// expect: NumberFormatException: empty String
// expect: NumberFormatException: multiple points
// expect: 0.1
// expect: 1.2345678901234568E29
// expect: 4.5
// expect: true
