public class Main {
    public static void main(String[] args) {
        System.out.println(new Both().m());
    }
}

interface Left {
    default String m() { return "left"; }
}

interface Right {
    default String m() { return "right"; }
}

class Both implements Left, Right {
}
// error: 15:1: types Left and Right are incompatible;
