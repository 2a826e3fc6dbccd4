// Floating constants are converted correctly rounded at compile time: decimal, hexadecimal, float.
#include <stdio.h>

int main(void) {
    printf("%a %a %a\n", 0.1, 2.2250738585072011e-308, 9007199254740993.0);
    printf("%a %a %a\n", 1e23, 8.98846567431158e307, 4.9406564584124654e-324);
    printf("%a %a\n", 2.4703282292062327e-324, 2.4703282292062328e-324);
    printf("%a %a %a %a\n", 0x1.8p3, 0x.8p1, 0x1p-1074, 0X1.FFFFFFFFFFFFFP1023);
    printf("%a %a %a\n", 0x1.00000000000008p0, 0x1.00000000000018p0, 0x1.000000000000081p0);
    printf("%a %a %a\n", (double)0.1f, (double)16777217.0f, (double)3.4028235677973366e38f);
    printf("%a %a\n", (double)0x1.000001p0f, (double)0x1.0000011p0f);
    printf("%g %g %g\n", 1e400, .5, 5.);
    printf("%.17g %.17g\n", 123456789012345678901234567890.0, 0.000000000000000000001234);
    return 0;
}
// expect: 0x1.999999999999ap-4 0x0.fffffffffffffp-1022 0x1p+53
// expect: 0x1.52d02c7e14af6p+76 0x1p+1023 0x0.0000000000001p-1022
// expect: 0x0p+0 0x0.0000000000001p-1022
// expect: 0x1.8p+3 0x1p+0 0x0.0000000000001p-1022 0x1.fffffffffffffp+1023
// expect: 0x1p+0 0x1.0000000000002p+0 0x1.0000000000001p+0
// expect: 0x1.99999ap-4 0x1p+24 0x1.fffffep+127
// expect: 0x1p+0 0x1.000002p+0
// expect: inf 0.5 5
// expect: 1.2345678901234568e+29 1.234e-21
