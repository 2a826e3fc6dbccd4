public class Main {
    static class A {
        final int x;
        A(int v) {
            if (v > 0) x = v;
        }
    }
    public static void main(String[] args) {
        System.out.println(new A(1).x);
    }
}
// error: 6:9: variable x might not have been initialized
