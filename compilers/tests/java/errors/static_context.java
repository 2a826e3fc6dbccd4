public class Main {
    int count;

    public static void main(String[] args) {
        count = 3;
    }
}
// error: 5:9: non-static variable count cannot be referenced from a static context
