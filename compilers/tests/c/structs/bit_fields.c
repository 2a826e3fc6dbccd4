// Bit-fields: values kept in their width (unsigned wrap, signed as gcc reads them), gcc's layout for
// sizeof, ++ and compound assignment, an unnamed and a zero-width bit-field, initialisers (expected
// output from gcc).
#include <stdio.h>

struct flags {
    unsigned a : 3;
    unsigned b : 5;
    int c : 4;
    unsigned d : 1;
};

struct date {
    unsigned day : 5;
    unsigned month : 4;
    int year : 23;
};

struct padded {
    char tag;
    int : 0;
    unsigned x : 2;
    unsigned : 3;
    unsigned y : 7;
};

struct mixed { char c; unsigned bit : 1; long l; unsigned short s : 9; };

int main(void) {
    struct flags f = {0};
    f.a = 9;
    f.b = 31;
    f.c = 7;
    f.d = 1;
    printf("%u %u %d %u %zu\n", f.a, f.b, f.c, f.d, sizeof f);
    f.c = 8;
    f.b++;
    f.a += 6;
    printf("%d %u %u\n", f.c, f.b, f.a);
    f.c = -3;
    int sum = f.c + f.a;
    printf("%d %d\n", f.c, sum);
    printf("%d\n", f.a - 10);
    struct date d = {31, 12, -2024};
    printf("%u/%u/%d %zu\n", d.day, d.month, d.year, sizeof d);
    d.day++;
    printf("%u\n", d.day);
    struct padded p = {'t', 3, 100};
    printf("%c %u %u %zu\n", p.tag, p.x, p.y, sizeof p);
    printf("%zu\n", sizeof(struct mixed));
    struct flags g = {7, 1, -8, 0};
    printf("%u %u %d %u\n", g.a, g.b, g.c, g.d);
    unsigned value = (f.c = 20);
    printf("%u %d\n", value, f.c);
    return 0;
}
// expect: 1 31 7 1 4
// expect: -8 0 7
// expect: -3 4
// expect: -3
// expect: 31/12/-2024 4
// expect: 0
// expect: t 3 100 8
// expect: 24
// expect: 7 1 -8 0
// expect: 4 4
