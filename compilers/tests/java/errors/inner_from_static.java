public class Main {
    class Inner {
        int v = 1;
    }

    public static void main(String[] args) {
        Inner i = new Inner();
        System.out.println(i.v);
    }
}
// error: 7:19: non-static variable this cannot be referenced from a static context
