// A fixed-size stack as a struct with an array.
#include <stdio.h>

#define CAP 16

typedef struct {
    int items[CAP];
    int top;
} Stack;

void push(Stack *s, int v) { s->items[s->top++] = v; }
int pop(Stack *s) { return s->items[--s->top]; }
int empty(const Stack *s) { return s->top == 0; }

int main(void) {
    Stack s;
    s.top = 0;
    // Evaluate the postfix expression 3 4 + 2 * 7 -
    push(&s, 3);
    push(&s, 4);
    push(&s, pop(&s) + pop(&s));
    push(&s, 2);
    push(&s, pop(&s) * pop(&s));
    push(&s, 7);
    int b = pop(&s), a = pop(&s);
    push(&s, a - b);
    int result = pop(&s);
    printf("%d %d\n", result, empty(&s));
    return 0;
}
// expect: 7 1
