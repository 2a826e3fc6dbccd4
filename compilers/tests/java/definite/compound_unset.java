public class Main {
    public static void main(String[] args) {
        int x;
        x++;
    }
}
// error: 4:9: variable x might not have been initialized
