// Unions: members share the storage, sizeof is the largest member's rounded to the alignment, a union
// inside a struct, an anonymous union, initialisation of the first member, assignment and passing by
// value (expected output from gcc).
#include <stdio.h>

union number { int i; long l; char c; };
union wide { char bytes[13]; int word; };

struct value {
    int tag;
    union { int i; long l; const char *s; } as;
};

struct token {
    char kind;
    union {
        long number;
        char name[8];
    };
};

union number make(long l) {
    union number n;
    n.l = l;
    return n;
}

void show(struct value v) {
    if (v.tag == 0) printf("int %d\n", v.as.i);
    else if (v.tag == 1) printf("long %ld\n", v.as.l);
    else printf("string %s\n", v.as.s);
}

int main(void) {
    union number u;
    u.i = 65;
    printf("%d %zu %zu %zu\n", u.i, sizeof(union number), sizeof(union wide), sizeof(struct value));
    u.l = 7000000000L;
    printf("%ld\n", u.l);
    union number first = {42};
    printf("%d\n", first.i);
    union number copy = first;
    copy.i++;
    printf("%d %d %ld\n", first.i, copy.i, make(-5).l);
    struct value values[3] = {{0, {.i = 1}}, {1, {.l = 2}}, {2, {.s = "three"}}};
    values[0].as.i = 10;
    for (int k = 0; k < 3; k++) show(values[k]);
    struct token t;
    t.kind = 'n';
    t.number = 123;
    printf("%c %ld %zu\n", t.kind, t.number, sizeof t);
    t.kind = 's';
    t.name[0] = 'x';
    t.name[1] = '\0';
    printf("%c %s\n", t.kind, t.name);
    union number *p = &u;
    p->c = 'z';
    printf("%c\n", p->c);
    return 0;
}
// expect: 65 8 16 16
// expect: 7000000000
// expect: 42
// expect: 42 43 -5
// expect: int 10
// expect: long 2
// expect: string three
// expect: n 123 16
// expect: s x
// expect: z
