import java.util.*;
import java.util.function.*;

public class Main {
    int base = 100;

    int addBase(List<Integer> xs) {
        int[] total = {0};
        xs.forEach(x -> total[0] += x + base);
        return total[0];
    }

    static int twice(int x) {
        return 2 * x;
    }

    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("Lovelace", "Babbage", "Menabrea", "Ada"));
        names.sort((a, b) -> a.length() - b.length());
        System.out.println(names);
        Collections.sort(names, (a, b) -> b.compareTo(a));
        System.out.println(names);
        names.sort(String::compareTo);
        System.out.println(names);
        names.forEach(n -> System.out.print(n.charAt(0)));
        System.out.println();
        names.forEach(System.out::println);
        int offset = 3;
        Function<Integer, Integer> shift = x -> x + offset;
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        IntBinaryOperator mul = (a, b) -> a * b;
        Supplier<String> hello = () -> "hello";
        Predicate<String> longName = s -> s.length() > 5;
        UnaryOperator<String> shout = s -> s.toUpperCase() + "!";
        IntUnaryOperator tw = Main::twice;
        System.out.println(shift.apply(4) + " " + add.apply(2, 3) + " " + mul.applyAsInt(6, 7) + " " + hello.get()
            + " " + longName.test("Ada") + " " + shout.apply("engine") + " " + tw.applyAsInt(21));
        Map<String, Integer> counts = new TreeMap<>();
        for (String w : List.of("a", "b", "a", "c", "b", "a")) {
            counts.merge(w, 1, Integer::sum);
        }
        counts.forEach((k, v) -> System.out.println(k + "=" + v));
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String n : names) {
            byLength.computeIfAbsent(n.length(), k -> new ArrayList<>()).add(n);
        }
        System.out.println(byLength);
        List<Integer> nums = new ArrayList<>(List.of(5, 12, 7, 20, 3));
        nums.removeIf(x -> x > 10);
        System.out.println(nums + " " + new Main().addBase(nums));
        Runnable r = () -> System.out.println("run " + offset);
        r.run();
        Comparator<Integer> desc = Collections.reverseOrder();
        nums.sort(desc);
        System.out.println(nums);
    }
}
// expect: [Ada, Babbage, Lovelace, Menabrea]
// expect: [Menabrea, Lovelace, Babbage, Ada]
// expect: [Ada, Babbage, Lovelace, Menabrea]
// expect: ABLM
// expect: Ada
// expect: Babbage
// expect: Lovelace
// expect: Menabrea
// expect: 7 5 42 hello false ENGINE! 42
// expect: a=3
// expect: b=2
// expect: c=1
// expect: {3=[Ada], 7=[Babbage], 8=[Lovelace, Menabrea]}
// expect: [5, 7, 3] 315
// expect: run 3
// expect: [7, 5, 3]
