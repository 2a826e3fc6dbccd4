#include <stdio.h>

#define N 1000

int composite[N];

int main(void) {
    int count = 0;
    int last = 0;
    for (int i = 2; i < N; i++) {
        if (!composite[i]) {
            count++;
            last = i;
            for (int j = i * i; j < N; j += i)
                composite[j] = 1;
        }
    }
    printf("%d %d\n", count, last);
    return 0;
}
