// <math.h>'s sinh, cosh, tanh, expm1 and log1p, bit for bit as glibc's (fdlibm's algorithms), at
// arguments where glibc's is correctly rounded too. Small arguments keep their precision.
#include <stdio.h>
#include <math.h>

double same(double x) { return x; }

int main(void) {
    double xs[] = {0.0, -0.0, 1e-9, 1e-20, 0.001, 0.1, 0.25, 0.5, -0.5, -0.3, -1.0, 1.5, 2.5, 3.0, -3.0, 5.0,
                   20.0, -20.0, 100.0, 700.0};
    int n = sizeof xs / sizeof xs[0];
    int i;
    for (i = 0; i < n; i++) {
        double x = same(xs[i]);
        printf("%a %a %a %a %a\n", sinh(x), cosh(x), tanh(x), expm1(x), log1p(x));
    }
    for (i = 1; i <= 5; i++)
        printf("%d%% a year for %d years: %.6f\n", i, 10 * i, expm1(10 * i * log1p(i / 100.0)));
    printf("%.9g %.9g %.9g %.9g %.9g\n", sinhf(1.0f), coshf(1.0f), tanhf(0.5f), expm1f(1e-5f), log1pf(1e-5f));
    printf("%f %f %f %f %f %f\n", sinh(same(-INFINITY)), cosh(same(-INFINITY)), tanh(same(-INFINITY)),
           expm1(same(-INFINITY)), log1p(same(-2.0)), sinh(same(1000.0)));
    return 0;
}
// expect: 0x0p+0 0x1p+0 0x0p+0 0x0p+0 0x0p+0
// expect: -0x0p+0 0x1p+0 -0x0p+0 -0x0p+0 -0x0p+0
// expect: 0x1.12e0be826d695p-30 0x1p+0 0x1.12e0be826d695p-30 0x1.12e0be84bbb51p-30 0x1.12e0be801f1d9p-30
// expect: 0x1.79ca10c924223p-67 0x1p+0 0x1.79ca10c924223p-67 0x1.79ca10c924223p-67 0x1.79ca10c924223p-67
// expect: 0x1.0624e00c1c9e3p-10 0x1.000008637bdc1p+0 0x1.0624d77516ce2p-10 0x1.06466dfb8cf3ap-10 0x1.060354f8c3ebfp-10
// expect: 0x1.9a487337b59b3p-4 0x1.0147f40224b38p+0 0x1.983d7795f413ap-4 0x1.aec7b35a00d3ap-4 0x1.8663f793c46c7p-4
// expect: 0x1.02accd9d08102p-2 0x1.080ab05ca6146p+0 0x1.f597ea69a1c86p-3 0x1.22d78f0fa061ap-2 0x1.c8ff7c79a9a22p-3
// expect: 0x1.0acd00fe63b97p-1 0x1.20ac1862ae8dp+0 0x1.d9353d7568af3p-2 0x1.4c2531c3c0d38p-1 0x1.9f323ecbf984cp-2
// expect: -0x1.0acd00fe63b97p-1 0x1.20ac1862ae8dp+0 -0x1.d9353d7568af3p-2 -0x1.92e9a0720d3ecp-2 -0x1.62e42fefa39efp-1
// expect: -0x1.37d42af54b926p-2 0x1.0b9b4e0b6ec4cp+0 -0x1.2a4dda7d914fap-2 -0x1.0966f2c7907f6p-2 -0x1.6d3c324e13f4ep-2
// expect: -0x1.2cd9fc44eb982p+0 0x1.8b07551d9f55p+0 -0x1.85efab514f394p-1 -0x1.43a54e4e98864p-1 -inf
// expect: 0x1.108c3aabd6a6p+1 0x1.2d1bc21e22022p+1 0x1.cf6f9786df577p-1 0x1.bda7fcc9f8a83p+1 0x1.d5240f0e0e078p-1
// expect: 0x1.83368cdb0b6d3p+2 0x1.88776e4b30aa3p+2 0x1.f9258260a71c2p-1 0x1.65d6fd931e0bbp+3 0x1.40b512eb53d6p+0
// expect: 0x1.40926e70949aep+3 0x1.422a497d6185ep+3 0x1.fd77d111a0bp-1 0x1.315e5bf6fb106p+4 0x1.62e42fefa39efp+0
// expect: -0x1.40926e70949aep+3 0x1.422a497d6185ep+3 -0x1.fd77d111a0bp-1 -0x1.e6824f33314f5p-1 -nan
// expect: 0x1.28d0166f07374p+6 0x1.28d6fcbeff3aap+6 0x1.fff419668df11p-1 0x1.26d389970338fp+7 0x1.cab0bfa2a2002p+0
// expect: 0x1.ceb088b68e804p+27 0x1.ceb088b68e804p+27 0x1p+0 0x1.ceb088a68e804p+28 0x1.85b2e946faeb1p+1
// expect: -0x1.ceb088b68e804p+27 0x1.ceb088b68e804p+27 -0x1p+0 -0x1.ffffffee4b79bp-1 -nan
// expect: 0x1.3494a9b171bf5p+143 0x1.3494a9b171bf5p+143 0x1p+0 0x1.3494a9b171bf5p+144 0x1.275e2271bba31p+2
// expect: 0x1.d945df4f8ec8ep+1008 0x1.d945df4f8ec8ep+1008 0x1p+0 0x1.d945df4f8ec8ep+1009 0x1.a35c4a0a661ecp+2
// expect: 1% a year for 10 years: 0.104622
// expect: 2% a year for 20 years: 0.485947
// expect: 3% a year for 30 years: 1.427262
// expect: 4% a year for 40 years: 3.801021
// expect: 5% a year for 50 years: 10.467400
// expect: 1.17520118 1.54308069 0.462117165 1.00000498e-05 9.99994973e-06
// expect: -inf inf -1.000000 -1.000000 -nan inf
