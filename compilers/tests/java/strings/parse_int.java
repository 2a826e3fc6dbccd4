public class Main {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("123") + 1);
        System.out.println(Integer.parseInt("-2147483648"));
        System.out.println(Integer.parseInt("+77"));
        System.out.println(Long.parseLong("9000000000") * 2);
        String[] bad = {"12a", "", "-", "2147483648", " 1"};
        for (String b : bad) {
            try {
                System.out.println(Integer.parseInt(b));
            } catch (NumberFormatException e) {
                System.out.println("bad: " + e.getMessage());
            }
        }
    }
}
// expect: 124
// expect: -2147483648
// expect: 77
// expect: 18000000000
// expect: bad: For input string: "12a"
// expect: bad: For input string: ""
// expect: bad: For input string: "-"
// expect: bad: For input string: "2147483648"
// expect: bad: For input string: " 1"
