// fscanf reads standard input whether the stream is written stdin or held in a FILE * variable.
#include <stdio.h>
int main(void) {
    double d = 0, e = 0;
    FILE *in = stdin;
    int r = fscanf(stdin, "%lf", &d);
    int s = fscanf(in, "%lf", &e);
    printf("%d %d %g %g %d\n", r, s, d, e, fscanf(in, "%lf", &e));
    return 0;
}
// stdin: 1.25
// stdin: -7e-3
// expect: 1 1 1.25 -0.007 -1
