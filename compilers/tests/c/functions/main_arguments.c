// main with argc and argv: the Engine runs a program with no arguments.
#include <stdio.h>

int main(int argc, char *argv[]) {
    printf("%d %d\n", argc, argv[argc] == NULL);
    int total = 0;
    for (int i = 1; i < argc; i++) total++;
    printf("%d\n", total);
    return 0;
}
// expect: 1 1
// expect: 0
