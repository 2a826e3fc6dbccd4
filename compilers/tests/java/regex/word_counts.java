import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Words of standard input counted (split by runs of non-word characters), numbers summed with a
// Matcher, and each line's dates rewritten, as a program reading a text file would.
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> counts = new TreeMap<>();
        Pattern number = Pattern.compile("-?\\d+(\\.\\d+)?");
        String separator = "[^A-Za-z']+";
        double total = 0;
        String line;
        while ((line = in.readLine()) != null) {
            for (String w : line.toLowerCase().split(separator)) {
                if (!w.isEmpty()) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
            Matcher m = number.matcher(line);
            while (m.find()) {
                total += Double.parseDouble(m.group());
            }
            if (line.matches(".*\\d{4}-\\d{2}-\\d{2}.*")) {
                System.out.println(line.replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$3.$2.$1"));
            }
        }
        System.out.println(counts);
        System.out.println("total " + total);
    }
}
// stdin: On 1843-10-05 Ada wrote the notes; the notes ran to 65 pages.
// stdin: The Engine's store held 1000 numbers of 40 digits, -3 of them spare.
// stdin:
// stdin: It's 2.5 times the Difference Engine's size (1834-01-01).
// expect: On 05.10.1843 Ada wrote the notes; the notes ran to 65 pages.
// expect: It's 2.5 times the Difference Engine's size (01.01.1834).
// expect: {ada=1, difference=1, digits=1, engine's=2, held=1, it's=1, notes=2, numbers=1, of=2, on=1, pages=1, ran=1, size=1, spare=1, store=1, the=4, them=1, times=1, to=1, wrote=1}
// expect: total 4764.5
