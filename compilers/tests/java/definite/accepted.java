public class Main {
    static final int LIMIT;
    static { LIMIT = 3; }

    static class Account {
        private final String owner;
        private final int opened;
        private int balance;

        Account(String owner, int opened) {
            this.owner = owner;
            if (opened < 0) {
                this.opened = 0;
            } else {
                this.opened = opened;
            }
        }

        Account(String owner) {
            this(owner, 2024);
        }

        public String toString() {
            return owner + " since " + opened + ": " + balance;
        }
    }

    static int sign(int n) {
        int s;
        if (n > 0) s = 1;
        else if (n < 0) s = -1;
        else s = 0;
        return s;
    }

    static String describe(int n) {
        String kind;
        switch (n % 3) {
            case 0:
                kind = "three";
                break;
            case 1:
            case -1:
                kind = "one";
                break;
            default:
                kind = "two";
        }
        return kind;
    }

    static int parse(String s) {
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            v = -1;
        }
        return v;
    }

    public static void main(String[] args) {
        final int x;
        if (args.length == 0) x = 1; else x = 2;
        System.out.println(x + " " + LIMIT);
        int y;
        while (true) {
            y = 3;
            break;
        }
        System.out.println(y);
        int z;
        for (int i = 0; ; i++) {
            if (i * i > 20) {
                z = i;
                break;
            }
        }
        System.out.println(z);
        int w;
        boolean b = args.length == 0;
        if (b && (w = 5) > 0) System.out.println("w " + w);
        int v;
        if (!b || (v = 2) > 0) System.out.println("no v"); else System.out.println("v " + v);
        int t;
        try {
            t = 1;
        } finally {
            System.out.println("finally");
        }
        System.out.println(t);
        int q = switch (args.length) {
            case 0 -> {
                int r;
                r = 9;
                yield r;
            }
            default -> 1;
        };
        System.out.println(q);
        int m;
        do {
            m = 7;
        } while (m < 0);
        System.out.println(m);
        int a, c;
        a = c = 4;
        System.out.println(a * c);
        boolean f;
        if (args.length == 0 ? (f = true) : (f = false)) System.out.println("f " + f);
        System.out.println(sign(-5) + " " + sign(0) + " " + sign(8));
        System.out.println(describe(3) + " " + describe(4) + " " + describe(5) + " " + describe(-2));
        System.out.println(parse("42") + " " + parse("x"));
        System.out.println(new Account("ada", -3));
        System.out.println(new Account("charles"));
        final String greeting;
        greeting = "hello";
        Runnable hi = () -> System.out.println(greeting);
        hi.run();
    }
}
// expect: 1 3
// expect: 3
// expect: 5
// expect: w 5
// expect: no v
// expect: finally
// expect: 1
// expect: 9
// expect: 7
// expect: 16
// expect: f true
// expect: -1 0 1
// expect: three one two two
// expect: 42 -1
// expect: ada since 0: 0
// expect: charles since 2024: 0
// expect: hello
