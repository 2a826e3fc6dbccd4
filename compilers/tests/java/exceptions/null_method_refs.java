// A method reference of a null receiver (s::length) throws when it is made, and String::length applied
// to null throws in java's own code: both NullPointerExceptions' messages are null (java 17's output).
import java.util.function.*;
public class Main {
    public static void main(String[] args) {
        String s = null;
        try { Supplier<Integer> f = s::length; System.out.println("made"); f.get(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Function<String, Integer> g = String::length;
        try { g.apply(null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
// expect: null
// expect: null
