// Binary search in a sorted array.
#include <stdio.h>

int search(const int *a, int n, int key) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] == key) return mid;
        if (a[mid] < key) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

int main(void) {
    int a[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29};
    printf("%d %d %d %d\n", search(a, 10, 2), search(a, 10, 29), search(a, 10, 13), search(a, 10, 4));
    return 0;
}
// expect: 0 9 5 -1
