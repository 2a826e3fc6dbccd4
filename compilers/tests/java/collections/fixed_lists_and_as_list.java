import java.util.*;

public class Main {
    static void get(List<Integer> xs, int i) {
        try {
            System.out.println(xs.get(i));
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) {
        get(List.of(1), 1);
        get(List.of(1, 2), -1);
        get(List.of(1, 2, 3), 5);
        get(List.of(), 0);
        get(Arrays.asList(1, 2), 2);
        Integer[] raw = {5, 3, 9};
        List<Integer> view = Arrays.asList(raw);
        Collections.sort(view);
        System.out.println(view + " " + Arrays.toString(raw));
        view.set(0, 42);
        System.out.println(raw[0] + " " + view.size() + " " + view.contains(9) + " " + view.indexOf(9));
        List<String> words = new ArrayList<>(Arrays.asList("b", "a"));
        words.add("c");
        System.out.println(words);
        try {
            view.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        view.remove(0);
    }
}
// expect: java.lang.IndexOutOfBoundsException: Index: 1 Size: 1
// expect: java.lang.IndexOutOfBoundsException: Index: -1 Size: 2
// expect: java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3
// expect: java.lang.ArrayIndexOutOfBoundsException: Index 0 out of bounds for length 0
// expect: java.lang.ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 2
// expect: [3, 5, 9] [3, 5, 9]
// expect: 42 3 true 2
// expect: [b, a, c]
// expect: java.lang.UnsupportedOperationException
// expect runtime error: trap 4
// expect stderr: at Main.main(fixed_lists_and_as_list.java:32)
// expect exit: 1
