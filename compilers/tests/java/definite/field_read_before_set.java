public class Main {
    static class A {
        final int x;
        A(int v) {
            System.out.println(x);
            x = v;
        }
    }
    public static void main(String[] args) {
        System.out.println(new A(1).x);
    }
}
// error: 5:32: variable x might not have been initialized
