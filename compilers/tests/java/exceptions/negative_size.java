public class Main {
    public static void main(String[] args) {
        int n = -3;
        try {
            int[] a = new int[n];
            System.out.println(a.length);
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }
    }
}
// expect: java.lang.NegativeArraySizeException: -3
