public class Main {
    public static void main(String[] args) {
        System.out.println("never");
    }
}

interface I {
    String m() { return "I"; }
}
// error: 8:16: interface abstract methods cannot have body
