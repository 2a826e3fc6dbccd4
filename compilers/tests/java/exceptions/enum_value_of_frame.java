public class Main {
    enum Rank { TEN, JACK }

    public static void main(String[] args) {
        System.out.println(Rank.valueOf("JACK"));
        System.out.println(Rank.valueOf("Queen"));
    }
}
// expect: JACK
// expect runtime error: trap 4
// expect stderr: at Main.main(enum_value_of_frame.java:6)
// expect exit: 1
