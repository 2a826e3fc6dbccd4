public class Main {
    void helper() { }

    public static void main(String[] args) {
        helper();
    }
}
// error: 5:9: non-static method helper() cannot be referenced from a static context
