import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("ann", "bob", "cy", "dee"));
        for (String n : names) {
            if (n.equals("cy")) {
                names.remove(n);
            }
        }
        System.out.println(names);
        Iterator<String> it = names.iterator();
        while (it.hasNext()) {
            if (it.next().startsWith("b")) {
                it.remove();
            }
        }
        System.out.println(names);
        names.removeIf(n -> n.length() == 3 && n.startsWith("d"));
        System.out.println(names);
        try {
            for (String n : names) {
                names.add(n + "!");
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("caught " + e);
        }
        System.out.println(names);
        List<Integer> nums = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        for (Integer x : nums) {
            if (x == 2) {
                nums.remove(x);
            }
        }
    }
}
// expect: [ann, bob, dee]
// expect: [ann, dee]
// expect: [ann]
// expect: caught java.util.ConcurrentModificationException
// expect: [ann, ann!]
// expect runtime error: trap 4
// expect stderr: at Main.main(concurrent_modification.java:30)
// expect exit: 1
