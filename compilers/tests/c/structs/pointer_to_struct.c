// Updating a struct through a pointer with '->'.
#include <stdio.h>

struct account {
    int id;
    long balance;
};

void deposit(struct account *a, long amount) {
    a->balance += amount;
}

int main(void) {
    struct account acc = {7, 100};
    struct account *p = &acc;
    deposit(p, 250);
    deposit(&acc, -50);
    printf("%d %ld\n", p->id, (*p).balance);
    return 0;
}
// expect: 7 300
