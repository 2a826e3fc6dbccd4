// An exception wrapped where it is caught: java prints the wrapper's trace, then "Caused by:" with the
// cause's frames down to main and the source launcher's frames (the wrapper's trace, which left main,
// has those taken off, so the two have no frames in common and no "... N more" line).
public class Main {
    static int check(int v) {
        if (v < 0) throw new IllegalStateException("negative: " + v);
        return v * 2;
    }
    static int load(int v) {
        try {
            return check(v);
        } catch (IllegalStateException e) {
            throw new RuntimeException("load failed", e);
        }
    }
    public static void main(String[] args) {
        System.out.println(load(4));
        load(-3);
    }
}
// expect: 8
// expect runtime error: trap 4
// expect stderr: at jdk.compiler/com.sun.tools.javac.launcher.Main.main(Main.java:132)
