public class Main {
    public static void main(String[] args) {
        Money a = new Money(5), b = new Money(5), c = new Money(7);
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + (a == b));
        System.out.println(a.hashCode() == b.hashCode());
        Object o = a;
        System.out.println(o.equals(b) + " " + o);
        Plain p = new Plain();
        System.out.println(p.equals(p) + " " + p.equals(new Plain()));
    }
}

class Money {
    final int cents;
    Money(int cents) { this.cents = cents; }
    public boolean equals(Object other) {
        if (!(other instanceof Money)) return false;
        return ((Money) other).cents == cents;
    }
    public int hashCode() { return cents * 31; }
    public String toString() { return cents + "c"; }
}

class Plain { }
// expect: true false false
// expect: true
// expect: true 5c
// expect: true false
