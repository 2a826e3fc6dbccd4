// Expected output: java 17's (java switch_yield_grades.java).
public class Main {
    static String classify(int n) {
        return switch (n % 4) {
            case 0 -> "zero";
            case 1, -1 -> "one";
            case 2, -2 -> {
                String s = "two";
                yield s + (n < 0 ? "(neg)" : "");
            }
            default -> "three";
        };
    }
    static int daysIn(String month, boolean leap) {
        int d;
        switch (month) {
            case "feb":
                d = leap ? 29 : 28;
                break;
            case "apr": case "jun": case "sep": case "nov":
                d = 30;
                break;
            default:
                d = 31;
        }
        return d;
    }
    static String grade(char c) {
        return switch (c) {
            case 'A', 'B' -> "good";
            case 'C' -> "ok";
            default -> {
                if (c >= 'a' && c <= 'z') yield grade((char) (c - 'a' + 'A'));
                yield "bad";
            }
        };
    }
    public static void main(String[] args) {
        for (int i = -3; i <= 5; i++) System.out.print(classify(i) + " ");
        System.out.println();
        String[] ms = {"jan", "feb", "apr", "dec"};
        int total = 0;
        for (String m : ms) total += daysIn(m, true);
        System.out.println(total);
        for (char c : "ABCDab".toCharArray()) System.out.print(grade(c) + ",");
        System.out.println();
        int x = 7;
        int y = switch (x) { case 7: yield 70; default: yield 0; };
        System.out.println(y);
    }
}

// expect: three two(neg) one zero one two three zero one 
// expect: 121
// expect: good,good,ok,bad,good,good,
// expect: 70
