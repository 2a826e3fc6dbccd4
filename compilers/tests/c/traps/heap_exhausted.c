// malloc past the heap stops the run with the runtime's trap 1 (heap exhausted): 101,000 words asked of
// the heap that a fixed Store of 2000 columns leaves.
// store: 2000
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long total = 0;
    for (int i = 0; i < 1000; i++) {
        int *block = malloc(100 * sizeof(int));
        block[0] = i;
        total += 100;
    }
    printf("%ld\n", total);
    return 0;
}
// The trap happens inside the runtime's malloc; it is reported at the line that called malloc.
// expect runtime error: trap at line 10
