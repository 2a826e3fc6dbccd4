public class Main {
    public static void main(String[] args) {
        int t;
        try { t = 1; } finally { System.out.println(t); }
    }
}
// error: 4:53: variable t might not have been initialized
