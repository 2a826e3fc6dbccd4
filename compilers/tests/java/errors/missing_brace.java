public class Main {
    public static void main(String[] args) {
        System.out.println("open");
// error: 3:36: reached end of file while parsing
