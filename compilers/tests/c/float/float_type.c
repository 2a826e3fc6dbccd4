// float is IEEE 754 binary32: each operation rounds to 24 bits; a float promotes to double exactly.
#include <stdio.h>

float third(float x) { return x / 3.0f; }

int main(void) {
    float a = 0.1f, b = 0.2f;
    float c = a + b;
    double d = a;
    float big = 16777216.0f;
    float f = 1e38f;
    int i;
    float acc = 0.0f;
    printf("%d %d\n", (int)sizeof(float), (int)sizeof(a + 1.0));
    printf("%.9g %.17g %.17g\n", c, d, (double)(a * b));
    printf("%.9g %.9g\n", big + 1.0f, big + 2.0f);
    printf("%g %g\n", f * 10.0f, f * 10.0);
    for (i = 0; i < 1000; i++) acc += 0.001f;
    printf("%.9g %a\n", acc, acc);
    printf("%.9g %.9g\n", third(1.0f), (float)(1.0 / 3.0));
    printf("%.9g %.9g %.9g\n", (float)16777217, (float)9007199254740993L, (float)0.1);
    printf("%.9g %.9g\n", 1.17549435e-38f / 4, 1.4e-45f);
    printf("%d %d\n", (int)3.99f, (int)-3.99f);
    a = 2.0f;
    a *= 1.5f;
    a++;
    printf("%g %d\n", a, a == 4.0f);
    return 0;
}
// expect: 4 8
// expect: 0.300000012 0.10000000149011612 0.020000001415610313
// expect: 16777216 16777218
// expect: inf 1e+39
// expect: 0.999990702 0x1.fffec8p-1
// expect: 0.333333343 0.333333343
// expect: 16777216 9.00719925e+15 0.100000001
// expect: 2.93873588e-39 1.40129846e-45
// expect: 3 -3
// expect: 4 1
