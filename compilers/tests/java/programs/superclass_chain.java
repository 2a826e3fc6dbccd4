// Expected output: java 17's (java superclass_chain.java).
public class Main {
    static class A {} static class B extends A {}
    enum E { X, Y { public String toString() { return "y"; } } }
    public static void main(String[] args) {
        Class<?> c = new B().getClass();
        while (c != null) { System.out.println(c.getName() + " " + c.getSimpleName() + " " + c); c = c.getSuperclass(); }
        System.out.println(E.Y.getClass().getSuperclass() + " " + E.X.getClass().getSuperclass());
        System.out.println(new RuntimeException().getClass().getSuperclass().getName());
    }
}

// expect: Main$B B class Main$B
// expect: Main$A A class Main$A
// expect: java.lang.Object Object class java.lang.Object
// expect: class Main$E class java.lang.Enum
// expect: java.lang.Exception
