// Only the subset's standard headers can be included.
#include <stdio.h>
#include <complex.h>

int main(void) {
    return 0;
}
// error: 3:10: unsupported header 'complex.h'
