public class Main {
    public static void main(String[] args) {
        Object[] things = {new A(), new B(), new C(), null};
        for (Object o : things) {
            String kind = o instanceof C ? "C" : o instanceof B ? "B" : o instanceof A ? "A" : "null";
            System.out.println(kind + " " + (o instanceof A));
        }
        A a = new C();
        B b = (B) a;
        System.out.println(b.who());
        if (a instanceof C c) System.out.println("pattern " + c.who());
        Object s = "a string";
        System.out.println(s instanceof Object);
    }
}

class A { String who() { return "a"; } }
class B extends A { String who() { return "b"; } }
class C extends B { String who() { return "c"; } }
// expect: A true
// expect: B true
// expect: C true
// expect: null false
// expect: c
// expect: pattern c
// expect: true
