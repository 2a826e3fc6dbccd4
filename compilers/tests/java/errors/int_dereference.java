public class Main {
    public static void main(String[] args) {
        int n = 5;
        System.out.println(n.length());
    }
}
// error: 4:29: int cannot be dereferenced
