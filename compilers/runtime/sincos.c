/* sin and cos as glibc 2.36 computes them on x86-64 (what GHC's, CPython's and gcc's C programs call): the
 * algorithm of the IBM Accurate Mathematical Library, whose results are not always correctly rounded, so
 * that a program prints glibc's last digit. Built into float64.ir with float64.c (a translation unit of its
 * own, `python -m compilers.runtime.build_float64`); every name begins f64_. Valid C for gcc too, so that
 * compilers/bench/glibc_trig.py compares it with glibc natively on a million arguments.
 *
 * The argument is reduced to x = a + da (a sum of two doubles, |x| <= pi/4 or so) and a quadrant:
 * - |x| < 0.855469: none; 0.855469 <= |x| < 2.426265: pi/2 - |x| with pi/2 as two doubles;
 * - below 105414350: x - n pi/2 with pi/2 in four pieces short enough that the products are exact;
 * - beyond: 2/pi's bits that matter (a table of 24-bit pieces) times the argument split in halves.
 * Then sin or cos of a + da: for |a| < 0.126 a Taylor polynomial; else a = X + r with X = i/128, whose sin
 * and cos are a table (f64_sincostab: sin hi, sin lo, cos hi, cos lo for i = 0..109, each the value and
 * the rest, filled in by the build), and sin(X + r) = sin X cos r + cos X sin r with short polynomials in r.
 * glibc's x86-64 build runs a copy compiled for FMA on processors that have it, where gcc contracts
 * a * b + c into one fused multiply-add: f64_fma marks each contraction gcc makes. */

#include <math.h>

#ifdef __GNUC__
static double f64_fma(double a, double b, double c) { return fma(a, b, c); }
#else
double f64_fma(double a, double b, double c);
#endif

long f64_fd_hi(double x);
long f64_fd_lo(double x);
double f64_fd_with_hi(double x, long hi);

double f64_sincostab[440]; /* filled in by the build */
double f64_sc_toverp[75];  /* 2/pi in pieces of 24 bits, each an integer: filled in by the build */

double f64_sc_a;  /* the last reduction's a + da */
double f64_sc_da;

/* pi/2 = hp0 + hp1; 2^45 * 1.5, whose last place is 2^-7 */
double f64_sc_hp0 = 0x1.921FB54442D18p0;
double f64_sc_hp1 = 0x1.1A62633145C07p-54;
double f64_sc_big = 0x1.8p45;

double f64_sc_abs(double x) { return x < 0 ? -x : x; }

/* sin(a + da) for |a| < 0.126: a + (a s(a^2) - da/2) a^2 + da, s the odd Taylor polynomial's tail. */
double f64_sc_taylor(double xx, double a, double da) {
    double p = f64_fma(-0x1.ADDFFC2FCDF59p-26, xx, 0x1.71DE27B9A7ED9p-19);
    p = f64_fma(p, xx, -0x1.A01A019DB08B8p-13);
    p = f64_fma(p, xx, 0x1.1111111110ECEp-7);
    p = f64_fma(p, xx, -0x1.5555555555555p-3);
    return a + f64_fma(f64_fma(p, a, -(0.5 * da)), xx, da);
}

/* The polynomials of sin r (odd) and cos r (even) beyond the first term. */
double f64_sc_sin_poly(double xx) { return f64_fma(xx, 8.33333214285722277379541354343671E-03, -1.66666666666664880952546298448555E-01); }

double f64_sc_cos_poly(double xx) {
    return f64_fma(xx, f64_fma(xx, 1.38888874007937613028114285595617E-03, -4.16666666666664434524222570944589E-02),
                   4.99999999999999999999950396842453E-01);
}

/* sin(x + dx) */
double f64_sc_sin(double x, double dx) {
    double ax = f64_sc_abs(x);
    double u;
    double r;
    double xx;
    double s;
    double c;
    double cor;
    long k;
    if (ax < 0.126)
        return f64_sc_taylor(x * x, x, dx);
    if (x <= 0)
        dx = -dx;
    u = f64_sc_big + ax;
    k = f64_fd_lo(u) * 4;
    r = ax - (u - f64_sc_big);
    xx = r * r;
    s = r + f64_fma(r * xx, f64_sc_sin_poly(xx), dx);
    c = f64_fma(r, dx, xx * f64_sc_cos_poly(xx));
    cor = f64_fma(f64_sincostab[k + 2], s,
                  f64_fma(-f64_sincostab[k], c, f64_fma(s, f64_sincostab[k + 3], f64_sincostab[k + 1])));
    if (x < 0)
        return -(f64_sincostab[k] + cor);
    return f64_sincostab[k] + cor;
}

/* cos(x + dx) */
double f64_sc_cos(double x, double dx) {
    double ax = f64_sc_abs(x);
    double u;
    double r;
    double xx;
    double s;
    double c;
    double cor;
    long k;
    if (x < 0)
        dx = -dx;
    u = f64_sc_big + ax;
    k = f64_fd_lo(u) * 4;
    r = ax - (u - f64_sc_big) + dx;
    xx = r * r;
    s = f64_fma(r * xx, f64_sc_sin_poly(xx), r);
    c = xx * f64_sc_cos_poly(xx);
    cor = f64_fma(-f64_sincostab[k], s,
                  f64_fma(-f64_sincostab[k + 2], c, f64_fma(-s, f64_sincostab[k + 1], f64_sincostab[k + 3])));
    return f64_sincostab[k + 2] + cor;
}

/* x = n pi/2 + a + da for |x| < 105414350 (into f64_sc_a, f64_sc_da): n is x 2/pi rounded (the integer
 * part of 1.5 * 2^52 + x 2/pi), pi/2 in four pieces (hp's 28, 24 and 28 bits, and the rest). */
long f64_sc_reduce(double x) {
    double t = f64_fma(x, 0x1.45F306DC9C883p-1, 0x1.8p52);
    double xn = t - 0x1.8p52;
    double y = f64_fma(-xn, -0x1.DDE973Cp-27, f64_fma(-xn, 0x1.921FB58p0, x));
    double t2 = f64_fma(-xn, -0x1.CB3B398p-55, y);
    double db = f64_fma(-xn, -0x1.CB3B398p-55, y - t2);
    double b = f64_fma(-xn, -0x1.d747f23e32ed7p-83, t2);
    db = db + f64_fma(-xn, -0x1.d747f23e32ed7p-83, t2 - b);
    f64_sc_a = b;
    f64_sc_da = db;
    return f64_fd_lo(t) % 4;
}

/* sin (n even) or cos (n odd) of f64_sc_a + f64_sc_da, negated in the quadrants n = 2, 3 (mod 4). */
double f64_sc_quadrant(long n) {
    double v;
    if (n % 2 == 1)
        v = f64_sc_cos(f64_sc_a, f64_sc_da);
    else
        v = f64_sc_sin(f64_sc_a, f64_sc_da);
    if (n % 4 >= 2)
        return -v;
    return v;
}

/* The large reduction, for one half x of the argument (scaled by 2^-600): the bits of 2/pi that matter
 * to x's exponent, six pieces of 24 bits from f64_sc_toverp[k], times x (exactly: x has 27 bits) and
 * scaled; their integral parts, modulo 4, summed in f64_sc_sum and their fractions as b + bb. glibc
 * compiles this reduction without contractions: no f64_fma here. */
double f64_sc_b;
double f64_sc_bb;

double f64_sc_branred_half(double x) {
    double r[6];
    double s;
    double t;
    double sum = 0;
    double scale;
    long i;
    long k = f64_fd_hi(x);
    if (k < 0)
        k = k + 2147483648;
    k = (k / 1048576 - 450) / 24;
    if (k < 0)
        k = 0;
    scale = f64_fd_with_hi(0.0, (1023 + 576 - 24 * k) * 1048576); /* 2^(576 - 24k) */
    for (i = 0; i < 6; i = i + 1) {
        r[i] = x * f64_sc_toverp[k + i] * scale;
        scale = scale * 0x1p-24;
    }
    for (i = 0; i < 3; i = i + 1) {
        s = (r[i] + 0x1.8p52) - 0x1.8p52; /* the integral part */
        sum = sum + s;
        r[i] = r[i] - s;
    }
    t = 0;
    for (i = 5; i >= 0; i = i - 1)
        t = t + r[i];
    f64_sc_bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
    s = (t + 0x1.8p52) - 0x1.8p52;
    sum = sum + s;
    t = t - s;
    f64_sc_b = t + f64_sc_bb;
    f64_sc_bb = (t - f64_sc_b) + f64_sc_bb;
    return sum - ((sum + 0x1.8p54) - 0x1.8p54); /* modulo 4 */
}

/* x = n pi/2 + a + da for |x| >= 105414350 (glibc's __branred): x 2/pi's fraction from the two halves of
 * x (split at 26 bits), times pi/2 in pieces. */
long f64_sc_branred(double x) {
    double t;
    double x1;
    double sum;
    double b1;
    double bb1;
    double b;
    double bb;
    double s;
    double t1;
    double t2;
    long n;
    x = x * 0x1p-600;
    t = x * 134217729.0;
    x1 = t - (t - x);
    sum = f64_sc_branred_half(x1);
    b1 = f64_sc_b;
    bb1 = f64_sc_bb;
    sum = sum + f64_sc_branred_half(x - x1);
    b = b1 + f64_sc_b;
    if (f64_sc_abs(b1) > f64_sc_abs(f64_sc_b))
        bb = (b1 - b) + f64_sc_b;
    else
        bb = (f64_sc_b - b) + b1;
    if (b > 0.5) {
        b = b - 1.0;
        sum = sum + 1.0;
    } else if (b < -0.5) {
        b = b + 1.0;
        sum = sum - 1.0;
    }
    s = b + (bb + bb1 + f64_sc_bb);
    t = ((b - s) + bb) + (bb1 + f64_sc_bb);
    b = s * 134217729.0;
    t1 = b - (b - s);
    t2 = s - t1;
    b = s * f64_sc_hp0;
    bb = (((t1 * 0x1.921FB58p0 - b) + t1 * -0x1.DDE974p-27) + t2 * 0x1.921FB58p0) +
         (t2 * -0x1.DDE974p-27 + s * f64_sc_hp1 + t * f64_sc_hp0);
    f64_sc_a = b + bb;
    f64_sc_da = (b - f64_sc_a) + bb;
    n = (long)sum % 4;
    return n < 0 ? n + 4 : n;
}

/* For float64.c's tan of |x| >= 2^16: the quadrant n (mod 4) of |x|, a + da left for f64_sc_reduced. */
long f64_sc_reduce_abs(double x) {
    double ax = f64_sc_abs(x);
    if (f64_fd_hi(ax) < 1100554747) /* |x| < 105414350 */
        return f64_sc_reduce(ax);
    return f64_sc_branred(ax);
}

double f64_sc_reduced(long which) { return which == 0 ? f64_sc_a : f64_sc_da; }

double f64_sin(double x) {
    long k = f64_fd_hi(x);
    double t;
    if (k < 0)
        k = k + 2147483648;
    if (k < 1045430272) /* |x| < 2^-26 */
        return x;
    if (k < 1072390144) /* |x| < 0.855469 */
        return f64_sc_sin(x, 0);
    if (k < 1073965309) { /* |x| < 2.426265 */
        t = f64_sc_cos(f64_sc_hp0 - f64_sc_abs(x), f64_sc_hp1);
        return x < 0 ? -t : t;
    }
    if (k < 1100554747) /* |x| < 105414350 */
        return f64_sc_quadrant(f64_sc_reduce(x));
    if (k < 2146435072)
        return f64_sc_quadrant(f64_sc_branred(x));
    return x / x; /* a NaN passed on; an infinity's invalid operation */
}

double f64_cos(double x) {
    long k = f64_fd_hi(x);
    double y;
    double a;
    if (k < 0)
        k = k + 2147483648;
    if (k < 1044381696) /* |x| < 2^-27 */
        return 1.0;
    if (k < 1072390144)
        return f64_sc_cos(x, 0);
    if (k < 1073965309) {
        y = f64_sc_hp0 - f64_sc_abs(x);
        a = y + f64_sc_hp1;
        return f64_sc_sin(a, (y - a) + f64_sc_hp1);
    }
    if (k < 1100554747)
        return f64_sc_quadrant(f64_sc_reduce(x) + 1);
    if (k < 2146435072)
        return f64_sc_quadrant(f64_sc_branred(x) + 1);
    return x / x;
}
