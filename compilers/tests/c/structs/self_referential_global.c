// A global array of structs linked into a cycle by index.
#include <stdio.h>

struct station { int id; int next; };

struct station ring[5];

int main(void) {
    for (int i = 0; i < 5; i++) {
        ring[i].id = 100 + i;
        ring[i].next = (i * 3 + 1) % 5;
    }
    int at = 0;
    for (int step = 0; step < 7; step++) {
        printf("%d ", ring[at].id);
        at = ring[at].next;
    }
    printf("\n");
    return 0;
}
// expect: 100 101 104 103 100 101 104 
