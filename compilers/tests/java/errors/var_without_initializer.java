public class Main {
    public static void main(String[] args) {
        var x;
        x = 3;
        System.out.println(x);
    }
}
// error: 3:13: cannot infer type for local variable x
