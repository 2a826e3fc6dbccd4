public class Main {
    public static void main(String[] args) {
        int n = 3;
        if (n) System.out.println(n);
    }
}
// error: 4:13: incompatible types: int cannot be converted to boolean
