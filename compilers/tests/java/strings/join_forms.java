// String.join of a list (also one a generic call makes), of an array and of any number of strings.
import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("ada", "alan"));
        System.out.println(String.join(", ", names));
        System.out.println(String.join(",", List.of("a", "b")) + " " + String.join("-", Arrays.asList("x", "y")));
        System.out.println(String.join("+", "p", "q", "r") + " " + String.join("/", new String[] {"m", "n"}));
        System.out.println("[" + String.join("|") + "] [" + String.join("|", "solo") + "]");
    }
}
// expect: ada, alan
// expect: a,b x-y
// expect: p+q+r m/n
// expect: [] [solo]
