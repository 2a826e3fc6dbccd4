// <math.h>'s functions that are not in the runtime yet (erf, the gamma functions, exp2) are declared:
// a call names the function.
#include <stdio.h>
#include <math.h>

int main(void) {
    printf("%f\n", erf(1.0));
    return 0;
}
// error: 7:20: 'erf' of <math.h> is not supported yet
