public class Main {
    public static void main(String[] args) {
        new C();
        System.out.println("--");
        new C(5);
    }
}

class A {
    A() { System.out.println("A()"); }
}

class B extends A {
    B() { System.out.println("B()"); }
    B(int x) {
        this();
        System.out.println("B(" + x + ")");
    }
}

class C extends B {
    C() { System.out.println("C()"); }
    C(int x) {
        super(x * 2);
        System.out.println("C(" + x + ")");
    }
}
// expect: A()
// expect: B()
// expect: C()
// expect: --
// expect: A()
// expect: B()
// expect: B(10)
// expect: C(5)
