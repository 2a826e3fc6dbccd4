public class Main {
    public static void main(String[] args) {
        String s = "a";
        Main m = new Main();
        System.out.println(s == m);
    }
}
// error: 5:30: incomparable types: String and Main
