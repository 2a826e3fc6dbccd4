public class Main {
    enum Coin { PENNY, NICKEL, DIME }

    public static void main(String[] args) {
        Coin c = Coin.DIME;
        int cents = switch (c) {
            case PENNY -> 1;
            case NICKEL -> 5;
        };
        System.out.println(cents);
    }
}
// error: 6:21: the switch expression does not cover all possible input values
