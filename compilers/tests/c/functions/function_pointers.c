// Function pointers: a dispatch table, a callback, a comparator, and calls written (*fp)(x) and fp(x).
#include <stdio.h>

typedef int (*binary_op)(int, int);

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int mul(int a, int b) { return a * b; }

binary_op table[3] = {add, sub, mul};

int fold(const int *values, int n, int start, int (*op)(int, int)) {
    int acc = start;
    for (int i = 0; i < n; i++) acc = op(acc, values[i]);
    return acc;
}

int descending(int a, int b) { return b - a; }

void sort(int *a, int n, int (*compare)(int, int)) {
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && (*compare)(a[j - 1], a[j]) > 0; j--) {
            int t = a[j];
            a[j] = a[j - 1];
            a[j - 1] = t;
        }
}

struct command {
    const char *name;
    binary_op run;
};

int main(void) {
    for (int i = 0; i < 3; i++) printf("%d ", table[i](7, 3));
    printf("\n");
    int values[5] = {3, 1, 4, 1, 5};
    printf("%d %d\n", fold(values, 5, 0, add), fold(values, 5, 1, &mul));
    sort(values, 5, descending);
    for (int i = 0; i < 5; i++) printf("%d ", values[i]);
    printf("\n");
    struct command commands[2] = {{"plus", add}, {"times", mul}};
    for (int i = 0; i < 2; i++) printf("%s %d\n", commands[i].name, commands[i].run(6, 7));
    binary_op chosen = NULL;
    printf("%d\n", chosen == NULL);
    chosen = sub;
    printf("%d %d\n", chosen(10, 4), chosen == sub);
    return 0;
}
// expect: 10 4 21 
// expect: 14 60
// expect: 5 4 3 1 1 
// expect: plus 13
// expect: times 42
// expect: 1
// expect: 6 1
