// The long double forms of <math.h>'s functions and strtold are declared, and a call names the type.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
double roots(double a) {
    return sqrtl(a) + strtold("1.5", NULL) + powl(a, 2.0);
}
int main(void) {
    printf("%f\n", roots(2.0));
    return 0;
}
// error: 6:12: 'sqrtl' computes in 'long double'
// error: 6:23: 'strtold' computes in 'long double'
// error: 6:46: 'powl' computes in 'long double'
