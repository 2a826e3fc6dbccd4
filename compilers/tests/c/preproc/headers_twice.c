// Including a header twice is harmless; EOF and NULL come from the headers.
#include <stdio.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <stddef.h>

int main(void) {
    printf("%d\n", EOF);
    char *p = NULL;
    printf("%d\n", p == 0);
    printf("%d %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    return 0;
}
// expect: -1
// expect: 1
// expect: 0 1
