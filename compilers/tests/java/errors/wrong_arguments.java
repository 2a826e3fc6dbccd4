public class Main {
    static int add(int a, int b) { return a + b; }

    public static void main(String[] args) {
        System.out.println(add(1, "2"));
    }
}
// error: 5:35: incompatible types: String cannot be converted to int
