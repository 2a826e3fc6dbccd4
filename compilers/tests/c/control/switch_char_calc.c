// A tiny calculator: switch on an operator character.
#include <stdio.h>

int apply(char op, int a, int b) {
    switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b != 0 ? a / b : 0;
    case '%': return a % b;
    }
    return -999;
}

int main(void) {
    const char *ops = "+-*/%?";
    for (int i = 0; ops[i] != '\0'; i++) printf("%c %d\n", ops[i], apply(ops[i], 47, 5));
    return 0;
}
// expect: + 52
// expect: - 42
// expect: * 235
// expect: / 9
// expect: % 2
// expect: ? -999
