// calloc gives zeroed records.
#include <stdio.h>
#include <stdlib.h>

struct counter { int hits; int misses; };

int main(void) {
    struct counter *c = calloc(4, sizeof(struct counter));
    for (int i = 0; i < 10; i++) {
        if (i % 3) c[i % 4].hits++;
        else c[i % 4].misses++;
    }
    for (int i = 0; i < 4; i++) printf("%d/%d ", c[i].hits, c[i].misses);
    printf("\n");
    free(c);
    return 0;
}
// expect: 2/1 2/1 1/1 1/1 
