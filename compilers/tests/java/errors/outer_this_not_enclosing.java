public class Main {
    static class Helper {
        int get() {
            return Main.this.hashCode();
        }
    }

    public static void main(String[] args) {
        System.out.println(new Helper().get());
    }
}
// error: 4:24: non-static variable this cannot be referenced from a static context
