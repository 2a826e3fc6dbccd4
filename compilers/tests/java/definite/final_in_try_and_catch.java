public class Main {
    public static void main(String[] args) {
        final int u;
        try { u = Integer.parseInt("3"); } catch (NumberFormatException e) { u = 0; }
        System.out.println(u);
    }
}
// error: 4:78: variable u might already have been assigned
