public class Main {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    static String color(Suit s) {
        return switch (s) {
            case CLUBS, SPADES -> "black";
            case DIAMONDS, HEARTS -> "red";
        };
    }

    public static void main(String[] args) {
        System.out.println(color(Suit.HEARTS));
        Suit s = null;
        System.out.println(color(s));
    }
}
// expect: red
// expect runtime error: trap 4
// expect stderr: at Main.main(enum_switch_null.java:14)
