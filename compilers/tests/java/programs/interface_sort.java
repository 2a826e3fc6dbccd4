public class Main {
    static void sort(Comparable[] items) {
        for (int i = 1; i < items.length; i++) {
            Comparable key = items[i];
            int j = i - 1;
            while (j >= 0 && items[j].compareTo(key) > 0) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = key;
        }
    }

    public static void main(String[] args) {
        Comparable[] people = {
            new Person("Ada", 36), new Person("Charles", 79), new Person("Mary", 21), new Person("Luigi", 54)
        };
        sort(people);
        for (Comparable p : people) System.out.println(p);
    }
}

interface Comparable {
    int compareTo(Comparable other);
}

class Person implements Comparable {
    String name;
    int age;
    Person(String name, int age) { this.name = name; this.age = age; }
    public int compareTo(Comparable other) { return age - ((Person) other).age; }
    public String toString() { return name + " (" + age + ")"; }
}
// expect: Mary (21)
// expect: Ada (36)
// expect: Luigi (54)
// expect: Charles (79)
