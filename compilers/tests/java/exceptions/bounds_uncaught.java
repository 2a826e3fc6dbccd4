public class Main {
    public static void main(String[] args) {
        int[] a = new int[4];
        for (int i = 0; i <= a.length; i++) {
            a[i] = i;
            System.out.println(a[i]);
        }
    }
}
// expect: 0
// expect: 1
// expect: 2
// expect: 3
// expect runtime error: trap 4
// expect stderr: at Main.main(bounds_uncaught.java:5)
// expect exit: 1
