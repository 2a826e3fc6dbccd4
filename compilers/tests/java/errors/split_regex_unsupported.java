public class Main {
    public static void main(String[] args) {
        String[] parts = "a1b22c".split("[0-9]+");
        System.out.println(parts.length);
    }
}
// error: 3:41: only a literal separator or runs of whitespace
