public class Main {
    public static void main(String[] args) {
        Counter a = new Counter();
        Counter b = new Counter(10);
        a.inc();
        a.inc();
        b.inc();
        System.out.println(a.get() + " " + b.get() + " " + Counter.created);
    }
}

class Counter {
    static int created = 0;
    private int value;

    Counter() { this(0); }

    Counter(int start) {
        value = start;
        created++;
    }

    void inc() { value++; }

    int get() { return value; }
}
// expect: 2 11 2
