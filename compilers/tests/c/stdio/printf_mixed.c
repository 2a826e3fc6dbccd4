// A table using several conversions in one format.
#include <stdio.h>

int main(void) {
    const char *names[3] = {"add", "multiply", "divide"};
    int seconds[3] = {1, 60, 60};
    for (int i = 0; i < 3; i++) printf("%-10s|%4d s|%c|%x\n", names[i], seconds[i], names[i][0], seconds[i]);
    printf("%s=%d, %s=%ld\n", "int", (int)sizeof(int), "long", (long)sizeof(long));
    return 0;
}
// expect: add       |   1 s|a|1
// expect: multiply  |  60 s|m|3c
// expect: divide    |  60 s|d|3c
// expect: int=4, long=8
