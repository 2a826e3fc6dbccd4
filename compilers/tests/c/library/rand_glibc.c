// rand and srand give glibc's exact sequence: without srand (seed 1), srand(42), srand(0), and a seed
// above INT_MAX (expected output from gcc).
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    for (int i = 0; i < 5; i++) printf("%d\n", rand());
    srand(42);
    for (int i = 0; i < 5; i++) printf("%d\n", rand() % 100);
    srand(1);
    printf("%d\n", rand());
    srand(0);
    printf("%d\n", rand());
    srand(3000000000u);
    int first = rand();
    printf("%d %d\n", first, rand());
    srand(12345);
    long sum = 0;
    for (int i = 0; i < 1000; i++) sum += rand() % 6 + 1;
    printf("%ld %d\n", sum, RAND_MAX);
    return 0;
}
// expect: 1804289383
// expect: 846930886
// expect: 1681692777
// expect: 1714636915
// expect: 1957747793
// expect: 66
// expect: 40
// expect: 81
// expect: 41
// expect: 12
// expect: 1804289383
// expect: 1804289383
// expect: 2058147116 854483408
// expect: 3538 2147483647
