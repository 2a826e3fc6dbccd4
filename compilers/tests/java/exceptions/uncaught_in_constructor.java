public class Main {
    public static void main(String[] args) {
        Gear g = new Gear(12);
        System.out.println(g.teeth);
        Gear bad = new Gear(0);
        System.out.println(bad.teeth);
    }
}

class Gear {
    int teeth;

    Gear(int teeth) {
        if (teeth <= 0) throw new IllegalArgumentException("a gear needs teeth");
        this.teeth = teeth;
    }
}
// expect: 12
// expect runtime error: trap 4
// expect stderr: at Main.main(uncaught_in_constructor.java:5)
// expect exit: 1
