public class Main {
    public static void main(String[] args) {
        int u;
        try { u = Integer.parseInt("3"); } catch (NumberFormatException e) { System.out.println(u); }
    }
}
// error: 4:97: variable u might not have been initialized
