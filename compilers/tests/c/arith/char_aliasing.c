// char, signed char and unsigned char name the same bytes: a byte stored through one char type and read
// through another reads as that type reads it (C11 6.2.6.1, 6.5p7). Each expected line is what gcc
// 13 on x86-64 prints for this program (-O0 and -O2 agree).
#include <stdio.h>
#include <string.h>

struct record {
    char tag;
    unsigned char flags;
};

static unsigned char table[4] = {0, 127, 128, 255};

int main(void) {
    // Through pointers: 200 stored as an unsigned char reads -56 as a char.
    unsigned char u = 200;
    char *cp = (char *)&u;
    signed char *sp = (signed char *)&u;
    printf("%d %d %d\n", u, *cp, *sp);

    // The other way: -1 stored as a char reads 255 as an unsigned char.
    char c = -1;
    unsigned char *up = (unsigned char *)&c;
    printf("%d %d\n", c, *up);
    *up = 130;
    printf("%d %d\n", c, *up);

    // Through arrays: an unsigned char array read through char *, element by element and by index.
    const char *view = (const char *)table;
    for (int i = 0; i < 4; i++) printf("%d%c", view[i], i == 3 ? '\n' : ' ');

    // A char array filled through unsigned char *, then compared as chars.
    char word[4];
    unsigned char *bytes = (unsigned char *)word;
    for (int i = 0; i < 4; i++) bytes[i] = (unsigned char)(250 + i);
    int negative = 0;
    for (int i = 0; i < 4; i++) negative += word[i] < 0;
    printf("%d %d %d\n", word[0], word[3], negative);

    // memset of an unsigned char array with 200, read through char * and signed char *.
    unsigned char buffer[3];
    memset(buffer, 200, sizeof buffer);
    printf("%d %d %d\n", buffer[1], ((char *)buffer)[1], ((signed char *)buffer)[2]);

    // memset of a char array with 0xf0, read through unsigned char *.
    char dashes[3];
    memset(dashes, 0xf0, sizeof dashes);
    printf("%d %d\n", dashes[0], ((unsigned char *)dashes)[0]);

    // Compound assignment and increment through the other type read the byte as their own type.
    unsigned char counter = 127;
    char *alias = (char *)&counter;
    (*alias)++;  // 127 + 1 does not fit a char: gcc stores the byte 0x80
    printf("%d %d\n", counter, *alias);
    *alias += 1;
    printf("%d %d\n", counter, *alias);

    // A struct's char member written through unsigned char *.
    struct record r = {'a', 1};
    *(unsigned char *)&r.tag = 233;
    printf("%d %d\n", r.tag, r.flags);

    // A char read through the other type is promoted to int with its own sign before arithmetic.
    unsigned char high = 0x80;
    printf("%d %d\n", *(char *)&high * 2, *(unsigned char *)(char *)&high * 2);

    // A union of a char array and an unsigned char array: the same bytes read through either.
    union {
        char text[2];
        unsigned char bytes[2];
    } both;
    both.bytes[0] = 255;
    both.text[1] = -100;
    printf("%d %d %d %d\n", both.text[0], both.bytes[0], both.text[1], both.bytes[1]);
    return 0;
}
// expect: 200 -56 -56
// expect: -1 255
// expect: -126 130
// expect: 0 127 -128 -1
// expect: -6 -3 4
// expect: 200 -56 -56
// expect: -16 240
// expect: 128 -128
// expect: 129 -127
// expect: -23 1
// expect: -256 256
// expect: -1 255 -100 156
