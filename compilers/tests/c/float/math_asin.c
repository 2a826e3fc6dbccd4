// <math.h>'s asin and acos, correctly rounded, against glibc's: ordinary arguments, arguments near 1
// (where sqrt(1 - x^2) loses precision unless worked out exactly), and outside [-1, 1].
#include <stdio.h>
#include <math.h>

double same(double x) { return x; }

int main(void) {
    double xs[] = {0.0, -0.0, 1e-9, 1e-20, 0.1, 0.25, 0.5, -0.5, 0.7071067811865476, 0.9, 0.99, 0.999999,
                   1 - 0x1p-53, -1 + 0x1p-53, 1 - 0x1p-30, 1.0, -1.0, -0.3};
    int n = sizeof xs / sizeof xs[0];
    int i;
    for (i = 0; i < n; i++) {
        double x = same(xs[i]);
        printf("%a %a\n", asin(x), acos(x));
    }
    for (i = 0; i <= 4; i++) {
        double x = i / 4.0;
        printf("%.2f: asin %.6f degrees, acos %.6f degrees\n", x, asin(x) * 180 / M_PI, acos(x) * 180 / M_PI);
    }
    printf("%.17g %.9g %.9g\n", 2 * asin(1.0), asinf(0.5f), acosf(0.5f));
    printf("%f %f %f %f\n", asin(same(2.0)), acos(same(-INFINITY)), asin(same(0.0) / same(0.0)), acos(same(1e-30)));
    return 0;
}
// expect: 0x0p+0 0x1.921fb54442d18p+0
// expect: -0x0p+0 0x1.921fb54442d18p+0
// expect: 0x1.12e0be826d695p-30 0x1.921fb53ff74e9p+0
// expect: 0x1.79ca10c924223p-67 0x1.921fb54442d18p+0
// expect: 0x1.9a49276037884p-4 0x1.787b22ce3f59p+0
// expect: 0x1.02be9ce0b87cdp-2 0x1.51700e0c14b25p+0
// expect: 0x1.0c152382d7366p-1 0x1.0c152382d7366p+0
// expect: -0x1.0c152382d7366p-1 0x1.0c152382d7366p+1
// expect: 0x1.921fb54442d19p-1 0x1.921fb54442d18p-1
// expect: 0x1.1ea93705fa172p+0 0x1.cdd9f8f922e98p-2
// expect: 0x1.6de3c6f33d51dp+0 0x1.21df72882bfd8p-3
// expect: 0x1.91c306b2c13adp+0 0x1.72ba46065af16p-10
// expect: 0x1.921fb50442d18p+0 0x1p-26
// expect: -0x1.921fb50442d18p+0 0x1.921fb52442d18p+1
// expect: 0x1.921ce1307600bp+0 0x1.6a09e6686c6acp-15
// expect: 0x1.921fb54442d18p+0 0x0p+0
// expect: -0x1.921fb54442d18p+0 0x1.921fb54442d18p+1
// expect: -0x1.380159e14f6ffp-2 0x1.e0200bbc96ad8p+0
// expect: 0.00: asin 0.000000 degrees, acos 90.000000 degrees
// expect: 0.25: asin 14.477512 degrees, acos 75.522488 degrees
// expect: 0.50: asin 30.000000 degrees, acos 60.000000 degrees
// expect: 0.75: asin 48.590378 degrees, acos 41.409622 degrees
// expect: 1.00: asin 90.000000 degrees, acos 0.000000 degrees
// expect: 3.1415926535897931 0.52359879 1.04719758
// expect: nan nan -nan 1.570796
