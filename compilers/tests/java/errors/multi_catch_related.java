public class Main {
    public static void main(String[] args) {
        try {
            System.out.println(Integer.parseInt("x"));
        } catch (IllegalArgumentException | NumberFormatException e) {
            System.out.println(e);
        }
        try {
            System.out.println(Integer.parseInt("x"));
        } catch (ArithmeticException |  RuntimeException | IllegalStateException e) {
            System.out.println(e);
        }
    }
}
// error: 5:45: Alternatives in a multi-catch statement cannot be related by subclassing
// error: 10:41: Alternative ArithmeticException is a subclass of alternative RuntimeException
// error: 10:60: Alternative IllegalStateException is a subclass of alternative RuntimeException
