// A static initialiser that throws: the use that first initialises its class throws java's
// ExceptionInInitializerError, whose cause is the exception (an Error is thrown as it is); each later use
// throws NoClassDefFoundError, whose cause is the error java keeps ("Exception E: message [in thread
// "main"]", an explicit NullPointerException's message kept, a failed dereference's not); a class whose
// superclass failed fails with the superclass's error.
import java.util.*;

public class Main {
    static class Config {
        static final Map<String, Integer> SETTINGS = new HashMap<>();
        static int port;
        static {
            SETTINGS.put("timeout", 30);
            System.out.println("loading config");
            port = Integer.parseInt("80x");
        }
        static int port() { return port; }
    }

    static class Limits {
        static int max = check(12);
        static int check(int n) {
            if (n > 10) throw new AssertionError("limit too large: " + n);
            return n;
        }
    }

    static class Base {
        static String[] names = new String[2];
        static int width = names[0].length();
    }

    static class Derived extends Base {
        static void hello() { System.out.println("hello"); }
    }

    static class Feed {
        static int size = open();
        static int open() { throw new NullPointerException("feed missing"); }
    }

    static int attempt(int which) {
        try {
            switch (which) {
                case 0: return Config.port();
                case 1: return Limits.max;
                case 3: return Feed.size;
                default: Derived.hello(); return Base.width;
            }
        } catch (ExceptionInInitializerError e) {
            System.out.println(which + ": " + e + " caused by " + e.getCause());
            System.out.println(e.getMessage() + " " + (e.getException() == e.getCause()));
        } catch (NoClassDefFoundError e) {
            System.out.println(which + ": " + e.getMessage());
            System.out.println("  cause " + e.getCause());
        } catch (Error e) {
            System.out.println(which + ": " + e);
        }
        return -1;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) {
            for (int which = 0; which < 4; which++) {
                attempt(which);
            }
        }
        try {
            System.out.println(Base.width);
        } catch (LinkageError e) {
            System.out.println(e.getClass().getName() + " " + e.getCause().getMessage());
        }
        System.out.println(Config.SETTINGS);
    }
}
// expect: loading config
// expect: 0: java.lang.ExceptionInInitializerError caused by java.lang.NumberFormatException: For input string: "80x"
// expect: null true
// expect: 1: java.lang.AssertionError: limit too large: 12
// expect: 2: java.lang.ExceptionInInitializerError caused by java.lang.NullPointerException: Cannot invoke "String.length()" because "Main$Base.names[0]" is null
// expect: null true
// expect: 3: java.lang.ExceptionInInitializerError caused by java.lang.NullPointerException: feed missing
// expect: null true
// expect: 0: Could not initialize class Main$Config
// expect:   cause java.lang.ExceptionInInitializerError: Exception java.lang.NumberFormatException: For input string: "80x" [in thread "main"]
// expect: 1: Could not initialize class Main$Limits
// expect:   cause java.lang.ExceptionInInitializerError: Exception java.lang.AssertionError: limit too large: 12 [in thread "main"]
// expect: 2: Could not initialize class Main$Derived
// expect:   cause java.lang.ExceptionInInitializerError: Exception java.lang.ExceptionInInitializerError [in thread "main"]
// expect: 3: Could not initialize class Main$Feed
// expect:   cause java.lang.ExceptionInInitializerError: Exception java.lang.NullPointerException: feed missing [in thread "main"]
// expect: java.lang.NoClassDefFoundError Exception java.lang.NullPointerException [in thread "main"]
// expect runtime error: trap 4
// expect stderr: at jdk.compiler/com.sun.tools.javac.launcher.Main.main(Main.java:132)
// expect exit: 1
