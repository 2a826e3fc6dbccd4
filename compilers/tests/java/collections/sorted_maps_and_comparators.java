import java.util.*;

public class Main {
    static class ByLength implements Comparator<String> {
        public int compare(String a, String b) {
            return a.length() - b.length();
        }
    }

    static class Person implements Comparable<Person> {
        final String name;
        final int age;

        Person(String name, int age) {
            this.name = name;
            this.age = age;
        }

        public int compareTo(Person other) {
            return Integer.compare(age, other.age);
        }

        public String toString() {
            return name + "(" + age + ")";
        }
    }

    public static void main(String[] args) {
        TreeMap<String, Integer> tm = new TreeMap<>();
        String[] words = {"pear", "fig", "apple", "kiwi", "banana", "fig", "date"};
        for (String w : words) {
            tm.put(w, tm.getOrDefault(w, 0) + 1);
        }
        System.out.println(tm + " " + tm.firstKey() + " " + tm.lastKey());
        System.out.println(tm.floorKey("c") + " " + tm.ceilingKey("c") + " " + tm.containsKey("kiwi"));
        for (Map.Entry<String, Integer> e : tm.entrySet()) {
            System.out.print(e.getKey() + ":" + e.getValue() + " ");
        }
        System.out.println();
        List<String> list = new ArrayList<>(Arrays.asList(words));
        Collections.sort(list, new ByLength());
        System.out.println(list);
        list.sort(null);
        System.out.println(list);
        TreeSet<Integer> ts = new TreeSet<>();
        for (int x : new int[] {50, 10, 40, 10, 30}) {
            ts.add(x);
        }
        System.out.println(ts + " " + ts.first() + " " + ts.last() + " " + ts.floor(35) + " " + ts.size());
        List<Person> people = new ArrayList<>();
        people.add(new Person("Ada", 36));
        people.add(new Person("Charles", 79));
        people.add(new Person("Luigi", 36));
        people.add(new Person("Herman", 69));
        Collections.sort(people);
        System.out.println(people);
    }
}
// expect: {apple=1, banana=1, date=1, fig=2, kiwi=1, pear=1} apple pear
// expect: banana date true
// expect: apple:1 banana:1 date:1 fig:2 kiwi:1 pear:1 
// expect: [fig, fig, pear, kiwi, date, apple, banana]
// expect: [apple, banana, date, fig, fig, kiwi, pear]
// expect: [10, 30, 40, 50] 10 50 30 4
// expect: [Ada(36), Luigi(36), Herman(69), Charles(79)]
