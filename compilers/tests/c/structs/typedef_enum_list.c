// typedef'd enums and structs, and a self-referential typedef.
#include <stdio.h>
#include <stdlib.h>

typedef enum { LOW, MEDIUM, HIGH } Level;
typedef struct task Task;
struct task {
    const char *name;
    Level level;
    Task *next;
};

Task *add(Task *list, const char *name, Level level) {
    Task *t = malloc(sizeof(Task));
    t->name = name;
    t->level = level;
    t->next = list;
    return t;
}

int main(void) {
    Task *list = NULL;
    list = add(list, "oil the mill", LOW);
    list = add(list, "punch cards", HIGH);
    list = add(list, "wind the barrel", MEDIUM);
    int counts[3] = {0, 0, 0};
    for (Task *t = list; t; t = t->next) {
        counts[t->level]++;
        if (t->level >= MEDIUM) printf("%s (%d)\n", t->name, t->level);
    }
    printf("%d %d %d\n", counts[LOW], counts[MEDIUM], counts[HIGH]);
    return 0;
}
// expect: wind the barrel (1)
// expect: punch cards (2)
// expect: 1 1 1
