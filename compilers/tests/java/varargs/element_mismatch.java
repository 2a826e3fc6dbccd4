public class Main {
    static int sum(int... xs) { return xs.length; }
    public static void main(String[] args) {
        System.out.println(sum(1, "two"));
    }
}
// error: 4:28: method sum in class Main cannot be applied to given types;
