import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// A tour of the library a module-4 program reaches: collections and their iteration order, strings and
// formatting, boxing, exceptions, records, enums, streams and functional interfaces, in one program.
// Expected output: java 17's (javac, then java, with no input).
public class Main {
    interface Shape {
        double area();

        default String describe() {
            return String.format("%s %.2f", getClass().getSimpleName(), area());
        }
    }

    record Circle(double r) implements Shape {
        public double area() {
            return Math.PI * r * r;
        }
    }

    record Rect(int w, int h) implements Shape {
        public double area() {
            return w * h;
        }
    }

    enum Colour { RED, GREEN, BLUE }

    static class NotFound extends Exception {
        NotFound(String message) {
            super(message);
        }
    }

    static int find(List<Integer> xs, int x) throws NotFound {
        int i = xs.indexOf(x);
        if (i < 0) {
            throw new NotFound("no " + x);
        }
        return i;
    }

    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog";
        String[] words = text.split(" ");
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) {
            counts.put(w, counts.getOrDefault(w, 0) + 1);
            counts.merge(w.toUpperCase(), 1, Integer::sum);
        }
        TreeMap<String, Integer> sorted = new TreeMap<>(counts);
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            System.out.println(e.getKey() + "=" + e.getValue());
        }
        System.out.println(counts.containsKey("fox") + " " + counts.keySet().size() + " " + counts.values());
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String w : words) {
            byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        System.out.println(byLength);

        List<Integer> xs = new ArrayList<>(List.of(5, 3, 9, 1, 7));
        xs.add(4);
        xs.set(0, 6);
        xs.remove(Integer.valueOf(9));
        Collections.sort(xs);
        Collections.reverse(xs);
        xs.sort(Comparator.naturalOrder());
        System.out.println(xs + " " + xs.get(0) + " " + xs.size() + " " + xs.contains(7) + " " + xs.isEmpty());
        System.out.println(Collections.max(xs) + " " + Collections.min(xs));
        Iterator<Integer> it = xs.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        try {
            System.out.println(find(xs, 7));
            find(xs, 100);
        } catch (NotFound e) {
            System.out.println(e.getMessage());
        }

        LinkedList<String> queue = new LinkedList<>(Arrays.asList(words));
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(1);
        stack.push(2);
        queue.addFirst("a");
        queue.addLast("z");
        System.out.println(stack.pop() + stack.peek() + " " + queue.poll() + queue.peekLast() + queue.size());
        Set<Character> letters = new HashSet<>();
        TreeSet<String> ordered = new TreeSet<>(Arrays.asList(words));
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) {
                letters.add(Character.toUpperCase(c));
            }
        }
        System.out.println(letters.size() + " " + ordered.first() + " " + ordered);

        int[] numbers = {5, 2, 8, 1, 9, 3};
        int[] copy = Arrays.copyOf(numbers, numbers.length);
        Arrays.sort(numbers);
        Arrays.fill(copy, 0);
        System.out.println(Arrays.toString(numbers) + Arrays.equals(numbers, copy) + numbers.length);
        int[][] grid = new int[3][4];
        grid[1][2] = 7;
        System.out.println(Arrays.deepToString(grid));

        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(i).append(',');
        }
        sb.setLength(sb.length() - 1);
        sb.insert(0, "[").append("]").reverse();
        System.out.println(sb.toString() + " " + sb.indexOf(",") + " " + sb.charAt(0));
        System.out.println(String.join("-", words) + " " + "ab".repeat(3) + " " + "  pad ".trim()
            + text.substring(4, 9) + text.indexOf("fox") + text.replace("the", "a") + text.contains("dog")
            + text.startsWith("the") + "b".compareTo("a") + "x".equals("y") + String.valueOf(42)
            + text.charAt(2) + text.toLowerCase().length());
        System.out.println(String.format("%5d|%-6s|%08.3f|%x|%c|%b|%,d", 42, "ab", Math.sqrt(2), 255, 'q', true,
            1234567));
        System.out.printf("%s %d%n", "n", Integer.parseInt("-17") + Integer.MAX_VALUE);
        long big = Long.parseLong("9000000000") * 3;
        System.out.println(big + " " + Long.MAX_VALUE + " " + Integer.toBinaryString(10) + Integer.compare(3, 4)
            + Math.max(3, 4) + Math.abs(-2.5) + Math.pow(2, 10) + Math.floorMod(-7, 3) + (int) Math.round(2.5));
        try {
            System.out.println(Integer.parseInt("x1"));
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(numbers[10] / 0);
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        } finally {
            System.out.println("finally");
        }

        List<Shape> shapes = List.of(new Circle(1.5), new Rect(2, 3));
        for (Shape s : shapes) {
            System.out.println(s + " " + s.describe() + " " + (s instanceof Rect r ? r.w() : 0));
        }
        for (Colour c : Colour.values()) {
            switch (c) {
                case RED -> System.out.println(c.name() + c.ordinal());
                default -> System.out.println(c);
            }
        }

        List<String> longWords = Arrays.stream(words)
            .filter(w -> w.length() > 3)
            .map(String::toUpperCase)
            .sorted()
            .distinct()
            .collect(Collectors.toList());
        System.out.println(longWords);
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 1).sum() + " "
            + xs.stream().mapToInt(Integer::intValue).max().getAsInt() + " "
            + xs.stream().reduce(0, Integer::sum) + " "
            + Arrays.stream(words).collect(Collectors.joining(", ", "{", "}")) + " "
            + Arrays.stream(words).collect(Collectors.groupingBy(String::length, Collectors.counting())));
        Function<Integer, Integer> twice = n -> n * 2;
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        Supplier<String> hello = () -> "hello";
        Predicate<String> empty = String::isEmpty;
        System.out.println(twice.apply(4) + add.apply(1, 2) + hello.get() + empty.test(""));
        List<String> byLen = new ArrayList<>(Arrays.asList(words));
        byLen.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        byLen.forEach(w -> System.out.print(w + " "));
        System.out.println();
        Scanner in = new Scanner(System.in);
        while (in.hasNextLine()) {
            System.out.println(in.nextLine());
        }
    }
}
// expect: BROWN=1
// expect: DOG=1
// expect: FOX=1
// expect: JUMPS=1
// expect: LAZY=1
// expect: OVER=1
// expect: QUICK=1
// expect: THE=2
// expect: brown=1
// expect: dog=1
// expect: fox=1
// expect: jumps=1
// expect: lazy=1
// expect: over=1
// expect: quick=1
// expect: the=2
// expect: true 16 [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1]
// expect: {3=[the, fox, the, dog], 4=[over, lazy], 5=[quick, brown, jumps]}
// expect: [1, 3, 4, 6, 7] 1 5 true false
// expect: 7 1
// expect: 2
// expect: no 100
// expect: 3 az10
// expect: 26 brown [brown, dog, fox, jumps, lazy, over, quick, the]
// expect: [1, 2, 3, 5, 8, 9]false6
// expect: [[0, 0, 0, 0], [0, 0, 7, 0], [0, 0, 0, 0]]
// expect: ]4,3,2,1,0[ 2 ]
// expect: the-quick-brown-fox-jumps-over-the-lazy-dog ababab padquick16a quick brown fox jumps over a lazy dogtruetrue1false42e43
// expect:    42|ab    |0001.414|ff|q|true|1,234,567
// expect: n 2147483630
// expect: 27000000000 9223372036854775807 1010-142.51024.023
// expect: For input string: "x1"
// expect: java.lang.ArrayIndexOutOfBoundsException: Index 10 out of bounds for length 6
// expect: finally
// expect: Circle[r=1.5] Circle 7.07 0
// expect: Rect[w=2, h=3] Rect 6.00 2
// expect: RED0
// expect: GREEN
// expect: BLUE
// expect: [BROWN, JUMPS, LAZY, OVER, QUICK]
// expect: 25 7 11 {the, quick, brown, fox, jumps, over, the, lazy, dog} {3=4, 4=2, 5=3}
// expect: 11hellotrue
// expect: the the fox dog over lazy quick jumps brown 
