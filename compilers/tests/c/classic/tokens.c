// A classic: strtok, a linked list with strdup and free, a table of function pointers, enum switch, a program written as such collections write it (expected output from gcc).
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

typedef struct node { char *word; struct node *next; } *Node;

typedef int (*op_fn)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static struct { char sym; op_fn fn; } ops[] = {{'+', add}, {'-', sub}, {'*', mul}};

Node push(Node head, const char *w) {
    Node n = malloc(sizeof *n);
    n->word = strdup(w);
    n->next = head;
    return n;
}

int main(void) {
    char text[] = "Hello,World;this is  a;;test";
    Node list = NULL;
    for (char *t = strtok(text, ",; "); t; t = strtok(NULL, ",; ")) list = push(list, t);
    int count = 0;
    for (Node n = list; n; n = n->next) printf("%d:%s ", ++count, n->word);
    putchar('\n');
    while (list) { Node next = list->next; free(list->word); free(list); list = next; }
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) printf("7 %c 3 = %d\n", ops[i].sym, ops[i].fn(7, 3));
    enum color { RED, GREEN = 5, BLUE };
    enum color c = BLUE;
    switch (c) { case RED: puts("red"); break; case GREEN: puts("green"); break; case BLUE: puts("blue"); break; }
    return 0;
}
// expect: 1:test 2:a 3:is 4:this 5:World 6:Hello 
// expect: 7 + 3 = 10
// expect: 7 - 3 = 4
// expect: 7 * 3 = 21
// expect: blue
