import java.util.*;

public class Main {
    static Character pick(boolean b) { return b ? 'y' : 110; }

    public static void main(String[] args) {
        byte b = 10 + 20;
        short s = 100 * 300;
        char c = 'a' + 2;
        Character boxed = 65;
        Character next = 'a' + 1;
        List<Character> cs = new ArrayList<>(List.of('z'));
        cs.add(next);
        Object o = boxed;
        System.out.println(b + " " + s + " " + c + " " + boxed + next + " " + cs + " " + (o instanceof Character) + " " + pick(false) + " " + (boxed == 65));
        int x = 5;
        switch (x) {
            case 2 + 3: System.out.println("five"); break;
            case -1: break;
            case 'a' - 96: System.out.println("one"); break;
        }
        char ch = 'b';
        switch (ch) {
            case 'a' + 1 -> System.out.println("b!");
            default -> System.out.println("?");
        }
        final int limit = 60 * 60 * 24;
        System.out.println(limit + " " + (byte) (limit) + " " + (true ? 'c' : 0) + " " + (false ? 1 : 'd'));
    }
}
// expect: 30 30000 c Ab [z, b] true n true
// expect: five
// expect: b!
// expect: 86400 -128 c d
