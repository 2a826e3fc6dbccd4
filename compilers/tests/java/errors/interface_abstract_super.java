public class Main {
    public static void main(String[] args) {
        System.out.println(new C().m());
    }
}

interface I {
    String m();
}

class C implements I {
    public String m() { return I.super.m(); }
}
// error: 12:39: abstract method m() in I cannot be accessed directly
