// Building a string with strcpy and strcat.
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[40];
    strcpy(buf, "Analytical");
    strcat(buf, " ");
    strcat(buf, "Engine");
    printf("%s (%d)\n", buf, (int)strlen(buf));
    char copy[40];
    strcpy(copy, buf + 11);
    printf("%s\n", copy);
    return 0;
}
// expect: Analytical Engine (17)
// expect: Engine
