// The macros gcc predefines on x86-64 that a program can test or print, __LINE__ and #line (expected
// output from gcc -std=gnu99).
#include <stdio.h>

int main(void) {
    printf("%d %ld %d\n", __STDC__, __STDC_VERSION__, __STDC_HOSTED__);
#if defined(__x86_64__) && defined(__LP64__) && defined(__linux__) && defined(__unix__)
    printf("x86-64 linux\n");
#endif
    printf("%d %d %d %d %d %d\n", __CHAR_BIT__, __SIZEOF_INT__, __SIZEOF_LONG__, __SIZEOF_LONG_LONG__,
           __SIZEOF_POINTER__, __SIZEOF_SHORT__);
    printf("%d %ld %lld %d %d\n", __INT_MAX__, __LONG_MAX__, __LONG_LONG_MAX__, __SCHAR_MAX__, __SHRT_MAX__);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    printf("little endian\n");
#endif
    printf("line %d\n", __LINE__);
#line 500 "engine.c"
    printf("line %d of %s\n", __LINE__, __FILE__);
    printf("line %d\n", __LINE__);
    return 0;
}
// expect: 1 199901 1
// expect: x86-64 linux
// expect: 8 4 8 8 8 2
// expect: 2147483647 9223372036854775807 9223372036854775807 127 32767
// expect: little endian
// expect: line 16
// expect: line 500 of engine.c
// expect: line 501
