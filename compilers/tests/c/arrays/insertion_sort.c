// Insertion sort.
#include <stdio.h>

int main(void) {
    int a[] = {5, 2, 9, 1, 5, 6, -3, 8};
    int n = sizeof(a) / sizeof(a[0]);
    for (int i = 1; i < n; i++) {
        int key = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > key) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = key;
    }
    for (int i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    return 0;
}
// expect: -3 1 2 5 5 6 8 9 
