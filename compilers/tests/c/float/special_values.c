// Infinities, NaN (unordered in every comparison), signed zeros and overflow, computed at run time.
#include <stdio.h>

double zero(void) { return 0.0; }

int main(void) {
    double z = zero();
    double inf = 1.0 / z;
    double nan = z / z;
    double big = 1e308;
    double tiny = 5e-324;
    printf("%f %f %f %e %g\n", inf, -inf, nan, nan, -nan);
    printf("[%8f] [%-8f] [%08f] [%+f] [%F] [%E]\n", inf, -inf, inf, inf, inf, nan);
    printf("%d %d %d %d %d %d\n", nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= 1.0);
    printf("%d %d %d\n", inf > big, -inf < -big, inf == inf);
    printf("%g %g %g\n", big * 10, -big * 10, inf - inf);
    printf("%g %g %g %g\n", tiny / 2, -tiny / 2, tiny * 0.5, tiny * 1.5);
    printf("%g %g %g\n", z, -z, z * -1.0);
    printf("%d %d\n", z == -z, 1.0 / z == 1.0 / -z);
    printf("%a %a %a\n", tiny, tiny * 1024, 2.2250738585072014e-308);
    printf("%.17g %.17g\n", big + big / 1e16, 0.1 + 0.7);
    printf("%g %g %g\n", inf * z, inf / inf, inf + 1.0);
    if (nan) printf("nan is true\n");
    if (!z) printf("zero is false\n");
    return 0;
}
// expect: inf -inf -nan -nan nan
// expect: [     inf] [-inf    ] [     inf] [+inf] [INF] [-NAN]
// expect: 0 1 0 0 0 0
// expect: 1 1 1
// expect: inf -inf -nan
// expect: 0 -0 0 9.88131e-324
// expect: 0 -0 -0
// expect: 1 0
// expect: 0x0.0000000000001p-1022 0x0.00000000004p-1022 0x1p-1022
// expect: 1.0000000000000002e+308 0.79999999999999993
// expect: -nan -nan inf
// expect: nan is true
// expect: zero is false
