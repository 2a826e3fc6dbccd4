import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(br.readLine());
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            System.out.println(new StringBuilder(lines.get(i)).reverse());
        }
        String extra = br.readLine();
        System.out.println(extra + " " + br.readLine());
    }
}
// stdin:  3
// stdin: Analytical
// stdin: Engine
// stdin: Note G
// stdin: tail
// expect: G etoN
// expect: enignE
// expect: lacitylanA
// expect: tail null
