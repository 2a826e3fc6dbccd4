public class Main {
    public static void main(String[] args) {
        int i = 5;
        int a = i++;
        int b = ++i;
        int c = i--;
        int d = --i;
        System.out.println(a + " " + b + " " + c + " " + d + " " + i);
        int[] arr = {1, 2, 3};
        int k = 0;
        arr[k++] += 10;
        System.out.println(arr[0] + " " + k);
        arr[++k]++;
        System.out.println(arr[2]);
        int m = Integer.MAX_VALUE;
        m++;
        System.out.println(m);
    }
}
// expect: 5 7 7 5 5
// expect: 11 1
// expect: 4
// expect: -2147483648
