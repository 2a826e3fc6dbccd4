public class Main {
    enum Coin { PENNY, NICKEL }

    public static void main(String[] args) {
        Coin c = new Coin();
        System.out.println(c);
    }
}
// error: 5:18: enum types may not be instantiated
