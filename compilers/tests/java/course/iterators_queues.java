// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;
import java.util.function.*;

public class Main {
    static class Range implements Iterable<Integer> {
        private final int start, end, step;

        Range(int start, int end, int step) {
            if (step == 0) throw new IllegalArgumentException("step must not be zero");
            this.start = start;
            this.end = end;
            this.step = step;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = start;

                public boolean hasNext() {
                    return step > 0 ? next < end : next > end;
                }

                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static class Fib implements Iterator<Long> {
        long a = 0, b = 1;

        public boolean hasNext() {
            return true;
        }

        public Long next() {
            long r = a;
            a = b;
            b = r + b;
            return r;
        }
    }

    static <T> List<T> take(Iterator<T> it, int n) {
        List<T> out = new ArrayList<>();
        while (n-- > 0 && it.hasNext()) out.add(it.next());
        return out;
    }

    static class Task implements Comparable<Task> {
        final String name;
        final int priority;
        final int arrival;

        Task(String name, int priority, int arrival) {
            this.name = name;
            this.priority = priority;
            this.arrival = arrival;
        }

        public int compareTo(Task o) {
            if (priority != o.priority) return Integer.compare(o.priority, priority);
            return Integer.compare(arrival, o.arrival);
        }

        public String toString() {
            return name + "(" + priority + ")";
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 10, 3)) sb.append(i).append(' ');
        for (int i : new Range(5, 0, -2)) sb.append(i).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(take(new Fib(), 12));
        Iterator<Integer> empty = new Range(0, 0, 1).iterator();
        try {
            empty.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: " + e);
        }
        PriorityQueue<Task> pq = new PriorityQueue<>();
        String[] names = {"write", "test", "deploy", "review", "plan"};
        int[] prios = {2, 3, 1, 3, 5};
        for (int i = 0; i < names.length; i++) pq.add(new Task(names[i], prios[i], i));
        List<Task> order = new ArrayList<>();
        while (!pq.isEmpty()) order.add(pq.poll());
        System.out.println(order);
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Comparator.reverseOrder());
        maxHeap.addAll(List.of(4, 1, 9, 7, 3));
        System.out.println(maxHeap.peek() + " " + maxHeap.size() + " " + maxHeap);
        Deque<Character> stack = new ArrayDeque<>();
        String expr = "{[()()]}(";
        boolean balanced = true;
        for (char c : expr.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> stack.push(c);
                default -> {
                    char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (stack.isEmpty() || stack.pop() != open) balanced = false;
                }
            }
        }
        System.out.println(expr + " balanced: " + (balanced && stack.isEmpty()) + ", left " + stack);
        Queue<Integer> queue = new ArrayDeque<>();
        for (int i = 1; i <= 7; i++) queue.offer(i);
        List<Integer> josephus = new ArrayList<>();
        while (!queue.isEmpty()) {
            for (int k = 0; k < 2; k++) queue.offer(queue.poll());
            josephus.add(queue.poll());
        }
        System.out.println("josephus " + josephus);
        UnaryOperator<String> twice = s -> s + s;
        List<String> words = new ArrayList<>(List.of("a", "b", "c"));
        words.replaceAll(twice);
        System.out.println(words);
        Map<String, Integer> m = new TreeMap<>(Map.of("x", 1, "y", 2, "z", 3));
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() % 2 == 1) it.remove();
        }
        System.out.println(m);
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1));
        nums.removeIf(n -> n > 4);
        nums.replaceAll(n -> n * 10);
        System.out.println(nums);
        BiConsumer<String, Integer> show = (k, v) -> System.out.print(k + v + ";");
        new TreeMap<>(Map.of("b", 2, "a", 1)).forEach(show);
        System.out.println();
    }
}
// expect: 0 3 6 9 5 3 1
// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
// expect: exhausted: java.util.NoSuchElementException
// expect: [plan(5), test(3), review(3), write(2), deploy(1)]
// expect: 9 5 [9, 7, 4, 1, 3]
// expect: {[()()]}( balanced: false, left [(]
// expect: josephus [3, 6, 2, 7, 5, 1, 4]
// expect: [aa, bb, cc]
// expect: {y=2}
// expect: [30, 10]
// expect: a1;b2;
