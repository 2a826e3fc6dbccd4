// Checked against java 17 (`java Main.java`): the expected lines are its output.
import java.util.*;

public class Main {
    static double sum(Collection<? extends Number> xs) {
        List<Number> copy = new ArrayList<>(xs);
        double s = 0;
        for (Number n : copy) s += n.doubleValue();
        return s;
    }
    static <T extends Comparable<T>> List<T> sorted(Collection<? extends T> xs) {
        List<T> out = new ArrayList<>(xs);
        Collections.sort(out);
        return out;
    }
    public static void main(String[] args) {
        List<Integer> ints = List.of(3, 1, 2);
        System.out.println(sum(ints));
        System.out.println(sorted(ints));
        List<? extends Integer> w = ints;
        Set<Integer> s = new HashSet<>(w);
        Set<Integer> t = new TreeSet<>(w);
        Deque<Integer> d = new ArrayDeque<>(w);
        LinkedList<Integer> ll = new LinkedList<>(w);
        PriorityQueue<Integer> pq = new PriorityQueue<>(w);
        System.out.println(s + " " + t + " " + d + " " + ll + " " + pq.peek());
        List<Number> nums = new ArrayList<>();
        nums.addAll(w);
        System.out.println(nums.containsAll(w) + " " + nums);
        nums.removeAll(List.of(1));
        nums.retainAll(List.of(2, 3));
        System.out.println(nums);
        Map<String, Integer> m = Map.of("a", 1);
        Map<? extends String, ? extends Integer> wm = m;
        Map<String, Number> tm = new TreeMap<>(wm);
        tm.putAll(wm);
        Map<String, Number> hm = new HashMap<>(wm);
        Map<String, Number> lhm = new LinkedHashMap<>(wm);
        System.out.println(tm + " " + hm + " " + lhm);
        Set<Number> ns = new LinkedHashSet<>(w);
        ns.addAll(w);
        System.out.println(ns);
        nums.addAll(0, w);
        System.out.println(nums);
        Collections.addAll(nums, 7, 8);
        System.out.println(nums);
    }
}
// expect: 6.0
// expect: [1, 2, 3]
// expect: [1, 2, 3] [1, 2, 3] [3, 1, 2] [3, 1, 2] 1
// expect: true [3, 1, 2]
// expect: [3, 2]
// expect: {a=1} {a=1} {a=1}
// expect: [3, 1, 2]
// expect: [3, 1, 2, 3, 2]
// expect: [3, 1, 2, 3, 2, 7, 8]
