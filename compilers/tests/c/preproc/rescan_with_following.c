// A macro's result is rescanned together with the tokens after it: CAT(A, B)(x) calls the macro AB
// (expected output from gcc).
#include <stdio.h>

#define CAT(a, b) a##b
#define AB(x) ((x) * 10)
#define APPLY(f) f
#define TWICE(x) (2 * (x))

int main(void) {
    printf("%d\n", CAT(A, B)(3));
    printf("%d\n", APPLY(TWICE)(4));
    return 0;
}
// expect: 30
// expect: 8
