public class Main {
    public static void main(String[] args) {
        break;
    }
}
// error: 3:9: break outside switch or loop
