// Nodes linked by pointers without the heap.
#include <stdio.h>

struct node {
    int value;
    struct node *next;
};

int main(void) {
    struct node c = {3, NULL};
    struct node b = {2, &c};
    struct node a = {1, &b};
    int sum = 0;
    for (struct node *p = &a; p != NULL; p = p->next) sum = sum * 10 + p->value;
    printf("%d\n", sum);
    return 0;
}
// expect: 123
