// java.util.regex: Pattern, Matcher and PatternSyntaxException, with String's split, matches, replaceAll
// and replaceFirst (RegexStrings). A pattern is parsed as java.util.regex.Pattern parses it (the same
// PatternSyntaxException for a pattern it rejects, with its description and index) into a tree, and
// the tree is compiled to a small program run by a backtracking matcher with an explicit stack (no
// recursion, so a long input cannot overflow the Engine's stack). Its choices are tried in java's order
// (greedy or lazy quantifiers, alternatives left to right), so find() and the groups are java's. A loop
// whose body matched the empty string stops, as java's does. Not offered: lookaround, possessive
// quantifiers, atomic and named groups, inline flags, Unicode properties (each a run-time
// UnsupportedOperationException naming the construct).

class PatternSyntaxException extends IllegalArgumentException {
    private final String desc;
    private final String pattern;
    private final int index;

    PatternSyntaxException(String desc, String regex, int index) {
        super(RegexParser.message(desc, regex, index));
        this.desc = desc;
        this.pattern = regex;
        this.index = index;
    }

    public String getDescription() {
        return desc;
    }

    public String getPattern() {
        return pattern;
    }

    public int getIndex() {
        return index;
    }
}

// A node of a parsed pattern.
final class RegexNode {
    static final int CHAR = 0;
    static final int ANY = 1;
    static final int CLASS = 2;
    static final int BOL = 3;
    static final int EOL = 4;
    static final int EOI = 5;
    static final int WORD = 6;
    static final int NOT_WORD = 7;
    static final int BACKREF = 8;
    static final int GROUP = 9;
    static final int CAT = 10;
    static final int ALT = 11;
    static final int REPEAT = 12;

    int kind;
    int value; // the character, class number, group number (-1: not capturing) or back-referenced group
    int min;
    int max; // -1: no bound
    boolean lazy;
    RegexNode[] kids = new RegexNode[2];
    int count;

    RegexNode(int kind, int value) {
        this.kind = kind;
        this.value = value;
    }

    void add(RegexNode kid) {
        if (count == kids.length) {
            RegexNode[] more = new RegexNode[count * 2];
            for (int i = 0; i < count; i++) {
                more[i] = kids[i];
            }
            kids = more;
        }
        kids[count] = kid;
        count++;
    }
}

// Pattern.compile's parser: the pattern's tree, its character classes (ranges of chars, lo and hi in
// turn) and its number of groups.
final class RegexParser {
    private final String p;
    private int pos;
    int groups;
    int[][] classes = new int[4][];
    int classCount;

    RegexParser(String p) {
        this.p = p;
    }

    static String message(String desc, String regex, int index) {
        StringBuilder sb = new StringBuilder().append(desc);
        if (index >= 0) {
            sb.append(" near index ").append(index);
        }
        sb.append("\n").append(regex);
        if (index >= 0 && index < regex.length()) {
            sb.append("\n");
            for (int i = 0; i < index; i++) {
                sb.append(' ');
            }
            sb.append('^');
        }
        return sb.toString();
    }

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, p, index);
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("regular expressions' " + what + " are not supported");
    }

    RegexNode parse() {
        RegexNode n = alternation();
        if (pos < p.length()) { // only an unmatched ')' stops an alternation early
            throw error("Unmatched closing ')'", pos - 1);
        }
        return n;
    }

    private RegexNode alternation() {
        RegexNode first = sequence();
        if (pos >= p.length() || p.charAt(pos) != '|') {
            return first;
        }
        RegexNode alt = new RegexNode(RegexNode.ALT, 0);
        alt.add(first);
        while (pos < p.length() && p.charAt(pos) == '|') {
            pos++;
            alt.add(sequence());
        }
        return alt;
    }

    private RegexNode sequence() {
        RegexNode cat = new RegexNode(RegexNode.CAT, 0);
        while (pos < p.length()) {
            char c = p.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            if (c == '*' || c == '+' || c == '?') {
                throw error("Dangling meta character '" + c + "'", pos);
            }
            RegexNode atom = atom();
            if (atom != null) {
                cat.add(closure(atom));
            }
        }
        return cat;
    }

    // One atom, or null for \Q...\E and \E, which add their characters to nothing.
    private RegexNode atom() {
        char c = p.charAt(pos);
        pos++;
        if (c == '(') {
            return group();
        }
        if (c == '[') {
            return new RegexNode(RegexNode.CLASS, charClass());
        }
        if (c == '.') {
            return new RegexNode(RegexNode.ANY, 0);
        }
        if (c == '^') {
            return new RegexNode(RegexNode.BOL, 0);
        }
        if (c == '$') {
            return new RegexNode(RegexNode.EOL, 0);
        }
        if (c == '\\') {
            return escape();
        }
        return new RegexNode(RegexNode.CHAR, c);
    }

    private RegexNode group() {
        int number = -1;
        if (pos < p.length() && p.charAt(pos) == '?') {
            pos++;
            if (pos < p.length() && p.charAt(pos) == ':') {
                pos++;
            } else if (pos < p.length() && p.charAt(pos) == '<' && pos + 1 < p.length()
                    && (p.charAt(pos + 1) == '=' || p.charAt(pos + 1) == '!')) {
                throw unsupported("lookbehinds (?<= (?<!");
            } else if (pos < p.length() && (p.charAt(pos) == '=' || p.charAt(pos) == '!')) {
                throw unsupported("lookaheads (?= (?!");
            } else if (pos < p.length() && p.charAt(pos) == '<') {
                throw unsupported("named groups (?<name>");
            } else if (pos < p.length() && p.charAt(pos) == '>') {
                throw unsupported("atomic groups (?>");
            } else {
                throw unsupported("inline flags (?i) and the like");
            }
        } else {
            groups++;
            number = groups;
        }
        RegexNode g = new RegexNode(RegexNode.GROUP, number);
        g.add(alternation());
        if (pos >= p.length()) {
            throw error("Unclosed group", p.length());
        }
        pos++; // ')'
        return g;
    }

    private RegexNode closure(RegexNode atom) {
        if (pos >= p.length()) {
            return atom;
        }
        char c = p.charAt(pos);
        int min;
        int max;
        if (c == '*') {
            min = 0;
            max = -1;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = -1;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            int open = pos;
            pos++;
            if (pos >= p.length() || !digit(p.charAt(pos))) {
                throw error("Illegal repetition", open + 1);
            }
            min = number();
            max = min;
            if (pos < p.length() && p.charAt(pos) == ',') {
                pos++;
                max = pos < p.length() && digit(p.charAt(pos)) ? number() : -1;
            }
            if (pos >= p.length() || p.charAt(pos) != '}') {
                throw error("Unclosed counted closure", p.length());
            }
            if (max >= 0 && max < min) {
                throw error("Illegal repetition range", pos);
            }
            pos++;
        } else {
            return atom;
        }
        RegexNode r = new RegexNode(RegexNode.REPEAT, 0);
        r.min = min;
        r.max = max;
        r.add(atom);
        if (pos < p.length() && p.charAt(pos) == '?') {
            r.lazy = true;
            pos++;
        } else if (pos < p.length() && p.charAt(pos) == '+') {
            throw unsupported("possessive quantifiers (*+ ++ ?+)");
        }
        return r;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private int number() {
        int n = 0;
        while (pos < p.length() && digit(p.charAt(pos))) {
            n = n * 10 + (p.charAt(pos) - '0');
            if (n > 100000000) {
                throw error("Illegal repetition range", pos);
            }
            pos++;
        }
        return n;
    }

    private int newClass(int[] ranges) {
        if (classCount == classes.length) {
            int[][] more = new int[classCount * 2][];
            for (int i = 0; i < classCount; i++) {
                more[i] = classes[i];
            }
            classes = more;
        }
        classes[classCount] = ranges;
        classCount++;
        return classCount - 1;
    }

    // The ranges of \d \w \s and \p{...}, given the letter after the backslash (d w s D W S p P).
    private int[] predefined(char c) {
        int[] r;
        char lower = Character.toLowerCase(c);
        if (lower == 'd') {
            r = new int[] {'0', '9'};
        } else if (lower == 'w') {
            r = new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
        } else if (lower == 's') {
            r = new int[] {'\t', '\r', ' ', ' '};
        } else {
            r = property();
        }
        return Character.isUpperCase(c) ? complement(r) : r;
    }

    // \p{Name} (pos after the p): the POSIX classes of US-ASCII java offers.
    private int[] property() {
        if (pos >= p.length() || p.charAt(pos) != '{') {
            throw unsupported("one-letter properties \\pL");
        }
        int close = p.indexOf('}', pos);
        if (close < 0) {
            throw error("Unclosed character family", p.length());
        }
        String name = p.substring(pos + 1, close);
        pos = close + 1;
        if (name.equals("Lower")) {
            return new int[] {'a', 'z'};
        } else if (name.equals("Upper")) {
            return new int[] {'A', 'Z'};
        } else if (name.equals("ASCII")) {
            return new int[] {0, 127};
        } else if (name.equals("Alpha")) {
            return new int[] {'A', 'Z', 'a', 'z'};
        } else if (name.equals("Digit")) {
            return new int[] {'0', '9'};
        } else if (name.equals("Alnum")) {
            return new int[] {'0', '9', 'A', 'Z', 'a', 'z'};
        } else if (name.equals("Punct")) {
            return new int[] {'!', '/', ':', '@', '[', '`', '{', '~'};
        } else if (name.equals("Graph")) {
            return new int[] {'!', '~'};
        } else if (name.equals("Print")) {
            return new int[] {' ', '~'};
        } else if (name.equals("Blank")) {
            return new int[] {'\t', '\t', ' ', ' '};
        } else if (name.equals("Cntrl")) {
            return new int[] {0, 31, 127, 127};
        } else if (name.equals("XDigit")) {
            return new int[] {'0', '9', 'A', 'F', 'a', 'f'};
        } else if (name.equals("Space")) {
            return new int[] {'\t', '\r', ' ', ' '};
        }
        throw unsupported("Unicode properties \\p{" + name + "}");
    }

    // The chars not in sorted, disjoint ranges.
    private static int[] complement(int[] r) {
        int[] out = new int[r.length + 2];
        int n = 0;
        int next = 0;
        for (int i = 0; i < r.length; i += 2) {
            if (r[i] > next) {
                out[n] = next;
                out[n + 1] = r[i] - 1;
                n += 2;
            }
            next = r[i + 1] + 1;
        }
        if (next <= 0xFFFF) {
            out[n] = next;
            out[n + 1] = 0xFFFF;
            n += 2;
        }
        int[] exact = new int[n];
        for (int i = 0; i < n; i++) {
            exact[i] = out[i];
        }
        return exact;
    }

    // A char written after a backslash that stands for one char (pos after the backslash), or -1 when
    // the escape is a class or an assertion.
    private int escapedChar() {
        if (pos >= p.length()) {
            throw error("Unexpected internal error", pos);
        }
        char c = p.charAt(pos);
        pos++;
        if (c == 't') {
            return '\t';
        } else if (c == 'n') {
            return '\n';
        } else if (c == 'r') {
            return '\r';
        } else if (c == 'f') {
            return '\f';
        } else if (c == 'a') {
            return 7;
        } else if (c == 'e') {
            return 27;
        } else if (c == '0') {
            return octal();
        } else if (c == 'x' || c == 'u') {
            return hex(c == 'x' ? 2 : 4, c);
        } else if (c == 'c') {
            if (pos >= p.length()) {
                throw error("Illegal control escape sequence", pos);
            }
            pos++;
            return p.charAt(pos - 1) ^ 64;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || digit(c)) {
            pos--;
            return -1;
        }
        return c;
    }

    private int octal() {
        int n = 0;
        int k = 0;
        while (k < 3 && pos < p.length() && p.charAt(pos) >= '0' && p.charAt(pos) <= '7'
                && n * 8 + (p.charAt(pos) - '0') <= 0377) {
            n = n * 8 + (p.charAt(pos) - '0');
            pos++;
            k++;
        }
        if (k == 0) {
            throw error("Illegal octal escape sequence", pos);
        }
        return n;
    }

    private int hex(int digits, char kind) {
        int n = 0;
        for (int k = 0; k < digits; k++) {
            int d = pos < p.length() ? hexDigit(p.charAt(pos)) : -1;
            if (d < 0) {
                throw error(kind == 'x' ? "Illegal hexadecimal escape sequence"
                        : "Illegal Unicode escape sequence", pos);
            }
            n = n * 16 + d;
            pos++;
        }
        return n;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = Character.toLowerCase(c);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private RegexNode escape() {
        int ch = escapedChar();
        if (ch >= 0) {
            return new RegexNode(RegexNode.CHAR, ch);
        }
        char c = p.charAt(pos);
        pos++;
        if ("dDwWsSpP".indexOf(c) >= 0) {
            return new RegexNode(RegexNode.CLASS, newClass(predefined(c)));
        } else if (c == 'b') {
            return new RegexNode(RegexNode.WORD, 0);
        } else if (c == 'B') {
            return new RegexNode(RegexNode.NOT_WORD, 0);
        } else if (c == 'A') {
            return new RegexNode(RegexNode.BOL, 0);
        } else if (c == 'Z') {
            return new RegexNode(RegexNode.EOL, 0);
        } else if (c == 'z') {
            return new RegexNode(RegexNode.EOI, 0);
        } else if (c == 'Q') {
            int end = p.indexOf("\\E", pos);
            String quoted = p.substring(pos, end < 0 ? p.length() : end);
            pos = end < 0 ? p.length() : end + 2;
            RegexNode cat = new RegexNode(RegexNode.CAT, 0);
            for (int i = 0; i < quoted.length(); i++) {
                cat.add(new RegexNode(RegexNode.CHAR, quoted.charAt(i)));
            }
            return cat;
        } else if (c == 'E') {
            return new RegexNode(RegexNode.CAT, 0);
        } else if (c >= '1' && c <= '9') {
            int ref = c - '0';
            // more digits while they still name a group, as java reads a back reference
            while (pos < p.length() && digit(p.charAt(pos)) && ref * 10 + (p.charAt(pos) - '0') <= groups) {
                ref = ref * 10 + (p.charAt(pos) - '0');
                pos++;
            }
            return new RegexNode(RegexNode.BACKREF, ref);
        } else if (c == 'k') {
            throw error("\\k is not followed by '<' for named capturing group", pos);
        } else if ("hHvVRXNG".indexOf(c) >= 0) {
            throw unsupported("escapes \\" + c);
        }
        throw error("Illegal/unsupported escape sequence", pos - 1);
    }

    // A bracketed class (pos after the '['): its number.
    private int charClass() {
        boolean negate = false;
        if (pos < p.length() && p.charAt(pos) == '^') {
            negate = true;
            pos++;
        }
        int[] r = new int[16];
        int n = 0;
        boolean first = true;
        while (true) {
            if (pos >= p.length()) {
                throw error("Unclosed character class", p.length() - 1);
            }
            char c = p.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[') {
                throw unsupported("nested classes [a[b]] and intersections [a&&b]");
            }
            if (c == '&' && pos + 1 < p.length() && p.charAt(pos + 1) == '&') {
                throw unsupported("nested classes [a[b]] and intersections [a&&b]");
            }
            pos++;
            int lo = c;
            if (c == '\\') {
                lo = escapedChar();
                if (lo < 0) {
                    char k = p.charAt(pos);
                    pos++;
                    if ("dDwWsSpP".indexOf(k) < 0) {
                        throw error("Illegal/unsupported escape sequence", pos - 1);
                    }
                    int[] more = predefined(k);
                    for (int i = 0; i < more.length; i++) {
                        r = put(r, n, more[i]);
                        n++;
                    }
                    continue;
                }
            }
            int hi = lo;
            if (pos + 1 < p.length() && p.charAt(pos) == '-' && p.charAt(pos + 1) != ']') {
                pos++;
                char e = p.charAt(pos);
                pos++;
                hi = e;
                if (e == '\\') {
                    hi = escapedChar();
                    if (hi < 0) {
                        throw error("Illegal character range", pos);
                    }
                } else if (e == '[') {
                    throw unsupported("nested classes [a[b]] and intersections [a&&b]");
                }
                if (hi < lo) {
                    throw error("Illegal character range", pos - 1);
                }
            }
            r = put(r, n, lo);
            r = put(r, n + 1, hi);
            n += 2;
        }
        int[] ranges = normalise(r, n);
        return newClass(negate ? complement(ranges) : ranges);
    }

    private static int[] put(int[] r, int at, int v) {
        if (at == r.length) {
            int[] more = new int[r.length * 2];
            for (int i = 0; i < at; i++) {
                more[i] = r[i];
            }
            r = more;
        }
        r[at] = v;
        return r;
    }

    // n/2 ranges sorted by their low ends and merged where they touch.
    private static int[] normalise(int[] r, int n) {
        for (int i = 2; i < n; i += 2) { // insertion sort: classes are short
            int lo = r[i];
            int hi = r[i + 1];
            int j = i - 2;
            while (j >= 0 && r[j] > lo) {
                r[j + 2] = r[j];
                r[j + 3] = r[j + 1];
                j -= 2;
            }
            r[j + 2] = lo;
            r[j + 3] = hi;
        }
        int[] out = new int[n];
        int m = 0;
        for (int i = 0; i < n; i += 2) {
            if (m > 0 && r[i] <= out[m - 1] + 1) {
                out[m - 1] = Math.max(out[m - 1], r[i + 1]);
            } else {
                out[m] = r[i];
                out[m + 1] = r[i + 1];
                m += 2;
            }
        }
        int[] exact = new int[m];
        for (int i = 0; i < m; i++) {
            exact[i] = out[i];
        }
        return exact;
    }
}

final class Pattern {
    // The matcher's instructions: op, its operand and a second operand (a branch's other target). The
    // ops are RegexNode's kinds CHAR to BACKREF (a leaf of the tree is one instruction) and these.
    static final int SAVE = 20; // slot a := position
    static final int SPLIT = 21; // go to a, and to b when that fails
    static final int JMP = 22;
    static final int MARK = 23; // loop register a := position
    static final int LOOP = 24; // to b if the body matched nothing since MARK a, else to the SPLIT before a
    static final int MATCH = 25;

    private final String regex;
    final int groups;
    final int[][] classes;
    int[] op = new int[16];
    int[] a = new int[16];
    int[] b = new int[16];
    int size;
    int loops;

    private Pattern(String regex) {
        this.regex = regex;
        RegexParser parser = new RegexParser(regex);
        RegexNode tree = parser.parse();
        groups = parser.groups;
        classes = parser.classes;
        emit(SAVE, 0, 0);
        compile(tree);
        emit(SAVE, 1, 0);
        emit(MATCH, 0, 0);
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex);
    }

    public static boolean matches(String regex, String input) {
        return compile(regex).matcher(input).matches();
    }

    public static String quote(String s) {
        int e = s.indexOf("\\E");
        if (e < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder().append("\\Q");
        int at = 0;
        while (e >= 0) {
            sb.append(s.substring(at, e)).append("\\E\\\\E\\Q");
            at = e + 2;
            e = s.indexOf("\\E", at);
        }
        return sb.append(s.substring(at)).append("\\E").toString();
    }

    public Matcher matcher(String input) {
        return new Matcher(this, input);
    }

    public String pattern() {
        return regex;
    }

    public String toString() {
        return regex;
    }

    public String[] split(String input) {
        return split(input, 0);
    }

    // Pattern.split as java 17's: a zero-width match at the start makes no leading empty string; with
    // limit > 0 at most limit pieces, the last the rest; with limit 0 trailing empty strings dropped.
    public String[] split(String input, int limit) {
        String s = input;
        String[] parts = new String[8];
        int n = 0;
        int index = 0;
        Matcher m = matcher(s);
        while (m.find()) {
            if (limit <= 0 || n < limit - 1) {
                if (index == 0 && m.start() == 0 && m.end() == 0) {
                    continue;
                }
                parts = RegexStrings.grow(parts, n);
                parts[n] = s.substring(index, m.start());
                n++;
                index = m.end();
            } else if (n == limit - 1) {
                parts = RegexStrings.grow(parts, n);
                parts[n] = s.substring(index);
                n++;
                index = m.end();
            }
        }
        if (index == 0) {
            return new String[] {s};
        }
        if (limit <= 0 || n < limit) {
            parts = RegexStrings.grow(parts, n);
            parts[n] = s.substring(index);
            n++;
        }
        if (limit == 0) {
            while (n > 0 && parts[n - 1].isEmpty()) {
                n--;
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = parts[i];
        }
        return out;
    }

    private int emit(int o, int x, int y) {
        if (size == op.length) {
            op = RegexStrings.grow(op);
            a = RegexStrings.grow(a);
            b = RegexStrings.grow(b);
        }
        op[size] = o;
        a[size] = x;
        b[size] = y;
        size++;
        return size - 1;
    }

    private void compile(RegexNode n) {
        int k = n.kind;
        if (k == RegexNode.CAT) {
            for (int i = 0; i < n.count; i++) {
                compile(n.kids[i]);
            }
        } else if (k == RegexNode.ALT) {
            int[] jumps = new int[n.count];
            for (int i = 0; i < n.count; i++) {
                int split = i < n.count - 1 ? emit(SPLIT, size + 1, 0) : -1;
                compile(n.kids[i]);
                if (i < n.count - 1) {
                    jumps[i] = emit(JMP, 0, 0);
                    b[split] = size;
                }
            }
            for (int i = 0; i < n.count - 1; i++) {
                a[jumps[i]] = size;
            }
        } else if (k == RegexNode.GROUP) {
            if (n.value > 0) {
                emit(SAVE, 2 * n.value, 0);
            }
            compile(n.kids[0]);
            if (n.value > 0) {
                emit(SAVE, 2 * n.value + 1, 0);
            }
        } else if (k == RegexNode.REPEAT) {
            repeat(n);
        } else {
            emit(k, n.value, 0);
        }
    }

    // x{min,max}: x min times, then max - min optional copies (or a loop for no bound), each trying x
    // first when greedy and last when lazy.
    private void repeat(RegexNode n) {
        RegexNode x = n.kids[0];
        for (int i = 0; i < n.min; i++) {
            compile(x);
        }
        if (n.max < 0) {
            int reg = loops;
            loops++;
            int top = emit(SPLIT, 0, 0);
            emit(MARK, reg, 0);
            compile(x);
            emit(LOOP, top + 1, size + 1);
            a[top] = n.lazy ? size : top + 1;
            b[top] = n.lazy ? top + 1 : size;
            return;
        }
        int[] splits = new int[n.max - n.min];
        for (int i = 0; i < n.max - n.min; i++) {
            splits[i] = emit(SPLIT, 0, 0);
            compile(x);
        }
        for (int i = 0; i < splits.length; i++) {
            a[splits[i]] = n.lazy ? size : splits[i] + 1;
            b[splits[i]] = n.lazy ? splits[i] + 1 : size;
        }
    }
}

final class Matcher {
    private final Pattern pat;
    private String text;
    private int[] slots;
    private int[] found; // the last match's slots
    private boolean matched;
    private int[] regs;
    private int[] stack = new int[48]; // entries of three: kind (0 branch, 1 slot, 2 register), a, b
    private int appendPos;

    Matcher(Pattern pat, String text) {
        this.pat = pat;
        this.text = text;
        slots = new int[2 * pat.groups + 2];
        found = new int[2 * pat.groups + 2];
        regs = new int[pat.loops + 1];
    }

    public Pattern pattern() {
        return pat;
    }

    public Matcher reset() {
        matched = false;
        appendPos = 0;
        for (int i = 0; i < found.length; i++) {
            found[i] = -1;
        }
        return this;
    }

    public Matcher reset(String input) {
        text = input;
        return reset();
    }

    public boolean matches() {
        return search(0, true, false);
    }

    public boolean lookingAt() {
        return search(0, false, false);
    }

    public boolean find() {
        int from = 0;
        if (matched) {
            from = found[1] == found[0] ? found[1] + 1 : found[1];
        }
        if (from > text.length()) {
            matched = false;
            return false;
        }
        return search(from, false, true);
    }

    public boolean find(int start) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start, false, true);
    }

    public int groupCount() {
        return pat.groups;
    }

    private void check(int group) {
        if (!matched) {
            throw new IllegalStateException("No match found");
        }
        if (group < 0 || group > pat.groups) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        check(group);
        if (found[2 * group] < 0) {
            return null;
        }
        return text.substring(found[2 * group], found[2 * group + 1]);
    }

    public int start() {
        return start(0);
    }

    public int start(int group) {
        check(group);
        return found[2 * group];
    }

    public int end() {
        return end(0);
    }

    public int end(int group) {
        check(group);
        return found[2 * group + 1];
    }

    // The first match starting at from (or, when scanning, at the first position from there on where one
    // starts); whole: the match must reach the end.
    private boolean search(int from, boolean whole, boolean scan) {
        for (int at = from; at <= text.length(); at++) {
            if (run(at, whole)) {
                for (int i = 0; i < slots.length; i++) {
                    found[i] = slots[i];
                }
                matched = true;
                return true;
            }
            if (!scan) {
                break;
            }
        }
        matched = false;
        return false;
    }

    private void push(int kind, int x, int y, int top) {
        if (top + 3 > stack.length) {
            stack = RegexStrings.grow(stack);
        }
        stack[top] = kind;
        stack[top + 1] = x;
        stack[top + 2] = y;
    }

    private boolean run(int start, boolean whole) {
        for (int i = 0; i < slots.length; i++) {
            slots[i] = -1;
        }
        int[] op = pat.op;
        int[] a = pat.a;
        int[] b = pat.b;
        String s = text;
        int len = s.length();
        int pc = 0;
        int sp = start;
        int top = 0;
        while (true) {
            boolean ok = true;
            int o = op[pc];
            if (o == RegexNode.CHAR) {
                ok = sp < len && s.charAt(sp) == a[pc];
                sp++;
                pc++;
            } else if (o == Pattern.SPLIT) {
                push(0, b[pc], sp, top);
                top += 3;
                pc = a[pc];
            } else if (o == RegexNode.CLASS) {
                ok = sp < len && inClass(pat.classes[a[pc]], s.charAt(sp));
                sp++;
                pc++;
            } else if (o == RegexNode.ANY) {
                ok = sp < len && !terminator(s.charAt(sp));
                sp++;
                pc++;
            } else if (o == Pattern.JMP) {
                pc = a[pc];
            } else if (o == Pattern.SAVE) {
                push(1, a[pc], slots[a[pc]], top);
                top += 3;
                slots[a[pc]] = sp;
                pc++;
            } else if (o == Pattern.MARK) {
                push(2, a[pc], regs[a[pc]], top);
                top += 3;
                regs[a[pc]] = sp;
                pc++;
            } else if (o == Pattern.LOOP) {
                pc = sp == regs[a[a[pc]]] ? b[pc] : a[pc] - 1;
            } else if (o == Pattern.MATCH) {
                if (!whole || sp == len) {
                    return true;
                }
                ok = false;
            } else if (o == RegexNode.BOL) {
                ok = sp == 0;
                pc++;
            } else if (o == RegexNode.EOL) {
                ok = atEnd(s, sp);
                pc++;
            } else if (o == RegexNode.EOI) {
                ok = sp == len;
                pc++;
            } else if (o == RegexNode.WORD || o == RegexNode.NOT_WORD) {
                boolean before = sp > 0 && word(s.charAt(sp - 1));
                boolean after = sp < len && word(s.charAt(sp));
                ok = (before != after) == (o == RegexNode.WORD);
                pc++;
            } else { // BACKREF
                int g = a[pc];
                int gs = g <= pat.groups ? slots[2 * g] : -1;
                int ge = g <= pat.groups ? slots[2 * g + 1] : -1;
                ok = gs >= 0 && ge >= 0 && sp + ge - gs <= len && same(s, sp, gs, ge - gs);
                sp += ge - gs;
                pc++;
            }
            while (!ok) { // back to the last choice, undoing the slots and registers set since
                if (top == 0) {
                    return false;
                }
                top -= 3;
                int kind = stack[top];
                if (kind == 0) {
                    pc = stack[top + 1];
                    sp = stack[top + 2];
                    ok = true;
                } else if (kind == 1) {
                    slots[stack[top + 1]] = stack[top + 2];
                } else {
                    regs[stack[top + 1]] = stack[top + 2];
                }
            }
        }
    }

    private static boolean same(String s, int at, int from, int n) {
        for (int i = 0; i < n; i++) {
            if (s.charAt(at + i) != s.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inClass(int[] r, char c) {
        for (int i = 0; i < r.length; i += 2) {
            if (c < r[i]) {
                return false;
            }
            if (c <= r[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean terminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    // $ without MULTILINE, as java's: at the end, or before a line terminator that ends the input.
    private static boolean atEnd(String s, int i) {
        int len = s.length();
        if (i == len) {
            return true;
        }
        if (i == len - 2) {
            return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        }
        if (i == len - 1) {
            char c = s.charAt(i);
            return terminator(c) && !(c == '\n' && i > 0 && s.charAt(i - 1) == '\r');
        }
        return false;
    }

    public String replaceAll(String replacement) {
        reset();
        StringBuilder sb = new StringBuilder();
        while (find()) {
            appendReplacement(sb, replacement);
        }
        return appendTail(sb).toString();
    }

    public String replaceFirst(String replacement) {
        reset();
        StringBuilder sb = new StringBuilder();
        if (find()) {
            appendReplacement(sb, replacement);
        }
        return appendTail(sb).toString();
    }

    // The text since the last match, then the replacement with $n groups and \ escapes, as java's.
    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        check(0);
        StringBuilder r = new StringBuilder();
        int i = 0;
        while (i < replacement.length()) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= replacement.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                r.append(replacement.charAt(i));
                i++;
            } else if (c == '$') {
                i++;
                if (i >= replacement.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                int ref = replacement.charAt(i) - '0';
                if (ref < 0 || ref > 9) {
                    throw new IllegalArgumentException("Illegal group reference");
                }
                i++;
                while (i < replacement.length()) { // more digits while they still name a group
                    int d = replacement.charAt(i) - '0';
                    if (d < 0 || d > 9 || ref * 10 + d > pat.groups) {
                        break;
                    }
                    ref = ref * 10 + d;
                    i++;
                }
                if (ref > pat.groups) {
                    throw new IndexOutOfBoundsException("No group " + ref);
                }
                if (found[2 * ref] >= 0) {
                    r.append(text.substring(found[2 * ref], found[2 * ref + 1]));
                }
            } else {
                r.append(c);
                i++;
            }
        }
        sb.append(text.substring(appendPos, found[0])).append(r.toString());
        appendPos = found[1];
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        return sb.append(text.substring(appendPos));
    }
}

// String's methods that take a regular expression: s.split(regex) is RegexStrings.split(s, regex). The
// last pattern compiled is kept, so a loop splitting many lines by one pattern compiles it once.
final class RegexStrings {
    private static Pattern last;

    private static Pattern compiled(String regex) {
        if (last == null || !last.pattern().equals(regex)) {
            last = Pattern.compile(regex);
        }
        return last;
    }

    static String[] split(String s, String regex) {
        return compiled(regex).split(s, 0);
    }

    static String[] split(String s, String regex, int limit) {
        return compiled(regex).split(s, limit);
    }

    static boolean matches(String s, String regex) {
        return compiled(regex).matcher(s).matches();
    }

    static String replaceAll(String s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceAll(replacement);
    }

    static String replaceFirst(String s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceFirst(replacement);
    }

    static int[] grow(int[] xs) {
        int[] more = new int[xs.length * 2];
        for (int i = 0; i < xs.length; i++) {
            more[i] = xs[i];
        }
        return more;
    }

    static String[] grow(String[] xs, int n) {
        if (n < xs.length) {
            return xs;
        }
        String[] more = new String[xs.length * 2];
        for (int i = 0; i < xs.length; i++) {
            more[i] = xs[i];
        }
        return more;
    }
}
