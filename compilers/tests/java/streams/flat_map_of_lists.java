import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<List<Integer>> groups = new ArrayList<>();
        groups.add(List.of(1, 2));
        groups.add(List.of(3));
        System.out.println(groups.stream().flatMap(l -> l.stream()).toList());
        System.out.println(groups.stream().flatMap(List::stream).map(x -> x * 10).toList());
    }
}
// expect: [1, 2, 3]
// expect: [10, 20, 30]
