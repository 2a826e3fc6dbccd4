import java.io.*;
import java.util.*;

public class Main {
    static void show(String[] parts) {
        System.out.println(parts.length + " " + Arrays.toString(parts));
    }

    public static void main(String[] args) throws IOException {
        show("a,b,,c,,".split(","));
        show("".split(","));
        show(",,,".split(","));
        show("  the analytical   engine ".split("\\s+"));
        show("one two  three".split(" "));
        show("1.5.9".split("\\."));
        show("key=value=more".split("="));
        show("no separator".split(";"));
        show("a--b----c".split("--"));
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int total = 0;
        while ((line = br.readLine()) != null) {
            for (String w : line.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    total += Integer.parseInt(w);
                }
            }
        }
        System.out.println(total);
    }
}
// stdin: 1 2 3
// stdin:    40   50
// stdin:
// stdin: 600
// expect: 4 [a, b, , c]
// expect: 1 []
// expect: 0 []
// expect: 4 [, the, analytical, engine]
// expect: 4 [one, two, , three]
// expect: 3 [1, 5, 9]
// expect: 3 [key, value, more]
// expect: 1 [no separator]
// expect: 4 [a, b, , c]
// expect: 696
