import java.util.Arrays;

public class Main {
    static int comparisons = 0;

    static void bubbleSort(int[] a) {
        for (int i = 0; i < a.length - 1; i++) {
            boolean swapped = false;
            for (int j = 0; j < a.length - 1 - i; j++) {
                comparisons++;
                if (a[j] > a[j + 1]) {
                    int t = a[j];
                    a[j] = a[j + 1];
                    a[j + 1] = t;
                    swapped = true;
                }
            }
            if (!swapped) break;
        }
    }

    static void insertionSort(String[] a) {
        for (int i = 1; i < a.length; i++) {
            String key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(key) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static void quickSort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) {
                int t = a[i]; a[i] = a[j]; a[j] = t;
                i++; j--;
            }
        }
        quickSort(a, lo, j);
        quickSort(a, i, hi);
    }

    static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == key) return mid;
            if (a[mid] < key) lo = mid + 1;
            else hi = mid - 1;
        }
        return -(lo + 1);
    }

    public static void main(String[] args) {
        int[] data = {29, 10, 14, 37, 13, 5, 88, -4, 0, 14};
        int[] copy = Arrays.copyOf(data, data.length);
        bubbleSort(data);
        System.out.println(Arrays.toString(data) + " after " + comparisons + " comparisons");
        quickSort(copy, 0, copy.length - 1);
        System.out.println(Arrays.equals(data, copy));
        String[] names = {"pear", "Apple", "fig", "apple", "Banana"};
        insertionSort(names);
        System.out.println(Arrays.toString(names));
        for (int key : new int[] {14, 15, -4, 100}) {
            System.out.println(key + " -> " + binarySearch(data, key) + " / " + Arrays.binarySearch(data, key));
        }
        int[] big = new int[50];
        for (int i = 0; i < big.length; i++) big[i] = (i * 7919) % 101;
        Arrays.sort(big);
        System.out.println(big[0] + " " + big[25] + " " + big[49]);
        int[] empty = {};
        System.out.println(binarySearch(empty, 3) + " " + data[data.length]);
    }
}
// expect: [-4, 0, 5, 10, 13, 14, 14, 29, 37, 88] after 44 comparisons
// expect: true
// expect: [Apple, Banana, apple, fig, pear]
// expect: 14 -> 5 / 5
// expect: 15 -> -8 / -8
// expect: -4 -> 0 / 0
// expect: 100 -> -11 / -11
// expect: 0 49 100
// expect runtime error: trap 4
// expect stderr: at Main.main(sorting_algorithms.java:78)
// expect exit: 1
