// A union of bytes: an array of chars over an int, a double or a long holds what gcc's build holds in
// them, lowest byte first (x86-64 is little-endian): the classic endianness check, a double's bytes,
// a string read as a number and a number read as a string, bytes changed through a pointer into the
// array, and initialisers of either member.
#include <stdio.h>
#include <string.h>
#include <stdint.h>
union E { int i; char c[4]; };
union G { double d; unsigned char b[8]; uint64_t u; };
union T { long number; char name[8]; };
union H { uint32_t w; uint8_t b[4]; };
union G gg = {0.1};
int main(void) {
    union E e; e.i = 1; printf("little endian: %d\n", e.c[0] == 1);
    e.i = 0x11223344; printf("%x %x %x %x\n", e.c[0], e.c[1], e.c[2], e.c[3]);
    e.i = -2; printf("%d %d %d %d\n", e.c[0], e.c[1], e.c[2], e.c[3]);
    e.c[3] = 0x7f; printf("%d\n", e.i);
    union G g; g.d = -1.5;
    for (int k = 0; k < 8; k++) printf("%02x ", g.b[k]); printf("\n");
    printf("%llx\n", (unsigned long long)g.u);
    g.b[0] = 1; printf("%.17g %llx\n", g.d, (unsigned long long)g.u);
    for (int k = 0; k < 8; k++) printf("%02x ", gg.b[k]); printf("%g\n", gg.d);
    union T t; strcpy(t.name, "abcdefg"); printf("%lx\n", t.number);
    t.number = 0x6f6c6c6568; printf("%s\n", t.name);
    union H h; h.w = 0xdeadbeef; unsigned char *p = h.b; printf("%x %x\n", p[0], p[3]);
    p[1] = 0; printf("%x\n", h.w);
    h.w += 1; h.w++; printf("%x\n", h.w);
    union H h2 = {0x01020304}; printf("%d %d\n", h2.b[0], h2.b[3]);
    union E e2 = {.c = {1, 2, 3, 4}}; printf("%x\n", e2.i);
    return 0;
}
// expect: little endian: 1
// expect: 44 33 22 11
// expect: -2 -1 -1 -1
// expect: 2147483646
// expect: 00 00 00 00 00 00 f8 bf 
// expect: bff8000000000000
// expect: -1.5000000000000002 bff8000000000001
// expect: 9a 99 99 99 99 99 b9 3f 0.1
// expect: 67666564636261
// expect: hello
// expect: ef de
// expect: dead00ef
// expect: dead00f1
// expect: 4 1
// expect: 4030201
