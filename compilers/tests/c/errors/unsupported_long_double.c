// long double (x86-64's 80-bit format) is outside the subset: double and float are IEEE 754 binary64 and
// binary32. Every way a program meets it is a diagnostic naming it, never binary64 digits printed as if
// they were gcc's: the type, its constants (<float.h>'s LDBL_MAX too), printf's and scanf's L length and
// the l functions of <math.h> (errors/long_double_functions.c). <float.h>'s integer LDBL_ macros are gcc's.
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long double x = 1.5;
    printf("%d\n", (int)x);
    printf("%d %d\n", LDBL_MANT_DIG, LDBL_MAX_10_EXP);
    double y = 2.0 * LDBL_EPSILON;
    printf("%Lf\n", y);
    scanf("%Lf", &y);
    return 0;
}

// error: 11:5: 'long double' is not supported
// error: 14:22: 'long double' constants are not supported
// error: 15:12: '%Lf': the length L is for 'long double'
// error: 16:11: '%Lf': the length L is for 'long double'
