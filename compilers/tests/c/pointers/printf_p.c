// %p as glibc prints it: "(nil)" for a null pointer, otherwise 0x and the address in lowercase hex with
// no leading zeros, padded to a width (zero padding only with the '0' flag). The addresses themselves
// differ between gcc's build and the Engine (a Store column is not a virtual address), so the program
// prints what it checks about them, which is the same in both: the text read back is the pointer, and
// the padding is glibc's.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check(const char *text, const void *p) {
    char *end;
    if (strncmp(text, "0x", 2) != 0) return 0;
    unsigned long value = strtoul(text + 2, &end, 16);
    return *end == 0 && value == (unsigned long)p && text[2] != '0';
}

int main(void) {
    int local = 1;
    static double global[4];
    int *heap = malloc(3 * sizeof *heap);
    const void *pointers[] = {&local, global, &global[3], heap, "text", main};
    char buffer[64];
    printf("[%p] [%10p] [%-8p] [%010p]\n", (void *)0, (void *)0, (void *)0, (void *)0);
    for (int i = 0; i < 6; i++) {
        int n = sprintf(buffer, "%p", pointers[i]);
        int lowercase = 1;
        for (int j = 0; buffer[j]; j++)
            if (buffer[j] >= 'A' && buffer[j] <= 'F') lowercase = 0;
        printf("%d: read back %d, count %d, lowercase %d\n", i, check(buffer, pointers[i]),
               n == (int)strlen(buffer), lowercase);
        int length = n;
        n = sprintf(buffer, "%30p|", pointers[i]);
        printf("   %%30p: %d spaces then the same\n", n - 1 - length == 30 - length && buffer[0] == ' ');
        sprintf(buffer, "%-30p|", pointers[i]);
        printf("   %%-30p: %d\n", buffer[0] == '0' && buffer[29] == ' ' && buffer[30] == '|');
        sprintf(buffer, "%030p", pointers[i]);
        printf("   %%030p: %d\n", (int)strlen(buffer) == 30 && buffer[0] == '0' && buffer[1] == 'x' && buffer[2] == '0');
    }
    int *same = &local;
    char a[32], b[32];
    sprintf(a, "%p", (void *)same);
    sprintf(b, "%p", (void *)&local);
    printf("same pointer, same text: %d\n", strcmp(a, b) == 0);
    sprintf(b, "%p", (void *)(same + 1));
    printf("next int, other text: %d\n", strcmp(a, b) != 0);
    free(heap);
    return 0;
}
// expect: [(nil)] [     (nil)] [(nil)   ] [     (nil)]
// expect: 0: read back 1, count 1, lowercase 1
// expect:    %30p: 1 spaces then the same
// expect:    %-30p: 1
// expect:    %030p: 1
// expect: 1: read back 1, count 1, lowercase 1
// expect:    %30p: 1 spaces then the same
// expect:    %-30p: 1
// expect:    %030p: 1
// expect: 2: read back 1, count 1, lowercase 1
// expect:    %30p: 1 spaces then the same
// expect:    %-30p: 1
// expect:    %030p: 1
// expect: 3: read back 1, count 1, lowercase 1
// expect:    %30p: 1 spaces then the same
// expect:    %-30p: 1
// expect:    %030p: 1
// expect: 4: read back 1, count 1, lowercase 1
// expect:    %30p: 1 spaces then the same
// expect:    %-30p: 1
// expect:    %030p: 1
// expect: 5: read back 1, count 1, lowercase 1
// expect:    %30p: 1 spaces then the same
// expect:    %-30p: 1
// expect:    %030p: 1
// expect: same pointer, same text: 1
// expect: next int, other text: 1
