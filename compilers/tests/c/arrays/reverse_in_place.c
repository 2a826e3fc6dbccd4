// Reversing an array in place.
#include <stdio.h>

void reverse(int *a, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

int main(void) {
    int a[7] = {1, 2, 3, 4, 5, 6, 7};
    reverse(a, 7);
    for (int i = 0; i < 7; i++) printf("%d ", a[i]);
    printf("\n");
    return 0;
}
// expect: 7 6 5 4 3 2 1 
