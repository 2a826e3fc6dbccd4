import java.util.*;

public class Main {
    record Customer(int id, int arrival, int service) {}

    static class Teller {
        final String name;
        Customer current;
        int busyUntil, served, idle;
        Teller(String name) { this.name = name; }
        boolean free(int t) { return current == null || t >= busyUntil; }
    }

    public static void main(String[] args) {
        long seed = 12345;
        Queue<Customer> line = new LinkedList<>();
        List<Customer> arrivals = new ArrayList<>();
        int t = 0;
        for (int i = 1; i <= 12; i++) {
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            t += (int) (seed % 4);
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            arrivals.add(new Customer(i, t, 2 + (int) (seed % 5)));
        }
        System.out.println(arrivals.subList(0, 3));
        Teller[] tellers = {new Teller("T1"), new Teller("T2")};
        int next = 0, totalWait = 0, maxLine = 0;
        Map<Integer, Integer> waits = new LinkedHashMap<>();
        for (int clock = 0; clock < 60; clock++) {
            while (next < arrivals.size() && arrivals.get(next).arrival() == clock) line.offer(arrivals.get(next++));
            for (Teller tl : tellers) {
                if (tl.current != null && clock >= tl.busyUntil) { tl.current = null; }
                if (tl.current == null) {
                    Customer c = line.poll();
                    if (c != null) {
                        tl.current = c;
                        tl.busyUntil = clock + c.service();
                        tl.served++;
                        int w = clock - c.arrival();
                        waits.put(c.id(), w);
                        totalWait += w;
                    } else tl.idle++;
                }
            }
            maxLine = Math.max(maxLine, line.size());
            if (clock % 10 == 0) System.out.printf("t=%2d line=%d %s%n", clock, line.size(), line.stream().map(c -> "c" + c.id()).toList());
        }
        for (Teller tl : tellers) System.out.println(tl.name + " served " + tl.served + " idle " + tl.idle);
        System.out.println("waits " + waits);
        System.out.printf("average wait %.3f, longest line %d%n", (double) totalWait / waits.size(), maxLine);
        PriorityQueue<Customer> pq = new PriorityQueue<>(Comparator.comparingInt(Customer::service).thenComparing(Customer::id, Comparator.reverseOrder()));
        pq.addAll(arrivals);
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) { Customer c = pq.poll(); order.append(c.id()).append('(').append(c.service()).append(") "); }
        System.out.println(order.toString().trim());
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        for (int x : new int[]{5, 1, 8, 3, 9, 2}) maxHeap.add(x);
        System.out.println(maxHeap.peek() + " " + maxHeap.size());
        Deque<Integer> window = new ArrayDeque<>();
        int[] data = {1, 3, -1, -3, 5, 3, 6, 7};
        List<Integer> maxima = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            while (!window.isEmpty() && window.peekFirst() <= i - 3) window.pollFirst();
            while (!window.isEmpty() && data[window.peekLast()] < data[i]) window.pollLast();
            window.offerLast(i);
            if (i >= 2) maxima.add(data[window.peekFirst()]);
        }
        System.out.println("sliding max " + maxima);
        Queue<String> q = new ArrayDeque<>();
        System.out.println(q.poll() + " " + q.peek());
        q.remove();
    }
}
// expect: [Customer[id=1, arrival=2, service=2], Customer[id=2, arrival=2, service=5], Customer[id=3, arrival=4, service=6]]
// expect: t= 0 line=0 []
// expect: t=10 line=5 [c6, c7, c8, c9, c10]
// expect: t=20 line=2 [c11, c12]
// expect: t=30 line=0 []
// expect: t=40 line=0 []
// expect: t=50 line=0 []
// expect: T1 served 6 idle 39
// expect: T2 served 6 idle 36
// expect: waits {1=0, 2=0, 3=0, 4=3, 5=4, 6=6, 7=6, 8=8, 9=7, 10=8, 11=9, 12=9}
// expect: average wait 5.000, longest line 6
// expect: 11(2) 8(2) 1(2) 10(3) 7(3) 9(4) 6(4) 5(4) 12(5) 4(5) 2(5) 3(6)
// expect: 9 6
// expect: sliding max [3, 3, 5, 5, 6, 7]
// expect: null null
// expect runtime error: trap 4
// expect stderr: at Main.main(queue_bank_sim.java:71)
// expect exit: 1
