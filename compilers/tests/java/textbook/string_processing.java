import java.util.*;

public class Main {
    static boolean isPalindrome(String s) {
        StringBuilder letters = new StringBuilder();
        for (char c : s.toLowerCase().toCharArray()) {
            if (Character.isLetterOrDigit(c)) letters.append(c);
        }
        String clean = letters.toString();
        return new StringBuilder(clean).reverse().toString().equals(clean);
    }

    static String caesar(String s, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append((char) ('A' + (c - 'A' + shift + 26) % 26));
            else if (Character.isLowerCase(c)) sb.append((char) ('a' + (c - 'a' + shift + 26) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String capitalize(String line) {
        String[] words = line.trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase());
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = Integer.parseInt(in.nextLine().trim());
        Map<String, Integer> freq = new TreeMap<>();
        int vowels = 0, longest = 0;
        String longestWord = "";
        for (int i = 0; i < n; i++) {
            String line = in.nextLine();
            System.out.println(capitalize(line) + " | " + caesar(line, 3) + " | " + isPalindrome(line));
            for (String w : line.toLowerCase().split("\\s+")) {
                if (w.isEmpty()) continue;
                freq.put(w, freq.getOrDefault(w, 0) + 1);
                if (w.length() > longest) {
                    longest = w.length();
                    longestWord = w;
                }
            }
            for (char c : line.toLowerCase().toCharArray()) {
                if ("aeiou".indexOf(c) >= 0) vowels++;
            }
        }
        System.out.println("vowels: " + vowels + ", longest: " + longestWord);
        for (Map.Entry<String, Integer> e : freq.entrySet()) {
            if (e.getValue() > 1) System.out.printf("%-6s %d%n", e.getKey(), e.getValue());
        }
        while (in.hasNextInt()) {
            int x = in.nextInt();
            System.out.print(Integer.toBinaryString(x) + " ");
        }
        System.out.println();
        String csv = "name,age,city";
        System.out.println(String.join(" | ", csv.split(",")) + " " + csv.chars().filter(c -> c == ',').count());
    }
}
// stdin: 3
// stdin: A man a plan a canal Panama
// stdin: the quick brown fox
// stdin: the lazy dog and the fox
// stdin: 5 10 255
// expect: A Man A Plan A Canal Panama | D pdq d sodq d fdqdo Sdqdpd | true
// expect: The Quick Brown Fox | wkh txlfn eurzq ira | false
// expect: The Lazy Dog And The Fox | wkh odcb grj dqg wkh ira | false
// expect: vowels: 21, longest: panama
// expect: a      3
// expect: fox    2
// expect: the    3
// expect: 101 1010 11111111 
// expect: name | age | city 2
