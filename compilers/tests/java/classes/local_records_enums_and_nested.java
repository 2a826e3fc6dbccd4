import java.util.*;

public class Main {
    private int total = 100;

    interface Visitor { void visit(int x); }

    int run(int[] xs) {
        int limit = 3;
        class Counter implements Visitor {
            int seen = 0;
            class Step {
                final int at;
                Step(int at) { this.at = at; }
                public String toString() { return "step " + at + "/" + limit + " of " + total; }
            }
            List<Step> steps = new ArrayList<>();
            public void visit(int x) {
                if (seen < limit) steps.add(new Step(x));
                seen++;
            }
        }
        Counter c = new Counter();
        for (int x : xs) c.visit(x);
        for (var s : c.steps) System.out.println(s);
        System.out.println(c.steps.get(0).getClass().getName());
        return c.seen;
    }

    public static void main(String[] args) {
        System.out.println(new Main().run(new int[] {5, 6, 7, 8}));
        record Range(int lo, int hi) {
            Range {
                if (lo > hi) throw new IllegalArgumentException("bad range " + lo + ">" + hi);
            }
            int size() { return hi - lo; }
            static Range of(int n) { return new Range(0, n); }
        }
        enum Sign {
            NEG { int apply(int x) { return -x; } },
            POS { int apply(int x) { return x; } };
            abstract int apply(int x);
        }
        System.out.println(Range.of(4) + " " + Range.of(4).size() + " " + Range.of(4).equals(new Range(0, 4)));
        for (Sign s : Sign.values()) System.out.println(s + " " + s.apply(7) + " " + s.getClass().getName());
        try {
            new Range(5, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        String greeting = "hello";
        Iterator<Character> it = new Iterator<>() {
            int i = 0;
            class Peek { char at() { return greeting.charAt(i); } }
            public boolean hasNext() { return i < greeting.length(); }
            public Character next() { char ch = new Peek().at(); i++; return ch; }
        };
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.next()).append('.');
        System.out.println(sb);
    }
}
// expect: step 5/3 of 100
// expect: step 6/3 of 100
// expect: step 7/3 of 100
// expect: Main$1Counter$Step
// expect: 4
// expect: Range[lo=0, hi=4] 4 true
// expect: NEG -7 Main$1Sign$1
// expect: POS 7 Main$1Sign$2
// expect: bad range 5>1
// expect: h.e.l.l.o.
