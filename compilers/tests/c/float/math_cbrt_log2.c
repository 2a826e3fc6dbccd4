// <math.h>'s cbrt and log2, correctly rounded, against glibc's. glibc's log2 is correctly rounded on
// these; its cbrt is not always (about half of ordinary arguments differ in the last bit, and some exact
// cubes: glibc's cbrt(-27.0) is -3.0000000000000004), so the cube roots here are of cubes glibc gets right.
#include <stdio.h>
#include <math.h>

double same(double x) { return x; }

int main(void) {
    double cubes[] = {0.0, -0.0, 1.0, 8.0, -8.0, 64.0, 125.0, -1000.0, 1e6, 343.0};
    double xs[] = {3.0, 10.0, 0.1, 1e10, 1.5, 1024.0, 0x1p-1074, 123.456, 7.0, 1e300};
    int i;
    for (i = 0; i < 10; i++)
        printf("%a %a\n", cbrt(same(cubes[i])), log2(same(xs[i])));
    for (i = 1; i <= 10; i++)
        printf("%d needs %.0f bits (log2 %.6f)\n", i * 100, ceil(log2(i * 100)), log2(i * 100));
    printf("%.9g %.9g %f %f %f %f\n", cbrtf(8.0f), log2f(3.0f), log2(same(0.0)), log2(same(-1.0)), cbrt(same(-INFINITY)),
           cbrt(same(0.0) / same(0.0)));
    return 0;
}
// expect: 0x0p+0 0x1.95c01a39fbd68p+0
// expect: -0x0p+0 0x1.a934f0979a371p+1
// expect: 0x1p+0 -0x1.a934f0979a371p+1
// expect: 0x1p+1 0x1.09c1165ec0627p+5
// expect: -0x1p+1 0x1.2b803473f7ad1p-1
// expect: 0x1p+2 0x1.4p+3
// expect: 0x1.4p+2 -0x1.0c8p+10
// expect: -0x1.4p+3 0x1.bca9a03b1083ap+2
// expect: 0x1.9p+6 0x1.675767f54042dp+1
// expect: 0x1.cp+2 0x1.f24a09f1a8b89p+9
// expect: 100 needs 7 bits (log2 6.643856)
// expect: 200 needs 8 bits (log2 7.643856)
// expect: 300 needs 9 bits (log2 8.228819)
// expect: 400 needs 9 bits (log2 8.643856)
// expect: 500 needs 9 bits (log2 8.965784)
// expect: 600 needs 10 bits (log2 9.228819)
// expect: 700 needs 10 bits (log2 9.451211)
// expect: 800 needs 10 bits (log2 9.643856)
// expect: 900 needs 10 bits (log2 9.813781)
// expect: 1000 needs 10 bits (log2 9.965784)
// expect: 2 1.58496249 -inf -nan -inf -nan
