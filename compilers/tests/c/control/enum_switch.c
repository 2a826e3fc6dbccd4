// Enumerations with explicit values in a switch.
#include <stdio.h>

enum op { ADD = 1, SUB, MUL = 10, DIV };

int main(void) {
    enum op ops[4] = {ADD, SUB, MUL, DIV};
    for (int i = 0; i < 4; i++) {
        int r = 0;
        switch (ops[i]) {
        case ADD: r = 6 + 3; break;
        case SUB: r = 6 - 3; break;
        case MUL: r = 6 * 3; break;
        case DIV: r = 6 / 3; break;
        }
        printf("%d %d\n", ops[i], r);
    }
    return 0;
}
// expect: 1 9
// expect: 2 3
// expect: 10 18
// expect: 11 2
