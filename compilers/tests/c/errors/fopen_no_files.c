// A program on the Engine has stdin, stdout and stderr only: fopen is named in a diagnostic.
#include <stdio.h>

int main(void) {
    FILE *f = fopen("data.txt", "r");
    return f == NULL;
}
// error: 5:15: 'fopen': the Engine has no files, only stdin, stdout and stderr
