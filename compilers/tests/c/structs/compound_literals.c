// Compound literals: arrays and structs passed to functions, their address taken, assigned to a
// struct, a scalar, modified as lvalues, in a loop, and at file scope (expected output from gcc).
#include <stdio.h>

struct point { int x, y; };

int *primes = (int[]){2, 3, 5, 7, 11};
struct point *origin = &(struct point){0, 0};

int sum(const int *v, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += v[i];
    return s;
}

int area(struct point p) { return p.x * p.y; }

struct point shifted(struct point p, int by) { return (struct point){p.x + by, p.y + by}; }

int main(void) {
    printf("%d %d\n", sum((int[]){1, 2, 3}, 3), area((struct point){5, 6}));
    struct point *q = &(struct point){7, 8};
    q->y++;
    printf("%d %d\n", q->x, q->y);
    struct point p = {1, 1};
    p = (struct point){.x = 11};
    printf("%d %d\n", p.x, p.y);
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int *row = (int[3]){i, i * 2, i * 3};
        total += row[0] + row[1] + row[2];
    }
    printf("%d %d\n", total, (int){42} + 1);
    (int[]){0, 1}[1] = 5;
    struct point s = shifted((struct point){1, 2}, 10);
    printf("%d %d %d %d %d\n", s.x, s.y, primes[4], origin->x, ((struct point){3, 4}).y);
    char *word = (char[]){"hello"};
    word[0] = 'j';
    printf("%s %zu\n", word, sizeof((char[]){"hello"}));
    return 0;
}
// expect: 6 30
// expect: 7 9
// expect: 11 0
// expect: 18 43
// expect: 11 12 11 0 4
// expect: jello 6
