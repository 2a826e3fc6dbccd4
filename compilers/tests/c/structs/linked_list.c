// A linked list built with malloc: push, reverse, sum, free.
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

struct node *push(struct node *head, int value) {
    struct node *n = malloc(sizeof(struct node));
    n->value = value;
    n->next = head;
    return n;
}

struct node *reverse(struct node *head) {
    struct node *prev = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

int main(void) {
    struct node *list = NULL;
    for (int i = 1; i <= 6; i++) list = push(list, i * i);
    list = reverse(list);
    int sum = 0;
    for (struct node *p = list; p; p = p->next) {
        printf("%d ", p->value);
        sum += p->value;
    }
    printf("= %d\n", sum);
    while (list) {
        struct node *next = list->next;
        free(list);
        list = next;
    }
    return 0;
}
// expect: 1 4 9 16 25 36 = 91
