// A function returning a pointer into a global array.
#include <stdio.h>

int table[8];

int *slot(int i) {
    return &table[i % 8];
}

int main(void) {
    for (int i = 0; i < 20; i++) *slot(i) += i;
    for (int i = 0; i < 8; i++) printf("%d ", table[i]);
    printf("\n");
    return 0;
}
// expect: 24 27 30 33 16 18 20 22 
