public class Main {
    static final String PREFIX = "cmd.";
    static final int N = 7;
    static final String HALF = "v" + (N / 2);

    static String route(String key) {
        final String stop = PREFIX + "stop";
        switch (key) {
            case PREFIX + "go":
                return "going";
            case stop:
                return "stopping";
            case HALF:
                return "half";
            case "v" + N % 4 + (N << 2):
                return "mixed";
            default:
                return "unknown " + key;
        }
    }

    public static void main(String[] args) {
        for (String k : new String[] {"cmd.go", "cmd.stop", "v3", "v328", "cmd."}) {
            System.out.println(route(k));
        }
        String label = switch (HALF) {
            case PREFIX -> "prefix";
            case "v" + 3 -> "three";
            default -> "other";
        };
        System.out.println(label);
        System.out.println(HALF == "v3");
        System.out.println(("n" + (N / 2 * 3 - N % 3 + (N >> 1) + (-N >>> 28) + (N & 6 | 8 ^ 1))) == "n41");
        byte b = N * 10 / 7 % 100;
        System.out.println(b);
        switch (N) {
            case N / 2 * 2 + 1 -> System.out.println("odd");
            default -> System.out.println("even");
        }
    }
}
// expect: going
// expect: stopping
// expect: half
// expect: mixed
// expect: unknown cmd.
// expect: three
// expect: true
// expect: true
// expect: 10
// expect: odd
