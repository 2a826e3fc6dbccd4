// Expected output: java 17's (java null_class.java).
public class Main {
    public static void main(String[] args) {
        Class<?> none = null;
        System.out.println("none: " + none);
        Class<?> c = new Object().getClass().getSuperclass();
        System.out.println("Object's superclass: " + c);
        System.out.println(c.toString());
    }
}

// expect: none: null
// expect: Object's superclass: null
// expect runtime error: trap 4
// expect stderr: at Main.main(null_class.java:8)
// expect exit: 1
