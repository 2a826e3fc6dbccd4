// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.io.*;
import java.util.*;
import java.util.stream.*;

public class Main {
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    static String justify(String line, int width) {
        String[] words = line.split(" ");
        if (words.length == 1) return line;
        int gaps = words.length - 1;
        int spaces = width - line.replace(" ", "").length();
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            int n = spaces / gaps + (i <= spaces % gaps ? 1 : 0);
            sb.append(" ".repeat(n)).append(words[i]);
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder all = new StringBuilder();
        String line;
        int lineCount = 0;
        while ((line = in.readLine()) != null) {
            all.append(line).append('\n');
            lineCount++;
        }
        String text = all.toString();
        List<String> wrapped = wrap(text, 28);
        for (int i = 0; i < wrapped.size(); i++) {
            String l = i < wrapped.size() - 1 ? justify(wrapped.get(i), 28) : wrapped.get(i);
            System.out.println("|" + String.format("%-28s", l) + "|");
        }
        String[] words = text.toLowerCase().split("[^a-z']+");
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : words) {
            if (!w.isEmpty()) freq.merge(w, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(freq.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println(lineCount + " lines, " + Arrays.stream(words).filter(w -> !w.isEmpty()).count() + " words, " + freq.size() + " distinct");
        for (int i = 0; i < 5 && i < top.size(); i++) {
            System.out.printf("%2d. %-10s %d%n", i + 1, top.get(i).getKey(), top.get(i).getValue());
        }
        String longest = freq.keySet().stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
        double avg = freq.keySet().stream().mapToInt(String::length).average().orElse(0);
        System.out.printf("longest %s, average distinct length %.3f%n", longest, avg);
        int vowels = 0, consonants = 0;
        for (char c : text.toCharArray()) {
            if ("aeiouAEIOU".indexOf(c) >= 0) vowels++;
            else if (Character.isLetter(c)) consonants++;
        }
        System.out.println("vowels " + vowels + ", consonants " + consonants);
        String acronym = Arrays.stream("Analytical Engine Difference Machine".split(" ")).map(w -> w.substring(0, 1)).collect(Collectors.joining());
        System.out.println(acronym + " " + new StringBuilder(acronym).reverse());
    }
}
// stdin: The Analytical Engine weaves algebraic patterns
// stdin: just as the Jacquard loom weaves flowers and leaves.
// stdin:   The engine can arrange and combine its numerical quantities
// stdin: exactly as if they were letters or any other general symbols;
// stdin:
// stdin: and in fact it might bring out its results in algebraical notation.
// expect: |The Analytical Engine weaves|
// expect: |algebraic  patterns  just as|
// expect: |the   Jacquard  loom  weaves|
// expect: |flowers   and   leaves.  The|
// expect: |engine   can   arrange   and|
// expect: |combine     its    numerical|
// expect: |quantities   exactly  as  if|
// expect: |they  were  letters  or  any|
// expect: |other  general  symbols; and|
// expect: |in  fact  it might bring out|
// expect: |its  results  in algebraical|
// expect: |notation.                   |
// expect: 6 lines, 47 words, 38 distinct
// expect:  1. and        3
// expect:  2. the        3
// expect:  3. as         2
// expect:  4. engine     2
// expect:  5. in         2
// expect: longest algebraical, average distinct length 5.526
// expect: vowels 94, consonants 147
// expect: AEDM MDEA
