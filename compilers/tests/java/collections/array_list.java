import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        ArrayList<String> names = new ArrayList<>();
        System.out.println(names + " " + names.size() + " " + names.isEmpty());
        names.add("Babbage");
        names.add("Lovelace");
        names.add(0, "Menabrea");
        names.add("Hollerith");
        System.out.println(names + " " + names.size() + " " + names.get(1));
        System.out.println(names.contains("Lovelace") + " " + names.indexOf("Hollerith") + " " + names.indexOf("Turing"));
        String old = names.set(2, "Ada");
        System.out.println(old + " " + names);
        names.remove("Menabrea");
        String gone = names.remove(0);
        System.out.println(gone + " " + names);
        for (int i = 0; i < 15; i++) {
            names.add("n" + i);
        }
        System.out.println(names.size() + " " + names.get(16));
        Iterator<String> it = names.iterator();
        int count = 0;
        while (it.hasNext()) {
            if (it.next().startsWith("n1")) {
                count++;
            }
        }
        System.out.println(count);
        List<Integer> nums = new ArrayList<>();
        int[] raw = {5, 3, 9, 1, 7, 3};
        for (int x : raw) {
            nums.add(x);
        }
        Collections.sort(nums);
        System.out.println(nums + " " + Collections.max(nums) + " " + Collections.min(nums));
        Collections.reverse(nums);
        System.out.println(nums);
        nums.remove(Integer.valueOf(3));
        nums.remove(0);
        System.out.println(nums + " " + nums.equals(List.of(7, 5, 3, 1)) + " " + nums.hashCode());
        List<Integer> copy = new ArrayList<>(nums);
        copy.clear();
        System.out.println(copy + " " + nums.size());
        System.out.println(names.get(40));
    }
}
// expect: [] 0 true
// expect: [Menabrea, Babbage, Lovelace, Hollerith] 4 Babbage
// expect: true 3 -1
// expect: Lovelace [Menabrea, Babbage, Ada, Hollerith]
// expect: Babbage [Ada, Hollerith]
// expect: 17 n14
// expect: 6
// expect: [1, 3, 3, 5, 7, 9] 9 1
// expect: [9, 7, 5, 3, 3, 1]
// expect: [7, 5, 3, 1] true 1136957
// expect: [] 4
// expect runtime error: trap 4
// expect stderr: at Main.main(array_list.java:48)
