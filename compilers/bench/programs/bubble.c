#include <stdio.h>

#define N 30

int a[N];

int main(void) {
    int x = 7;
    for (int i = 0; i < N; i++) {
        x = (x * 37 + 11) % 101;
        a[i] = x;
    }
    for (int i = 0; i < N - 1; i++) {
        for (int j = 0; j < N - 1 - i; j++) {
            if (a[j] > a[j + 1]) {
                int t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
            }
        }
    }
    for (int i = 0; i < N; i++)
        printf("%d ", a[i]);
    printf("\n");
    return 0;
}
