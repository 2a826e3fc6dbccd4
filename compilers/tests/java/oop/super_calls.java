public class Main {
    public static void main(String[] args) {
        Base b = new Derived();
        System.out.println(b.describe());
        System.out.println(b.value());
    }
}

class Base {
    int value() { return 1; }
    String describe() { return "base " + value(); }
}

class Derived extends Base {
    int value() { return super.value() + 10; }
    String describe() { return "derived, " + super.describe(); }
}
// expect: derived, base 11
// expect: 11
