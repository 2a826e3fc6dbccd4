// Expected output: java 17's (java parse_int_errors.java).
public class Main {
    static int safeParse(String s, int dflt) {
        try { return Integer.parseInt(s); }
        catch (NumberFormatException e) { System.out.println("  " + e.getMessage()); return dflt; }
    }
    public static void main(String[] args) {
        String[] inputs = {"42", "-17", "+8", "", " 5", "3.0", "2147483647", "2147483648", "abc", "0x1F", "-0"};
        int total = 0;
        for (String s : inputs) total += safeParse(s, 0);
        System.out.println("total " + total);
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-101", 2) + " " + Long.parseLong("9000000000"));
        System.out.println(Integer.valueOf("77") + Integer.valueOf(3));
        try { Integer.parseInt(null); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Long.parseLong("12L"); } catch (NumberFormatException e) { System.out.println(e); }
        try { Double.parseDouble("1.5x"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Double.parseDouble(" 1e3 ") + Integer.parseInt("12", 8));
        Integer.parseInt("99999999999");
    }
}

// expect:   For input string: ""
// expect:   For input string: " 5"
// expect:   For input string: "3.0"
// expect:   For input string: "2147483648"
// expect:   For input string: "abc"
// expect:   For input string: "0x1F"
// expect: total -2147483616
// expect: 255 -5 9000000000
// expect: 80
// expect: Cannot parse null string
// expect: java.lang.NumberFormatException: For input string: "12L"
// expect: For input string: "1.5x"
// expect: 1010.0
// expect runtime error: trap 4
// expect stderr: at Main.main(parse_int_errors.java:18)
// expect exit: 1
