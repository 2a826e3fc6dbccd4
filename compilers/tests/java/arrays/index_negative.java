public class Main {
    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int i = -1;
        try {
            System.out.println(a[i]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        String[] s = new String[0];
        System.out.println(s[0]);
    }
}
// expect: Index -1 out of bounds for length 3
// expect runtime error: trap 4
// expect stderr: at Main.main(index_negative.java:11)
// expect exit: 1
