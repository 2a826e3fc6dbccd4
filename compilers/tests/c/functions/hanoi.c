// The Towers of Hanoi.
#include <stdio.h>

int moves = 0;

void hanoi(int n, char from, char to, char via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n >= 3) printf("disk %d %c->%c\n", n, from, to);
    hanoi(n - 1, via, to, from);
}

int main(void) {
    hanoi(5, 'A', 'C', 'B');
    printf("%d moves\n", moves);
    return 0;
}
// expect: disk 3 A->C
// expect: disk 4 A->B
// expect: disk 3 C->B
// expect: disk 5 A->C
// expect: disk 3 B->A
// expect: disk 4 B->C
// expect: disk 3 A->C
// expect: 31 moves
