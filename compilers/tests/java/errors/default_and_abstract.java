public class Main {
    public static void main(String[] args) {
        System.out.println(new Both().m());
    }
}

interface Left {
    default String m() { return "left"; }
}

interface Right {
    String m();
}

class Both implements Left, Right {
}
// error: 15:1: Both is not abstract and does not override abstract method m() in Right
