public class Main {
    public static void main(String[] args) {
        int n = "five";
        System.out.println(n);
    }
}
// error: 3:17: incompatible types: String cannot be converted to int
