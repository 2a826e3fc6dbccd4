/* fdlibm's expm1, log1p, sinh, cosh, tanh and glibc's asinh, acosh, atanh: the one source of these
 * algorithms for every language. Built into float64.ir with float64.c (a translation unit of its own,
 * `python -m compilers.runtime.build_float64`); every name begins f64_.
 *
 * glibc (which GHC's and CPython's math call, and gcc's C links) and java's StrictMath both compute these
 * with fdlibm 5.3's algorithms, so each routine follows fdlibm step by step, and the results are theirs to
 * the last bit. They differ in two things, which the callers choose:
 * - the exponential that sinh and cosh call: glibc's own exp (f64_exp here, correctly rounded, as glibc's
 *   is on all but a few arguments) or fdlibm's (java's java_sm_exp);
 * - `glibc`: glibc 2.36's x86-64 build evaluates the polynomials of expm1 and log1p in a grouping of its
 *   own and selects a build of both compiled for FMA, where gcc contracts a * b + c into one fused
 *   multiply-add (f64_fma, one rounding) as marked by f64_fd_mad; java evaluates fdlibm's Horner form and
 *   rounds every product.
 *
 * The file is also valid C for gcc (doubles are doubles, the halves are read through the bit pattern), so
 * that java's random tests build it with jdouble.c; the entry points for C, Haskell and Python (which
 * need float64.c's f64_exp and f64_log) are the Engine's only. A signed 32-bit half is a long in
 * [-2^31, 2^31). */

#include <math.h>

#ifdef __GNUC__
static double f64_fma(double a, double b, double c) { return fma(a, b, c); }
#else
double f64_fma(double a, double b, double c);
#endif

/* The high 32 bits of x as a signed int (fdlibm's __HI), the low 32 bits unsigned (__LO). */
long f64_fd_hi(double x) {
    unsigned long bits = *(unsigned long *)&x;
    long hi = (long)(bits / 4294967296);
    return hi >= 2147483648 ? hi - 4294967296 : hi;
}

long f64_fd_lo(double x) {
    unsigned long bits = *(unsigned long *)&x;
    return (long)(bits % 4294967296);
}

/* x with its high half replaced by hi (a signed or unsigned 32-bit value). */
double f64_fd_with_hi(double x, long hi) {
    unsigned long bits = *(unsigned long *)&x;
    unsigned long h = (unsigned long)(hi < 0 ? hi + 4294967296 : hi);
    bits = h * 4294967296 + bits % 4294967296;
    return *(double *)&bits;
}

/* +Infinity, without a division by zero. */
double f64_fd_infinity(void) { return f64_fd_with_hi(0.0, 2146435072); }

/* a * b + c, fused when `fused` (one rounding), else the product rounded first. */
double f64_fd_mad(double a, double b, double c, long fused) {
    if (fused)
        return f64_fma(a, b, c);
    return a * b + c;
}

double f64_fd_expm1(double x, long glibc) {
    double y;
    double hi;
    double lo;
    double c = 0.0;
    double t;
    double e;
    double hxs;
    double hfx;
    double r1;
    double h2;
    double h4;
    long k = 0;
    long hx = f64_fd_hi(x);
    long xsb = hx < 0 ? 1 : 0;
    long ix = hx < 0 ? hx + 2147483648 : hx;
    if (ix >= 1078159482) { /* |x| >= 56 ln2 */
        if (ix >= 1082535490) { /* |x| >= 709.78 */
            if (ix >= 2146435072) {
                if (ix % 1048576 != 0 || f64_fd_lo(x) != 0)
                    return x + x;
                return xsb == 0 ? x : -1.0;
            }
            if (x > 709.782712893384)
                return f64_fd_infinity();
        }
        if (xsb != 0)
            return -1.0; /* x < -56 ln2: tiny - one */
    }
    if (ix > 1071001154) { /* |x| > 0.5 ln2: x - k ln2 = hi - lo, ln2 in two parts (k ln2_hi exact) */
        if (ix < 1072734898) { /* |x| < 1.5 ln2: k is 1 or -1 */
            k = xsb == 0 ? 1 : -1;
            hi = xsb == 0 ? x - 0.6931471803691238 : x + 0.6931471803691238;
            lo = xsb == 0 ? 1.9082149292705877e-10 : -1.9082149292705877e-10;
        } else {
            k = (long)f64_fd_mad(1.4426950408889634, x, xsb == 0 ? 0.5 : -0.5, glibc);
            t = (double)k;
            hi = x - t * 0.6931471803691238;
            lo = t * 1.9082149292705877e-10;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (ix < 1016070144) { /* |x| < 2^-54 */
        return x;
    }
    hfx = 0.5 * x;
    hxs = x * hfx;
    if (glibc) {
        h2 = hxs * hxs;
        h4 = h2 * h2;
        r1 = f64_fd_mad(h2, f64_fd_mad(hxs, -7.93650757867488e-05, 0.0015873015872548146, 1),
                        f64_fd_mad(hxs, -0.03333333333333313, 1.0, 1), 1);
        r1 = f64_fd_mad(h4, f64_fd_mad(hxs, -2.0109921818362437e-07, 4.008217827329362e-06, 1), r1, 1);
    } else {
        r1 = 1.0 + hxs * (-0.03333333333333313 +
                          hxs * (0.0015873015872548146 +
                                 hxs * (-7.93650757867488e-05 +
                                        hxs * (4.008217827329362e-06 + hxs * -2.0109921818362437e-07))));
    }
    t = f64_fd_mad(-r1, hfx, 3.0, glibc);
    e = hxs * ((r1 - t) / f64_fd_mad(-x, t, 6.0, glibc));
    if (k == 0)
        return x - f64_fd_mad(x, e, -hxs, glibc);
    e = f64_fd_mad(x, e - c, -c, glibc);
    e = e - hxs;
    if (k == -1)
        return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25)
            return -2.0 * (e - (x + 0.5));
        return 1.0 + 2.0 * (x - e);
    }
    if (k <= -2 || k > 56) {
        y = 1.0 - (e - x);
        y = f64_fd_with_hi(y, f64_fd_hi(y) + k * 1048576);
        return y - 1.0;
    }
    if (k < 20) {
        t = 1.0 - f64_fd_with_hi(0.0, (1023 - k) * 1048576); /* 1 - 2^-k, exactly */
        y = t - (e - x);
        return f64_fd_with_hi(y, f64_fd_hi(y) + k * 1048576);
    }
    t = f64_fd_with_hi(0.0, (1023 - k) * 1048576); /* 2^-k */
    y = x - (e + t);
    y = y + 1.0;
    return f64_fd_with_hi(y, f64_fd_hi(y) + k * 1048576);
}

double f64_fd_log1p(double x, long glibc) {
    double f = 0.0;
    double c = 0.0;
    double u;
    double s;
    double z;
    double r;
    double hfsq;
    double z2;
    double z4;
    long hx = f64_fd_hi(x);
    long ax = hx < 0 ? hx + 2147483648 : hx;
    long k = 1;
    long hu = 0;
    if (hx < 1071284858) { /* x < 0.41422 */
        if (ax >= 1072693248) { /* x <= -1.0 */
            if (x == -1.0)
                return -f64_fd_infinity();
            return (x - x) / (x - x);
        }
        if (ax < 1042284544) { /* |x| < 2^-29 */
            if (ax < 1016070144)
                return x;
            return f64_fd_mad(-(x * x), 0.5, x, glibc);
        }
        if (hx > 0 || hx <= -1076707645) { /* -0.2929 < x < 0.41422 */
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if (hx >= 2146435072)
        return x + x;
    if (k != 0) {
        if (hx < 1128267776) {
            u = 1.0 + x;
            hu = f64_fd_hi(u);
            k = hu / 1048576 - 1023;
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c = c / u;
        } else {
            u = x;
            hu = f64_fd_hi(u);
            k = hu / 1048576 - 1023;
            c = 0.0;
        }
        hu = hu % 1048576;
        if (hu < 434334) {
            u = f64_fd_with_hi(u, hu + 1072693248);
        } else {
            k = k + 1;
            u = f64_fd_with_hi(u, hu + 1071644672);
            hu = (1048576 - hu) / 4;
        }
        f = u - 1.0;
    }
    hfsq = 0.5 * f * f;
    if (hu == 0) { /* |f| < 2^-20 */
        if (f == 0.0) {
            if (k == 0)
                return 0.0;
            c = f64_fd_mad((double)k, 1.9082149292705877e-10, c, glibc);
            return f64_fd_mad((double)k, 0.6931471803691238, c, glibc);
        }
        r = hfsq * f64_fd_mad(-0.6666666666666666, f, 1.0, glibc);
        if (k == 0)
            return f - r;
        return f64_fd_mad((double)k, 0.6931471803691238,
                          (f - (r - f64_fd_mad((double)k, 1.9082149292705877e-10, c, glibc))), glibc);
    }
    s = f / (2.0 + f);
    z = s * s;
    if (glibc) {
        z2 = z * z;
        z4 = z2 * z2;
        r = f64_fd_mad(z, 0.6666666666666735, z2 * f64_fd_mad(z, 0.2857142874366239, 0.3999999999940942, 1), 1);
        r = f64_fd_mad(z4, f64_fd_mad(z, 0.1818357216161805, 0.22222198432149784, 1), r, 1);
        r = f64_fd_mad(z4 * z2, f64_fd_mad(z, 0.14798198605116586, 0.15313837699209373, 1), r, 1);
    } else {
        r = z * (0.6666666666666735 +
                 z * (0.3999999999940942 +
                      z * (0.2857142874366239 +
                           z * (0.22222198432149784 +
                                z * (0.1818357216161805 + z * (0.15313837699209373 + z * 0.14798198605116586))))));
    }
    if (k == 0)
        return f - (hfsq - s * (hfsq + r));
    return f64_fd_mad((double)k, 0.6931471803691238,
                      f - (hfsq - (s * (hfsq + r) + f64_fd_mad((double)k, 1.9082149292705877e-10, c, glibc))), glibc);
}

/* fdlibm's test that |x| is at most log(DBL_MAX) + ln 2, past which sinh and cosh overflow. */
long f64_fd_below_overflow(double x, long ix) {
    return ix < 1082536910 || (ix == 1082536910 && f64_fd_lo(x) <= 2411329661);
}

double f64_fd_sinh(double x, double (*exp_fn)(double), long glibc) {
    double t;
    double w;
    double h = 0.5;
    long jx = f64_fd_hi(x);
    long ix = jx < 0 ? jx + 2147483648 : jx;
    if (ix >= 2146435072)
        return x + x;
    if (jx < 0)
        h = -h;
    if (ix < 1077280768) { /* |x| < 22 */
        if (ix < 1043333120) /* |x| < 2^-28 */
            return x;
        t = f64_fd_expm1(fabs(x), glibc);
        if (ix < 1072693248)
            return h * (2.0 * t - t * t / (t + 1.0));
        return h * (t + t / (t + 1.0));
    }
    if (ix < 1082535490) /* |x| in [22, log(DBL_MAX)] */
        return h * exp_fn(fabs(x));
    if (f64_fd_below_overflow(x, ix)) {
        w = exp_fn(0.5 * fabs(x));
        t = h * w;
        return t * w;
    }
    return x * 1.0e307;
}

double f64_fd_cosh(double x, double (*exp_fn)(double), long glibc) {
    double t;
    double w;
    long ix = f64_fd_hi(x);
    ix = ix < 0 ? ix + 2147483648 : ix;
    if (ix >= 2146435072)
        return x * x;
    if (ix < 1071001155) { /* |x| < 0.5 ln2 */
        t = f64_fd_expm1(fabs(x), glibc);
        w = 1.0 + t;
        if (ix < 1015021568) /* |x| < 2^-55 */
            return w;
        return 1.0 + (t * t) / (w + w);
    }
    if (ix < 1077280768) { /* |x| < 22 */
        t = exp_fn(fabs(x));
        return 0.5 * t + 0.5 / t;
    }
    if (ix < 1082535490)
        return 0.5 * exp_fn(fabs(x));
    if (f64_fd_below_overflow(x, ix)) {
        w = exp_fn(0.5 * fabs(x));
        t = 0.5 * w;
        return t * w;
    }
    return f64_fd_infinity();
}

double f64_fd_tanh(double x, long glibc) {
    double t;
    double z;
    long jx = f64_fd_hi(x);
    long ix = jx < 0 ? jx + 2147483648 : jx;
    if (ix >= 2146435072) {
        if (jx >= 0)
            return 1.0 / x + 1.0;
        return 1.0 / x - 1.0;
    }
    if (ix < 1077280768) { /* |x| < 22 */
        if (ix < 1015021568) /* |x| < 2^-55 */
            return x * (1.0 + x);
        if (ix >= 1072693248) { /* |x| >= 1 */
            t = f64_fd_expm1(2.0 * fabs(x), glibc);
            z = 1.0 - 2.0 / (t + 2.0);
        } else {
            t = f64_fd_expm1(-2.0 * fabs(x), glibc);
            z = -t / (t + 2.0);
        }
    } else {
        z = 1.0; /* one - tiny */
    }
    return jx >= 0 ? z : -z;
}

/* glibc's asinh (s_asinh.c, fdlibm's): log(2|x|) past 2^28, log(2|x| + 1/(sqrt(x^2 + 1) + |x|)) past 2,
 * else log1p(|x| + x^2/(1 + sqrt(1 + x^2))); the sign of x. */
double f64_fd_asinh(double x, double (*log_fn)(double)) {
    double w;
    double xa = fabs(x);
    double t;
    long ix = f64_fd_hi(xa);
    if (ix < 1043333120) /* |x| < 2^-28 */
        return x;
    if (ix > 1102053376) { /* |x| > 2^28 */
        if (ix >= 2146435072)
            return x + x;
        w = log_fn(xa) + 0.6931471805599453;
    } else if (ix > 1073741824) { /* 2 < |x| <= 2^28 */
        w = log_fn(2.0 * xa + 1.0 / (sqrt(xa * xa + 1.0) + xa));
    } else {
        t = xa * xa;
        w = f64_fd_log1p(xa + t / (1.0 + sqrt(1.0 + t)), 1);
    }
    return x < 0.0 ? -w : w;
}

/* glibc's acosh (e_acosh.c, fdlibm's): NaN below 1, log(2x) past 2^28, log(2x - 1/(x + sqrt(x^2 - 1)))
 * past 2, else log1p(t + sqrt(2t + t^2)) with t = x - 1. */
double f64_fd_acosh(double x, double (*log_fn)(double)) {
    double t;
    long hx = f64_fd_hi(x);
    if (hx < 1072693248) /* x < 1 (or negative) */
        return (x - x) / (x - x);
    if (hx >= 1102053376) { /* x >= 2^28 */
        if (hx >= 2146435072)
            return x + x;
        return log_fn(x) + 0.6931471805599453;
    }
    if (hx == 1072693248 && f64_fd_lo(x) == 0)
        return 0.0;
    if (hx > 1073741824 || (hx == 1073741824 && f64_fd_lo(x) != 0)) { /* x > 2 */
        t = x * x;
        return log_fn(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
    }
    t = x - 1.0;
    return f64_fd_log1p(t + sqrt(2.0 * t + t * t), 1);
}

/* glibc's atanh (e_atanh.c): 0.5 log1p(2|x| + 2x^2/(1 - |x|)) below 1/2, 0.5 log1p(2|x|/(1 - |x|)) below
 * 1, the sign of x; NaN past 1, an infinity at 1. */
double f64_fd_atanh(double x) {
    double xa = fabs(x);
    double t;
    if (xa != xa)
        return x + x;
    if (xa < 0.5) {
        if (xa < 3.725290298461914e-09) /* 2^-28 */
            return x;
        t = xa + xa;
        t = 0.5 * f64_fd_log1p(t + t * xa / (1.0 - xa), 1);
    } else if (xa < 1.0) {
        t = 0.5 * f64_fd_log1p((xa + xa) / (1.0 - xa), 1);
    } else {
        if (xa > 1.0)
            return (x - x) / (x - x);
        return x / 0.0;
    }
    return x < 0.0 ? -t : t;
}

#ifndef __GNUC__
/* The entry points of C's <math.h>, Haskell's Floating and Python's math: glibc's, which calls its own
 * exp and log (float64.c's) and the FMA build of expm1. */
double f64_exp(double x);
double f64_log(double x);

double f64_expm1(double x) { return f64_fd_expm1(x, 1); }
double f64_log1p(double x) { return f64_fd_log1p(x, 1); }
double f64_sinh(double x) { return f64_fd_sinh(x, f64_exp, 1); }
double f64_cosh(double x) { return f64_fd_cosh(x, f64_exp, 1); }
double f64_tanh(double x) { return f64_fd_tanh(x, 1); }
double f64_asinh(double x) { return f64_fd_asinh(x, f64_log); }
double f64_acosh(double x) { return f64_fd_acosh(x, f64_log); }
double f64_atanh(double x) { return f64_fd_atanh(x); }
#endif
