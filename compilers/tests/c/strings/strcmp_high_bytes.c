// strcmp compares its strings as unsigned char, as the C standard says (7.24.4): a byte of 128 or more
// sorts after every ASCII character. The signs below are gcc's (glibc's strcmp), and the program prints
// only signs, since the standard gives no magnitude.
#include <stdio.h>
#include <string.h>

static int sign(int v) { return (v > 0) - (v < 0); }

int main(void) {
    printf("%d\n", sign(strcmp("\x80", "a")));
    printf("%d\n", sign(strcmp("a", "\xff")));
    printf("%d\n", sign(strcmp("ab\xe9", "abz")));
    printf("%d\n", sign(strcmp("\xff", "\xff")));
    printf("%d\n", sign(strcmp("\x81", "\x80")));
    printf("%d\n", sign(strncmp("\x80x", "ay", 2)));
    printf("%d\n", sign(memcmp("\x90", "\x10", 1)));
    return 0;
}
// expect: 1
// expect: -1
// expect: 1
// expect: 0
// expect: 1
// expect: 1
// expect: 1
