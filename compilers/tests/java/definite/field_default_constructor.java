public class Main {
    static class A {
        final int x;
        final int y = 2;
    }
    public static void main(String[] args) {
        System.out.println(new A().y);
    }
}
// error: 3:19: variable x not initialized in the default constructor
