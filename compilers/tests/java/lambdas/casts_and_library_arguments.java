import java.util.*;
import java.util.function.*;

public class Main {
    public static void main(String[] args) {
        System.out.println(String.valueOf(List.of()));
        System.out.println(Math.max(1, 2) + " " + List.of() + " " + Collections.reverseOrder().compare(1, 2));
        var r = (Runnable) () -> System.out.println("run");
        r.run();
        Object f = (Function<String, Integer>) String::length;
        if (f instanceof Function) {
            System.out.println("a function");
        }
        Function<String, Integer> len = String::length;
        System.out.println(len.apply("Analytical"));
    }
}
// expect: []
// expect: 2 [] 1
// expect: run
// expect: a function
// expect: 10
