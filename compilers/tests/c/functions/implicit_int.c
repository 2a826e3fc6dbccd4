// C89's implicit int, which gcc still accepts in C99 mode with a warning: K&R's `main()`, a function
// without a return type, and a declaration with only a storage class or qualifier (expected output from
// gcc).
#include <stdio.h>

static counter = 3;
const step = 4;

twice(int x) { return 2 * x; }

main()
{
    int i;
    for (i = 0; i < 3; i++)
        printf("%d\n", twice(i) + counter);
    printf("%d\n", counter + step);
    return 0;
}
// expect: 3
// expect: 5
// expect: 7
// expect: 7
