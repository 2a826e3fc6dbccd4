public class Main {
    public static void main(String[] args) {
        int x;
        for (String a : args) { x = 1; }
        System.out.println(x);
    }
}
// error: 5:28: variable x might not have been initialized
