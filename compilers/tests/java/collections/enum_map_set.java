import java.util.*;

public class Main {
    enum Day {
        MON, TUE, WED, THU, FRI, SAT, SUN;

        boolean weekend() {
            return this == SAT || this == SUN;
        }
    }

    enum Op {
        ADD {
            int apply(int a, int b) {
                return a + b;
            }
        },
        MUL {
            int apply(int a, int b) {
                return a * b;
            }
        };

        abstract int apply(int a, int b);
    }

    public static void main(String[] args) {
        Map<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.WED, 7);
        hours.merge(Day.MON, 1, Integer::sum);
        System.out.println(hours);
        for (Map.Entry<Day, Integer> e : hours.entrySet()) {
            System.out.println(e.getKey() + " -> " + e.getValue());
        }
        hours.remove(Day.WED);
        System.out.println(hours.keySet() + " " + hours.values() + " " + hours.size());
        EnumSet<Day> weekend = EnumSet.noneOf(Day.class);
        for (Day d : Day.values()) {
            if (d.weekend()) {
                weekend.add(d);
            }
        }
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + work);
        System.out.println(work.contains(Day.TUE) + " " + work.containsAll(EnumSet.of(Day.MON, Day.FRI)));
        System.out.println(EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.of(Day.SUN));
        Set<Day> copy = EnumSet.copyOf(List.of(Day.SUN, Day.MON));
        System.out.println(copy + " " + EnumSet.copyOf(weekend));
        EnumMap<Op, String> names = new EnumMap<>(Op.class);
        names.put(Op.MUL, "times");
        names.put(Op.ADD, "plus");
        names.forEach((op, n) -> System.out.println(op + " " + n + " " + op.apply(6, 7)));
        System.out.println(EnumSet.allOf(Op.class) + " " + Op.ADD.getDeclaringClass().getSimpleName());
        Map<Day, Integer> copied = new EnumMap<>(hours);
        System.out.println(copied.equals(hours) + " " + copied);
        try {
            EnumSet.range(Day.FRI, Day.MON);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        EnumSet.copyOf(new ArrayList<Day>());
    }
}
// expect: {MON=9, WED=7, FRI=6}
// expect: MON -> 9
// expect: WED -> 7
// expect: FRI -> 6
// expect: [MON, FRI] [9, 6] 2
// expect: [SAT, SUN] [MON, TUE, WED, THU, FRI]
// expect: true true
// expect: [TUE, WED, THU] [SUN]
// expect: [MON, SUN] [SAT, SUN]
// expect: ADD plus 13
// expect: MUL times 42
// expect: [ADD, MUL] Op
// expect: true {MON=9, FRI=6}
// expect: FRI > MON
// expect runtime error: trap 4
// expect stderr: at Main.main(enum_map_set.java:63)
// expect exit: 1
