public class Main {
    static class A {
        final int x;
        A(int v) {
            x = v;
            x = 2;
        }
        A() { this(3); }
    }
    public static void main(String[] args) {
        System.out.println(new A(1).x);
    }
}
// error: 6:13: variable x might already have been assigned
