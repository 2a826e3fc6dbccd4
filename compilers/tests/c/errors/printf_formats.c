// Conversions outside the subset's printf and scanf are reported, never printed wrongly.
#include <stdio.h>

int main(void) {
    int n = 255;
    printf("%y\n", n);
    printf("%+d %.3d %hhf\n", n, n, n);
    printf("%d %d\n", n);
    scanf("%y", &n);
    return 0;
}
// error: 6:12: '%y' is not a printf conversion of the subset
// error: 7:12: '%hhf': this length is not a length of
// error: 8:12: the format of printf needs 2 arguments, the call passes 1
// error: 9:11: '%y' is not a scanf conversion of the subset
