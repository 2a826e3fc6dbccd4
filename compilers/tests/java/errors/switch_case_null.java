// `case null` is a preview feature of Java 17: javac rejects it without --enable-preview.
public class Main {
    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : null;
        switch (command) {
            case null -> System.out.println("no command");
            case "run" -> System.out.println("running");
            default -> System.out.println("unknown");
        }
    }
}
// error: 6:18: null in switch cases is a preview feature and is disabled by default.
