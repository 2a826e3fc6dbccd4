public class Main {
    static final int K;
    public static void main(String[] args) {
        System.out.println(K);
    }
}
// error: 2:22: variable K not initialized in the default constructor
