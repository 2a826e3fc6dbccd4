public class Main {
    static class AppException extends Exception { }
    public static void main(String[] args) {
        try {
            System.out.println("x");
        } catch (AppException e) {
        }
    }
}
// error: 6:11: exception AppException is never thrown in body of corresponding try statement
