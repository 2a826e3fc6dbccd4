public class Main {
    public static void main(String[] args) {
        int x;
        Runnable r = () -> System.out.println(x);
    }
}
// error: 4:47: variable x might not have been initialized
