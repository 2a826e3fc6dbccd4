// Bubble sort.
#include <stdio.h>

void bubble(int *a, int n) {
    for (int pass = 0; pass < n - 1; pass++) {
        int swapped = 0;
        for (int i = 0; i < n - 1 - pass; i++) {
            if (a[i] > a[i + 1]) {
                int t = a[i];
                a[i] = a[i + 1];
                a[i + 1] = t;
                swapped = 1;
            }
        }
        if (!swapped) break;
    }
}

int main(void) {
    int a[10] = {64, 34, 25, 12, 22, 11, 90, -5, 0, 34};
    bubble(a, 10);
    for (int i = 0; i < 10; i++) printf("%d ", a[i]);
    printf("\n");
    return 0;
}
// expect: -5 0 11 12 22 25 34 34 64 90 
