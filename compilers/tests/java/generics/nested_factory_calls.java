import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<List<Integer>> grid = List.of(List.of(1, 2), List.of(3, 4));
        Map<String, List<Integer>> m = Map.of("a", List.of(1, 2));
        List<Map<String, Integer>> rows = List.of(Map.of("a", 1), Map.of("b", 2));
        System.out.println(grid + " " + m + " " + rows.get(1));
    }
}
// expect: [[1, 2], [3, 4]] {a=[1, 2]} {b=2}
