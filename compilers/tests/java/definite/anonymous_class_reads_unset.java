public class Main {
    public static void main(String[] args) {
        int x;
        Object o = new Object() { public String toString() { return "" + x; } };
    }
}
// error: 4:74: variable x might not have been initialized
