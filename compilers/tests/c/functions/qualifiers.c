// static, const, volatile and register wherever C allows them: after the type, on pointers and on what
// they point to, on parameters (array parameters with static and qualifiers too), struct members, static
// functions and static locals of every kind (expected output from gcc).
#include <stdio.h>

static const int table[] = {1, 2, 3};
int const limit = 3;
const char *const names[] = {"a", "b", "c"};
static const struct pair { const int key; const char *const value; } pairs[] = {{1, "one"}, {2, "two"}};
volatile int ticks;
static int counter(void) { static int n = 0; return ++n; }
static inline int twice(const int x) { return 2 * x; }

int sum(const int a[static 3], int const n) {
    register int s = 0;
    for (register int i = 0; i < n; i++) s += a[i];
    return s;
}

int first(int a[const], const int *restrict p) { return a[0] + *p; }

const char *pick(const char *const *list, const int i) { return list[i]; }

int main(void) {
    const int k = 2;
    static const char msg[] = "hi";
    static int calls;
    int *const fixed = &calls;
    const int *moving = table;
    volatile int spin = 3;
    counter();
    counter();
    while (spin--) ticks++;
    *fixed += 5;
    moving++;
    printf("%d %s %s %d %d\n", counter(), msg, names[1], sum(table, limit), twice(k));
    printf("%d %d %d %s %s\n", calls, *moving, ticks, pick(names, 2), pairs[1].value);
    printf("%d %d\n", first((int[]){7}, &k), pairs[0].key);
    return 0;
}
// expect: 3 hi b 6 4
// expect: 5 2 3 c two
// expect: 9 1
