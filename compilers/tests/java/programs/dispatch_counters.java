public class Main {
    public static void main(String[] args) {
        Counter[] cs = {new Counter(), new Doubler(), new Squarer(), new Doubler()};
        long total = 0;
        for (int round = 0; round < 50; round++)
            for (Counter c : cs) total += c.step(round);
        System.out.println(total);
        for (Counter c : cs) System.out.println(c.name() + " " + c.calls);
    }
}

class Counter {
    int calls;
    long step(int x) { calls++; return x; }
    String name() { return "counter"; }
}

class Doubler extends Counter {
    long step(int x) { return 2 * super.step(x); }
    String name() { return "doubler"; }
}

class Squarer extends Counter {
    long step(int x) { calls++; return (long) x * x; }
    String name() { return "squarer"; }
}
// expect: 46550
// expect: counter 50
// expect: doubler 50
// expect: squarer 50
// expect: doubler 50
