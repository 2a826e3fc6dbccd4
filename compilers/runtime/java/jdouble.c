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
 *   Double.parseDouble's grammar (the value itself is float64's strtod, correctly rounded).
 *
 * The file is also valid C for gcc (every signed intermediate stays below 2^63; what must wrap is
 * unsigned), so that its digits can be checked against java on many values quickly
 * (compilers/tests/test_java_double_random.py). Every name begins java_.
 */

#include <math.h>

#include <stdlib.h>

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

/* x = v * 5^p5 * 2^p2. */
void java_fd_big_pow52(long *x, long v, long p5, long p2) {
    java_fd_big_set(x, v);
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

/* Double.toString(d) into java_fd_out; returns its length (FloatingDecimal's getChars). */
long java_fd_string(double d) {
    unsigned long bits = *(unsigned long *)&d;
    long i;
    long n;
    long e;
    java_fd_len = 0;
    java_fd_out[0] = 0;
    java_fd_convert(bits, 1);
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
long java_fd_format(double d, long conv, long prec, long flags, long width) {
    unsigned long bits = *(unsigned long *)&d;
    long upper = conv == 'E';
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
    long body[400];
    long blen = 0;
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
    /* justified to the width with spaces */
    if (width > java_fd_len) {
        i = 0;
        while (i < java_fd_len) {
            body[i] = java_fd_out[i];
            i = i + 1;
        }
        blen = java_fd_len;
        java_fd_len = 0;
        pad = width - blen;
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
    }
    return java_fd_len;
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

/* The high 32 bits of x as a signed int (fdlibm's __HI). */
long java_hi(double x) {
    unsigned long bits = *(unsigned long *)&x;
    long hi = (long)(bits / 4294967296);
    return hi >= 2147483648 ? hi - 4294967296 : hi;
}

/* The low 32 bits of x, unsigned (fdlibm's __LO). */
long java_lo(double x) {
    unsigned long bits = *(unsigned long *)&x;
    return (long)(bits % 4294967296);
}

/* x with its high half replaced by hi (a signed or unsigned 32-bit value), or its low half by lo. */
double java_with_hi(double x, long hi) {
    unsigned long bits = *(unsigned long *)&x;
    unsigned long h = (unsigned long)(hi < 0 ? hi + 4294967296 : hi);
    bits = h * 4294967296 + bits % 4294967296;
    return *(double *)&bits;
}

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
