public class Main {
    enum E {
        A { int f() { int x; return x; } };
        abstract int f();
    }
    public static void main(String[] args) {
        class L {
            class N { int g() { int y; return y; } }
        }
    }
}
// error: 3:37: variable x might not have been initialized
// error: 8:47: variable y might not have been initialized
