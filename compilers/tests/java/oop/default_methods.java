public class Main {
    public static void main(String[] args) {
        Greeter[] gs = {new Plain("Ada"), new Loud("Bob"), new Polite("Cy")};
        for (Greeter g : gs) {
            System.out.println(g.greet());
            System.out.println(g.twice());
        }
        Plain p = new Plain("Dee");
        System.out.println(p.greet());
        Loud l = new Loud("Eve");
        System.out.println(l.greet() + " / " + l.twice());
        System.out.println(Greeter.join("x", "y"));
        Counter c = new Steps();
        System.out.println(c.sum(4));
        Shape s = new Square(3);
        System.out.println(s.describe());
        Named n = new Square(2);
        System.out.println(n.label());
    }
}

interface Greeter {
    String name();

    default String greet() {
        return "hello " + name();
    }

    default String twice() {
        return join(greet(), greet());
    }

    static String join(String a, String b) {
        return a + "+" + b;
    }
}

class Plain implements Greeter {
    private final String n;
    Plain(String n) { this.n = n; }
    public String name() { return n; }
}

class Loud implements Greeter {
    private final String n;
    Loud(String n) { this.n = n; }
    public String name() { return n.toUpperCase(); }
    public String greet() { return "HEY " + name(); }
}

class Polite extends Plain {
    Polite(String n) { super(n); }
    public String twice() { return "once: " + greet(); }
}

interface Counter {
    int step(int i);

    default int sum(int n) {
        int t = 0;
        for (int i = 1; i <= n; i++) t += step(i);
        return t;
    }
}

class Steps implements Counter {
    public int step(int i) { return i * i; }
}

interface Named {
    default String label() { return "thing"; }
}

interface Shape extends Named {
    int area();

    default String label() { return "shape"; }

    default String describe() { return label() + " of area " + area(); }
}

class Square implements Shape {
    private final int side;
    Square(int side) { this.side = side; }
    public int area() { return side * side; }
}
// expect: hello Ada
// expect: hello Ada+hello Ada
// expect: HEY BOB
// expect: HEY BOB+HEY BOB
// expect: hello Cy
// expect: once: hello Cy
// expect: hello Dee
// expect: HEY EVE / HEY EVE+HEY EVE
// expect: x+y
// expect: 30
// expect: shape of area 9
// expect: shape
