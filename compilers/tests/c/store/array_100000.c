// Arrays of 100,000 elements, global, local and from malloc, fit the Store sized for the program and run
// within the default budget of 10,000,000 instructions (about 7,200,000 at -O0).
#include <stdio.h>
#include <stdlib.h>

int global_table[100000];

long fill_and_sum(int *a, int n, int step) {
    long total = 0;
    for (int i = 0; i < n; i++)
        a[i] = i * step;
    for (int i = 0; i < n; i++)
        total += a[i];
    return total;
}

int main(void) {
    int local_table[100000];
    int *heap_table = malloc(100000 * sizeof(int));
    printf("%ld\n", fill_and_sum(global_table, 100000, 1));
    printf("%ld\n", fill_and_sum(local_table, 100000, 2));
    printf("%ld\n", fill_and_sum(heap_table, 100000, 3));
    printf("%d %d %d\n", global_table[99999], local_table[99999], heap_table[99999]);
    free(heap_table);
    return 0;
}
// The sum of 0..99999 is 4999950000 (by hand: 99999 * 100000 / 2), times 1, 2 and 3.
// expect: 4999950000
// expect: 9999900000
// expect: 14999850000
// expect: 99999 199998 299997
