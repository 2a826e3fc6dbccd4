/* Java's doubles on the Engine: the source of jdouble.ir (`python -m compilers.frontends.java.build_runtime`).
 *
 * A Java double is held as the shared runtime's doubles are (float64.c): one word, its IEEE 754 bit
 * pattern; arithmetic is float64's. What is Java's own is here:
 *
 * - Double.toString as Java 17 prints it: the digits of java.base's FloatingDecimal (the algorithm Java
 *   used before JDK 19's shortest digits), which are sometimes more than the shortest (2.82879384806159E17
 *   prints as 2.82879384806159008E17) and are chosen as it chooses them: an integer below 2^63 by its
 *   own rounding, the rest by Steele and White's digit generation with a symmetric stopping test, in
 *   64-bit arithmetic when the numbers fit (wrapping as Java's long does) and exactly otherwise.
 * - java.util.Formatter's %f and %e: the same digits (without toString's two-digit minimum), rounded half
 *   up at the precision, then signed, grouped, padded.
 * - The conversions Java defines: double to int and long (saturating, NaN to 0), Math.round, max, min,
 *   Double.parseDouble's grammar (the value itself is float64's strtod, correctly rounded), and
 *   Float.parseFloat's value rounded once to float (java_parse_float_value).
 *
 * The file is also valid C for gcc (every signed intermediate stays below 2^63; what must wrap is
 * unsigned), so that its digits can be checked against java on many values quickly
 * (compilers/tests/test_java_double_random.py). Every name begins java_.
 */

#include <math.h>

#include <stdlib.h>

/* The shared runtime's fdlibm routines (float64.ir on the Engine); a gcc build takes their C source. */
#ifdef __GNUC__
#include "../fdlibm.c"
#else
long f64_fd_hi(double x);
long f64_fd_lo(double x);
double f64_fd_with_hi(double x, long hi);
double f64_fd_expm1(double x, long glibc);
double f64_fd_log1p(double x, long glibc);
double f64_fd_sinh(double x, double (*exp_fn)(double), long glibc);
double f64_fd_cosh(double x, double (*exp_fn)(double), long glibc);
double f64_fd_tanh(double x, long glibc);
#endif

#define LIMB 1000000000
#define NL 48

/* The digits of the last conversion ('0'..'9'), java_fd_nd of them; the value is 0.d1d2... * 10^java_fd_exp. */
long java_fd_dig[40];
long java_fd_nd;
long java_fd_exp;
long java_fd_neg;
long java_fd_kind; /* 0 finite and non-zero, 1 zero, 2 infinite, 3 NaN */
/* The text of the last conversion, 0-terminated, and its length. */
long java_fd_out[400];
long java_fd_len;

/* Numbers of up to NL limbs of base 10^9: x[0] the count of limbs, x[1..] the limbs, least significant
 * first. */
long java_fd_b[NL + 2];
long java_fd_s[NL + 2];
long java_fd_m[NL + 2];
long java_fd_t[NL + 2];
long java_fd_w[NL + 2];

void java_fd_big_set(long *x, long v) {
    long n = 0;
    while (v > 0) {
        n = n + 1;
        x[n] = v % LIMB;
        v = v / LIMB;
    }
    x[0] = n;
}

/* x = x * f, f below 2^31. */
void java_fd_big_mul(long *x, long f) {
    long n = x[0];
    long carry = 0;
    long i = 1;
    long t;
    while (i <= n) {
        t = x[i] * f + carry;
        x[i] = t % LIMB;
        carry = t / LIMB;
        i = i + 1;
    }
    while (carry > 0) {
        n = n + 1;
        x[n] = carry % LIMB;
        carry = carry / LIMB;
    }
    x[0] = n;
}

/* x = x * 5^p5 * 2^p2. */
void java_fd_big_scale(long *x, long p5, long p2) {
    while (p5 >= 12) {
        java_fd_big_mul(x, 244140625);
        p5 = p5 - 12;
    }
    while (p5 > 0) {
        java_fd_big_mul(x, 5);
        p5 = p5 - 1;
    }
    while (p2 >= 30) {
        java_fd_big_mul(x, 1073741824);
        p2 = p2 - 30;
    }
    while (p2 > 0) {
        java_fd_big_mul(x, 2);
        p2 = p2 - 1;
    }
}

/* x = v * 5^p5 * 2^p2. */
void java_fd_big_pow52(long *x, long v, long p5, long p2) {
    java_fd_big_set(x, v);
    java_fd_big_scale(x, p5, p2);
}

long java_fd_big_cmp(long *a, long *b) {
    long i;
    if (a[0] != b[0])
        return a[0] < b[0] ? -1 : 1;
    i = a[0];
    while (i >= 1) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
        i = i - 1;
    }
    return 0;
}

/* a = a - b, for a >= b. */
void java_fd_big_sub(long *a, long *b) {
    long i = 1;
    long borrow = 0;
    long t;
    while (i <= a[0]) {
        t = a[i] - borrow;
        if (i <= b[0])
            t = t - b[i];
        borrow = 0;
        if (t < 0) {
            t = t + LIMB;
            borrow = 1;
        }
        a[i] = t;
        i = i + 1;
    }
    while (a[0] > 0 && a[a[0]] == 0)
        a[0] = a[0] - 1;
}

/* r = a + b. */
void java_fd_big_add(long *r, long *a, long *b) {
    long n = a[0] > b[0] ? a[0] : b[0];
    long i = 1;
    long carry = 0;
    long t;
    while (i <= n) {
        t = carry;
        if (i <= a[0])
            t = t + a[i];
        if (i <= b[0])
            t = t + b[i];
        r[i] = t % LIMB;
        carry = t / LIMB;
        i = i + 1;
    }
    if (carry > 0) {
        n = n + 1;
        r[n] = carry;
    }
    r[0] = n;
}

/* q = b / s (below 10), and b = 10 * (b % s): FDBigInteger.quoRemIteration. */
long java_fd_quorem(long *b, long *s) {
    long q = 0;
    while (java_fd_big_cmp(b, s) >= 0) {
        java_fd_big_sub(b, s);
        q = q + 1;
    }
    java_fd_big_mul(b, 10);
    return q;
}

/* 2^k (0 <= k <= 63) as an unsigned number: the Engine has no shift by a variable amount, so shifts
 * are multiplications and divisions by these. */
unsigned long java_fd_pow2(long k) {
    unsigned long p = 1;
    while (k > 0) {
        p = p * 2;
        k = k - 1;
    }
    return p;
}

long java_fd_pow5(long i) {
    long p = 1;
    while (i > 0) {
        p = p * 5;
        i = i - 1;
    }
    return p;
}

/* FloatingDecimal's N_5_BITS: ceil(log2(5^i)) below 27, 3i beyond. */
long java_fd_n5bits(long i) {
    long p;
    long n = 0;
    long two = 1;
    if (i >= 27)
        return i * 3;
    p = java_fd_pow5(i);
    while (two < p) {
        two = two * 2;
        n = n + 1;
    }
    return n;
}

/* The integer value lvalue (below 2^63), its last `insig` digits rounded off half up: the digits and
 * exponent (FloatingDecimal.developLongDigits). */
void java_fd_long_digits(long dec, long lvalue, long insig) {
    long tmp[24];
    long pow10 = 1;
    long residue;
    long k = 0;
    long no = 23;
    long c;
    if (insig != 0) {
        while (k < insig) {
            pow10 = pow10 * 10;
            k = k + 1;
        }
        residue = lvalue % pow10;
        lvalue = lvalue / pow10;
        dec = dec + insig;
        if (residue >= pow10 / 2)
            lvalue = lvalue + 1;
    }
    c = lvalue % 10;
    lvalue = lvalue / 10;
    while (c == 0) {
        dec = dec + 1;
        c = lvalue % 10;
        lvalue = lvalue / 10;
    }
    while (lvalue != 0) {
        tmp[no] = c + '0';
        no = no - 1;
        dec = dec + 1;
        c = lvalue % 10;
        lvalue = lvalue / 10;
    }
    tmp[no] = c + '0';
    java_fd_exp = dec + 1;
    java_fd_nd = 24 - no;
    k = 0;
    while (k < java_fd_nd) {
        java_fd_dig[k] = tmp[no + k];
        k = k + 1;
    }
}

/* Add one to the last digit, carrying (FloatingDecimal.roundup: a carry out of the first digit leaves
 * "10...0" with as many digits as before). */
void java_fd_roundup(void) {
    long i = java_fd_nd - 1;
    long q = java_fd_dig[i];
    if (q == '9') {
        while (q == '9' && i > 0) {
            java_fd_dig[i] = '0';
            i = i - 1;
            q = java_fd_dig[i];
        }
        if (q == '9') {
            java_fd_exp = java_fd_exp + 1;
            java_fd_dig[0] = '1';
            return;
        }
    }
    java_fd_dig[i] = q + 1;
}

/* The state of FloatingDecimal's digit generation: B, S, M and 10S as Java longs (java_fd_long) or as long
 * numbers (java_fd_b, _s, _m, _t), and its two stopping tests. */
long java_fd_long;
long java_fd_lb;
long java_fd_ls;
long java_fd_lm;
long java_fd_lt;
long java_fd_low;
long java_fd_high;

/* One digit q = B / S, then B = 10 (B % S) and M = 10 M, and the stopping tests: low when B < M, high when
 * B + M passes 10S (as FloatingDecimal's long path tests it, where an M that overflowed stops both) or
 * reaches it (its long numbers' test). */
long java_fd_digit(void) {
    long q;
    if (java_fd_long) {
        q = java_fd_lb / java_fd_ls;
        java_fd_lb = (long)((unsigned long)(java_fd_lb % java_fd_ls) * 10);
        java_fd_lm = (long)((unsigned long)java_fd_lm * 10);
        java_fd_low = 1;
        java_fd_high = 1;
        if (java_fd_lm > 0) {
            java_fd_low = java_fd_lb < java_fd_lm;
            java_fd_high = (long)((unsigned long)java_fd_lb + (unsigned long)java_fd_lm) > java_fd_lt;
        }
        return q;
    }
    q = java_fd_quorem(java_fd_b, java_fd_s);
    java_fd_big_mul(java_fd_m, 10);
    java_fd_low = java_fd_big_cmp(java_fd_b, java_fd_m) < 0;
    java_fd_big_add(java_fd_w, java_fd_b, java_fd_m);
    java_fd_high = java_fd_big_cmp(java_fd_t, java_fd_w) <= 0;
    return q;
}

/* floor(log10(d)), estimated as FloatingDecimal.estimateDecExp estimates it (in doubles). */
long java_fd_estimate(long fract, long binexp) {
    double d2 = (double)fract / 4503599627370496.0;
    double d = (d2 - 1.5) * 0.289529654 + 0.176091259 + (double)binexp * 0.301029995663981;
    return (long)floor(d);
}

/* FloatingDecimal.BinaryToASCIIBuffer.dtoa: fract holds the significand with its leading bit at bit 52. */
void java_fd_dtoa(long binexp, long fract, long nsig, long compat) {
    long tail = 0;
    long nfract;
    long ntiny;
    long insig;
    long dec;
    long b5, b2, s5, s2, m5, m2, common, bbits, tensbits;
    long nd = 0;
    long low, high, q, ldd, p;
    long b;
    b = fract;
    while (b % 2 == 0) {
        b = b / 2;
        tail = tail + 1;
    }
    nfract = 53 - tail;
    ntiny = nfract - binexp - 1;
    if (ntiny < 0)
        ntiny = 0;
    if (binexp <= 62 && binexp >= -21 && ntiny == 0) {
        insig = 0;
        if (binexp > nsig) {
            /* insignificantDigitsForPow2(binexp - nsig - 1): the digits of 2^p beyond the first */
            p = binexp - nsig - 1;
            if (p > 1) {
                b = 1;
                while (p > 0) {
                    b = b * 2;
                    p = p - 1;
                }
                while (b >= 10) {
                    b = b / 10;
                    insig = insig + 1;
                }
            }
        }
        if (binexp >= 52)
            fract = fract * (long)java_fd_pow2(binexp - 52);
        else
            fract = fract / (long)java_fd_pow2(52 - binexp);
        java_fd_long_digits(0, fract, insig);
        return;
    }
    dec = java_fd_estimate(fract, binexp);
    b5 = dec < 0 ? -dec : 0;
    b2 = b5 + ntiny + binexp;
    s5 = dec > 0 ? dec : 0;
    s2 = s5 + ntiny;
    m5 = b5;
    m2 = b2 - nsig;
    fract = fract / (long)java_fd_pow2(tail);
    b2 = b2 - (nfract - 1);
    common = b2 < s2 ? b2 : s2;
    b2 = b2 - common;
    s2 = s2 - common;
    m2 = m2 - common;
    if (nfract == 1)
        m2 = m2 - 1;
    if (m2 < 0) {
        b2 = b2 - m2;
        s2 = s2 - m2;
        m2 = 0;
    }
    bbits = nfract + b2 + java_fd_n5bits(b5);
    tensbits = s2 + 1 + java_fd_n5bits(s5 + 1);
    java_fd_long = bbits < 64 && tensbits < 64;
    if (java_fd_long) {
        /* Java's long arithmetic, wrapping as it wraps (a double never takes FloatingDecimal's int path:
         * B has at least 53 bits) */
        java_fd_lb = (long)((unsigned long)fract * (unsigned long)java_fd_pow5(b5) * java_fd_pow2(b2));
        java_fd_ls = (long)((unsigned long)java_fd_pow5(s5) * java_fd_pow2(s2));
        java_fd_lm = (long)((unsigned long)java_fd_pow5(m5) * java_fd_pow2(m2));
        java_fd_lt = (long)((unsigned long)java_fd_ls * 10);
    } else {
        java_fd_big_pow52(java_fd_s, 1, s5, s2);
        java_fd_big_pow52(java_fd_b, fract, b5, b2);
        java_fd_big_pow52(java_fd_m, 1, m5, m2);
        java_fd_big_pow52(java_fd_t, 1, s5 + 1, s2 + 1);
    }
    /* The first digit: a zero means the estimate was one too high. */
    q = java_fd_digit();
    if (q == 0 && !java_fd_high)
        dec = dec - 1;
    else {
        java_fd_dig[nd] = '0' + q;
        nd = nd + 1;
    }
    /* Java's E form has at least two digits */
    if (!compat || dec < -3 || dec >= 8) {
        java_fd_high = 0;
        java_fd_low = 0;
    }
    while (!java_fd_low && !java_fd_high) {
        java_fd_dig[nd] = '0' + java_fd_digit();
        nd = nd + 1;
    }
    low = java_fd_low;
    high = java_fd_high;
    /* the sign of 2B - 10S: which of the two candidates for the last digit is nearer */
    ldd = 0;
    if (java_fd_long)
        ldd = (long)((unsigned long)java_fd_lb * 2 - (unsigned long)java_fd_lt);
    else if (high && low) {
        java_fd_big_mul(java_fd_b, 2);
        ldd = java_fd_big_cmp(java_fd_b, java_fd_t);
    }
    java_fd_exp = dec + 1;
    java_fd_nd = nd;
    if (high) {
        if (low) {
            if (ldd == 0) {
                if (java_fd_dig[nd - 1] % 2 != 0)
                    java_fd_roundup();
            } else if (ldd > 0)
                java_fd_roundup();
        } else
            java_fd_roundup();
    }
}

/* The digits of the double with bit pattern bits (FloatingDecimal.getBinaryToASCIIConverter). */
void java_fd_convert(unsigned long bits, long compat) {
    long bexp = (long)((bits >> 52) % 2048);
    long fract = (long)(bits % 4503599627370496);
    long nsig = 53;
    long binexp;
    long lead;
    java_fd_neg = (long)(bits >> 63);
    java_fd_kind = 0;
    if (bexp == 2047) {
        java_fd_kind = fract == 0 ? 2 : 3;
        return;
    }
    if (bexp == 0) {
        if (fract == 0) {
            java_fd_kind = 1;
            java_fd_dig[0] = '0';
            java_fd_nd = 1;
            java_fd_exp = 0;
            return;
        }
        /* a subnormal: its leading bit moved to bit 52 */
        lead = 0;
        while (fract < 4503599627370496) {
            fract = fract * 2;
            lead = lead + 1;
        }
        binexp = 1 - lead;
        nsig = 53 - lead;
    } else {
        fract = fract + 4503599627370496;
        binexp = bexp;
    }
    java_fd_dtoa(binexp - 1023, fract, nsig, compat);
}

void java_fd_put(long c) {
    java_fd_out[java_fd_len] = c;
    java_fd_len = java_fd_len + 1;
    java_fd_out[java_fd_len] = 0;
}

void java_fd_put_text(char *s) {
    long i = 0;
    while (s[i] != 0) {
        java_fd_put(s[i]);
        i = i + 1;
    }
}

/* The exponent e (0..999) in decimal, without leading zeros. */
void java_fd_put_int(long e) {
    if (e >= 100)
        java_fd_put('0' + e / 100);
    if (e >= 10)
        java_fd_put('0' + (e / 10) % 10);
    java_fd_put('0' + e % 10);
}

long java_fd_text(void);

/* The binary32 bit pattern of a float, held (as the runtime holds a float) as the double of its value;
 * Float.floatToIntBits: every NaN is 0x7fc00000. */
long java_f32_bits(double f) {
    unsigned long bits = *(unsigned long *)&f;
    long sign = (long)(bits >> 63) * 2147483648;
    long bexp = (long)((bits >> 52) % 2048);
    long fract = (long)(bits % 4503599627370496);
    if (bexp == 2047)
        return fract == 0 ? sign + 2139095040 : 2143289344;
    if (bexp == 0)
        return sign; /* zero: a float has no value a subnormal double has */
    if (bexp >= 897) /* a normal float: exponent bexp - 1023 + 127 */
        return sign + (bexp - 896) * 8388608 + fract / 536870912;
    /* a subnormal float: the significand with its leading bit, shifted to 2^-149's place */
    return sign + (long)((unsigned long)(fract + 4503599627370496) / java_fd_pow2(29 + 897 - bexp));
}

/* Float.floatToIntBits as Java's int (negative when the sign bit is set). */
long java_f32_int_bits(double f) {
    long b = java_f32_bits(f);
    return b >= 2147483648 ? b - 4294967296 : b;
}

/* Float.intBitsToFloat: the float of a binary32 bit pattern (an int), as the double of its value. */
double java_f32_from_bits(long v) {
    long w = v < 0 ? v + 4294967296 : v;
    long sign = w / 2147483648;
    long bexp = w / 8388608 % 256;
    long fract = w % 8388608;
    unsigned long bits;
    double d;
    if (bexp == 255) {
        bits = fract == 0 ? 9218868437227405312 : 9221120237041090560; /* NaN: its payload is not kept */
    } else if (bexp == 0) {
        d = (double)fract * 1.401298464324817e-45; /* fract * 2^-149, exact */
        return sign ? -d : d;
    } else {
        bits = (unsigned long)(bexp + 896) * 4503599627370496 + (unsigned long)fract * 536870912;
    }
    d = *(double *)&bits;
    return sign ? -d : d;
}

/* The digits of the float f (FloatingDecimal.getBinaryToASCIIConverter(float)): the same digit
 * generation as a double's, given the float's 24 significant bits (fewer for a subnormal). */
void java_ff_convert(double f) {
    long w = java_f32_bits(f);
    long bexp = w / 8388608 % 256;
    long fract = w % 8388608;
    long nsig = 24;
    long binexp;
    java_fd_neg = w / 2147483648;
    java_fd_kind = 0;
    if (bexp == 255) {
        java_fd_kind = fract == 0 ? 2 : 3;
        return;
    }
    if (bexp == 0) {
        if (fract == 0) {
            java_fd_kind = 1;
            java_fd_dig[0] = '0';
            java_fd_nd = 1;
            java_fd_exp = 0;
            return;
        }
        /* a subnormal: its leading bit moved to bit 23 */
        binexp = 1;
        while (fract < 8388608) {
            fract = fract * 2;
            binexp = binexp - 1;
            nsig = nsig - 1;
        }
    } else {
        fract = fract + 8388608;
        binexp = bexp;
    }
    java_fd_dtoa(binexp - 127, fract * 536870912, nsig, 1);
}

/* Double.toString(d) into java_fd_out; returns its length (FloatingDecimal's getChars). */
long java_fd_string(double d) {
    unsigned long bits = *(unsigned long *)&d;
    java_fd_len = 0;
    java_fd_out[0] = 0;
    java_fd_convert(bits, 1);
    return java_fd_text();
}

/* Float.toString(f) into java_fd_out; returns its length. */
long java_ff_string(double f) {
    java_fd_len = 0;
    java_fd_out[0] = 0;
    java_ff_convert(f);
    return java_fd_text();
}

/* The text of the last conversion's digits, as FloatingDecimal's getChars writes them. */
long java_fd_text(void) {
    long i;
    long n;
    long e;
    if (java_fd_kind == 3) {
        java_fd_put_text("NaN");
        return java_fd_len;
    }
    if (java_fd_neg)
        java_fd_put('-');
    if (java_fd_kind == 2) {
        java_fd_put_text("Infinity");
        return java_fd_len;
    }
    if (java_fd_kind == 1) {
        java_fd_put_text("0.0");
        return java_fd_len;
    }
    e = java_fd_exp;
    n = java_fd_nd;
    if (e > 0 && e < 8) {
        i = 0;
        while (i < n && i < e) {
            java_fd_put(java_fd_dig[i]);
            i = i + 1;
        }
        if (i < e) {
            while (i < e) {
                java_fd_put('0');
                i = i + 1;
            }
            java_fd_put_text(".0");
        } else {
            java_fd_put('.');
            if (i < n) {
                while (i < n) {
                    java_fd_put(java_fd_dig[i]);
                    i = i + 1;
                }
            } else
                java_fd_put('0');
        }
    } else if (e <= 0 && e > -3) {
        java_fd_put_text("0.");
        i = e;
        while (i < 0) {
            java_fd_put('0');
            i = i + 1;
        }
        i = 0;
        while (i < n) {
            java_fd_put(java_fd_dig[i]);
            i = i + 1;
        }
    } else {
        java_fd_put(java_fd_dig[0]);
        java_fd_put('.');
        if (n > 1) {
            i = 1;
            while (i < n) {
                java_fd_put(java_fd_dig[i]);
                i = i + 1;
            }
        } else
            java_fd_put('0');
        java_fd_put('E');
        if (e <= 0) {
            java_fd_put('-');
            java_fd_put_int(-e + 1);
        } else
            java_fd_put_int(e - 1);
    }
    return java_fd_len;
}

/* FormattedFloatingDecimal.applyPrecision: the digits rounded half up to `prec` of them; returns the
 * exponent (one more on a carry out of the first digit). */
long java_fd_precision(long dec, long prec) {
    long n = java_fd_nd;
    long i;
    long q;
    if (prec >= n || prec < 0)
        return dec;
    if (prec == 0) {
        if (java_fd_dig[0] >= '5') {
            java_fd_dig[0] = '1';
            i = 1;
            while (i < n) {
                java_fd_dig[i] = '0';
                i = i + 1;
            }
            return dec + 1;
        }
        i = 0;
        while (i < n) {
            java_fd_dig[i] = '0';
            i = i + 1;
        }
        return dec;
    }
    q = java_fd_dig[prec];
    if (q >= '5') {
        i = prec - 1;
        q = java_fd_dig[i];
        if (q == '9') {
            while (q == '9' && i > 0) {
                i = i - 1;
                q = java_fd_dig[i];
            }
            if (q == '9') {
                java_fd_dig[0] = '1';
                i = 1;
                while (i < n) {
                    java_fd_dig[i] = '0';
                    i = i + 1;
                }
                return dec + 1;
            }
        }
        java_fd_dig[i] = q + 1;
        i = i + 1;
        while (i < n) {
            java_fd_dig[i] = '0';
            i = i + 1;
        }
    } else {
        i = prec;
        while (i < n) {
            java_fd_dig[i] = '0';
            i = i + 1;
        }
    }
    return dec;
}

long java_fd_mant[400];
long java_fd_mlen;

void java_fd_mput(long c) {
    if (java_fd_mlen < 390) {
        java_fd_mant[java_fd_mlen] = c;
        java_fd_mlen = java_fd_mlen + 1;
    }
}

/* Formatter's magnitude of %f (conv 'f') or %e ('e', 'E') of |d| into java_fd_mant, with addZeros'
 * trailing zeros; for %e, java_fd_exp becomes the printed exponent. */
void java_fd_magnitude(unsigned long bits, long conv, long prec, long alt) {
    long n;
    long e;
    long i;
    long zeros;
    long t;
    long point = 0;
    long have;
    java_fd_mlen = 0;
    java_fd_convert(bits, 0);
    n = java_fd_nd;
    if (conv == 'f') {
        e = java_fd_precision(java_fd_exp, java_fd_exp + prec);
        if (e > 0) {
            i = 0;
            while (i < e) {
                java_fd_mput(i < n ? java_fd_dig[i] : '0');
                i = i + 1;
            }
            t = n - e;
            if (t > prec)
                t = prec;
            if (t > 0) {
                java_fd_mput('.');
                point = 1;
                i = 0;
                while (i < t) {
                    java_fd_mput(java_fd_dig[e + i]);
                    i = i + 1;
                }
            }
        } else {
            zeros = -e;
            if (zeros > prec)
                zeros = prec;
            if (zeros < 0)
                zeros = 0;
            t = prec + e;
            if (t > n)
                t = n;
            if (t < 0)
                t = 0;
            java_fd_mput('0');
            if (zeros > 0 || t > 0) {
                java_fd_mput('.');
                point = 1;
                i = 0;
                while (i < zeros) {
                    java_fd_mput('0');
                    i = i + 1;
                }
                i = 0;
                while (i < t) {
                    java_fd_mput(java_fd_dig[i]);
                    i = i + 1;
                }
            }
        }
    } else {
        e = java_fd_precision(java_fd_exp, prec + 1);
        t = n - 1;
        if (t > prec)
            t = prec;
        if (t < 0)
            t = 0;
        java_fd_mput(java_fd_dig[0]);
        if (t > 0) {
            java_fd_mput('.');
            point = 1;
            i = 0;
            while (i < t) {
                java_fd_mput(java_fd_dig[1 + i]);
                i = i + 1;
            }
        }
        java_fd_exp = e - 1;
        if (java_fd_kind == 1)
            java_fd_exp = 0;
    }
    /* addZeros: the fraction padded with zeros to prec digits */
    have = 0;
    if (point) {
        i = java_fd_mlen - 1;
        while (java_fd_mant[i] != '.') {
            have = have + 1;
            i = i - 1;
        }
    }
    if (have < prec) {
        if (!point)
            java_fd_mput('.');
        while (have < prec) {
            java_fd_mput('0');
            have = have + 1;
        }
    }
    if (alt && prec == 0)
        java_fd_mput('.');
}

/* String.format's %f, %e or %E of d: flags a sum of 1 '-', 2 '#', 4 '+', 8 ' ', 16 '0', 32 ',', 64 '(';
 * width -1 when none; into java_fd_out, returns its length. */
/* The text made so far justified to the width with spaces: before it, or after it when the flags' lowest
 * bit asks for '-' (left justification). Its length. */
long java_fd_justify(long width, long flags) {
    long body[400];
    long blen = java_fd_len;
    long pad = width - blen;
    long i = 0;
    if (pad <= 0)
        return java_fd_len;
    while (i < blen) {
        body[i] = java_fd_out[i];
        i = i + 1;
    }
    java_fd_len = 0;
    if (!(flags % 2)) {
        while (pad > 0) {
            java_fd_put(' ');
            pad = pad - 1;
        }
    }
    i = 0;
    while (i < blen) {
        java_fd_put(body[i]);
        i = i + 1;
    }
    while (pad > 0) {
        java_fd_put(' ');
        pad = pad - 1;
    }
    return java_fd_len;
}

long java_fd_format(double d, long conv, long prec, long flags, long width) {
    unsigned long bits = *(unsigned long *)&d;
    long upper = conv == 'E';
    long rounded;
    if (conv == 'g' || conv == 'G') {
        /* Formatter's %g: prec significant digits (6 when not given, 1 for 0), rounded half up; the value
         * so rounded below 10^-4 or from 10^prec up as %e with prec - 1 digits after the point, else as
         * %f with as many as the prec digits leave (no trailing zeros removed, unlike C's %g). */
        prec = prec < 0 ? 6 : prec == 0 ? 1 : prec;
        if (d != d || d - d != d - d)
            return java_fd_format(d, conv == 'G' ? 'E' : 'e', prec, flags, width);
        if (d == 0.0)
            return java_fd_format(d, 'f', prec - 1, flags, width);
        java_fd_convert(bits & 9223372036854775807, 0);
        rounded = java_fd_precision(java_fd_exp, prec);
        if (rounded - 1 < -4 || rounded - 1 >= prec)
            return java_fd_format(d, conv == 'G' ? 'E' : 'e', prec - 1, flags, width);
        return java_fd_format(d, 'f', prec - rounded, flags, width);
    }
    long neg;
    long nan = d != d;
    long begin;
    long i;
    long j;
    long dot;
    long k;
    long pad;
    long w;
    long explen = 0;
    java_fd_len = 0;
    java_fd_out[0] = 0;
    neg = !nan && (long)(bits >> 63) == 1;
    if (prec < 0)
        prec = 6;
    if (nan) {
        java_fd_put_text(upper ? "NAN" : "NaN");
    } else {
        if (!neg) {
            if (flags / 4 % 2)
                java_fd_put('+');
            else if (flags / 8 % 2)
                java_fd_put(' ');
        } else if (flags / 64 % 2)
            java_fd_put('(');
        else
            java_fd_put('-');
        if (d - d != d - d) {
            java_fd_put_text(upper ? "INFINITY" : "Infinity");
        } else {
            conv = conv == 'E' ? 'e' : conv;
            java_fd_magnitude(bits & 9223372036854775807, conv, prec, flags / 2 % 2);
            w = width;
            if (conv == 'e') {
                k = java_fd_exp < 0 ? -java_fd_exp : java_fd_exp;
                explen = k >= 100 ? 4 : 3;
                if (w != -1)
                    w = w - explen - 1;
            }
            if (w != -1 && neg && flags / 64 % 2)
                w = w - 1;
            /* localizedMagnitude: grouping in the integer part, then zero padding after the sign */
            begin = java_fd_len;
            dot = 0;
            while (dot < java_fd_mlen && java_fd_mant[dot] != '.')
                dot = dot + 1;
            j = 0;
            while (j < java_fd_mlen) {
                java_fd_put(java_fd_mant[j]);
                if (flags / 32 % 2 && j < dot - 1 && (dot - j) % 3 == 1)
                    java_fd_put(',');
                j = j + 1;
            }
            if (w != -1 && flags / 16 % 2 && java_fd_len < w) {
                pad = w - java_fd_len;
                i = java_fd_len - 1;
                while (i >= begin) {
                    java_fd_out[i + pad] = java_fd_out[i];
                    i = i - 1;
                }
                i = 0;
                while (i < pad) {
                    java_fd_out[begin + i] = '0';
                    i = i + 1;
                }
                java_fd_len = java_fd_len + pad;
                java_fd_out[java_fd_len] = 0;
            }
            if (conv == 'e') {
                java_fd_put(upper ? 'E' : 'e');
                k = java_fd_exp;
                java_fd_put(k < 0 ? '-' : '+');
                if (k < 0)
                    k = -k;
                if (k < 10)
                    java_fd_put('0');
                java_fd_put_int(k);
            }
        }
        if (neg && flags / 64 % 2)
            java_fd_put(')');
    }
    return java_fd_justify(width, flags);
}

/* (int) d and (long) d as Java converts: NaN to 0, beyond the range to its end. */
long java_d2i(double d) {
    if (d != d)
        return 0;
    if (d >= 2147483647.0)
        return 2147483647;
    if (d <= -2147483648.0)
        return -2147483648;
    return (long)d;
}

long java_d2l(double d) {
    if (d != d)
        return 0;
    if (d >= 9223372036854775807.0)
        return 9223372036854775807;
    if (d <= -9223372036854775808.0)
        return -9223372036854775807 - 1;
    return (long)d;
}

/* Math.round(double): floor(d + 1/2) computed exactly (d - floor(d) is exact), saturated. */
long java_round(double d) {
    double f;
    if (d != d)
        return 0;
    f = floor(d);
    if (d - f >= 0.5)
        f = f + 1.0;
    return java_d2l(f);
}

/* Math.max and Math.min: NaN if either is, and -0.0 below 0.0. */
/* Math.round(float): floor(f + 1/2) exactly, saturated to int's range (NaN is 0), as java computes it. */
long java_round_f(double f) {
    long r = java_round(f);
    if (r > 2147483647)
        return 2147483647;
    if (r < -2147483648)
        return -2147483648;
    return r;
}

double java_dmax(double a, double b) {
    unsigned long ba = *(unsigned long *)&a;
    if (a != a)
        return a;
    if (b != b)
        return b;
    if (a == 0.0 && b == 0.0)
        return (long)(ba >> 63) == 1 ? b : a;
    return a >= b ? a : b;
}

double java_dmin(double a, double b) {
    unsigned long ba = *(unsigned long *)&a;
    if (a != a)
        return a;
    if (b != b)
        return b;
    if (a == 0.0 && b == 0.0)
        return (long)(ba >> 63) == 1 ? a : b;
    return a <= b ? a : b;
}

/* Double.compare: -1, 0 or 1, with -0.0 below 0.0 and NaN above everything, equal to itself. */
long java_dcompare(double a, double b) {
    unsigned long ba = *(unsigned long *)&a;
    unsigned long bb = *(unsigned long *)&b;
    long na = a != a;
    long nb = b != b;
    long sa;
    long sb;
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    if (na || nb)
        return na == nb ? 0 : (na ? 1 : -1);
    sa = (long)(ba >> 63);
    sb = (long)(bb >> 63);
    return sa == sb ? 0 : (sa ? -1 : 1);
}

/* Double.doubleToLongBits as a Java long (NaN as 0x7ff8000000000000). */
long java_dbits(double d) {
    unsigned long bits = *(unsigned long *)&d;
    if (d != d)
        return 9221120237041090560;
    return (long)bits;
}

double java_from_bits(long v) {
    unsigned long bits = (unsigned long)v;
    return *(double *)&bits;
}

/* The characters of a Java string to parse (one a word), 0-terminated, and whether they are a double in
 * Java's grammar (FloatingDecimal.readJavaFormatString): optional sign, then NaN, Infinity, digits with
 * an optional point and exponent, or a hexadecimal significand with a binary exponent; an optional
 * f F d D suffix; surrounding whitespace is trimmed. java_pd_ok says whether it was one. */
long java_pd_buf[1000];
long java_pd_ok;
long java_pd_points; /* 1 when the text failed at a second '.' (java's message is then "multiple points") */

double java_parse_double(void) {
    long i = 0;
    long n = 0;
    long start;
    long digits = 0;
    long c;
    char text[400];
    long k = 0;
    long j = 0;
    char *word;
    java_pd_ok = 0;
    java_pd_points = 0;
    while (java_pd_buf[n] != 0)
        n = n + 1;
    while (n > 0 && java_pd_buf[n - 1] <= ' ')
        n = n - 1;
    while (i < n && java_pd_buf[i] <= ' ')
        i = i + 1;
    start = i;
    if (i < n && (java_pd_buf[i] == '+' || java_pd_buf[i] == '-'))
        i = i + 1;
    c = i < n ? java_pd_buf[i] : 0;
    if (c == 'N' || c == 'I') {
        word = c == 'N' ? "NaN" : "Infinity";
        while (word[j] != 0) {
            if (i >= n || java_pd_buf[i] != word[j])
                return 0.0;
            i = i + 1;
            j = j + 1;
        }
        if (i != n)
            return 0.0;
        java_pd_ok = 1;
        if (c == 'N')
            return java_from_bits(9221120237041090560);
        if (java_pd_buf[start] == '-')
            return -java_from_bits(9218868437227405312);
        return java_from_bits(9218868437227405312);
    }
    if (c == '0' && i + 1 < n && (java_pd_buf[i + 1] == 'x' || java_pd_buf[i + 1] == 'X')) {
        i = i + 2;
        while (i < n && (java_pd_buf[i] >= '0' && java_pd_buf[i] <= '9' ||
                         java_pd_buf[i] >= 'a' && java_pd_buf[i] <= 'f' ||
                         java_pd_buf[i] >= 'A' && java_pd_buf[i] <= 'F')) {
            i = i + 1;
            digits = digits + 1;
        }
        if (i < n && java_pd_buf[i] == '.') {
            i = i + 1;
            while (i < n && (java_pd_buf[i] >= '0' && java_pd_buf[i] <= '9' ||
                             java_pd_buf[i] >= 'a' && java_pd_buf[i] <= 'f' ||
                             java_pd_buf[i] >= 'A' && java_pd_buf[i] <= 'F')) {
                i = i + 1;
                digits = digits + 1;
            }
        }
        if (digits == 0 || i >= n || (java_pd_buf[i] != 'p' && java_pd_buf[i] != 'P'))
            return 0.0;
        i = i + 1;
        if (i < n && (java_pd_buf[i] == '+' || java_pd_buf[i] == '-'))
            i = i + 1;
        if (i >= n || java_pd_buf[i] < '0' || java_pd_buf[i] > '9')
            return 0.0;
        while (i < n && java_pd_buf[i] >= '0' && java_pd_buf[i] <= '9')
            i = i + 1;
    } else {
        while (i < n && java_pd_buf[i] >= '0' && java_pd_buf[i] <= '9') {
            i = i + 1;
            digits = digits + 1;
        }
        if (i < n && java_pd_buf[i] == '.') {
            i = i + 1;
            while (i < n && java_pd_buf[i] >= '0' && java_pd_buf[i] <= '9') {
                i = i + 1;
                digits = digits + 1;
            }
            if (i < n && java_pd_buf[i] == '.') {
                java_pd_points = 1;
                return 0.0;
            }
        }
        if (digits == 0)
            return 0.0;
        if (i < n && (java_pd_buf[i] == 'e' || java_pd_buf[i] == 'E')) {
            i = i + 1;
            if (i < n && (java_pd_buf[i] == '+' || java_pd_buf[i] == '-'))
                i = i + 1;
            if (i >= n || java_pd_buf[i] < '0' || java_pd_buf[i] > '9')
                return 0.0;
            while (i < n && java_pd_buf[i] >= '0' && java_pd_buf[i] <= '9')
                i = i + 1;
        }
    }
    c = i < n ? java_pd_buf[i] : 0;
    if (c == 'f' || c == 'F' || c == 'd' || c == 'D')
        i = i + 1;
    if (i != n)
        return 0.0;
    while (k < n - start && k < 390) {
        text[k] = java_pd_buf[start + k];
        k = k + 1;
    }
    text[k] = 0;
    java_pd_ok = 1;
    return strtod(text, 0);
}

double java_parse_result;

/* Double.parseDouble's first half: whether the characters in java_pd_buf are a double in Java's
 * grammar (1) or not (0); the value is kept for java_parse_value. */
long java_parse_check(void) {
    java_parse_result = java_parse_double();
    return java_pd_ok;
}

double java_parse_value(void) {
    return java_parse_result;
}

/* Float.parseFloat: the float nearest the decimal, rounded once. The double nearest the decimal (the
 * value java_parse_check kept), rounded to float, is that float unless the double is exactly halfway
 * between two floats while the decimal is not (1.00000017881393432617187499 would round to the double
 * 1 + 3 * 2^-24, a midpoint, and then up to 1.0000002, where java gives 1.0000001). Then the decimal is
 * compared exactly with the midpoint and the double moved one step towards it, so that the rounding to
 * float (the caller's f64_to_f32) goes the decimal's way. A hexadecimal text keeps its double. */
double java_parse_float_value(void) {
    double d = java_parse_result;
    double a = d < 0 ? -d : d;
    long bits = java_dbits(a);
    long e = bits / 4503599627370496 - 1023; /* 2^52: the double's unbiased exponent */
    long mant = bits % 4503599627370496 + 4503599627370496;
    long shift;
    long i = 0;
    long q = 0;
    long x = 0;
    long xneg = 0;
    long nd = 0;
    long sticky = 0;
    long seen = 0;
    long c;
    long p;
    long c5 = 0;
    long c2 = 0;
    long m2 = 0;
    long m5 = 0;
    long order;
    if (d != d || a == 0.0 || e >= 128 || e < -151)
        return d;
    /* The float ulp at a's binade is 2^(max(e, -126) - 23); a midpoint is an odd multiple of its half. */
    p = (e > -126 ? e : -126) - 24;
    shift = p - (e - 52);
    if (shift > 52)
        return d;
    if ((mant >> shift) % 2 != 1 || mant % ((long)1 << shift) != 0)
        return d;
    mant = mant >> shift;
    /* The decimal's first 120 significant digits D (java_fd_b) and q, the decimal being D * 10^q (sticky
     * when nonzero digits were dropped). */
    java_fd_big_set(java_fd_b, 0);
    while (java_pd_buf[i] != 0 && java_pd_buf[i] <= ' ')
        i = i + 1;
    if (java_pd_buf[i] == '+' || java_pd_buf[i] == '-')
        i = i + 1;
    if (java_pd_buf[i] == '0' && (java_pd_buf[i + 1] == 'x' || java_pd_buf[i + 1] == 'X'))
        return d;
    while (1) {
        c = java_pd_buf[i];
        if (c == '.') {
            seen = 1;
        } else if (c >= '0' && c <= '9') {
            if (nd < 120) {
                if (nd > 0 || c != '0') {
                    java_fd_big_mul(java_fd_b, 10);
                    java_fd_big_set(java_fd_t, c - '0');
                    java_fd_big_add(java_fd_b, java_fd_b, java_fd_t);
                    nd = nd + 1;
                }
                if (seen)
                    q = q - 1;
            } else {
                if (c != '0')
                    sticky = 1;
                if (!seen)
                    q = q + 1;
            }
        } else {
            break;
        }
        i = i + 1;
    }
    if (java_pd_buf[i] == 'e' || java_pd_buf[i] == 'E') {
        i = i + 1;
        if (java_pd_buf[i] == '+' || java_pd_buf[i] == '-') {
            xneg = java_pd_buf[i] == '-';
            i = i + 1;
        }
        while (java_pd_buf[i] >= '0' && java_pd_buf[i] <= '9') {
            if (x < 100000000)
                x = x * 10 + java_pd_buf[i] - '0';
            i = i + 1;
        }
    }
    q = q + (xneg ? -x : x);
    /* D * 10^q against mant * 2^p, both scaled to integers: D * 5^q * 2^q against mant * 2^p. */
    if (q >= 0) {
        c5 = q;
        c2 = q;
    } else {
        m5 = -q;
        m2 = -q;
    }
    if (p >= 0)
        m2 = m2 + p;
    else
        c2 = c2 - p;
    java_fd_big_scale(java_fd_b, c5, c2);
    java_fd_big_pow52(java_fd_w, mant, m5, m2);
    order = java_fd_big_cmp(java_fd_b, java_fd_w);
    if (order == 0 && sticky)
        order = 1;
    if (order == 0)
        return d;
    a = java_from_bits(bits + order);
    return d < 0 ? -a : a;
}

/* 1 when java_pd_buf holds nothing but whitespace (NumberFormatException's "empty String"), 2 when
 * the text had a second point ("multiple points"), else 0. */
long java_parse_empty(void) {
    long i = 0;
    if (java_pd_points)
        return 2;
    while (java_pd_buf[i] != 0) {
        if (java_pd_buf[i] > ' ')
            return 0;
        i = i + 1;
    }
    return 1;
}

long java_is_infinite(double d) {
    return d == d && d - d != d - d;
}

long java_is_finite(double d) {
    return d - d == d - d;
}

/* Math.rint: the nearest integer, ties to even, the sign of a zero kept. */
double java_rint(double d) {
    double f;
    double r;
    if (d != d || d - d != d - d)
        return d;
    f = floor(d);
    r = f;
    if (d - f > 0.5 || (d - f == 0.5 && fmod(f, 2.0) != 0.0))
        r = f + 1.0;
    if (r == 0.0)
        return d < 0.0 || 1.0 / d < 0.0 ? -0.0 : 0.0;
    return r;
}

double java_signum(double d) {
    if (d != d || d == 0.0)
        return d;
    return d > 0.0 ? 1.0 : -1.0;
}

double java_to_radians(double d) {
    return d * 0.017453292519943295;
}

double java_to_degrees(double d) {
    return d * 57.29577951308232;
}

/* ---- StrictMath's atan, atan2, cbrt and hypot: fdlibm's algorithms (java 17's Math.atan, atan2, cbrt
 * and hypot are StrictMath's), so that their results are java's to the last bit. fdlibm reads and writes
 * a double's two 32-bit halves; here the halves are taken from and put into the bit pattern by division
 * and multiplication. */

/* The high 32 bits of x as a signed int (fdlibm's __HI), the low 32 bits unsigned (__LO), and x with its
 * high half replaced by hi (a signed or unsigned 32-bit value): the shared runtime's (fdlibm.c); and x with
 * its low half replaced by lo. */
long java_hi(double x) { return f64_fd_hi(x); }

long java_lo(double x) { return f64_fd_lo(x); }

double java_with_hi(double x, long hi) { return f64_fd_with_hi(x, hi); }

double java_with_lo(double x, long lo) {
    unsigned long bits = *(unsigned long *)&x;
    bits = bits / 4294967296 * 4294967296 + (unsigned long)lo;
    return *(double *)&bits;
}

double java_atan_hi(long id) {
    if (id == 0)
        return 0.4636476090008061;
    if (id == 1)
        return 0.7853981633974483;
    if (id == 2)
        return 0.982793723247329;
    return 1.5707963267948966;
}

double java_atan_lo(long id) {
    if (id == 0)
        return 2.2698777452961687e-17;
    if (id == 1)
        return 3.061616997868383e-17;
    if (id == 2)
        return 1.3903311031230998e-17;
    return 6.123233995736766e-17;
}

double java_atan(double x) {
    double w;
    double s1;
    double s2;
    double z;
    long hx = java_hi(x);
    long ix = hx < 0 ? hx + 2147483648 : hx;
    long id;
    if (ix >= 1141899264) { /* |x| >= 2^66 */
        if (x != x)
            return x + x;
        if (hx > 0)
            return java_atan_hi(3) + java_atan_lo(3);
        return -java_atan_hi(3) - java_atan_lo(3);
    }
    if (ix < 1071382528) { /* |x| < 0.4375 */
        if (ix < 1042284544) /* |x| < 2^-29 */
            return x;
        id = -1;
    } else {
        x = fabs(x);
        if (ix < 1072889856) { /* |x| < 1.1875 */
            if (ix < 1072037888) { /* 7/16 <= |x| < 11/16 */
                id = 0;
                x = (2.0 * x - 1.0) / (2.0 + x);
            } else {
                id = 1;
                x = (x - 1.0) / (x + 1.0);
            }
        } else if (ix < 1073971200) { /* |x| < 2.4375 */
            id = 2;
            x = (x - 1.5) / (1.0 + 1.5 * x);
        } else {
            id = 3;
            x = -1.0 / x;
        }
    }
    z = x * x;
    w = z * z;
    s1 = z * (0.3333333333333293 +
              w * (0.14285714272503466 +
                   w * (0.09090887133436507 +
                        w * (0.06661073137387531 + w * (0.049768779946159324 + w * 0.016285820115365782)))));
    s2 = w * (-0.19999999999876483 +
              w * (-0.11111110405462356 +
                   w * (-0.0769187620504483 + w * (-0.058335701337905735 + w * -0.036531572744216916))));
    if (id < 0)
        return x - x * (s1 + s2);
    z = java_atan_hi(id) - ((x * (s1 + s2) - java_atan_lo(id)) - x);
    return hx < 0 ? -z : z;
}

double java_atan2(double y, double x) {
    double z;
    double pi = 3.141592653589793;
    double tiny = 1.0e-300;
    double pi_o_4 = 0.7853981633974483;
    double pi_o_2 = 1.5707963267948966;
    double pi_lo = 1.2246467991473532e-16;
    long hx = java_hi(x);
    long ix = hx < 0 ? hx + 2147483648 : hx;
    long lx = java_lo(x);
    long hy = java_hi(y);
    long iy = hy < 0 ? hy + 2147483648 : hy;
    long ly = java_lo(y);
    long m;
    long k;
    if (x != x || y != y)
        return x + y;
    if (hx == 1072693248 && lx == 0) /* x == 1.0 */
        return java_atan(y);
    m = (hy < 0 ? 1 : 0) + (hx < 0 ? 2 : 0);
    if (iy == 0 && ly == 0) {
        if (m <= 1)
            return y;
        return m == 2 ? pi + tiny : -pi - tiny;
    }
    if (ix == 0 && lx == 0)
        return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny;
    if (ix == 2146435072) {
        if (iy == 2146435072) {
            if (m == 0)
                return pi_o_4 + tiny;
            if (m == 1)
                return -pi_o_4 - tiny;
            if (m == 2)
                return 3.0 * pi_o_4 + tiny;
            return -3.0 * pi_o_4 - tiny;
        }
        if (m == 0)
            return 0.0;
        if (m == 1)
            return -0.0;
        if (m == 2)
            return pi + tiny;
        return -pi - tiny;
    }
    if (iy == 2146435072)
        return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny;
    k = (iy - ix) >> 20;
    if (k > 60)
        z = pi_o_2 + 0.5 * pi_lo;
    else if (hx < 0 && k < -60)
        z = 0.0;
    else
        z = java_atan(fabs(y / x));
    if (m == 0)
        return z;
    if (m == 1)
        return -z;
    if (m == 2)
        return pi - (z - pi_lo);
    return (z - pi_lo) - pi;
}

double java_cbrt(double x) {
    double t = 0.0;
    double sign;
    double r;
    double s;
    double w;
    if (x == 0.0 || x != x || x - x != x - x)
        return x;
    sign = x < 0.0 ? -1.0 : 1.0;
    x = fabs(x);
    if (x < 2.2250738585072014e-308) {
        t = 1.8014398509481984e+16;
        t = t * x;
        t = java_with_hi(t, java_hi(t) / 3 + 696219795);
    } else
        t = java_with_hi(t, java_hi(x) / 3 + 715094163);
    r = t * t / x;
    s = 0.5428571428571428 + r * t;
    t = t * (0.35714285714285715 + 1.6071428571428572 / (s + 1.4142857142857144 + -0.7053061224489796 / s));
    t = java_with_lo(t, 0);
    t = java_with_hi(t, java_hi(t) + 1);
    s = t * t;
    r = x / s;
    w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign * t;
}

double java_hypot(double x, double y) {
    double a = fabs(x);
    double b = fabs(y);
    double tmp;
    double t1;
    double t2;
    double w;
    double y1;
    double y2;
    long ha;
    long hb;
    long k = 0;
    if (a - a != a - a || b - b != b - b) {
        if (a == java_from_bits(9218868437227405312) || b == java_from_bits(9218868437227405312))
            return java_from_bits(9218868437227405312);
        return a + b;
    }
    if (b > a) {
        tmp = a;
        a = b;
        b = tmp;
    }
    ha = java_hi(a);
    hb = java_hi(b);
    if (ha - hb > 62914560)
        return a + b;
    if (a > 3.2733937296446915e+150) {
        ha = ha - 629145600;
        hb = hb - 629145600;
        a = a * 2.409919865102884e-181;
        b = b * 2.409919865102884e-181;
        k = k + 600;
    }
    if (b < 3.054936363499605e-151) {
        if (b < 2.2250738585072014e-308) {
            if (b == 0.0)
                return a;
            t1 = 4.49423283715579e+307;
            b = b * t1;
            a = a * t1;
            k = k - 1022;
        } else {
            ha = ha + 629145600;
            hb = hb + 629145600;
            a = a * 4.149515568880993e+180;
            b = b * 4.149515568880993e+180;
            k = k - 600;
        }
    }
    w = a - b;
    if (w > b) {
        t1 = java_with_hi(0.0, ha);
        t2 = a - t1;
        w = sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
    } else {
        a = a + a;
        y1 = java_with_hi(0.0, hb);
        y2 = b - y1;
        t1 = java_with_hi(0.0, ha + 1048576);
        t2 = a - t1;
        w = sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
    }
    if (k == 600)
        return 4.149515568880993e+180 * w;
    if (k == -600)
        return 2.409919865102884e-181 * w;
    if (k == -1022)
        return 2.2250738585072014e-308 * w;
    return w;
}

/* ---- fdlibm's exp, log, log10, expm1, log1p, sinh, cosh, tanh, asin and acos (StrictMath's; java 17's
 * Math.asin, acos, sinh, cosh, tanh, expm1 and log1p are these too, while its Math.exp, log and log10
 * are HotSpot's own). Each follows fdlibm 5.3's algorithm step by step, so the results are java's to the
 * last bit. A signed 32-bit half is a long in [-2^31, 2^31). */

/* x reduced by k ln 2 for |x| > ln2 / 2, as fdlibm's exp and expm1 do: x - k ln2 = java_sm_hi - java_sm_lo,
 * ln2 in two parts (the first of 32 bits, so k ln2_hi is exact); returns k. */
double java_sm_hi;
double java_sm_lo;

long java_sm_reduce_ln2(double x, long ix) {
    long k;
    double t;
    if (ix < 1072734898) { /* |x| < 1.5 ln2: k is 1 or -1 */
        k = x < 0.0 ? -1 : 1;
        java_sm_hi = k == 1 ? x - 0.6931471803691238 : x + 0.6931471803691238;
        java_sm_lo = k == 1 ? 1.9082149292705877e-10 : -1.9082149292705877e-10;
        return k;
    }
    k = (long)(1.4426950408889634 * x + (x < 0.0 ? -0.5 : 0.5));
    t = (double)k;
    java_sm_hi = x - t * 0.6931471803691238;
    java_sm_lo = t * 1.9082149292705877e-10;
    return k;
}

/* fdlibm's polynomial for exp on [-ln2/2, ln2/2] (its R(z)): x - x^2 (P1 + x^2 (P2 + ...)). */
double java_sm_exp_poly(double x) {
    double t = x * x;
    return x - t * (0.16666666666666602 +
                    t * (-0.0027777777777015593 +
                         t * (6.613756321437934e-05 + t * (-1.6533902205465252e-06 + t * 4.1381367970572385e-08))));
}

double java_sm_exp(double x) {
    double hi = 0.0;
    double lo = 0.0;
    double c;
    double y;
    long k = 0;
    long hx = java_hi(x);
    long xsb = hx < 0 ? 1 : 0;
    long ix = hx < 0 ? hx + 2147483648 : hx;
    if (ix >= 1082535490) { /* |x| >= 709.78 */
        if (ix >= 2146435072) {
            if (ix % 1048576 != 0 || java_lo(x) != 0)
                return x + x;
            return xsb == 0 ? x : 0.0;
        }
        if (x > 709.782712893384)
            return java_from_bits(9218868437227405312); /* huge * huge overflows */
        if (x < -745.1332191019411)
            return 0.0; /* twom1000 * twom1000 underflows */
    }
    if (ix > 1071001154) { /* |x| > 0.5 ln2 */
        k = java_sm_reduce_ln2(x, ix);
        hi = java_sm_hi;
        lo = java_sm_lo;
        x = hi - lo;
    } else if (ix < 1043333120) { /* |x| < 2^-28 */
        return 1.0 + x;
    }
    c = java_sm_exp_poly(x);
    if (k == 0)
        return 1.0 - ((x * c) / (c - 2.0) - x);
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    if (k >= -1021)
        return java_with_hi(y, java_hi(y) + k * 1048576);
    y = java_with_hi(y, java_hi(y) + (k + 1000) * 1048576);
    return y * 9.332636185032189e-302;
}

/* The first steps of fdlibm's log and log10: a subnormal x scaled by 2^54 (java_sm_k -54), and the value
 * of a zero, negative, infinite or NaN x, when the function is that (then returns 1). */
long java_sm_k;
double java_sm_x;
double java_sm_special;

long java_sm_log_start(double x) {
    long hx = java_hi(x);
    java_sm_k = 0;
    if (hx < 1048576) { /* x < 2^-1022 */
        if (hx % 2147483648 == 0 && java_lo(x) == 0) {
            java_sm_special = -java_from_bits(9218868437227405312); /* -Infinity */
            return 1;
        }
        if (hx < 0) {
            java_sm_special = (x - x) / 0.0; /* NaN */
            return 1;
        }
        java_sm_k = -54;
        x = x * 1.8014398509481984e+16;
        hx = java_hi(x);
    }
    java_sm_x = x;
    java_sm_special = x + x;
    return hx >= 2146435072;
}

double java_sm_log(double x) {
    double f;
    double s;
    double z;
    double w;
    double t1;
    double t2;
    double r;
    double hfsq;
    double dk;
    long hx;
    long k;
    long i;
    long j;
    if (java_sm_log_start(x))
        return java_sm_special;
    x = java_sm_x;
    hx = java_hi(x);
    k = java_sm_k + (hx / 1048576 - 1023);
    hx = hx % 1048576;
    i = (hx + 614244) / 1048576 % 2 * 1048576;
    x = java_with_hi(x, hx + (i == 0 ? 1072693248 : 1071644672));
    k = k + i / 1048576;
    f = x - 1.0;
    if ((2 + hx) % 1048576 < 3) { /* |f| < 2^-20 */
        if (f == 0.0) {
            if (k == 0)
                return 0.0;
            dk = (double)k;
            return dk * 0.6931471803691238 + dk * 1.9082149292705877e-10;
        }
        r = f * f * (0.5 - 0.3333333333333333 * f);
        if (k == 0)
            return f - r;
        dk = (double)k;
        return dk * 0.6931471803691238 - ((r - dk * 1.9082149292705877e-10) - f);
    }
    s = f / (2.0 + f);
    dk = (double)k;
    z = s * s;
    i = hx - 398458;
    w = z * z;
    j = 440401 - hx;
    t1 = w * (0.3999999999940942 + w * (0.22222198432149784 + w * 0.15313837699209373));
    t2 = z * (0.6666666666666735 + w * (0.2857142874366239 + w * (0.1818357216161805 + w * 0.14798198605116586)));
    r = t2 + t1;
    if (i >= 0 && j >= 0 && (i > 0 || j > 0)) { /* fdlibm's (i | j) > 0 */
        hfsq = 0.5 * f * f;
        if (k == 0)
            return f - (hfsq - s * (hfsq + r));
        return dk * 0.6931471803691238 - ((hfsq - (s * (hfsq + r) + dk * 1.9082149292705877e-10)) - f);
    }
    if (k == 0)
        return f - s * (f - r);
    return dk * 0.6931471803691238 - ((s * (f - r) - dk * 1.9082149292705877e-10) - f);
}

double java_sm_log10(double x) {
    double y;
    double z;
    long hx;
    long k;
    long i;
    if (java_sm_log_start(x))
        return java_sm_special;
    x = java_sm_x;
    hx = java_hi(x);
    k = java_sm_k + (hx / 1048576 - 1023);
    i = k < 0 ? 1 : 0;
    hx = hx % 1048576 + (1023 - i) * 1048576;
    y = (double)(k + i);
    x = java_with_hi(x, hx);
    z = y * 3.694239077158931e-13 + 0.4342944819032518 * java_sm_log(x);
    return z + y * 0.30102999566361177;
}

/* expm1, log1p, sinh, cosh and tanh: fdlibm's, the shared runtime's routines (runtime/fdlibm.c) as java
 * has them: fdlibm's own exp, every product rounded, the polynomials in Horner's form. */
double java_expm1(double x) { return f64_fd_expm1(x, 0); }

double java_log1p(double x) { return f64_fd_log1p(x, 0); }

double java_sinh(double x) { return f64_fd_sinh(x, java_sm_exp, 0); }

double java_cosh(double x) { return f64_fd_cosh(x, java_sm_exp, 0); }

double java_tanh(double x) { return f64_fd_tanh(x, 0); }

/* asin's and acos's rational approximation, fdlibm's p(t)/q(t) as its two parts. */
double java_fd_asin_p(double t) {
    return t * (0.16666666666666666 +
                t * (-0.3255658186224009 +
                     t * (0.20121253213486293 +
                          t * (-0.04005553450067941 + t * (0.0007915349942898145 + t * 3.479331075960212e-05)))));
}

double java_fd_asin_q(double t) {
    return 1.0 + t * (-2.403394911734414 + t * (2.0209457602335057 + t * (-0.6882839716054533 + t * 0.07703815055590194)));
}

double java_asin(double x) {
    double t;
    double w;
    double p;
    double q;
    double c;
    double r;
    double s;
    long hx = java_hi(x);
    long ix = hx < 0 ? hx + 2147483648 : hx;
    if (ix >= 1072693248) { /* |x| >= 1 */
        if (ix == 1072693248 && java_lo(x) == 0)
            return x * 1.5707963267948966 + x * 6.123233995736766e-17;
        return (x - x) / (x - x);
    }
    if (ix < 1071644672) { /* |x| < 0.5 */
        if (ix < 1044381696) /* |x| < 2^-27 */
            return x;
        t = x * x;
        w = java_fd_asin_p(t) / java_fd_asin_q(t);
        return x + x * w;
    }
    w = 1.0 - fabs(x);
    t = w * 0.5;
    p = java_fd_asin_p(t);
    q = java_fd_asin_q(t);
    s = sqrt(t);
    if (ix >= 1072640819) { /* |x| > 0.975 */
        w = p / q;
        t = 1.5707963267948966 - (2.0 * (s + s * w) - 6.123233995736766e-17);
    } else {
        w = java_with_lo(s, 0);
        c = (t - w * w) / (s + w);
        r = p / q;
        p = 2.0 * s * r - (6.123233995736766e-17 - 2.0 * c);
        q = 0.7853981633974483 - 2.0 * w;
        t = 0.7853981633974483 - (p - q);
    }
    return hx > 0 ? t : -t;
}

double java_acos(double x) {
    double z;
    double r;
    double w;
    double s;
    double c;
    double df;
    long hx = java_hi(x);
    long ix = hx < 0 ? hx + 2147483648 : hx;
    if (ix >= 1072693248) { /* |x| >= 1 */
        if (ix == 1072693248 && java_lo(x) == 0) {
            if (hx > 0)
                return 0.0;
            return 3.141592653589793 + 2.0 * 6.123233995736766e-17;
        }
        return (x - x) / (x - x);
    }
    if (ix < 1071644672) { /* |x| < 0.5 */
        if (ix <= 1012924416) /* |x| < 2^-57 */
            return 1.5707963267948966 + 6.123233995736766e-17;
        z = x * x;
        r = java_fd_asin_p(z) / java_fd_asin_q(z);
        return 1.5707963267948966 - (x - (6.123233995736766e-17 - x * r));
    }
    if (hx < 0) { /* x < -0.5 */
        z = (1.0 + x) * 0.5;
        s = sqrt(z);
        r = java_fd_asin_p(z) / java_fd_asin_q(z);
        w = r * s - 6.123233995736766e-17;
        return 3.141592653589793 - 2.0 * (s + w);
    }
    z = (1.0 - x) * 0.5;
    s = sqrt(z);
    df = java_with_lo(s, 0);
    c = (z - df * df) / (s + df);
    r = java_fd_asin_p(z) / java_fd_asin_q(z);
    w = r * s + c;
    return 2.0 * (df + w);
}

/* ---- StrictMath's sin, cos and tan: fdlibm's. An argument beyond pi/4 is reduced by fdlibm's
 * __ieee754_rem_pio2 (by 33+53, 33+33+53 or 33+33+33+53 bits of pi/2 up to 2^19 pi/2, and beyond by the
 * digits of 2/pi in pieces of 24 bits, fdlibm's __kernel_rem_pio2), then the kernels' polynomials are
 * evaluated at the remainder y0 + y1. */

/* 2/pi in pieces of 24 bits, the first 66 (fdlibm's two_over_pi). */
long java_sm_two_over_pi[66] = {
    10680707, 7228996, 1387004, 2578385, 16069853, 12639074, 9804092, 4427841,
    16666979, 11263675, 12935607, 2387514, 4345298, 14681673, 3074569, 13734428,
    16653803, 1880361, 10960616, 8533493, 3062596, 8710556, 7349940, 6258241,
    3772886, 3769171, 3798172, 8675211, 12450088, 3874808, 9961438, 366607,
    15675153, 9132554, 7151469, 3571407, 2607881, 12013382, 4155038, 6285869,
    7677882, 13102053, 15825725, 473591, 9065106, 15363067, 6271263, 9264392,
    5636912, 4652155, 7056368, 13614112, 10155062, 1944035, 9527646, 15080200,
    6658437, 6231200, 6832269, 16767104, 5075751, 3212806, 1398474, 7579849,
    6349435, 12618859
};

/* The high half of n pi/2 for n = 1..32 (fdlibm's npio2_hw): where the reduction may cancel. */
long java_sm_npio2_hw[32] = {
    1073291771, 1074340347, 1074977148, 1075388923, 1075800698, 1076025724, 1076231611, 1076437499,
    1076643386, 1076849274, 1076971356, 1077074300, 1077177244, 1077280187, 1077383131, 1077486075,
    1077589019, 1077691962, 1077794906, 1077897850, 1077968460, 1078019932, 1078071404, 1078122876,
    1078174348, 1078225820, 1078277292, 1078328763, 1078380235, 1078431707, 1078483179, 1078534651
};

/* pi/2 in pieces of 24 bits (fdlibm's PIo2). */
double java_sm_pio2_piece(long i) {
    if (i == 0)
        return 1.570796251296997;
    if (i == 1)
        return 7.549789415861596e-08;
    if (i == 2)
        return 5.390302529957765e-15;
    if (i == 3)
        return 3.282003415807913e-22;
    if (i == 4)
        return 1.270655753080676e-29;
    if (i == 5)
        return 1.2293330898111133e-36;
    if (i == 6)
        return 2.7337005381646456e-44;
    return 2.1674168387780482e-51;
}

/* The reduced argument: x - n pi/2 = java_sm_y0 + java_sm_y1. */
double java_sm_y0;
double java_sm_y1;
long java_sm_iq[24];
double java_sm_f[24];
double java_sm_q[24];
double java_sm_fq[24];

/* x * 2^n, one rounding (fdlibm's scalbn where it is used: x and the steps normal numbers). */
double java_sm_scale(double x, long n) {
    while (n > 1000) {
        x = x * java_with_hi(0.0, 2046 * 1048576);
        n = n - 1023;
    }
    if (n < -1000) {
        x = x * java_with_hi(0.0, (1023 + n + 54) * 1048576);
        return x * 5.551115123125783e-17; /* 2^-54 */
    }
    return x * java_with_hi(0.0, (1023 + n) * 1048576);
}

/* a & (2^bits - 1) for any long a: its residue modulo 2^bits. */
long java_sm_low_bits(long a, long bits) {
    long m = (long)java_fd_pow2(bits);
    long r = a % m;
    return r < 0 ? r + m : r;
}

/* The high half of |d| (fdlibm's HI(d) & 0x7fffffff). */
long java_sm_abs_hi(double d) {
    long hi = java_hi(d);
    return hi < 0 ? hi + 2147483648 : hi;
}

/* The biased exponent of d (fdlibm's (HI(d) >> 20) & 0x7ff). */
long java_sm_exponent(double d) {
    return java_sm_abs_hi(d) / 1048576;
}

/* Piece j of the argument of java_sm_rem_pio2_big. */
double java_sm_piece(double x0, double x1, double x2, long j) {
    if (j == 0)
        return x0;
    return j == 1 ? x1 : x2;
}

/* q[i]: the sum of the argument's pieces times f's, as fdlibm's __kernel_rem_pio2 forms it. */
void java_sm_q_at(double x0, double x1, double x2, long jx, long i) {
    double fw = 0.0;
    long j;
    for (j = 0; j <= jx; j++)
        fw = fw + java_sm_piece(x0, x1, x2, j) * java_sm_f[jx + i - j];
    java_sm_q[i] = fw;
}

/* fdlibm's __kernel_rem_pio2 at prec 2 (53 bits) for |x| = (x0 + x1 2^-24 + x2 2^-48) 2^e0, nx of the
 * pieces non-zero: y0 + y1 = |x| mod pi/2, and the low three bits of the quotient. */
long java_sm_rem_pio2_big(double x0, double x1, double x2, long e0, long nx) {
    long jk = 4;
    long jx = nx - 1;
    long jv = (e0 - 3) / 24;
    long q0;
    long jz;
    long i;
    long j;
    long k;
    long n;
    long ih;
    long carry;
    double z;
    double fw;
    if (jv < 0)
        jv = 0;
    q0 = e0 - 24 * (jv + 1);
    j = jv - jx;
    for (i = 0; i <= jx + jk; i++) {
        java_sm_f[i] = j < 0 ? 0.0 : (double)java_sm_two_over_pi[j];
        j++;
    }
    for (i = 0; i <= jk; i++)
        java_sm_q_at(x0, x1, x2, jx, i);
    jz = jk;
    for (;;) {
        /* q[] distilled into 24-bit pieces iq[], least significant first */
        z = java_sm_q[jz];
        i = 0;
        for (j = jz; j > 0; j--) {
            fw = (double)(long)(5.9604644775390625e-08 * z);
            java_sm_iq[i] = (long)(z - 16777216.0 * fw);
            z = java_sm_q[j - 1] + fw;
            i++;
        }
        z = java_sm_scale(z, q0);
        z = z - 8.0 * floor(z * 0.125);
        n = (long)z;
        z = z - (double)n;
        ih = 0;
        if (q0 > 0) {
            i = java_sm_iq[jz - 1] / (long)java_fd_pow2(24 - q0);
            n = n + i;
            java_sm_iq[jz - 1] = java_sm_iq[jz - 1] - i * (long)java_fd_pow2(24 - q0);
            ih = java_sm_iq[jz - 1] / (long)java_fd_pow2(23 - q0);
        } else if (q0 == 0) {
            ih = java_sm_iq[jz - 1] / 8388608;
        } else if (z >= 0.5) {
            ih = 2;
        }
        if (ih > 0) { /* the fraction is at least 1/2: take 1 - fraction */
            n = n + 1;
            carry = 0;
            for (i = 0; i < jz; i++) {
                j = java_sm_iq[i];
                if (carry == 0) {
                    if (j != 0) {
                        carry = 1;
                        java_sm_iq[i] = 16777216 - j;
                    }
                } else {
                    java_sm_iq[i] = 16777215 - j;
                }
            }
            if (q0 == 1)
                java_sm_iq[jz - 1] = java_sm_iq[jz - 1] % 8388608;
            if (q0 == 2)
                java_sm_iq[jz - 1] = java_sm_iq[jz - 1] % 4194304;
            if (ih == 2) {
                z = 1.0 - z;
                if (carry != 0)
                    z = z - java_sm_scale(1.0, q0);
            }
        }
        if (z != 0.0)
            break;
        j = 0;
        for (i = jz - 1; i >= jk; i--)
            j = j + java_sm_iq[i];
        if (j != 0)
            break;
        /* every piece from jk up is zero: take more of 2/pi and compute again */
        k = 1;
        while (java_sm_iq[jk - k] == 0)
            k++;
        for (i = jz + 1; i <= jz + k; i++) {
            java_sm_f[jx + i] = (double)java_sm_two_over_pi[jv + i];
            java_sm_q_at(x0, x1, x2, jx, i);
        }
        jz = jz + k;
    }
    /* the zero pieces chopped off */
    if (z == 0.0) {
        jz = jz - 1;
        q0 = q0 - 24;
        while (java_sm_iq[jz] == 0) {
            jz--;
            q0 = q0 - 24;
        }
    } else {
        z = java_sm_scale(z, -q0);
        if (z >= 16777216.0) {
            fw = (double)(long)(5.9604644775390625e-08 * z);
            java_sm_iq[jz] = (long)(z - 16777216.0 * fw);
            jz = jz + 1;
            q0 = q0 + 24;
            java_sm_iq[jz] = (long)fw;
        } else {
            java_sm_iq[jz] = (long)z;
        }
    }
    /* the pieces as doubles, then times pi/2's pieces */
    fw = java_sm_scale(1.0, q0);
    for (i = jz; i >= 0; i--) {
        java_sm_q[i] = fw * (double)java_sm_iq[i];
        fw = fw * 5.9604644775390625e-08;
    }
    for (i = jz; i >= 0; i--) {
        fw = 0.0;
        for (k = 0; k <= jk && k <= jz - i; k++)
            fw = fw + java_sm_pio2_piece(k) * java_sm_q[i + k];
        java_sm_fq[jz - i] = fw;
    }
    fw = 0.0;
    for (i = jz; i >= 0; i--)
        fw = fw + java_sm_fq[i];
    java_sm_y0 = ih == 0 ? fw : -fw;
    fw = java_sm_fq[0] - fw;
    for (i = 1; i <= jz; i++)
        fw = fw + java_sm_fq[i];
    java_sm_y1 = ih == 0 ? fw : -fw;
    return java_sm_low_bits(n, 3);
}

/* fdlibm's __ieee754_rem_pio2: n, with x - n pi/2 = java_sm_y0 + java_sm_y1. */
long java_sm_rem_pio2(double x) {
    double z;
    double w;
    double t;
    double r;
    double fn;
    double x0;
    double x1;
    long hx = java_hi(x);
    long ix = hx < 0 ? hx + 2147483648 : hx;
    long n;
    long j;
    long e0;
    long nx;
    if (ix <= 1072243195) { /* |x| <= pi/4 */
        java_sm_y0 = x;
        java_sm_y1 = 0.0;
        return 0;
    }
    if (ix < 1073928572) { /* |x| < 3pi/4: n is 1 or -1 (fdlibm's sums for x < 0 are these negated) */
        z = fabs(x) - 1.5707963267341256;
        if (ix != 1073291771) {
            java_sm_y0 = z - 6.077100506506192e-11;
            java_sm_y1 = (z - java_sm_y0) - 6.077100506506192e-11;
        } else { /* near pi/2: 33+33+53 bits of pi/2 */
            z = z - 6.077100506303966e-11;
            java_sm_y0 = z - 2.0222662487959506e-21;
            java_sm_y1 = (z - java_sm_y0) - 2.0222662487959506e-21;
        }
        if (hx > 0)
            return 1;
        java_sm_y0 = -java_sm_y0;
        java_sm_y1 = -java_sm_y1;
        return -1;
    }
    if (ix <= 1094263291) { /* |x| <= 2^19 pi/2 */
        t = fabs(x);
        n = (long)(t * 0.6366197723675814 + 0.5);
        fn = (double)n;
        r = t - fn * 1.5707963267341256;
        w = fn * 6.077100506506192e-11; /* the first step, good to 85 bits */
        java_sm_y0 = r - w;
        if (n >= 32 || ix == java_sm_npio2_hw[n - 1]) {
            j = ix / 1048576;
            if (j - java_sm_exponent(java_sm_y0) > 16) { /* a second step, good to 118 bits */
                t = r;
                w = fn * 6.077100506303966e-11;
                r = t - w;
                w = fn * 2.0222662487959506e-21 - ((t - r) - w);
                java_sm_y0 = r - w;
                if (j - java_sm_exponent(java_sm_y0) > 49) { /* a third, 151 bits */
                    t = r;
                    w = fn * 2.0222662487111665e-21;
                    r = t - w;
                    w = fn * 8.4784276603689e-32 - ((t - r) - w);
                    java_sm_y0 = r - w;
                }
            }
        }
        java_sm_y1 = (r - java_sm_y0) - w;
        if (hx < 0) {
            java_sm_y0 = -java_sm_y0;
            java_sm_y1 = -java_sm_y1;
            return -n;
        }
        return n;
    }
    if (ix >= 2146435072) { /* Infinity or NaN */
        java_sm_y0 = x - x;
        java_sm_y1 = java_sm_y0;
        return 0;
    }
    /* |x| scaled into [2^23, 2^24) and cut into three pieces of 24 bits */
    e0 = ix / 1048576 - 1046;
    z = java_with_lo(java_with_hi(0.0, ix - e0 * 1048576), java_lo(x));
    x0 = (double)(long)z;
    z = (z - x0) * 16777216.0;
    x1 = (double)(long)z;
    z = (z - x1) * 16777216.0;
    nx = 3;
    if (z == 0.0) {
        nx = 2;
        if (x1 == 0.0)
            nx = 1;
    }
    n = java_sm_rem_pio2_big(x0, x1, z, e0, nx);
    if (hx < 0) {
        java_sm_y0 = -java_sm_y0;
        java_sm_y1 = -java_sm_y1;
        return -n;
    }
    return n;
}

/* fdlibm's __kernel_sin on [-pi/4, pi/4]: sin(x + y), y the tail of x when iy is 1. */
double java_sm_ksin(double x, double y, long iy) {
    double z;
    double v;
    double r;
    if (java_sm_exponent(x) < 997) /* |x| < 2^-27 */
        return x;
    z = x * x;
    v = z * x;
    r = 0.00833333333332249 +
        z * (-0.0001984126982985795 +
             z * (2.7557313707070068e-06 + z * (-2.5050760253406863e-08 + z * 1.58969099521155e-10)));
    if (iy == 0)
        return x + v * (-0.16666666666666632 + z * r);
    return x - ((z * (0.5 * y - v * r) - y) - v * -0.16666666666666632);
}

/* fdlibm's __kernel_cos on [-pi/4, pi/4]: cos(x + y). */
double java_sm_kcos(double x, double y) {
    double z;
    double r;
    double qx;
    double hz;
    long ix = java_hi(x);
    ix = ix < 0 ? ix + 2147483648 : ix;
    if (ix < 1044381696) /* |x| < 2^-27 */
        return 1.0;
    z = x * x;
    r = z * (0.0416666666666666 +
             z * (-0.001388888888887411 +
                  z * (2.480158728947673e-05 +
                       z * (-2.7557314351390663e-07 + z * (2.087572321298175e-09 + z * -1.1359647557788195e-11)))));
    if (ix < 1070805811) /* |x| < 0.3 */
        return 1.0 - (0.5 * z - (z * r - x * y));
    if (ix > 1072234496) /* |x| > 0.78125 */
        qx = 0.28125;
    else
        qx = java_with_hi(0.0, ix - 2097152); /* x/4 */
    hz = 0.5 * z - qx;
    return (1.0 - qx) - (hz - (z * r - x * y));
}

/* -1 / w, w = x + y rounded, computed carefully, as fdlibm's __kernel_tan does for cot. */
double java_sm_neg_recip(double x, double y, double w) {
    double z = java_with_lo(w, 0);
    double v = y - (z - x);
    double a = -1.0 / w;
    double t = java_with_lo(a, 0);
    double s = 1.0 + t * z;
    return t + a * (s + t * v);
}

/* fdlibm's __kernel_tan on [-pi/4, pi/4]: tan(x + y) when iy is 1, -1/tan(x + y) when iy is -1. */
double java_sm_ktan(double x, double y, long iy) {
    double z;
    double r;
    double v;
    double w;
    double s;
    long hx = java_hi(x);
    long ix = hx < 0 ? hx + 2147483648 : hx;
    if (ix < 1043333120) { /* |x| < 2^-28 */
        if (ix == 0 && java_lo(x) == 0 && iy == -1)
            return 1.0 / fabs(x);
        if (iy == 1)
            return x;
        return java_sm_neg_recip(x, y, x + y);
    }
    if (ix >= 1072010280) { /* |x| >= 0.6744: tan(pi/4 - |x|) */
        if (hx < 0) {
            x = -x;
            y = -y;
        }
        z = 0.7853981633974483 - x;
        w = 3.061616997868383e-17 - y;
        x = z + w;
        y = 0.0;
    }
    z = x * x;
    w = z * z;
    r = 0.13333333333320124 +
        w * (0.021869488294859542 +
             w * (0.0035920791075913124 +
                  w * (0.0005880412408202641 + w * (7.817944429395571e-05 + w * -1.8558637485527546e-05))));
    v = z * (0.05396825397622605 +
             w * (0.0088632398235993 +
                  w * (0.0014562094543252903 +
                       w * (0.0002464631348184699 + w * (7.140724913826082e-05 + w * 2.590730518636337e-05)))));
    s = z * x;
    r = y + z * (s * (r + v) + y);
    r = r + 0.3333333333333341 * s;
    w = x + r;
    if (ix >= 1072010280) {
        v = (double)iy;
        return (hx < 0 ? -1.0 : 1.0) * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if (iy == 1)
        return w;
    return java_sm_neg_recip(x, r, w);
}

double java_sm_sin(double x) {
    long n;
    if (java_sm_abs_hi(x) <= 1072243195) /* |x| <= pi/4 */
        return java_sm_ksin(x, 0.0, 0);
    if (java_sm_exponent(x) == 2047)
        return x - x;
    n = java_sm_low_bits(java_sm_rem_pio2(x), 2);
    if (n == 0)
        return java_sm_ksin(java_sm_y0, java_sm_y1, 1);
    if (n == 1)
        return java_sm_kcos(java_sm_y0, java_sm_y1);
    if (n == 2)
        return -java_sm_ksin(java_sm_y0, java_sm_y1, 1);
    return -java_sm_kcos(java_sm_y0, java_sm_y1);
}

double java_sm_cos(double x) {
    long n;
    if (java_sm_abs_hi(x) <= 1072243195)
        return java_sm_kcos(x, 0.0);
    if (java_sm_exponent(x) == 2047)
        return x - x;
    n = java_sm_low_bits(java_sm_rem_pio2(x), 2);
    if (n == 0)
        return java_sm_kcos(java_sm_y0, java_sm_y1);
    if (n == 1)
        return -java_sm_ksin(java_sm_y0, java_sm_y1, 1);
    if (n == 2)
        return -java_sm_kcos(java_sm_y0, java_sm_y1);
    return java_sm_ksin(java_sm_y0, java_sm_y1, 1);
}

double java_sm_tan(double x) {
    long n;
    if (java_sm_abs_hi(x) <= 1072243195)
        return java_sm_ktan(x, 0.0, 1);
    if (java_sm_exponent(x) == 2047)
        return x - x;
    n = java_sm_low_bits(java_sm_rem_pio2(x), 1);
    return java_sm_ktan(java_sm_y0, java_sm_y1, 1 - 2 * n);
}

/* ---- StrictMath's pow: fdlibm's __ieee754_pow (log2 of |x| in extra precision, times y, then 2 to
 * that power), with java's special cases, which are fdlibm's. */

/* -1, 1 or 2 when y is not an integer, an odd one or an even one (fdlibm's yisint), for x < 0. */
long java_sm_yisint(double y) {
    double a = fabs(y);
    long n;
    if (a >= 9007199254740992.0)
        return 2;
    if (a < 1.0)
        return 0;
    n = (long)a;
    if ((double)n != a)
        return 0;
    return 2 - n % 2;
}

double java_sm_pow(double x, double y) {
    double z;
    double ax;
    double z_h;
    double z_l;
    double p_h;
    double p_l;
    double t1;
    double t2;
    double r;
    double s;
    double t;
    double u;
    double v;
    double w;
    double ss;
    double s2;
    double s_h;
    double s_l;
    double t_h;
    double t_l;
    double bp;
    double dp_h;
    double dp_l;
    long hx = java_hi(x);
    long hy = java_hi(y);
    long ix = hx < 0 ? hx + 2147483648 : hx;
    long iy = hy < 0 ? hy + 2147483648 : hy;
    long lx = java_lo(x);
    long yisint = 0;
    long i;
    long j;
    long k;
    long n;
    if (y == 0.0)
        return 1.0;
    if (x != x || y != y)
        return x + y;
    if (hx < 0)
        yisint = java_sm_yisint(y);
    if (java_lo(y) == 0) {
        if (iy == 2146435072) { /* y is +-Infinity */
            if (ix == 1072693248 && lx == 0)
                return y - y; /* (+-1) ** +-Infinity is NaN */
            if (ix >= 1072693248) /* (|x| > 1) ** +-Infinity is Infinity or 0 */
                return hy >= 0 ? y : 0.0;
            return hy < 0 ? -y : 0.0;
        }
        if (iy == 1072693248) /* y is +-1 */
            return hy < 0 ? 1.0 / x : x;
        if (hy == 1073741824) /* y is 2 */
            return x * x;
        if (hy == 1071644672 && hx >= 0) /* y is 0.5, x >= +0 */
            return sqrt(x);
    }
    ax = fabs(x);
    if (lx == 0 && (ix == 2146435072 || ix == 0 || ix == 1072693248)) { /* x is +-0, +-Infinity, +-1 */
        z = ax;
        if (hy < 0)
            z = 1.0 / z;
        if (hx < 0) {
            if (ix == 1072693248 && yisint == 0)
                z = (z - z) / (z - z); /* (-1) ** not an integer is NaN */
            else if (yisint == 1)
                z = -z;
        }
        return z;
    }
    if (hx < 0 && yisint == 0)
        return (x - x) / (x - x); /* (x < 0) ** not an integer is NaN */
    s = hx < 0 && yisint == 1 ? -1.0 : 1.0; /* the sign of the result */
    if (iy > 1105199104) { /* |y| > 2^31 */
        if (iy > 1139802112) { /* |y| > 2^64: overflow or underflow */
            if (ix <= 1072693247)
                return hy < 0 ? java_from_bits(9218868437227405312) : 0.0;
            if (ix >= 1072693248)
                return hy > 0 ? java_from_bits(9218868437227405312) : 0.0;
        }
        if (ix < 1072693247)
            return hy < 0 ? s * java_from_bits(9218868437227405312) : s * 0.0;
        if (ix > 1072693248)
            return hy > 0 ? s * java_from_bits(9218868437227405312) : s * 0.0;
        /* |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4 */
        t = ax - 1.0;
        w = (t * t) * (0.5 - t * (0.3333333333333333 - t * 0.25));
        u = 1.4426950216293335 * t;
        v = t * 1.9259629911266175e-08 - w * 1.4426950408889634;
        t1 = java_with_lo(u + v, 0);
        t2 = v - (t1 - u);
    } else {
        n = 0;
        if (ix < 1048576) { /* subnormal x */
            ax = ax * 9007199254740992.0;
            n = n - 53;
            ix = java_hi(ax);
        }
        n = n + ix / 1048576 - 1023;
        j = ix % 1048576;
        ix = j + 1072693248; /* normalised */
        if (j <= 235662) { /* |x| < sqrt(3/2) */
            k = 0;
        } else if (j < 767610) { /* |x| < sqrt(3) */
            k = 1;
        } else {
            k = 0;
            n = n + 1;
            ix = ix - 1048576;
        }
        ax = java_with_hi(ax, ix);
        bp = k == 0 ? 1.0 : 1.5;
        dp_h = k == 0 ? 0.0 : 0.5849624872207642;
        dp_l = k == 0 ? 0.0 : 1.350039202129749e-08;
        /* ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5) */
        u = ax - bp;
        v = 1.0 / (ax + bp);
        ss = u * v;
        s_h = java_with_lo(ss, 0);
        t_h = java_with_hi(0.0, ix / 2 + 536870912 + 524288 + k * 262144); /* ax + bp, its high part */
        t_l = ax - (t_h - bp);
        s_l = v * ((u - s_h * t_h) - s_h * t_l);
        /* log(ax) */
        s2 = ss * ss;
        r = s2 * s2 *
            (0.5999999999999946 +
             s2 * (0.4285714285785502 +
                   s2 * (0.33333332981837743 +
                         s2 * (0.272728123808534 + s2 * (0.23066074577556175 + s2 * 0.20697501780033842)))));
        r = r + s_l * (s_h + ss);
        s2 = s_h * s_h;
        t_h = java_with_lo(3.0 + s2 + r, 0);
        t_l = r - ((t_h - 3.0) - s2);
        u = s_h * t_h;
        v = s_l * t_h + t_l * ss;
        /* 2 / (3 log 2) * (ss + ...) */
        p_h = java_with_lo(u + v, 0);
        p_l = v - (p_h - u);
        z_h = 0.9617967009544373 * p_h;
        z_l = -7.028461650952758e-09 * p_h + p_l * 0.9617966939259756 + dp_l;
        /* log2(ax) = n + dp_h + z_h + z_l */
        t = (double)n;
        t1 = java_with_lo(((z_h + z_l) + dp_h) + t, 0);
        t2 = z_l - (((t1 - t) - dp_h) - z_h);
    }
    /* (y1 + y2) * (t1 + t2), y1 the high part of y */
    u = java_with_lo(y, 0);
    p_l = (y - u) * t1 + y * t2;
    p_h = u * t1;
    z = p_l + p_h;
    j = java_hi(z);
    i = java_lo(z);
    if (j >= 1083179008) { /* z >= 1024 */
        if (j != 1083179008 || i != 0)
            return s * java_from_bits(9218868437227405312);
        if (p_l + 8.008566259537294e-17 > z - p_h)
            return s * java_from_bits(9218868437227405312);
    } else if (j + (j < 0 ? 2147483648 : 0) >= 1083231232) { /* z <= -1075 */
        if (j != -1064252416 || i != 0)
            return s * 0.0;
        if (p_l <= z - p_h)
            return s * 0.0;
    }
    /* 2 ** (p_h + p_l) */
    i = j < 0 ? j + 2147483648 : j;
    k = i / 1048576 - 1023;
    n = 0;
    if (i > 1071644672) { /* |z| > 0.5: n = [z + 0.5] */
        n = j + 1048576 / (long)java_fd_pow2(k + 1);
        k = (n < 0 ? n + 2147483648 : n) / 1048576 - 1023;
        t = java_with_hi(0.0, n - java_sm_low_bits(n, 20 - k));
        n = (java_sm_low_bits(n, 20) + 1048576) / (long)java_fd_pow2(20 - k);
        if (j < 0)
            n = -n;
        p_h = p_h - t;
    }
    t = java_with_lo(p_l + p_h, 0);
    u = t * 0.6931471824645996;
    v = (p_l - (t - p_h)) * 0.6931471805599453 + t * -1.904654299957768e-09;
    z = u + v;
    w = v - (z - u);
    t1 = java_sm_exp_poly(z);
    r = (z * t1) / (t1 - 2.0) - (w + z * w);
    z = 1.0 - (r - z);
    j = java_hi(z) + n * 1048576;
    if (j < 1048576) /* a subnormal result */
        z = java_sm_scale(z, n);
    else
        z = java_with_hi(z, j);
    return s * z;
}

/* ---- Math.exp, log, log10, sin, cos and tan as java 17 computes them on x86_64: not fdlibm's but
 * HotSpot's intrinsics (the stubs of Intel's LIBM that the interpreter and both compilers call): a table
 * of 2^(j/64), of -ln(b) or -log10(b) for a reciprocal b of the significand, of sin and cos at multiples
 * of pi/32 or of tan's polynomials around them, a short polynomial, the sums in the stubs' order, every
 * operation one binary64 rounding as SSE2 computes it. Their results differ from the correctly rounded ones (float64's) in the last place for
 * a few arguments in ten thousand; these agree with java's on every argument measured
 * (compilers/bench/java_math.py). */

/* A double's bit pattern, unsigned. */
unsigned long java_hs_bits(double x) {
    return *(unsigned long *)&x;
}

/* 2^k for a normal power (-1022 <= k <= 1023). */
double java_hs_pow2(long k) {
    return java_from_bits((k + 1023) * 4503599627370496);
}

/* exp's table: for j = 0..63, 2^(j/64) = hi (1 + lo): lo's bit pattern at 2j, hi's 52 fraction bits
 * (hi itself truncated, not rounded, to them) at 2j + 1. */
long java_hs_exp_tbl[128] = {
0, 0, 4372286873750697293, 49040984604768,
4363093389540324883, 98615990519156, 4350749156061923425, 148730832853960,
4366128403083131756, 199391390042383, 4341116261916187857, 250603604529570,
4369425596877618392, 302373483469648, 4369834503677425787, 354707099430367,
4371114331913469878, 407610591105402, 4362731899485115327, 461090164034421,
4367063335334195039, 515152091330986, 4362421515177083789, 569802714418390,
4365834109879625876, 625048443773496, 4359562691856033778, 680895759678685,
4360319936817113905, 737351212981985, 4362641697437125299, 794421425865483,
4360414030434708406, 852113092622101, 4363949802402347082, 910432980440831,
4368825395292175657, 969387930200522, 4370693038860361355, 1028984857272310,
4361066948569222253, 1089230752330786, 4370946049781371397, 1150132682173993,
4342424336897059858, 1211697790552365, 4354643160121541497, 1273933299006672,
4356828907110576048, 1336846507715111, 4368636553349048841, 1400444796349606,
4369909668201031431, 1464735624941441, 4364890759862540174, 1529726534756314,
4364097860734309385, 1595425149178921, 4365169902980743221, 1661839174607176,
4368511999277042698, 1728976401356164, 4366785776331250694, 1796844704571940,
4366676675793016177, 1865452045155276, 4369947089263544198, 1934806470695470,
4369371875460976043, 2004916116414323, 4368598439590078374, 2075789206120392,
4369130095204278150, 2147434053173638, 4352143969406577749, 2219859061460578,
4365956850789607376, 2293072726380050, 4365429584914022879, 2367083635839724,
4363345029737015988, 2441900471263451, 4358348108421357380, 2517532008609590,
4369442418077345852, 2593987119400420, 4365651398704587434, 2671274771762767,
4355455812241575463, 2749404031479952, 4367204335258054333, 2828384063055204,
4365438829930780800, 2908224130786652, 4360726356711135923, 2988933599854015,
4362891239881388935, 3070521937417133, 4369094612702010774, 3152998713726458,
4368792005771593134, 3236373603245638, 4356388038631218637, 3320656385786322,
4355946959017544883, 3405856947655324, 4360857247493478828, 3491985282814283,
4352565403421120872, 3579051494051945, 4364955648729782707, 3667065794169211,
4356286533989107623, 3756038507177095, 4363524392198705836, 3845980069507717,
4366445941805979538, 3936901031238494, 4356306869484685523, 4028812057329654,
4364391729643211046, 4121723928875225, 4363640302291525640, 4215647544367655,
4362409866909812206, 4310593920976192, 4357102052301720989, 4406574195839192
};

/* exp for the n outside [-894, 1022], where 2^n * T alone would overflow or be subnormal: p (the
 * polynomial) times the scale in two halves, and a result below 2^-1022 rounded once. */
double java_hs_exp_edge(double p, double t, long n) {
    long h = n >= 0 ? n / 2 : -((1 - n) / 2); /* n >> 1 */
    double s = t * java_hs_pow2(n - h);
    double half = java_hs_pow2(h);
    long e = -1022 - n;
    double head;
    double q;
    double r;
    unsigned long a;
    unsigned long b;
    unsigned long sum;
    p = p * s;
    if (e > 52)
        return (p + s) * half;
    head = 0.0;
    if (e >= 0) {
        a = java_hs_bits(s);
        head = java_from_bits((long)(a - a % java_fd_pow2(e)));
    }
    q = p + (s - head);
    r = (q + head) * half;
    if (n >= 1023 || (e == 0 && java_hs_bits(q) < 9223372036854775808UL))
        return r;
    if ((java_hs_bits(r) >> 52) % 2048 != 0)
        return r;
    /* a subnormal result: the two parts scaled (each exactly) and added as integers */
    a = java_hs_bits(q * half);
    b = java_hs_bits(head * half);
    sum = a % 9223372036854775808UL;
    if ((a >> 63) != (b >> 63))
        sum = 0 - sum;
    sum = sum + b;
    return java_from_bits((long)sum);
}

double java_hs_exp(double x) {
    unsigned long bx = java_hs_bits(x);
    long top = (long)((bx >> 48) % 32768);
    double m;
    double r;
    double r2;
    double r3;
    double p;
    double t;
    long mi;
    long j;
    long n;
    if (top < 15504 || top > 16527) {
        if (top < 15504)
            return x + 1.0; /* |x| < 2^-54 */
        if (top >= 32752) {
            if (x != x)
                return x + x;
            return bx >> 63 ? 0.0 : x;
        }
        if (bx >> 63)
            return 0.0;
        return java_from_bits(9218868437227405312);
    }
    /* m = x 64 / ln2 rounded to an integer by adding 1.5 2^52; r = x - m ln2 / 64 in two parts */
    m = x * java_from_bits(4636197737785426686) + 6755399441055744.0 - 6755399441055744.0;
    r = x - m * java_from_bits(4577396936549203968) - m * java_from_bits(4403666779623013178);
    mi = (long)m;
    j = mi % 64;
    if (j < 0)
        j = j + 64;
    n = (mi - j) / 64;
    r2 = r * r;
    r3 = r * r2;
    p = r3 * (java_from_bits(4595172819793644449) + r * java_from_bits(4586165620539366949));
    p = p + ((r + java_from_bits(java_hs_exp_tbl[2 * j])) +
             r3 * r2 * (java_from_bits(4575957481507835663) + r * java_from_bits(4564047877078816864)));
    p = p + r2 * java_from_bits(4602678819172646910);
    t = java_from_bits(java_hs_exp_tbl[2 * j + 1] + 4607182418800017408);
    if (n < -894 || n > 1022)
        return java_hs_exp_edge(p, t, n);
    t = java_from_bits(java_hs_exp_tbl[2 * j + 1] + (n + 1023) * 4503599627370496);
    return p * t + t;
}

/* log's table: for k = 0..128, -ln((128 + k) / 256) in two parts (hi at 2k, with its low bits zero,
 * lo at 2k + 1), as bit patterns. */
long java_hs_log_tbl[258] = {
4604418534313441280, 4408728642709317424, 4604348439023851520, 4405085825278822078,
4604278885016029184, 4408454916261071355, 4604209863994346496, 4398213688397595613,
4604141367852431360, 4397145754945549617, 4604073388667457536, -4814791854625933061,
4604005918694640640, 4390852500698977308, 4603938950361949184, -4818064991023439702,
4603872476264997888, -4828535759192436233, 4603806489162140672, -4816935731518716084,
4603740981969731584, -4827094405934607422, 4603675947757565952, -4818416767064512092,
4603611379744476160, 4400219419165845164, 4603547271294093312, -4816794879866638948,
4603483615910748160, -4821201373469484015, 4603420407235526656, 4404640470904834093,
4603357639042456576, -4824654887996202416, 4603295305234824192, 4400856890444637819,
4603233399841626112, -4815911220337016365, 4603171917014130688, 4381066610990966375,
4603110851022568448, 4401367375399306832, 4603050196252923904, -4814667308275093943,
4602989947203836928, -4817296583754392398, 4602930098483612672, 4403440268599105346,
4602870644807324672, 4404318587280326183, 4602811580994012160, 4406351269563594237,
4602752901963973632, -4826516984448075296, 4602694602736142336, -4826385851414840548,
4602594537678456832, 4395660546110015797, 4602479429309110272, 4400806171187956363,
4602365051791478784, 4408786490659111505, 4602251395903369216, -4817614305707770616,
4602138452596041728, -4822468229916907208, 4602026212989900800, -4819234036434312854,
4601914668370294784, 4405465671595943848, 4601803810183464960, -4825721610876508496,
4601693630032599040, -4816117262948611666, 4601584119674019840, 4408158171934810496,
4601475271013490688, 4406728649853265517, 4601367076102612992, 4400180822850935189,
4601259527135350784, -4818432939375770536, 4601152616444647424, 4404017901823556189,
4601046336499152896, 4405582862294546933, 4600940679900033024, -4817119191585734480,
4600835639377876992, -4821909258750469648, 4600731207789705216, -4821271947714875267,
4600627378116046848, -4818751675015166864, 4600524143458109440, 4408977233796102026,
4600421497035036672, -4816845470245431702, 4600319432181217280, 4407313732762146680,
4600217942343710720, 4408332482275729587, 4600117021079705600, 4402023880535977351,
4600016662054070272, 4404697264326896544, 4599916859036971008, -4814992161270288896,
4599817605901541376, -4825031775612541476, 4599718896621637632, 4404430198009577711,
4599620725269635072, 4408670475658774361, 4599523086014296064, -4814875178376177500,
4599425973118683136, -4814585710761224587, 4599329380938147840, 4398015960675573917,
4599233303918358528, 4402333870771846492, 4599137736593379328, 4400420140633651144,
4599042673583808512, -4816350784316687176, 4598948109594955776, 4407507784137966836,
4598854039415085056, 4408060596174173110, 4598760457913677824, 4398477376758397674,
4598667360039757824, 4408081673489989047, 4598574740820260864, 4407786869725927041,
4598482595358435328, -4815437555880824804, 4598390918832283648, 4406517746057931497,
4598299706493065216, 4393433901296340625, 4598208953663801344, -4821401866623129270,
4598062091930415104, 4403337278547353392, 4597882396809691136, -4843022073498726895,
4597703593479835648, 4378081748085503024, 4597525673132986368, -4815756291520221131,
4597348627091120128, -4825525093726226716, 4597172446803529728, -4831820947506451502,
4596997123844333568, -4815109119904836938, 4596822649910054912, -4824422219794030166,
4596649016817278976, -4816474168036548247, 4596476216500326400, 4407212372497105274,
4596304241009033216, 4397749816250138479, 4596133082506526720, -4825821041850241839,
4595962733267099648, 4403972722454109827, 4595793185674121216, -4819865280399195387,
4595624432217976832, -4817424925262601759, 4595456465494085632, 4402778307380915832,
4595289278200954880, -4822668951384713188, 4595122863138254848, 4406266360802934215,
4594957213204983808, 4406072367592093304, 4594792321397633024, -4815243173801872051,
4594628180808404992, 4379240086857544329, 4594464784623501312, 4396530751840040097,
4594302126121402368, 4400031282329018204, 4594140198671216640, 4408082364760627508,
4593978995731062784, 4405065212679227378, 4593818510846476288, -4816628537219248084,
4593645855379808256, -4817386131339277571, 4593327719790026752, -4814980870728956448,
4593010982602948608, 4402982494210037555, 4592695631578677248, 4406287152218549459,
4592381654637305856, -4822351895815821083, 4592069039856140288, -4823844798307498040,
4591757775467003904, 4405383948318623706, 4591447849853575168, 4399877047530290679,
4591139251548766208, 4389917330564312370, 4590831969232199680, -4815358426062447330,
4590525991727693824, -4830891092499701265, 4590221308000854016, 4408118444123967191,
4589917907156672512, -4818650490808276611, 4589615778437160960, -4817388849945796965,
4589314911219105792, -4821132136846618580, 4588862569733079040, -4823899191542989957,
4588265818619232256, -4820425061349971961, 4587671528341700608, 4404797625060799534,
4587079678688215040, -4820688241770748291, 4586490249694461952, -4827121045752664158,
4585903221640134656, -4815449216413467352, 4585318575044886528, 4406841070288221819,
4584736290664562688, 4395814229181060947, 4583648278311370752, 4406060603318121203,
4582493044796358656, -4815860129950200780, 4581342423004217344, 4398188595375388670,
4580196376261132288, -4817764892840626222, 4577948915622019072, -4816787303194888640,
4575674905760694272, -4823135935961158680, 4571162440847851520, 4404914815759402619,
0, -9223372036854775807 - 1
};

/* log's reduction reads the reciprocal of x's significand from the processor's approximate reciprocal
 * (rcpps: some 12 bits, a table in the hardware, Intel's and AMD's differing) and rounds it to 7 bits.
 * That depends only on the first 11 fraction bits t of x: the rounded reciprocal is (256 - i) / 256,
 * 128 - i the number of these thresholds at or below t. Measured on the processor java runs on here
 * (an Intel Xeon) by applying rcpps to every 23-bit significand. */
long java_hs_rcp_steps[128] = {
4, 12, 20, 29, 37, 45, 53, 62, 70, 79, 88, 96, 105, 114, 123, 132,
141, 150, 160, 169, 178, 188, 197, 207, 217, 227, 237, 247, 257, 267, 277, 288,
298, 309, 319, 330, 341, 352, 363, 374, 385, 396, 408, 419, 431, 443, 455, 467,
479, 491, 503, 516, 529, 541, 554, 567, 580, 593, 607, 620, 634, 648, 662, 676,
690, 704, 719, 734, 748, 763, 779, 794, 809, 825, 841, 857, 873, 889, 906, 923,
940, 957, 974, 992, 1009, 1027, 1045, 1064, 1082, 1101, 1120, 1139, 1159, 1179, 1199, 1219,
1239, 1260, 1281, 1302, 1324, 1346, 1368, 1390, 1413, 1436, 1459, 1483, 1507, 1531, 1556, 1581,
1606, 1632, 1658, 1684, 1711, 1738, 1765, 1793, 1822, 1851, 1880, 1909, 1939, 1970, 2001, 2033
};

/* How many of the 128 thresholds `steps` are at or below t (a binary search): the rounded reciprocal
 * falls by one step at each. */
long java_hs_steps_below(long *steps, long t) {
    long lo = 0;
    long hi = 128;
    long mid;
    while (lo < hi) {
        mid = (lo + hi) / 2;
        if (steps[mid] <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The index k (0..128) of x's rounded reciprocal (128 + k) / 256, read from the fraction's first 11
 * bits. */
long java_hs_rcp_index(long t) {
    return 128 - java_hs_steps_below(java_hs_rcp_steps, t);
}

/* The terms of log's and log10's sums, from x's fraction (52 bits) and exponent (as 16 k): r, its
 * table entry and k. */
double java_hs_log_r;
long java_hs_log_k;

void java_hs_log_reduce(unsigned long mant) {
    long k = java_hs_rcp_index((long)(mant >> 41));
    /* b = (128 + k) / 128 2^-897 and x's significand scaled by 2^896, its first 7 fraction bits apart */
    double b = java_from_bits((16128 + k) * 35184372088832);
    double x1 = java_from_bits((long)(8642407684923981824UL + mant));
    double xh = java_from_bits((long)(8642407684923981824UL + mant - mant % 35184372088832));
    double xl = x1 - xh;
    java_hs_log_r = xl * b + (xh * b - 1.0);
    java_hs_log_k = k;
}

double java_hs_log(double x) {
    unsigned long bx = java_hs_bits(x);
    long top = (long)(bx >> 48);
    double e16;
    double r;
    double r2;
    double a;
    double s;
    double lo;
    long k;
    if (top < 16 || top >= 32752) {
        if (top >= 32768) { /* negative */
            if (x != x)
                return x + x;
            if (x == 0.0)
                return -1.0 / 0.0;
            return (x - x) / 0.0;
        }
        if (top >= 32752)
            return x + x; /* infinite or NaN */
        if (x == 0.0)
            return -1.0 / 0.0;
        x = x * 3.402823669209385e+38; /* a subnormal scaled by 2^128 */
        bx = java_hs_bits(x);
        e16 = (double)((long)(bx >> 48) / 16 * 16 - 18416);
    } else {
        e16 = (double)(((top - 16) / 16 % 2048) * 16 - 16352);
    }
    java_hs_log_reduce(bx % 4503599627370496);
    r = java_hs_log_r;
    k = java_hs_log_k;
    a = java_from_bits(java_hs_log_tbl[2 * k]) + java_from_bits(4586404135803959296) * e16;
    s = a + r;
    lo = e16 * java_from_bits(4390714244199835440) + java_from_bits(java_hs_log_tbl[2 * k + 1]);
    r2 = r * r;
    lo = r + (a - s) + lo;
    lo = lo + ((-0.16666772842235003 * r + 0.2) * r + 0.14285714285714285 * r * r2) * (r2 * r2);
    lo = lo + ((0.3333333333333333 * r - 0.5) + -0.25 * r2) * r2;
    return s + lo;
}

/* log10's table: for k = 0..128, -log10 of the reciprocal its reduction takes, in two parts (hi at 2k,
 * with its low bits zero, lo at 2k + 1), as bit patterns. */
long java_hs_log10_tbl[258] = {
    4599094494223104000, 4404501954845389656, 4599059332124062720, -4830881633849452080,
    4599024327350374400, 4402305376928968899, 4598989478500471808, -4859339564332205923,
    4598954784191430656, 4396647195554805092, 4598920243058646016, -4829515194103647549,
    4598885853755505664, 4403366858852056769, 4598851614953080832, -4819170052130888619,
    4598817525339808768, 4404493615229096313, 4598783583621203968, -4833148642919825224,
    4598749788519550976, -4820368086387841225, 4598716138773621760, 4404125676597784551,
    4598682633138396160, 4397950219847395316, 4598649270384778240, -4828083019601312351,
    4598616049299330048, 4391430585404011347, 4598582968684007424, 4391381393642537394,
    4598550027355898880, -4824520164440835638, 4598517224146971648, -4827303826490962463,
    4598484557903824896, 4365235071230120203, 4598452027487444992, 4401327776895220161,
    4598419631772968960, -4821240265267012259, 4598387369649446912, -4819027320339492753,
    4598355240019617792, 4390895813746313596, 4598323241799685120, 4399927531166893159,
    4598291373919095808, -4821638877686905998, 4598259635320324096, -4821041503836760110,
    4598228024958664704, -4820638664699634633, 4598196541802023936, -4821581725951727516,
    4598155150116159488, -4847065059888640742, 4598092686529273856, 4403959095602262531,
    4598030471307208704, -4828201392194803484, 4597968502482706432, 4391309428650822052,
    4597906778111797248, -4821720667051472448, 4597845296273420288, 4402836839749865961,
    4597784055069079552, 4372012687471455577, 4597662287079174144, 4387809784039552582,
    4597541459392008192, 4397741522031464957, 4597421557596600320, -4820249208109146156,
    4597302567610738688, -4820101732929667201, 4597184475671062528, 4401073894637816315,
    4597067268323510272, -4825801728850146698, 4596950932414109696, -4818922971431527573,
    4596835455080126464, 4402877068910660531, 4596720823741536256, -4830858118354923234,
    4596607026092783616, 4371964430684529521, 4596494050094868480, 4403854150930103680,
    4596381883967700992, -4827821398552057238, 4596270516182720512, 4402413826419588453,
    4596159935455801344, -4821955971503519898, 4596050130740373504, -4823535223478768604,
    4595941091220815872, -4818963200592322143, 4595832806306052096, 4392350208789039942,
    4595725265623388160, -4820771093290620219, 4595618459012536320, -4823444167939506690,
    4595512376519866368, -4855262002417183235, 4595407008392835072, -4820750987924084114,
    4595302345074599936, 4404487456805476761, 4595198377198831616, 4403132336878495661,
    4595095095584669696, -4832190840898472523, 4594992491231862784, -4830488160121570013,
    4594890555316064256, 4403477602997341115, 4594789279184279552, 4393432522036213575,
    4594688654350450688, -4822306679858939852, 4594588672491194368, -4826213111074540666,
    4594489325441673216, -4820055227424277566, 4594390605191587840, -4823094595084167525,
    4594292503881308160, -4818858851684356963, 4594195013798111232, -4827943405181529604,
    4594098127372550144, 4378131431616441434, 4594001837174921216, 4395577135914656578,
    4593906135911847936, 4396553763471040704, 4593811016422965248, 4391284794956343844,
    4593716471677704192, 4396439460000683740, 4593573369626443776, 4402773119475278921,
    4593386537934376960, 4402339070659996057, 4593200815042265088, -4828031434133456102,
    4593016187866804224, -4830070764489709293, 4592832643554902016, 4403400552583083927,
    4592650169478311936, -4819562306604366491, 4592468753228390400, 4404334769603999213,
    4592288382611083264, -4820401780118868383, 4592109045641949184, 4402194492591236307,
    4591930730541436928, 4391445711599522123, 4591753425730199552, 4391565360328119979,
    4591577119824605184, 4401802550020700647, 4591401801632350208, -4823052121601521555,
    4591227460148178944, 4371176152461226884, 4591054084549763072, -4826062556306648223,
    4590881664193650688, -4820013715644699398, 4590710188611350528, 4391087500140382230,
    4590539647505530880, -4818898703839003673, 4590370030746279936, 4404431299668451634,
    4590201328367538176, -4820672358430661791, 4590033530563530752, 4404049294979032747,
    4589866627685404672, -4828378711168599262, 4589700610237849600, -4828336167118912116,
    4589535468875886592, 4403296203675118747, 4589371194401710080, -4824700511163247688,
    4589207777761591296, 4374660361609841708, 4588922399795290112, -4834368440025681522,
    4588598944651927552, 4397891912143402038, 4588277152524361728, 4397808909493519273,
    4587957006399528960, 4400046106445755603, 4587638489524117504, -4822014265502281116,
    4587321585399283712, -4820135426660694359, 4587006277775548416, -4827551227135300903,
    4586692550647791616, -4853215451252438430, 4586380388250370048, -4825869116312201014,
    4586069775052357632, 4400691452134413619, 4585760695752933376, 4403777650186542297,
    4585453135276834816, 4402910762641687689, 4585147078769958912, -4821568222509967976,
    4584842511595036672, -4821275563170768972, 4584414417991761920, 4374636233216378679,
    4583811154839207936, 4397889367815108412, 4583210785046233088, 4353011272949454154,
    4582613280991100928, -4827918771487051397, 4582018615445733376, 4404016563480225770,
    4581426761568305152, 4399465198265563758, 4580837692895903744, -4821989665234547056,
    4580251383337451520, 4386147074544629902, 4579174793297854464, 4387244542624048407,
    4578013056996245504, -4818996894323349301, 4576856686701248512, 4404048228498335705,
    4575705633070120960, -4820545780616393961, 4573462473466380288, -4820804787021647377,
    4571181342197350400, -4820031077752729179, 4566667490679717888, -4820585407626391030,
    0, 0
};

/* log10 multiplies rcpps's reciprocal by 0.43359375 in single precision before rounding it to 7 bits,
 * so its thresholds are its own (measured as log's on this processor): the rounded product's float bits
 * from 16 up are 16094 less the count of these at or below the fraction's first 11 bits. */
long java_hs_rcp10_steps[128] = {
    5, 14, 23, 33, 42, 52, 62, 72, 81, 92, 102, 112, 122, 133, 143, 154,
    164, 175, 186, 197, 208, 220, 231, 243, 254, 266, 277, 289, 302, 314, 326, 339,
    351, 364, 377, 390, 403, 416, 430, 443, 457, 471, 485, 499, 514, 528, 542, 557,
    572, 588, 603, 619, 634, 650, 667, 683, 699, 716, 733, 750, 767, 785, 803, 821,
    839, 857, 876, 895, 914, 933, 953, 973, 993, 1014, 1035, 1056, 1077, 1098, 1120, 1142,
    1165, 1188, 1211, 1235, 1259, 1283, 1307, 1332, 1358, 1383, 1409, 1436, 1463, 1490, 1511, 1525,
    1539, 1553, 1567, 1582, 1596, 1612, 1626, 1641, 1656, 1671, 1686, 1702, 1718, 1733, 1749, 1765,
    1781, 1797, 1813, 1830, 1846, 1863, 1880, 1897, 1914, 1932, 1949, 1966, 1984, 2002, 2021, 2039
};

double java_hs_log10(double x) {
    unsigned long bx = java_hs_bits(x);
    long top = (long)(bx >> 48);
    double e16;
    double b;
    double x1;
    double xh;
    double r;
    double r2;
    double a;
    double s;
    double lo;
    unsigned long mant;
    long key;
    long k;
    if (top < 16 || top >= 32752) {
        if (top >= 32768) { /* negative */
            if (x != x)
                return x + x;
            if (x == 0.0)
                return -1.0 / 0.0;
            return (x - x) / 0.0;
        }
        if (top >= 32752)
            return x + x; /* infinite or NaN */
        if (x == 0.0)
            return -1.0 / 0.0;
        x = x * 3.402823669209385e+38; /* a subnormal scaled by 2^128 */
        bx = java_hs_bits(x);
        e16 = (double)((long)(bx >> 48) / 16 * 16 - 18416);
    } else {
        e16 = (double)(((top - 16) / 16 % 2048) * 16 - 16352);
    }
    mant = bx % 4503599627370496;
    key = 16094 - java_hs_steps_below(java_hs_rcp10_steps, (long)(mant >> 41));
    /* b: the rounded product scaled by 2^-896, x's significand scaled by 2^896, its first 25 fraction
     * bits apart */
    b = java_from_bits(key * 35184372088832);
    x1 = java_from_bits((long)(8642407684923981824UL + mant));
    xh = java_from_bits((long)(8642407684923981824UL + mant - mant % 134217728));
    r = (x1 - xh) * b + (xh * b - 0.43359375);
    k = key % 256 - 94;
    a = java_from_bits(java_hs_log10_tbl[2 * k]) + java_from_bits(4581080095713622016) * e16;
    s = a + r;
    lo = r + (a - s) + java_from_bits(4565095779775955208) * r;
    lo = lo + (e16 * java_from_bits(4386487556335907672) + java_from_bits(java_hs_log10_tbl[2 * k + 1]));
    r2 = r * r;
    lo = lo + ((java_from_bits(-4601050342722530383) * r + java_from_bits(4618067169444182689)) * r +
               java_from_bits(4626754227239514414) * r * r2) *
                  (r2 * r2);
    lo = lo + ((java_from_bits(4610676679043855463) * r + java_from_bits(-4615491484601831147)) +
               java_from_bits(-4609272550058037491) * r2) *
                  r2;
    return s + lo;
}

/* sin's and cos's table: for M = 0..63 and B = M pi / 32, cos B - sigma, sin B, a correction to sin B
 * and sigma (the power of 2 nearest cos B, or 0), as bit patterns. */
long java_hs_sin_tbl[256] = {
0, 0, 0, 4607182418800017408,
-4651170382530908879, 4591727299969791020, -4882421958232244224, 4607182418800017408,
-4642176549589325317, 4596196889902818827, -4872211889498619904, 4607182418800017408,
-4637005664204545446, 4598900923775164166, -4866752316587376640, 4607182418800017408,
-4633222558447331889, 4600565431771507043, -4870875071800934400, 4607182418800017408,
-4630199146593512839, 4602163548591158843, 4349929172685029376, 4607182418800017408,
-4628132069434361484, 4603179351334086856, 4362622295693328384, 4607182418800017408,
-4626025856263019779, 4603889326261607894, 4352737192238383104, 4607182418800017408,
4596629828471156530, 4604544271217802189, -4860548156871409664, 4602678819172646912,
4594010048646379352, 4605137878724712257, -4863107076911529984, 4602678819172646912,
4588169335618833543, 4605664432017547683, 4339770405725143040, 4602678819172646912,
-4639470486142542770, 4606118860100255153, -4866455294365925376, 4602678819172646912,
-4630254066587051403, 4606496786581982534, 4356203385465077760, 4602678819172646912,
4585966454874896429, 4606794571824115162, 4361561081215188992, 4598175219545276416,
-4635297897249151019, 4607009347991985328, 4356496066011463680, 4598175219545276416,
-4639937535653892272, 4607139046673687846, -4861497301157281792, 4593671619917905920,
0, 4607182418800017408, 0, 0,
4583434501200883536, 4607139046673687846, -4861497301157281792, -4629700416936869888,
4588074139605624789, 4607009347991985328, 4356496066011463680, -4625196817309499392,
-4637405581979879379, 4606794571824115162, 4361561081215188992, -4625196817309499392,
4593117970267724405, 4606496786581982534, 4356203385465077760, -4620693217682128896,
4583901550712233038, 4606118860100255153, -4866455294365925376, -4620693217682128896,
-4635202701235942265, 4605664432017547683, 4339770405725143040, -4620693217682128896,
-4629361988208396456, 4605137878724712257, -4863107076911529984, -4620693217682128896,
-4626742208383619278, 4604544271217802189, -4860548156871409664, -4620693217682128896,
4597346180591756029, 4603889326261607894, 4352737192238383104, -4616189618054758400,
4595239967420414324, 4603179351334086856, 4362622295693328384, -4616189618054758400,
4593172890261262969, 4602163548591158843, 4349929172685029376, -4616189618054758400,
4590149478407443919, 4600565431771507043, -4870875071800934400, -4616189618054758400,
4586366372650230362, 4598900923775164166, -4866752316587376640, -4616189618054758400,
4581195487265450491, 4596196889902818827, -4872211889498619904, -4616189618054758400,
4572201654323866929, 4591727299969791020, -4882421958232244224, -4616189618054758400,
0, 0, 0, -4616189618054758400,
4572201654323866929, -4631644736884984788, 4340950078622531584, -4616189618054758400,
4581195487265450491, -4627175146951956981, 4351160147356155904, -4616189618054758400,
4586366372650230362, -4624471113079611642, 4356619720267399168, -4616189618054758400,
4590149478407443919, -4622806605083268765, 4352496965053841408, -4616189618054758400,
4593172890261262969, -4621208488263616965, -4873442864169746432, -4616189618054758400,
4595239967420414324, -4620192685520688952, -4860749741161447424, -4616189618054758400,
4597346180591756029, -4619482710593167914, -4870634844616392704, -4616189618054758400,
-4626742208383619278, -4618827765636973619, 4362823879983366144, -4620693217682128896,
-4629361988208396456, -4618234158130063551, 4360264959943245824, -4620693217682128896,
-4635202701235942265, -4617707604837228125, -4883601631129632768, -4620693217682128896,
4583901550712233038, -4617253176754520655, 4356916742488850432, -4620693217682128896,
4593117970267724405, -4616875250272793274, -4867168651389698048, -4620693217682128896,
-4637405581979879379, -4616577465030660646, -4861810955639586816, -4625196817309499392,
4588074139605624789, -4616362688862790480, -4866875970843312128, -4625196817309499392,
4583434501200883536, -4616232990181087962, 4361874735697494016, -4629700416936869888,
0, -4616189618054758400, 0, 0,
-4639937535653892272, -4616232990181087962, 4361874735697494016, 4593671619917905920,
-4635297897249151019, -4616362688862790480, -4866875970843312128, 4598175219545276416,
4585966454874896429, -4616577465030660646, -4861810955639586816, 4598175219545276416,
-4630254066587051403, -4616875250272793274, -4867168651389698048, 4602678819172646912,
-4639470486142542770, -4617253176754520655, 4356916742488850432, 4602678819172646912,
4588169335618833543, -4617707604837228125, -4883601631129632768, 4602678819172646912,
4594010048646379352, -4618234158130063551, 4360264959943245824, 4602678819172646912,
4596629828471156530, -4618827765636973619, 4362823879983366144, 4602678819172646912,
-4626025856263019779, -4619482710593167914, -4870634844616392704, 4607182418800017408,
-4628132069434361484, -4620192685520688952, -4860749741161447424, 4607182418800017408,
-4630199146593512839, -4621208488263616965, -4873442864169746432, 4607182418800017408,
-4633222558447331889, -4622806605083268765, 4352496965053841408, 4607182418800017408,
-4637005664204545446, -4624471113079611642, 4356619720267399168, 4607182418800017408,
-4642176549589325317, -4627175146951956981, 4351160147356155904, 4607182418800017408,
-4651170382530908879, -4631644736884984788, 4340950078622531584, 4607182418800017408
};

double java_hs_sin_at(long i) {
    return java_from_bits(java_hs_sin_tbl[i]);
}

/* sin(x + shift pi / 32) for 2^-252 <= |x| < 90112: x = N pi / 32 + r (pi / 32 in three parts, so that
 * r's error c is known), then sin(B + r + c) from the table's entry for B = (N + shift) pi / 32, in parts
 * summed in the stubs' order. */
double java_hs_sin_main(double x, double x_lo, long shift) {
    double half = java_hs_bits(x) >> 63 ? -0.5 : 0.5;
    long n = (long)(x * java_from_bits(4621923779193981059) + half);
    double dn = (double)n;
    long j = ((n + shift) % 64 + 64) % 64;
    double m1 = java_from_bits(4591738658414919680) * dn;
    double m2 = java_from_bits(4436243962107265024) * dn;
    double m3 = dn * java_from_bits(4279292152200261747);
    double r1 = x - m1;
    double r = r1 - m2;
    double c_hl = java_hs_sin_at(4 * j);
    double s_hi = java_hs_sin_at(4 * j + 1);
    double s_lo = java_hs_sin_at(4 * j + 2);
    double sigma = java_hs_sin_at(4 * j + 3);
    double pa = java_from_bits(4523617214285662004) * r1 * r;
    double pb = java_from_bits(4537941361671905306) * r1 * r;
    double r2 = r * r;
    double r4;
    double neg_c = m3 - ((r1 - r) - m2) - x_lo;
    double cos_b = c_hl + sigma;
    double neg_d = s_hi * r - cos_b;
    double qa = r2 * 0.008333333333333333;
    double qb = r2 * 0.041666666666666664;
    double rs = sigma * r;
    double med = r * c_hl;
    double res_int;
    double res_hi;
    double lo;
    r4 = r2 * r2;
    pa = (pa + -0.0001984126984126984) * r4;
    pb = (pb + -0.001388888888888889) * r4;
    qa = (qa + -0.16666666666666666 + pa) * (cos_b * r * r2);
    qb = (qb + -0.5 + pb) * (s_hi * r2);
    res_int = rs + s_hi;
    res_hi = med + res_int;
    lo = neg_c * neg_d + s_lo;
    lo = lo + ((s_hi - res_int) + rs);
    lo = lo + ((res_int - res_hi) + med);
    lo = lo + qa;
    lo = lo + qb;
    return res_hi + lo;
}

/* 2/pi's bits, 32 to a word, after two zero words (for the smallest exponents). */
long java_hs_two_over_pi[41] = {
    0, 0, 2734261102, 1313084713, 4230436817, 4113882560, 3680671129, 1011060801, 4266746795, 3736847713,
    3072618042, 1112396512, 105459434, 164729372, 4263373596, 2972297022, 3900847605, 784024708, 3919343654,
    3026157121, 965858873, 2203269620, 2625920907, 3187222587, 536385535, 3724908559, 4012839307, 1510632735,
    1832287951, 667617719, 1330003814, 2657085997, 1965537991, 3957715323, 1023883767, 2320667370, 1811636145,
    529358088, 1443049542, 4235946923, 4040145953
};

unsigned long java_hs_shl(unsigned long v, long k) {
    return v * java_fd_pow2(k % 64);
}

unsigned long java_hs_shr(unsigned long v, long k) {
    return v / java_fd_pow2(k % 64);
}

unsigned long java_hs_lo32(unsigned long v) {
    return v % 4294967296;
}

/* The reduction of a large |x| by Payne and Hanek's method as the stubs do it, in 64-bit integer steps:
 * x's significand times the words of 2/pi around its exponent. Sets java_hs_red_hi and java_hs_red_lo
 * (x reduced modulo pi/4 for sin and cos, pi/2 for tan, in two parts) and returns the number of eighths
 * (quarters for tan) of a turn. */
double java_hs_red_hi;
double java_hs_red_lo;

long java_hs_reduce_huge(double x, long tan) {
    unsigned long bits = java_hs_bits(x);
    long top = (long)(bits >> 48);
    long w = ((top % 32768 / 16 * 16 - 16224) / 128) / 4;
    unsigned long ma = (bits % 4503599627370496 + 4503599627370496) >> 32; /* 21 high bits */
    unsigned long md = bits % 4294967296;                                  /* 32 low bits */
    unsigned long r8;
    unsigned long r9;
    unsigned long r10;
    unsigned long r11;
    unsigned long rsi;
    unsigned long rdi;
    unsigned long rbx;
    unsigned long borrow;
    unsigned long c;
    long sign = top >= 32768 ? 32768 : 0;
    unsigned long unit = tan ? 1073741824 : 536870912; /* the first bit below the turns counted */
    long flip = 0;
    long e;
    long ecx;
    long edx;
    long k;
    double scale1;
    double scale2;
    double a;
    double b;
    double s;
    double hi;
    double lo;
    double pi4_hi;
    double pi4_lo;
    r10 = (unsigned long)java_hs_two_over_pi[w + 5] * md;
    r9 = (unsigned long)java_hs_two_over_pi[w + 5] * ma;
    r8 = (unsigned long)java_hs_two_over_pi[w + 6] * ma;
    r11 = java_hs_lo32(r10);
    r9 = r9 + (r10 >> 32);
    r11 = r11 + r8;
    r8 = java_hs_lo32(r11);
    r9 = r9 + (r11 >> 32);
    rsi = (unsigned long)java_hs_two_over_pi[w + 4] * md;
    r10 = (unsigned long)java_hs_two_over_pi[w + 4] * ma;
    rdi = (unsigned long)java_hs_two_over_pi[w + 3] * md;
    r9 = r9 + java_hs_lo32(rsi);
    rbx = java_hs_lo32(r9);
    r10 = r10 + (rsi >> 32) + (r9 >> 32);
    r8 = r8 + (rbx << 32);
    r11 = (unsigned long)java_hs_two_over_pi[w + 3] * ma;
    r10 = r10 + java_hs_lo32(rdi);
    rbx = java_hs_lo32(r10);
    r11 = r11 + (rdi >> 32) + (r10 >> 32);
    r9 = (unsigned long)java_hs_two_over_pi[w + 2] * md;
    rdi = (unsigned long)java_hs_two_over_pi[w + 2] * ma;
    r11 = r11 + java_hs_lo32(r9);
    r10 = java_hs_lo32(r11);
    rdi = rdi + (r9 >> 32) + (r11 >> 32);
    rsi = (unsigned long)java_hs_two_over_pi[w + 1] * md;
    r9 = (unsigned long)java_hs_two_over_pi[w + 1] * ma;
    r10 = (r10 << 32) + rbx;
    rdi = rdi + java_hs_lo32(rsi);
    r11 = java_hs_lo32(rdi);
    r9 = r9 + (rsi >> 32) + (rdi >> 32);
    e = top % 32768 / 16 - 1023;
    ecx = 32 * w + 19 - e;
    r9 = r9 + md * (unsigned long)java_hs_two_over_pi[w + 0];
    edx = ecx + 32;
    if (ecx >= 1 - tan) {
        k = 29 - ecx;
        r9 = java_hs_lo32(java_hs_shl(r9, k));
        rdi = r9;
        r9 = r9 % unit;
        if (r9 >= unit / 2) { /* the fraction is above one half: take its complement */
            r9 = java_hs_shr(r9, k);
            rbx = java_hs_shr(unit, k) << 32;
            r9 = (r9 << 32) + r11;
            rdi = java_hs_lo32(rdi + unit);
            flip = 1;
        } else {
            r9 = (java_hs_shr(r9, k) << 32) + r11;
        }
    } else {
        k = -ecx - tan;
        r9 = java_hs_shl((r9 << 32) + r11, k);
        rdi = r9;
        if (java_hs_lo32(r9) >= 2147483648) {
            r9 = java_hs_shr(java_hs_lo32(r9), k);
            rbx = java_hs_shr(4294967296, k);
            rdi = java_hs_lo32(java_hs_shr(rdi, 3 - tan) + unit);
            flip = 1;
        } else {
            r9 = java_hs_shr(java_hs_lo32(r9), k);
            rdi = java_hs_shr(rdi, 3 - tan);
        }
    }
    if (flip) { /* (r9 r10 r8) = (rbx 0 0) - (r9 r10 r8) */
        c = 0 - r8;
        borrow = r8 != 0;
        r8 = c;
        c = 0 - r10 - borrow;
        borrow = r10 != 0 || borrow != 0;
        r10 = c;
        r9 = rbx - r9 - borrow;
    }
    if (r9 == 0) {
        edx = edx + 64;
        r9 = r10;
        r10 = r8;
        r8 = 0;
        if (r9 == 0) {
            edx = edx + 64;
            r9 = r10;
            r10 = r8;
        }
    }
    if (r9 == 0) {
        hi = 0.0;
        lo = 0.0;
    } else {
        k = 63; /* the highest set bit of r9 */
        while (java_hs_shr(r9, k) == 0)
            k = k - 1;
        ecx = 29 - k;
        if (ecx > 0) {
            r9 = java_hs_shl(r9, ecx) + java_hs_shr(r10, 64 - ecx);
            r10 = java_hs_shl(r10, ecx) + java_hs_shr(r8, 64 - ecx);
            edx = edx + ecx;
        } else if (ecx < 0) {
            r10 = java_hs_shr(r10, -ecx) + java_hs_shl(r9, 64 + ecx);
            r9 = java_hs_shr(r9, -ecx);
            edx = edx + ecx;
        }
        /* 2^-edx and 2^-(edx + 63), signed as x (flipped with the complement) */
        scale1 = java_hs_pow2(-edx);
        scale2 = java_hs_pow2(-edx - 63);
        if ((sign != 0) != (flip != 0)) {
            scale1 = -scale1;
            scale2 = -scale2;
        }
        a = (double)(long)r9 * scale1;
        b = (double)(long)(r10 >> 1) * scale2;
        s = a + b;
        /* times pi/4 in two parts (split differently for tan) */
        pi4_hi = java_from_bits(tan ? 4605249455883550720 : 4605249456957292544);
        pi4_lo = java_from_bits(tan ? 4505025742371923494 : 4495793288494094489);
        hi = a * pi4_hi;
        lo = pi4_lo * s + b * pi4_hi;
        s = hi;
        hi = hi + lo;
        lo = lo + (s - hi);
    }
    java_hs_red_hi = hi;
    java_hs_red_lo = lo;
    k = (long)(java_hs_lo32(rdi) / unit);
    return sign != 0 ? -k : k;
}

/* sin(x + shift pi / 32) for a large |x|: reduced by Payne and Hanek, then as for a small one. */
double java_hs_sin_huge(double x, long shift) {
    long k = java_hs_reduce_huge(x, 0);
    return java_hs_sin_main(java_hs_red_hi, java_hs_red_lo, shift + 8 * k);
}

double java_hs_sin(double x) {
    unsigned long bx = java_hs_bits(x);
    long a = (long)((bx >> 32) % 2147483648 / 65536 * 65536);
    if (a >= 808452096 && a <= 1089798144)
        return java_hs_sin_main(x, 0.0, 0);
    if (a < 808452096) { /* |x| < 2^-252 */
        if (a < 1048576)
            return x * java_from_bits(4607182418800017407);
        return (x * 36028797018963968.0 - x) * 2.7755575615628914e-17;
    }
    if (a >= 2146435072)
        return x * -0.0; /* NaN */
    return java_hs_sin_huge(x, 0);
}


double java_hs_cos(double x) {
    unsigned long bx = java_hs_bits(x);
    long a = (long)((bx >> 32) % 2147483648 / 65536 * 65536);
    if (a >= 808452096 && a <= 1089798144)
        return java_hs_sin_main(x, 0.0, 16);
    if (a < 808452096) /* |x| < 2^-252 */
        return 1.0 - java_from_bits((long)(bx % 9223372036854775808UL));
    if (a >= 2146435072)
        return x * -0.0; /* NaN */
    return java_hs_sin_huge(x, 16);
}

/* tan's table: for j = 0..31 a block of 22 numbers (bit patterns) for tan(j pi/32 + r): the polynomial's
 * coefficients in pairs (c8 c0, c9 c1, ..., c15 c7), then T_hi, T_lo (tan(j pi/32) in two parts), Sigma
 * and T_hl (the coefficient of r), Tau (whether the reciprocal of the remainder modulo pi/2 enters) and
 * the mask that keeps that reciprocal's first 29 bits. */
long java_hs_tan_tbl[704] = {
    0, 0, 4581960672315445498, 0,
    0, 0, 4576262929202463293, 4599676419421066581,
    0, 0, 4570429305847643616, 4593971859893063953,
    0, 0, 4564356673986852323, 4587938466106554908,
    0, 0, 4607182418800017408, 0,
    0, 0, 4581638029105651611, 0,
    4583385595164659270, 0, 4577255240668771601, 4591830319591787419,
    4577929946953627528, 4599911114178578821, 4572697909345847482, 4589511199823263009,
    4572647400017106700, 4594374772758300717, 4568026134255852336, 4585761772969288480,
    4567496504606579427, 4589072011113646598, 4591761474222501282, 4348362901972121509,
    4607182418800017408, 4576745611899133401, 0, 0,
    4587536376612232867, 0, 4586636202621101562, 0,
    4583824323065300482, 4596618147169871352, 4582309703557531176, 4600654967285635322,
    4580029857644140809, 4594429544231279850, 4578066629129547662, 4595702485542807331,
    4575925829212043760, 4591102791946299625, 4573885591028570211, 4591080681285467120,
    4596334593599418712, 4336673779288631316, 4607182418800017408, 4585862901287273808,
    0, 0, 4592421224261636926, 0,
    4591089915238430416, 0, 4589512514730207229, 4599639076880691387,
    4587958019790923941, 4602039184609521958, 4586162992183978196, 4598199045237906029,
    4584921174391291285, 4598271344698705578, 4583055390877165904, 4595242146662183468,
    4581486952729257144, 4594532229350393408, 4599136227962938332, -4869112145602766531,
    4607182418800017408, 4591295103573863267, 0, 0,
    4597326767394615362, 0, 4596206155991497041, 0,
    4595084712427289693, 4602413671982668590, 4594219521914946684, 4603503287918994917,
    4593210311875673048, 4600999553636117536, 4591933576764995053, 4600727999045255313,
    4590826941567097022, 4599231380250099062, 4589899267902478228, 4598608144514670379,
    4601133428098527026, 4355133876709626983, 4607182418800017408, 4595349584587014967,
    0, 0, 4602662394345547009, 0,
    4602034759913498693, 0, 4601397493918903711, 4604365166104026314,
    4600834605952346129, 4605344006741011723, 4600300179580761003, 4604070331652241684,
    4599811706461611824, 4603973164467982336, 4599356279225855752, 4603376877409052725,
    4598936063099411611, 4603072027443037701, 4602989667850663148, -4859852064312384022,
    4607182418800017408, 4598818372383283171, 0, 0,
    4607990131074025936, 0, 4608095392051346584, 0,
    4608193071839518626, 4606880636835488701, 4608296988701495456, 4607758635720216740,
    4608400792042245795, 4607523946955984083, 4608507472618612445, 4607754264212240254,
    4608615698017569390, 4607781892579262513, 4608726138565940348, 4607907070490738461,
    4604193637674776976, 4361640328740765169, 4607182418800017408, 4601714376774302918,
    0, 0, 4614041330302799194, 0,
    4614947435821573981, 0, 4615969589374218842, 4608864140279308747,
    4616658767442728978, 4610267259544469528, 4617313918072449251, 4610968264943490298,
    4618055542555632013, 4611932387645419608, 4618894825299592413, 4612530917573750478,
    4619844727618505602, 4613247432746373334, 4605567236938410064, -4865455810084462362,
    4611686018427387904, -4623818962219350600, 0, 0,
    4621140003359447398, 0, 4622493068961779962, 0,
    4624215239105001251, 4611686018427387904, 4625802525103538749, 4613187218303178069,
    4627198573594089785, 4614688418178968235, 4628976101003460064, 4616489858029916433,
    4630469863133421599, 4617790897922267910, 4631910668397409763, 4619463663498148380,
    4607182418800017408, 0, 4611686018427387904, 0,
    0, 0, -4669130032155150125, 0,
    4548838939023595631, 0, -4680723306366269167, -4635511833503686679,
    4536828059228250670, 4585072005024748625, -4692236559261020740, -4646369168437199986,
    4525329705262670603, 4572342352472616359, -4704089278533434729, -4657493915348895849,
    4513554588000471638, 4560354956850405969, -4625678616624504832, 4404160210427721497,
    0, 4600289117006750671, 4607182418800017408, -34359738368,
    -4671478421420058480, 0, 4546056293945696031, 0,
    -4683398486017052226, -4636880126327292819, 4533915385634172175, 4584459203621118494,
    -4695755676842134984, -4647631325774759508, 4521870846797652661, 4571295194935860658,
    -4707870598977922290, -4659637631604849832, 4509429374920521956, 4558513665492810328,
    -4626960536319688704, -4811494316014572959, 0, 4600117244296926975,
    4607182418800017408, -34359738368, -4673860683438290994, 0,
    4544115396677038466, 0, -4686451084803486532, -4638115252078491962,
    4531135713653306874, 4583663771298998322, -4698981628187076113, -4649628638922294609,
    4518260335842412266, 4569891084987401329, -4711418244628437353, -4661277861559375949,
    4505496790032662078, 4556832146290816932, -4628211892239745024, -4811679264689253544,
    0, 4599977252650741356, 4607182418800017408, -34359738368,
    -4676362210843777706, 0, 4541603983139593217, 0,
    -4689085819700106709, -4639787253520644729, 4528267335381322361, 4583055787608502742,
    -4701888605212338040, -4651383582234462792, 4515016417380331425, 4568763458970724815,
    -4715000157194047560, -4663772480742116115, 4501828037808973411, 4555069350612696895,
    -4629438648735850496, -4813350060678820895, 0, 4599866255842569321,
    4607182418800017408, -34359738368, -4678840885384492137, 0,
    4539988785789826608, 0, -4692076996963327800, -4641896694983902440,
    4526212782798753170, 4582607901745680252, -4705424534819177711, -4653588625021231244,
    4512406295847891110, 4567963766702703566, -4718848285471968337, -4665798951790552806,
    4498597599495383228, 4553875002271215610, -4631592127393521664, -4822406349176253764,
    0, 4599782048196833571, 4607182418800017408, -34359738368,
    -4682260861910594716, 0, 4538356095553387887, 0,
    -4695655010115873235, -4644579454331782929, 4523888095779233497, 4582300722726014405,
    -4709220588862840237, -4656303468671782033, 4509597284522607811, 4567430978823301880,
    -4722899818181053796, -4669114254374468599, 4495438968787034981, 4553074793268026948,
    -4633979291495809024, -4822901394645479297, 0, 4599723005075642618,
    4607182418800017408, -34359738368, -4687075307219377498, 0,
    4537273807466702149, 0, -4700601056540638822, -4649153025688021698,
    4522616900449275506, 4582121334319105013, -4714303399080354196, -4660905758174506111,
    4508175493235594303, 4567125867596657407, -4728117108566920917, -4673811045769221668,
    4493216028821783773, 4552216292392975798, -4638492024154439680, 4400949289673414028,
    0, 4599688012348180731, 4607182418800017408, -34359738368,
    0, 0, 4536930837772832446, 0,
    0, 0, 4522220981368137343, 4582062340878461975,
    0, 0, 4507379416642392418, 4567026513551103335,
    0, 0, 4492299182395725148, 4551940169656495883,
    0, 0, 0, 4599676419421066581,
    4607182418800017408, -34359738368, 4536296729635398310, 0,
    4537273807466702149, 0, 4522770980314136986, 4574219011166754110,
    4522616900449275506, 4582121334319105013, 4509068637774421612, 4562466278680269697,
    4508175493235594303, 4567125867596657407, 4495254928287854891, 4549560991085554140,
    4493216028821783773, 4552216292392975798, 4584880012700336128, -4822422747181361780,
    0, 4599688012348180731, 4607182418800017408, -34359738368,
    4541111174944181092, 0, 4538356095553387887, 0,
    4527717026738902573, 4578792582522992879, 4523888095779233497, 4582300722726014405,
    4514151447991935571, 4567068568182993775, 4509597284522607811, 4567430978823301880,
    4500472218673722012, 4554257782480307209, 4495438968787034981, 4553074793268026948,
    4589392745358966784, 4400470642209296511, 0, 4599723005075642618,
    4607182418800017408, -34359738368, 4544531151470283671, 0,
    4539988785789826608, 0, 4531295039891448008, 4581475341870873368,
    4526212782798753170, 4582607901745680252, 4517947502035598097, 4569783411833544564,
    4512406295847891110, 4567963766702703566, 4504523751382807471, 4557573085064223002,
    4498597599495383228, 4553875002271215610, 4591779909461254144, 4400965687678522044,
    0, 4599782048196833571, 4607182418800017408, -34359738368,
    4547009826010998102, 0, 4541603983139593217, 0,
    4534286217154669099, 4583584783334131079, 4528267335381322361, 4583055787608502742,
    4521483431642437768, 4571988454620313016, 4515016417380331425, 4568763458970724815,
    4508371879660728248, 4559599556112659693, 4501828037808973411, 4555069350612696895,
    4593933388118925312, 4410021976175954913, 0, 4599866255842569321,
    4607182418800017408, -34359738368, 4549511353416484814, 0,
    4544115396677038466, 0, 4536920952051289276, 4585256784776283846,
    4531135713653306874, 4583663771298998322, 4524390408667699695, 4573743397932481199,
    4518260335842412266, 4569891084987401329, 4511953792226338455, 4562094175295399859,
    4505496790032662078, 4556832146290816932, 4595160144615030784, 4411692772165522264,
    0, 4599977252650741356, 4607182418800017408, -34359738368,
    4551893615434717328, 0, 4546056293945696031, 0,
    4539973550837723582, 4586491910527482989, 4533915385634172175, 4584459203621118494,
    4527616360012640824, 4575740711080016300, 4521870846797652661, 4571295194935860658,
    4515501437876853518, 4563734405249925976, 4509429374920521956, 4558513665492810328,
    4596411500535087104, 4411877720840202849, 0, 4600117244296926975,
    4607182418800017408, -34359738368, 4554242004699625683, 0,
    4548838939023595631, 0, 4542648730488506641, 4587860203351089129,
    4536828059228250670, 4585072005024748625, 4531135477593755068, 4577002868417575822,
    4525329705262670603, 4572342352472616359, 4519282758321341079, 4565878121505879959,
    4513554588000471638, 4560354956850405969, 4597693420230270976, -4819211826427054311,
    0, 4600289117006750671, 4607182418800017408, -34359738368,
    -4602232033495328410, 0, 4622493068961779962, 0,
    -4599156797749774557, -4611686018427387904, 4625802525103538749, 4613187218303178069,
    -4596173463260686023, -4608683618675807573, 4628976101003460064, 4616489858029916433,
    -4592902173721354209, -4605581138932507898, 4631910668397409763, 4619463663498148380,
    -4616189618054758400, 0, 4611686018427387904, 0,
    0, 0, -4609330706551976614, 0,
    4614947435821573981, 0, -4607402447480556966, -4614507896575467061,
    4616658767442728978, 4610267259544469528, -4606058118782326557, -4612403771911285510,
    4618055542555632013, 4611932387645419608, -4604477211555183395, -4610841119281025330,
    4619844727618505602, 4613247432746373334, -4617804799916365744, 4357916226770313446,
    4611686018427387904, -4623818962219350600, 0, 0,
    -4615381905780749872, 0, 4608095392051346584, 0,
    -4615178965015257182, -4616491400019287107, 4608296988701495456, 4607758635720216740,
    -4614971244812530013, -4615848089898791725, 4608507472618612445, 4607754264212240254,
    -4614756338837206418, -4615590144275513295, 4608726138565940348, 4607907070490738461,
    -4619178399179998832, -4861731708114010639, 4607182418800017408, 4601714376774302918,
    0, 0, -4620709642509228799, 0,
    4602034759913498693, 0, -4621974542935872097, -4619006870750749494,
    4600834605952346129, 4605344006741011723, -4623071857274014805, -4619301705202534124,
    4599811706461611824, 4603973164467982336, -4624015757628920056, -4619995159445723083,
    4598936063099411611, 4603072027443037701, -4620382369004112660, 4363519972542391786,
    4607182418800017408, 4598818372383283171, 0, 0,
    -4626045269460160446, 0, 4596206155991497041, 0,
    -4628287324427486115, -4620958364872107218, 4594219521914946684, 4603503287918994917,
    -4630161724979102760, -4622372483218658272, 4591933576764995053, 4600727999045255313,
    -4632545095287678786, -4624140656604676746, 4589899267902478228, 4598608144514670379,
    -4622238608756248782, -4868238160145148825, 4607182418800017408, 4595349584587014967,
    0, 0, -4630950812593138882, 0,
    4591089915238430416, 0, -4633859522124568579, -4623732959974084421,
    4587958019790923941, 4602039184609521958, -4637209044670797612, -4625172991616869779,
    4584921174391291285, 4598271344698705578, -4640316645977609904, -4628129890192592340,
    4581486952729257144, 4594532229350393408, -4624235808891837476, 4354259891252009277,
    4607182418800017408, 4591295103573863267, 0, 0,
    -4635835660242542941, 0, 4586636202621101562, 0,
    -4639547713789475326, -4626753889684904456, 4582309703557531176, 4600654967285635322,
    -4643342179210634999, -4628942492623495958, 4578066629129547662, 4595702485542807331,
    -4647446207642732048, -4632269244908476183, 4573885591028570211, 4591080681285467120,
    -4627037443255357096, -4886698257566144492, 4607182418800017408, 4585862901287273808,
    0, 0, -4641734007749124197, 0,
    4583385595164659270, 0, -4646116796186004207, -4631541717262988389,
    4577929946953627528, 4599911114178578821, -4650674127508928326, -4633860837031512799,
    4572647400017106700, 4594374772758300717, -4655345902598923472, -4637610263885487328,
    4567496504606579427, 4589072011113646598, -4631610562632274526, -4875009134882654299,
    4607182418800017408, 4576745611899133401, 0, 0
};

double java_hs_tan_at(long i) {
    return java_from_bits(java_hs_tan_tbl[i]);
}

/* tan(x + quad pi/2) for 0.1 <= |x| < 16384 (or x reduced from a large argument, x_lo its low part): r
 * = x - N pi/32 with its error, and the remainder modulo pi/2 whose reciprocal cot needs; the block's
 * polynomial in r and the parts summed in the stubs' order. */
double java_hs_tan_main(double x, double x_lo, long huge, long quad) {
    double half = java_hs_bits(x) >> 63 ? -0.5 : 0.5;
    double u0 = 16.0 * (double)(long)(x * java_from_bits(4603909380684499075) + half);
    long n32 = (long)(x * java_from_bits(4621923779193981059) + half);
    double u1 = (double)n32;
    long b = (((n32 + 469248 + 16 * quad) % 32) + 32) % 32 * 22;
    double p2a = java_from_bits(-4813530268215853056) * u0;
    double p2b = java_from_bits(4415370567915143168) * u1;
    double a0 = x - java_from_bits(4591738658415198208) * u0;
    double a1 = x - java_from_bits(4591738658415181824) * u1;
    double q = java_from_bits(4409841768638919599) * u0 + a0;
    double b0 = a0 - p2a;
    double r = a1 - p2b;
    unsigned long qb = java_hs_bits(q);
    double t = java_from_bits((long)(qb - qb % 262144));
    double e0 = a0 - b0 - p2a - java_from_bits(4226807334166803530) * u0;
    double e1 = a1 - r - p2b - java_from_bits(4245076054004233029) * u1;
    double rcp = 1.0 / t;
    double r2;
    double r4;
    double rr4;
    double pa_lo;
    double pa_hi;
    double pc_lo;
    double pc_hi;
    double res;
    double m;
    double m_lo;
    double rh;
    double v;
    double hh;
    double hi3;
    unsigned long rb;
    if (huge) {
        e0 = e0 + x_lo;
        e1 = e1 + x_lo;
    }
    e0 = e0 + (b0 - t);
    r2 = r * r;
    pa_lo = java_hs_tan_at(b + 2) * r + java_hs_tan_at(b);
    pa_hi = java_hs_tan_at(b + 3) * r + java_hs_tan_at(b + 1);
    pa_lo = pa_lo + (java_hs_tan_at(b + 6) * r + java_hs_tan_at(b + 4)) * r2;
    pa_hi = pa_hi + (java_hs_tan_at(b + 7) * r + java_hs_tan_at(b + 5)) * r2;
    pc_lo = java_hs_tan_at(b + 12) * r + java_hs_tan_at(b + 10) + java_hs_tan_at(b + 14) * r2;
    pc_hi = java_hs_tan_at(b + 13) * r + java_hs_tan_at(b + 11) + java_hs_tan_at(b + 15) * r2;
    r4 = r2 * r2;
    pa_lo = pa_lo + java_hs_tan_at(b + 8) * r4;
    pa_hi = pa_hi + java_hs_tan_at(b + 9) * r4;
    rr4 = r * r4;
    pa_lo = pa_lo + pc_lo * rr4;
    pa_hi = pa_hi + pc_hi * rr4;
    res = r4 * r4 * pa_lo + pa_hi;
    m = r * java_hs_tan_at(b + 18) + r * java_hs_tan_at(b + 19);
    m_lo = r * java_hs_tan_at(b + 19) + (r * java_hs_tan_at(b + 18) - m);
    res = res + ((java_hs_tan_at(b + 18) + java_hs_tan_at(b + 19)) * e1 + java_hs_tan_at(b + 17) + m_lo);
    rb = java_hs_bits(rcp);
    rh = java_hs_tan_tbl[b + 21] != 0 ? java_from_bits((long)(rb - rb % 34359738368)) : 0.0;
    v = (1.0 - t * rh - e0 * rcp) * (rcp * java_hs_tan_at(b + 20));
    hh = rh - java_hs_tan_at(b + 16);
    hi3 = m - hh;
    res = res + (m - (hh + hi3));
    res = res - v;
    return res + hi3;
}

double java_hs_tan(double x) {
    unsigned long bx = java_hs_bits(x);
    long top = (long)(bx >> 48) % 32768;
    double x2;
    double p;
    long k;
    if (top >= 16314 && top <= 16584)
        return java_hs_tan_main(x, 0.0, 0, 0);
    if (top < 16314) {
        if (top < 16)
            return x; /* zero or subnormal */
        if (top < 15904)
            return (x + x * 36028797018963968.0) * 2.7755575615628914e-17;
        x2 = x * x;
        p = java_from_bits(4576326389006749047) * x2 + java_from_bits(4581960312466733635);
        p = p * x2 + java_from_bits(4587938467031599275);
        p = p * x2 + java_from_bits(4593971859892545350);
        p = p * x2 + java_from_bits(4599676419421066770);
        return x + p * (x * x2);
    }
    if (top >= 32752)
        return x * -0.0; /* NaN */
    k = java_hs_reduce_huge(x, 1);
    return java_hs_tan_main(java_hs_red_hi, java_hs_red_lo, 1, k);
}

/* The hexadecimal digit of v (0..15), a capital letter when upper. */
long java_fd_hex_digit(long v, long upper) {
    if (v < 10)
        return '0' + v;
    return (upper ? 'A' : 'a') + v - 10;
}

/* Formatter's %a and %A of d: Double.toHexString's form (0x1.8p1; a subnormal 0x0.0...1p-1022, without
 * the significand's trailing zeros), with prec hexadecimal digits when a precision is given: rounded half
 * to even to 1..12 of them (a subnormal normalised first: 0x1.0p-1074), padded with zeros beyond. The
 * flags are java_fd_format's: - + and space. */
long java_fd_hex(double d, long prec, long upper, long flags, long width) {
    unsigned long bits = *(unsigned long *)&d;
    long neg = (long)(bits >> 63);
    long bexp = (long)((bits >> 52) % 2048);
    long fract = (long)(bits % 4503599627370496);
    long lead = 1;
    long exp;
    long ndig = 13;
    long shift;
    long q;
    long r;
    long half;
    long i;
    java_fd_len = 0;
    java_fd_out[0] = 0;
    if (d != d) {
        java_fd_put_text(upper ? "NAN" : "NaN");
    } else {
        if (neg)
            java_fd_put('-');
        else if (flags / 4 % 2)
            java_fd_put('+');
        else if (flags / 8 % 2)
            java_fd_put(' ');
        if (bexp == 2047) {
            java_fd_put_text(upper ? "INFINITY" : "Infinity");
        } else {
            exp = bexp - 1023;
            if (bexp == 0 && fract == 0) {
                lead = 0;
                exp = 0;
                ndig = 1;
            } else if (prec >= 1 && prec <= 12) {
                if (bexp == 0) { /* a subnormal, normalised */
                    exp = -1022;
                    while (fract < 4503599627370496) {
                        fract = fract * 2;
                        exp = exp - 1;
                    }
                    fract = fract - 4503599627370496;
                }
                shift = 52 - 4 * prec;
                q = fract / (long)java_fd_pow2(shift);
                r = fract % (long)java_fd_pow2(shift);
                half = (long)java_fd_pow2(shift - 1);
                if (r > half || (r == half && q % 2 == 1))
                    q = q + 1;
                if (q == (long)java_fd_pow2(4 * prec)) { /* carried into the leading digit */
                    q = 0;
                    exp = exp + 1;
                }
                fract = q * (long)java_fd_pow2(shift);
                ndig = prec;
                if (exp > 1023) { /* rounded up to infinity: java prints 1.0p1024 */
                    fract = 0;
                    ndig = 1;
                }
            } else if (bexp == 0) {
                lead = 0;
                exp = -1022;
            }
            if (prec < 1 || prec > 12) { /* Double.toHexString's digits: trailing zeros dropped */
                ndig = 13;
                while (ndig > 1 && fract / (long)java_fd_pow2(4 * (13 - ndig)) % 16 == 0)
                    ndig = ndig - 1;
            }
            java_fd_put('0');
            java_fd_put(upper ? 'X' : 'x');
            java_fd_put('0' + lead);
            java_fd_put('.');
            i = 0;
            while (i < ndig) {
                java_fd_put(java_fd_hex_digit(fract / (long)java_fd_pow2(4 * (12 - i)) % 16, upper));
                i = i + 1;
            }
            while (i < prec) { /* addZeros */
                java_fd_put('0');
                i = i + 1;
            }
            java_fd_put(upper ? 'P' : 'p');
            if (exp < 0) {
                java_fd_put('-');
                exp = -exp;
            }
            if (exp >= 1000) { /* 1022 to 1074: four digits */
                java_fd_put('1');
                exp = exp - 1000;
                java_fd_put('0' + exp / 100);
                java_fd_put('0' + exp / 10 % 10);
                java_fd_put('0' + exp % 10);
            } else {
                java_fd_put_int(exp);
            }
        }
    }
    return java_fd_justify(width, flags);
}
