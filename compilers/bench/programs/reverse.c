#include <stdio.h>

char text[] = "The Analytical Engine weaves algebraical patterns";

int main(void) {
    int n = 0;
    while (text[n] != 0)
        n++;
    int i = 0;
    int j = n - 1;
    while (i < j) {
        char t = text[i];
        text[i] = text[j];
        text[j] = t;
        i++;
        j--;
    }
    printf("%s\n", text);
    return 0;
}
