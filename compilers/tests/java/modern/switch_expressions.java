public class Main {
    static int daysIn(int month, boolean leap) {
        return switch (month) {
            case 2 -> leap ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> {
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException("month " + month);
                }
                yield 31;
            }
        };
    }

    static String kind(char c) {
        String k = switch (c) {
            case 'a', 'e', 'i', 'o', 'u':
                yield "vowel";
            case ' ':
                yield "space";
            default:
                if (Character.isDigit(c)) {
                    yield "digit";
                }
                yield "other";
        };
        return k;
    }

    public static void main(String[] args) {
        int total = 0;
        for (int m = 1; m <= 12; m++) {
            total += daysIn(m, false);
        }
        System.out.println(total + " " + daysIn(2, true));
        String text = "a b7";
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            System.out.println(c + ": " + kind(c));
        }
        String day = "SAT";
        var weekend = switch (day) {
            case "SAT", "SUN" -> true;
            default -> false;
        };
        System.out.println(weekend);
        long big = switch (3) { case 3 -> 1L << 40; default -> 0; };
        System.out.println(big);
        for (int i = 0; i < 3; i++) {
            switch (i) {
                case 0 -> System.out.println("zero");
                case 1 -> {
                    System.out.println("one");
                    System.out.println("uno");
                }
                default -> System.out.println("many");
            }
        }
        System.out.println(daysIn(13, false));
    }
}
// expect: 365 29
// expect: a: vowel
// expect:  : space
// expect: b: other
// expect: 7: digit
// expect: true
// expect: 1099511627776
// expect: zero
// expect: one
// expect: uno
// expect: many
// expect runtime error: trap 4
// expect stderr: at Main.main(switch_expressions.java:59)
