import java.util.*;

public class Main {
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
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
        if (words.length == 1) return line + " ".repeat(width - line.length()) + "|";
        int gaps = words.length - 1, spaces = width - line.replace(" ", "").length();
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            int n = spaces / gaps + (i <= spaces % gaps ? 1 : 0);
            sb.append(" ".repeat(n)).append(words[i]);
        }
        return sb.append('|').toString();
    }
    static String center(String s, int width, char fill) {
        int pad = width - s.length();
        if (pad <= 0) return s;
        String f = String.valueOf(fill);
        return f.repeat(pad / 2) + s + f.repeat(pad - pad / 2);
    }
    public static void main(String[] args) {
        String text = "Charles Babbage designed the Analytical Engine, a general-purpose mechanical computer, "
            + "and Ada Lovelace wrote what is often called the first program for it.";
        List<String> lines = wrap(text, 28);
        for (String l : lines) System.out.println(justify(l, 28));
        System.out.println(center("Report", 30, '='));
        System.out.println(center("odd", 8, '.') + "|" + center("toolong", 3, '-'));
        String[] items = {"Bolts", "Nuts", "Washers (steel)", "Gears"};
        int[] qty = {120, 8, 1500, 42};
        double[] price = {0.05, 0.1, 0.012, 3.999};
        System.out.println(String.format("%-16s%6s%10s%12s", "Item", "Qty", "Price", "Total"));
        System.out.println("-".repeat(44));
        double grand = 0;
        for (int i = 0; i < items.length; i++) {
            double total = qty[i] * price[i];
            grand += total;
            System.out.println(String.format("%-16.14s%6d%10.3f%12.2f", items[i], qty[i], price[i], total));
        }
        System.out.println(String.format("%-16s%28.2f", "TOTAL", grand));
        System.out.println(String.format("[%10.4e] [%-12.2e] [%g] [%.3g]", 123456.789, 0.000123, 0.0001234, 98765.0));
        System.out.println(String.format("[%,.2f] [%(,.2f] [%+.1f] [% d] [%08.3f] [%-+8d]", 1234567.891, -9876.5, 2.25, 42, -3.14159, 7));
        System.out.println(String.format("%3$s %1$s %2$s %1$s", "a", "b", "c") + String.format(" [%5b] [%-6c] [%S]", true, 'x', "shout"));
        System.out.println(String.format("%x %08X %o %#x %#o [%#8X] [%-#6o] %#x", 48879, 3054, 511, 255, 8, 48879, 8, -1L));
        System.out.println(String.format("%d %d %d", (byte) -1, (short) 300, 5_000_000_000L) + String.format(" %x", (byte) -1));
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        sj.setEmptyValue("EMPTY");
        System.out.println(sj);
        for (String s : items) sj.add(s.toLowerCase());
        System.out.println(sj + " " + sj.length());
        String table = String.join("\n", "a,b,c", "dd,e,", ",,f");
        for (String row : table.split("\n")) {
            StringBuilder out = new StringBuilder();
            for (String cell : row.split(",", -1)) out.append(String.format("[%-2s]", cell));
            System.out.println(out);
        }
        System.out.println(String.format("%-5s|%5s|", null, null) + String.format("%.2f%%", 12.345));
        System.out.printf("%5.1f%n", 0.05);
        System.out.printf("%.2f %.2f %.2f %.1f %.0f %.0f%n", 0.125, 0.375, 2.675, 0.25, 0.5, 1.5);
        System.out.println(String.format("%d", 3.0));
    }
}
// expect: Charles Babbage designed the|
// expect: Analytical     Engine,     a|
// expect: general-purpose   mechanical|
// expect: computer,  and  Ada Lovelace|
// expect: wrote  what  is often called|
// expect: the  first  program  for it.|
// expect: ============Report============
// expect: ..odd...|toolong
// expect: Item               Qty     Price       Total
// expect: --------------------------------------------
// expect: Bolts              120     0.050        6.00
// expect: Nuts                 8     0.100        0.80
// expect: Washers (steel    1500     0.012       18.00
// expect: Gears               42     3.999      167.96
// expect: TOTAL                                 192.76
// expect: [1.2346e+05] [1.23e-04    ] [0.000123400] [9.88e+04]
// expect: [1,234,567.89] [(9,876.50)] [+2.3] [ 42] [-003.142] [+7      ]
// expect: c a b a [ true] [x     ] [SHOUT]
// expect: beef 00000BEE 777 0xff 010 [  0XBEEF] [010   ] 0xffffffffffffffff
// expect: -1 300 5000000000 ff
// expect: EMPTY
// expect: {bolts, nuts, washers (steel), gears} 37
// expect: [a ][b ][c ]
// expect: [dd][e ][  ]
// expect: [  ][  ][f ]
// expect: null | null|12.35%
// expect:   0.1
// expect: 0.13 0.38 2.68 0.3 1 2
// expect runtime error: trap 4
// expect stderr: at Main.main(text_formatter.java:73)
// expect exit: 1
