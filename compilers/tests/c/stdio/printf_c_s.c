// %c and %s with widths.
#include <stdio.h>

int main(void) {
    printf("%c%c%c\n", 'B', 'a', 98);
    printf("[%3c] [%-3c]\n", 'x', 'y');
    printf("[%s] [%10s] [%-10s]\n", "mill", "store", "card");
    printf("[%2s]\n", "longer");
    const char *empty = "";
    printf("[%s]\n", empty);
    return 0;
}
// expect: Bab
// expect: [  x] [y  ]
// expect: [mill] [     store] [card      ]
// expect: [longer]
// expect: []
