// <math.h>'s transcendental functions are not in the runtime yet: a call names the function.
#include <stdio.h>
#include <math.h>

int main(void) {
    printf("%f\n", atan(1.0));
    return 0;
}
// error: 6:20: 'atan' of <math.h> is not supported yet
