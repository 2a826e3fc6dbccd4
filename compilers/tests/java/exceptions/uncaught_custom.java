public class Main {
    public static void main(String[] args) {
        System.out.println("start");
        new Machine().run(3);
    }
}

class EngineFault extends RuntimeException {
    EngineFault(String message) { super(message); }
}

class Machine {
    void run(int steps) {
        for (int i = 0; i < steps; i++) step(i);
    }

    void step(int i) {
        System.out.println("step " + i);
        if (i == 2) throw new EngineFault("gear " + i + " jammed");
    }
}
// expect: start
// expect: step 0
// expect: step 1
// expect: step 2
// expect runtime error: trap 4
// expect stderr: at Main.main(uncaught_custom.java:4)
// expect exit: 1
