// Taking the address of a local and of a parameter.
#include <stdio.h>

void add_to(int *target, int amount) {
    *target += amount;
}

int twice(int v) {
    add_to(&v, v);
    return v;
}

int main(void) {
    int total = 0;
    for (int i = 1; i <= 4; i++) add_to(&total, i);
    printf("%d %d\n", total, twice(21));
    return 0;
}
// expect: 10 42
