public class Main {
    public static void main(String[] args) {
        System.out.println(new Both().m());
        Left l = new Both();
        System.out.println(l.m());
        System.out.println(new OnlyLeft().m());
        System.out.println(new Both().twice(5));
    }
}

interface Left {
    default String m() { return "left"; }
    default int twice(int x) { return 2 * x; }
}

interface Right {
    default String m() { return "right"; }
}

class Both implements Left, Right {
    public String m() { return Left.super.m() + "&" + Right.super.m(); }
    public int twice(int x) { return Left.super.twice(x) + 1; }
}

class OnlyLeft implements Left {
    public String m() { return "only " + Left.super.m(); }
}
// expect: left&right
// expect: left&right
// expect: only left
// expect: 11
