public class Main {
    public static void main(String[] args) {
        System.out.println(new C().m());
    }
}

interface I {
    default String m() { return "I"; }
}

interface J extends I {
}

class C implements J {
    public String m() { return "C" + I.super.m(); }
}
// error: 15:38: not an enclosing class: I
