import java.util.*;

public class Main {
    public static void main(String[] args) {
        Object lock = new Object();
        Object other = new Object();
        System.out.println(lock.equals(lock) + " " + lock.equals(other) + " " + (lock == other));
        char[] cs = {'h', 'i'};
        System.out.println(cs);
        System.out.print(cs);
        System.out.println();
        List<String> names = new ArrayList<>(List.of("b", "a", "c"));
        String[] arr = names.toArray(new String[0]);
        Arrays.sort(arr);
        System.out.println(arr.length + " " + arr[0] + " " + String.join(",", arr));
        Set<String> keys = new TreeMap<String, Integer>(Map.of("x", 1, "y", 2)).keySet();
        System.out.println(keys.toArray(new String[0])[1]);
        Object[] objs = names.toArray();
        System.out.println(objs.length + " " + objs[2]);
        String[] sized = names.toArray(new String[5]);
        System.out.println(sized[3] + " " + sized[0]);
    }
}
// expect: true false false
// expect: hi
// expect: hi
// expect: 3 a a,b,c
// expect: y
// expect: 3 c
// expect: null b
