import java.util.*;

public class Main {
    static int created;

    static class Counter {
        private final int id;
        private int start = 10;
        private final List<String> log = new ArrayList<>();

        {
            created++;
            id = created;
            log.add("init block, start " + start);
        }

        private int step = start * 2;

        {
            int local = step + 1;
            log.add("second block, local " + local);
        }

        Counter() {
            log.add("no-argument constructor");
        }

        Counter(int start) {
            this.start = start;
            log.add("constructor with " + start);
        }

        Counter(String name) {
            this();
            log.add("named " + name);
        }

        public String toString() {
            return "#" + id + " " + log;
        }
    }

    public static void main(String[] args) {
        System.out.println(new Counter());
        System.out.println(new Counter(3));
        System.out.println(new Counter("c"));
        List<Integer> squares = new ArrayList<>() {{
            for (int i = 1; i <= 4; i++) add(i * i);
        }};
        System.out.println(squares + " " + created);
        Runnable r = new Runnable() {
            final String text;
            {
                text = "anonymous with " + squares.size();
            }

            public void run() {
                System.out.println(text);
            }
        };
        r.run();
    }
}
// expect: #1 [init block, start 10, second block, local 21, no-argument constructor]
// expect: #2 [init block, start 10, second block, local 21, constructor with 3]
// expect: #3 [init block, start 10, second block, local 21, no-argument constructor, named c]
// expect: [1, 4, 9, 16] 3
// expect: anonymous with 4
