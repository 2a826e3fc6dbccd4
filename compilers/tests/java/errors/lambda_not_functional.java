public class Main {
    public static void main(String[] args) {
        String s = () -> "text";
        System.out.println(s);
    }
}
// error: 3:20: incompatible types: String is not a functional interface
