import java.util.*;

public class Main {
    public static void main(String[] args) {
        Deque<String> work = new ArrayDeque<>(List.of("a", "b"));
        System.out.println(work.poll() + work.poll() + work.poll());
        Iterator<String> it = new ArrayList<String>().iterator();
        System.out.println(it.hasNext());
        it.next();
    }
}
// expect: abnull
// expect: false
// expect runtime error: trap 4
// expect stderr: at Main.main(iterator_exhausted.java:9)
