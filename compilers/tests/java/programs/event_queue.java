// A discrete-event simulation: events of several classes in a PriorityQueue ordered by time then by
// sequence, an interface with a default method, anonymous classes and lambdas as handlers, and a
// generic counter.
import java.util.*;
import java.util.function.*;

public class Main {
    interface Handler {
        void handle(Simulator sim, Event e);

        default String name() {
            return "handler";
        }
    }

    static abstract class Event implements Comparable<Event> {
        private static int seq = 0;
        final int time;
        final int order;

        Event(int time) {
            this.time = time;
            this.order = seq++;
        }

        abstract String label();

        public int compareTo(Event other) {
            return time != other.time ? Integer.compare(time, other.time) : Integer.compare(order, other.order);
        }

        @Override
        public String toString() {
            return "t=" + time + " " + label();
        }
    }

    static class Arrival extends Event {
        final String customer;

        Arrival(int time, String customer) {
            super(time);
            this.customer = customer;
        }

        String label() {
            return "arrive " + customer;
        }
    }

    static class Departure extends Event {
        final String customer;

        Departure(int time, String customer) {
            super(time);
            this.customer = customer;
        }

        String label() {
            return "depart " + customer;
        }
    }

    static class Tick extends Event {
        Tick(int time) {
            super(time);
        }

        String label() {
            return "tick";
        }
    }

    static class Counter<K extends Comparable<K>> {
        private final Map<K, Integer> counts = new TreeMap<>();

        void add(K key) {
            counts.merge(key, 1, Integer::sum);
        }

        @Override
        public String toString() {
            return counts.toString();
        }
    }

    static class Simulator {
        private final PriorityQueue<Event> queue = new PriorityQueue<>();
        private final Map<String, Handler> handlers = new HashMap<>();
        final Counter<String> seen = new Counter<>();
        final Deque<String> waiting = new ArrayDeque<>();
        int now;

        void schedule(Event e) {
            queue.add(e);
        }

        void on(String kind, Handler h) {
            handlers.put(kind, h);
        }

        void run(int until) {
            while (!queue.isEmpty() && queue.peek().time <= until) {
                Event e = queue.poll();
                now = e.time;
                seen.add(e.getClass().getSimpleName());
                Handler h = handlers.get(e.getClass().getSimpleName());
                System.out.println(e + " [" + (h == null ? "none" : h.name()) + "]");
                if (h != null) {
                    h.handle(this, e);
                }
            }
        }
    }

    public static void main(String[] args) {
        Simulator sim = new Simulator();
        int[] serviceTime = {3};
        sim.on("Arrival", new Handler() {
            public void handle(Simulator s, Event e) {
                Arrival a = (Arrival) e;
                s.waiting.addLast(a.customer);
                if (s.waiting.size() == 1) {
                    s.schedule(new Departure(s.now + serviceTime[0], a.customer));
                }
            }

            @Override
            public String name() {
                return "arrivals";
            }
        });
        sim.on("Departure", (s, e) -> {
            String gone = s.waiting.pollFirst();
            System.out.println("  served " + gone + ", queue " + s.waiting);
            if (!s.waiting.isEmpty()) {
                s.schedule(new Departure(s.now + serviceTime[0], s.waiting.peekFirst()));
            }
        });
        String[] names = {"ann", "ben", "cat", "dan"};
        int[] times = {1, 2, 2, 9};
        for (int i = 0; i < names.length; i++) {
            sim.schedule(new Arrival(times[i], names[i]));
        }
        for (int t = 0; t <= 12; t += 4) {
            sim.schedule(new Tick(t));
        }
        sim.run(10);
        System.out.println("stopped at " + sim.now + ", waiting " + sim.waiting + ", seen " + sim.seen);
        BiFunction<Integer, Integer, Integer> later = Math::max;
        Supplier<Event> probe = () -> new Tick(later.apply(sim.now, 11));
        System.out.println(probe.get());
    }
}
// expect: t=0 tick [none]
// expect: t=1 arrive ann [arrivals]
// expect: t=2 arrive ben [arrivals]
// expect: t=2 arrive cat [arrivals]
// expect: t=4 tick [none]
// expect: t=4 depart ann [handler]
// expect:   served ann, queue [ben, cat]
// expect: t=7 depart ben [handler]
// expect:   served ben, queue [cat]
// expect: t=8 tick [none]
// expect: t=9 arrive dan [arrivals]
// expect: t=10 depart cat [handler]
// expect:   served cat, queue [dan]
// expect: stopped at 10, waiting [dan], seen {Arrival=4, Departure=3, Tick=3}
// expect: t=11 tick
