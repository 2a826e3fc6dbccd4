// <math.h>'s exp, log, log10 and pow: correctly rounded (exp, log, pow) or as glibc computes (log10).
#include <stdio.h>
#include <math.h>

double same(double x) { return x; }

int main(void) {
    double xs[] = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 100.0, 1e-10, 1e-300, 5e-324, 709.0, -708.0,
                   -745.0, 0.1, 3.0, 1e22, 123.456, 2.718281828459045, 1.0000001, 0.9999999};
    int n = sizeof xs / sizeof xs[0];
    int i;
    for (i = 0; i < n; i++) {
        double x = same(xs[i]);
        printf("%a %a %a %a\n", exp(x), log(fabs(x)), log10(fabs(x)), pow(fabs(x), 0.5));
        printf("%.17g %.17g %.17g\n", pow(x, 3.0), pow(2.0, x / 8), pow(x, -2.0));
    }
    printf("%g %g %g %g\n", exp(same(1000.0)), exp(same(-1000.0)), log(same(-1.0)), log10(same(-2.0)));
    printf("%g %g %g %g\n", pow(same(-8.0), 1.0 / 3), pow(same(0.0), -1.0), pow(same(-0.0), -1.0), pow(same(-2.0), 3.0));
    printf("%g %g %g %g\n", pow(same(-1.0), HUGE_VAL), pow(same(0.5), -HUGE_VAL), pow(same(2.0), 1024.0), pow(same(10.0), -400.0));
    printf("%.17g %.17g %.17g\n", pow(same(1.5), 100.0), pow(same(10.0), 22.0), pow(same(10.0), -5.0));
    printf("%.9g %.9g %.9g\n", expf(1.0f), logf(10.0f), powf(2.0f, 0.5f));
    printf("%.17g %.17g\n", M_PI * exp(same(2.0)), log10(same(1000.0)));
    return 0;
}
// expect: 0x1p+0 -inf -inf 0x0p+0
// expect: 0 1 inf
// expect: 0x1p+0 -inf -inf 0x0p+0
// expect: -0 1 inf
// expect: 0x1.5bf0a8b145769p+1 0x0p+0 0x0p+0 0x1p+0
// expect: 1 1.0905077326652577 1
// expect: 0x1.78b56362cef38p-2 0x0p+0 0x0p+0 0x1p+0
// expect: -1 0.91700404320467122 1
// expect: 0x1.a61298e1e069cp+0 -0x1.62e42fefa39efp-1 -0x1.34413509f79ffp-2 0x1.6a09e667f3bcdp-1
// expect: 0.125 1.0442737824274138 4
// expect: 0x1.d8e64b8d4ddaep+2 0x1.62e42fefa39efp-1 0x1.34413509f79ffp-2 0x1.6a09e667f3bcdp+0
// expect: 8 1.189207115002721 0.25
// expect: 0x1.5829dcf95056p+14 0x1.26bb1bbb55516p+1 0x1p+0 0x1.94c583ada5b53p+1
// expect: 1000 2.3784142300054421 0.01
// expect: 0x1.3494a9b171bf5p+144 0x1.26bb1bbb55516p+2 0x1p+1 0x1.4p+3
// expect: 1000000 5792.6187514801977 0.0001
// expect: 0x1.000000006df38p+0 -0x1.7069e2aa2aa5bp+4 -0x1.4p+3 0x1.4f8b588e368f1p-17
// expect: 1.0000000000000001e-30 1.0000000000086644 1e+20
// expect: 0x1p+0 -0x1.5963447f87fb5p+9 -0x1.2cp+8 0x1.a2fe76a3f9475p-499
// expect: 0 1 inf
// expect: 0x1p+0 -0x1.74385446d71c3p+9 -0x1.434e6420f4374p+8 0x1p-537
// expect: 0 1 inf
// expect: 0x1.d422d2be5dc9bp+1022 0x1.a416357d87f55p+2 0x1.6ce1f9d049d47p+1 0x1.aa0869aea3e4bp+4
// expect: 356400829 4.7729113244796123e+26 1.9893331954062319e-06
// expect: 0x1.7c8ab2288c9abp-1022 0x1.a3ff15830f8b7p+2 0x1.6ccde3c9251b6p+1 0x1.a9bb78af6cabcp+4
// expect: -354894912 2.284785235946438e-27 1.9949567493376744e-06
// expect: 0x0.0000000000001p-1022 0x1.a741afe174a7ap+2 0x1.6fa2d1163a432p+1 0x1.b4b70ae5fe72fp+4
// expect: -413493625 9.2593745870561889e-29 1.8017206432142695e-06
// expect: 0x1.1aec7b35a00d4p+0 -0x1.26bb1bbb55515p+1 -0x1p+0 0x1.43d136248490fp-2
// expect: 0.0010000000000000002 1.008701983790399 99.999999999999986
// expect: 0x1.415e5bf6fb106p+4 0x1.193ea7aad030bp+0 0x1.e8927964fd5fdp-2 0x1.bb67ae8584caap+0
// expect: 27 1.2968395546510096 0.1111111111111111
// expect: inf 0x1.95414621954fep+5 0x1.6p+4 0x1.74876e8p+36
// expect: 9.9999999999999995e+65 inf 9.9999999999999995e-45
// expect: 0x1.1428e1cbc0143p+178 0x1.343774f3e2362p+2 0x1.0bb6abfc968efp+1 0x1.638dee52c80edp+3
// expect: 1881640.2952028161 44207.391845243263 6.5610839816062223e-05
// expect: 0x1.e4efb75e4527ap+3 0x1p+0 0x1.bcb7b1526e50ep-2 0x1.a61298e1e069cp+0
// expect: 20.085536923187664 1.2655681770642808 0.1353352832366127
// expect: 0x1.5bf0aaf904984p+1 0x1.ad7f2847b6492p-24 0x1.750e5ca0b1098p-25 0x1.000000d6bf948p+0
// expect: 1.0000003000000302 1.0905077421137872 0.99999980000002986
// expect: 0x1.5bf0a6698658dp+1 -0x1.ad7f2b1049b9fp-24 -0x1.750e5f0ba08cdp-25 0x1.fffffe5280d5ap-1
// expect: 0.99999970000003013 1.0905077232167282 1.0000002000000299
// expect: inf 0 -nan nan
// expect: -nan inf -inf -8
// expect: 1 inf inf 0
// expect: 4.0656117753521523e+17 1e+22 1.0000000000000001e-05
// expect: 2.71828175 2.30258512 1.41421354
// expect: 23.213404357363387 3
