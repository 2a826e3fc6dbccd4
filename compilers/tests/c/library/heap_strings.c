// strdup, strndup, realloc (growing and shrinking, keeping the contents) and strtok (expected output
// from gcc).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *copy = strdup("analytical engine");
    copy[0] = 'A';
    char *part = strndup("difference engine", 10);
    printf("%s|%s|%zu\n", copy, part, strlen(part));
    int *numbers = NULL;
    int count = 0;
    for (int i = 1; i <= 20; i++) {
        numbers = realloc(numbers, (count + 1) * sizeof *numbers);
        numbers[count++] = i * i;
    }
    numbers = realloc(numbers, 5 * sizeof(int));
    printf("%d %d %d\n", numbers[0], numbers[4], count);
    char *grown = realloc(NULL, 4);
    strcpy(grown, "abc");
    grown = realloc(grown, 40);
    strcat(grown, "defghijklmnopqrstuvwxyz");
    printf("%s\n", grown);
    char line[] = "  the  cards,of;the engine ";
    for (char *token = strtok(line, " ,;"); token != NULL; token = strtok(NULL, " ,;")) printf("[%s]", token);
    printf("\n%d\n", strtok(NULL, " ") == NULL);
    free(copy);
    free(part);
    free(numbers);
    free(grown);
    return 0;
}
// expect: Analytical engine|difference|10
// expect: 1 25 20
// expect: abcdefghijklmnopqrstuvwxyz
// expect: [the][cards][of][the][engine]
// expect: 1
