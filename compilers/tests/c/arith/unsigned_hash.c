// A multiplicative string hash in unsigned arithmetic (wraps at 2^32).
#include <stdio.h>

unsigned int hash(const char *s) {
    unsigned int h = 2166136261u;
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 16777619u;
    }
    return h;
}

int main(void) {
    printf("%u\n", hash("babbage"));
    printf("%u\n", hash("lovelace"));
    printf("%x\n", hash(""));
    return 0;
}
// expect: 2794137827
// expect: 1119921394
// expect: 811c9dc5
