public class Main {
    public static void main(String[] args) {
        long big = 10L;
        int small = big;
        System.out.println(small);
    }
}
// error: 4:21: incompatible types: possible lossy conversion from long to int
