public class Main {
    public static void main(String[] args) {
        int a = 1;
        int a = 2;
    }
}
// error: 4:13: variable a is already defined in method main(String[])
