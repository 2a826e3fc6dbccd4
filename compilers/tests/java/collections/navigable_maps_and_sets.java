import java.util.*;

public class Main {
    public static void main(String[] args) {
        TreeMap<Integer, String> grades = new TreeMap<>(Map.of(90, "A", 80, "B", 70, "C", 0, "F"));
        for (int s : new int[]{95, 83, 71, 40, 80}) {
            System.out.println(s + " " + grades.floorEntry(s).getValue() + " " + grades.ceilingEntry(s) + " " + grades.lowerEntry(s) + " " + grades.higherEntry(s));
        }
        System.out.println(grades.headMap(80) + " " + grades.headMap(80, true) + " " + grades.descendingMap());
        System.out.println(grades.tailMap(80) + " " + grades.tailMap(80, false) + " " + grades.subMap(0, 90));
        System.out.println(grades.firstEntry() + " " + grades.lastEntry() + " " + grades.descendingKeySet() + " " + grades.navigableKeySet());
        SortedMap<Integer, String> head = grades.headMap(75);
        System.out.println(head.firstKey() + " " + head.lastKey() + " " + head.size());
        NavigableMap<Integer, String> nav = new TreeMap<>(grades);
        System.out.println(nav.pollFirstEntry() + " " + nav.pollLastEntry() + " " + nav);
        TreeSet<String> words = new TreeSet<>(List.of("pear", "apple", "fig", "kiwi", "banana"));
        System.out.println(words.higher("fig") + " " + words.lower("fig") + " " + words.higher("pear") + " " + words.lower("apple"));
        System.out.println(words.headSet("kiwi") + " " + words.tailSet("fig") + " " + words.subSet("b", "l") + " " + words.descendingSet());
        System.out.println(words.headSet("kiwi", true) + " " + words.tailSet("fig", false) + " " + words.subSet("apple", false, "kiwi", true));
        Iterator<String> it = words.descendingIterator();
        while (it.hasNext()) {
            System.out.print(it.next() + " ");
        }
        System.out.println();
        System.out.println(words.pollFirst() + " " + words.pollLast() + " " + words);
        NavigableSet<Integer> empty = new TreeSet<>();
        System.out.println(empty.pollFirst() + " " + new TreeMap<Integer, Integer>().firstEntry());
        SortedSet<String> ss = words.headSet("g");
        System.out.println(ss.first() + " " + ss.last());
    }
}
// expect: 95 A null 90=A null
// expect: 83 B 90=A 80=B 90=A
// expect: 71 C 80=B 70=C 80=B
// expect: 40 F 70=C 0=F 70=C
// expect: 80 B 80=B 70=C 90=A
// expect: {0=F, 70=C} {0=F, 70=C, 80=B} {90=A, 80=B, 70=C, 0=F}
// expect: {80=B, 90=A} {90=A} {0=F, 70=C, 80=B}
// expect: 0=F 90=A [90, 80, 70, 0] [0, 70, 80, 90]
// expect: 0 70 2
// expect: 0=F 90=A {70=C, 80=B}
// expect: kiwi banana null null
// expect: [apple, banana, fig] [fig, kiwi, pear] [banana, fig, kiwi] [pear, kiwi, fig, banana, apple]
// expect: [apple, banana, fig, kiwi] [kiwi, pear] [banana, fig, kiwi]
// expect: pear kiwi fig banana apple 
// expect: apple pear [banana, fig, kiwi]
// expect: null null
// expect: banana fig
