// A chain of causes that loops back to one printed before: java prints that cause once more as
// "Caused by: [CIRCULAR REFERENCE: ...]" and ends the chain (checked against java 17's last line).
public class Main {
    public static void main(String[] args) {
        RuntimeException a = new RuntimeException("a");
        IllegalStateException b = new IllegalStateException("b");
        IllegalArgumentException c = new IllegalArgumentException("c", b);
        a.initCause(b);
        b.initCause(c);
        System.out.println(a.getCause().getCause().getCause().getMessage());
        throw a;
    }
}
// expect: b
// expect runtime error: trap 4
// expect stderr: Caused by: [CIRCULAR REFERENCE: java.lang.IllegalStateException: b]
// expect exit: 1
