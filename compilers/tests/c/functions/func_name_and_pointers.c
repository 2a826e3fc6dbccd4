// __func__ names the enclosing function; function pointers in struct members, arrays, typedefs, passed
// and returned, called with and without * (expected output from gcc).
#include <stdio.h>
#include <string.h>

typedef int (*binop)(int, int);

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int mul(int a, int b) { return a * b; }

struct op { const char *name; binop fn; };
struct machine { int (*step)(int); int (*table[2])(int, int); };

int inc(int x) { return x + 1; }

binop lookup(const struct op *ops, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (strcmp(ops[i].name, name) == 0) return ops[i].fn;
    return NULL;
}

int apply(binop f, int a, int b) { printf("%s: ", __func__); return f(a, b); }

int main(void) {
    struct op ops[] = {{"add", add}, {"sub", sub}, {"mul", &mul}};
    int (*table[3])(int, int) = {add, sub, mul};
    for (int i = 0; i < 3; i++) printf("%s %d %d\n", ops[i].name, ops[i].fn(7, 3), (*table[i])(2, 5));
    binop found = lookup(ops, 3, "mul");
    printf("%d %d\n", found(6, 7), lookup(ops, 3, "div") == NULL);
    printf("%d\n", apply(sub, 10, 4));
    struct machine m = {inc, {add, mul}};
    printf("%d %d %d\n", m.step(41), m.table[1](3, 4), (*m.step)(0));
    printf("%s %zu\n", __func__, sizeof __func__);
    return 0;
}
// expect: add 10 7
// expect: sub 4 -3
// expect: mul 21 10
// expect: 42 1
// expect: apply: 6
// expect: 42 12 1
// expect: main 5
