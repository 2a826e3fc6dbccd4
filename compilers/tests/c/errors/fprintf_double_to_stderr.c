// A double printed with fprintf needs the stream written stdout: stderr is a diagnostic, never wrong text.
#include <stdio.h>

int main(void) {
    double d = 1.5;
    fprintf(stdout, "%.1f\n", d);
    fprintf(stderr, "%f\n", d);
    return 0;
}
// error: 7:29: fprintf prints a double only to a stream written `stdout`
