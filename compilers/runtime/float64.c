/* IEEE 754 binary64 on the decimal Engine: the source of float64.ir.
 *
 * `python -m compilers.runtime.build_float64` compiles this C with the C front-end into float64.ir (the
 * file the linker reads; `--check` says whether it is up to date). Every name begins f64_.
 *
 * A double is held in one word as its IEEE 754 bit pattern, read as a non-negative integer below 2^64:
 * sign * 2^63 + biased exponent * 2^52 + fraction. The routines take the fields apart with decimal
 * division by powers of two and compute exactly with the Engine's 50-digit integers (a product of two
 * 53-bit significands has at most 106 bits, about 32 digits), then round once, to nearest with ties to
 * even, as IEEE 754 does. This is the Engine's dialect of C: `long` never wraps here (the Engine holds
 * the mathematical value), so products above 2^63 are exact. Constants above 2^63 come from f64_pow2,
 * the table of 2^0 .. 2^166 that the build fills in (a C constant cannot exceed 64 bits).
 *
 * A binary32 `float` is held the same way: the binary64 pattern of its value (which binary64 represents
 * exactly); f64_to_f32 rounds a double to binary32's precision and range. Computing a float operation in
 * binary64 and then rounding to binary32 gives the correctly rounded binary32 result for + - * / and
 * sqrt, since 53 >= 2 * 24 + 2.
 *
 * NaN: an operation with a NaN operand returns the first NaN operand made quiet; an invalid operation
 * (0/0, inf-inf, 0*inf, sqrt(-1), fmod(x, 0)) returns x86-64's default NaN, 0xFFF8000000000000 (printed
 * "-nan" by glibc), as a program built by gcc on x86-64 computes at run time.
 */

#include <stdio.h>

long f64_pow2[167];
void f64_repeat(long c, long count);

/* The fields of the last operand f64_unpack took apart. */
long f64_s;   /* 1 when negative */
long f64_m;   /* the significand as an integer (the hidden bit included for normal numbers) */
long f64_e;   /* the exponent of its last bit: the value is m * 2^e */
long f64_k;   /* 0 finite, 1 infinite, 2 NaN */
/* The same fields of the first operand of a binary operation (f64_operands). */
long f64_sa;
long f64_ma;
long f64_ea;
long f64_ka;

#define P52 4503599627370496
#define EXP_INF 2047

/* The sign bit's weight: 2^63. */
#define SIGN f64_pow2[63]

void f64_unpack(long b) {
    long biased;
    f64_s = 0;
    if (b >= SIGN) {
        f64_s = 1;
        b = b - SIGN;
    }
    biased = b / P52;
    f64_m = b % P52;
    f64_k = 0;
    if (biased == EXP_INF) {
        f64_k = 1;
        if (f64_m != 0)
            f64_k = 2;
        f64_e = 0;
    } else if (biased == 0) {
        f64_e = -1074;
    } else {
        f64_m = f64_m + P52;
        f64_e = biased - 1075;
    }
}

/* The number of bits of m (0 for 0), for 0 <= m < 2^166: a binary search in the table. */
long f64_bitlen(long m) {
    long lo = 0;
    long hi = 166;
    long mid;
    /* m < 2^hi; the answer is the least n with m < 2^n */
    while (lo < hi) {
        mid = (lo + hi) / 2;
        if (m < f64_pow2[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

long f64_inf(long sign) { return sign * SIGN + EXP_INF * P52; }

long f64_zero(long sign) { return sign * SIGN; }

/* x86-64's default NaN: negative, quiet. */
long f64_default_nan(void) { return SIGN + EXP_INF * P52 + P52 / 2; }

/* A NaN made quiet (its top fraction bit set), as x86-64 passes a NaN operand on. */
long f64_quiet(long b) {
    long low = b % P52;
    if (low < P52 / 2)
        return b + P52 / 2;
    return b;
}

/* Takes both operands apart, a into f64_sa.. and b into f64_s..; the result an operation with a NaN
 * operand gives (the first NaN, made quiet), or 0 when neither is a NaN. */
long f64_operands(long a, long b) {
    f64_unpack(a);
    f64_sa = f64_s;
    f64_ma = f64_m;
    f64_ea = f64_e;
    f64_ka = f64_k;
    f64_unpack(b);
    if (f64_ka == 2)
        return f64_quiet(a);
    if (f64_k == 2)
        return f64_quiet(b);
    return 0;
}

long f64_is_nan(long b) {
    f64_unpack(b);
    return f64_k == 2;
}

/* Round (-1)^sign * (m + sticky') * 2^e to a binary format with `prec` bits of significand whose least
 * exponent of the last bit is `least` (binary64: 53, -1074; binary32: 24, -149), to nearest, ties to
 * even. sticky != 0 says the exact value is a little above m * 2^e (a remainder was dropped below m's last
 * bit). The result is left in f64_m and f64_e (f64_m < 2^prec; 0 when it rounds to zero). */
void f64_round(long m, long e, long sticky, long prec, long least) {
    long n = f64_bitlen(m);
    long lsb = e + n - prec;
    long shift;
    long q;
    long r;
    long half;
    if (lsb < least)
        lsb = least;
    shift = lsb - e;
    if (shift <= 0) {
        f64_m = m * f64_pow2[-shift];
        f64_e = lsb;
        return;
    }
    if (shift > n) {
        /* below half of the least step: zero */
        f64_m = 0;
        f64_e = lsb;
        return;
    }
    q = m / f64_pow2[shift];
    r = m % f64_pow2[shift];
    half = f64_pow2[shift - 1];
    if (r > half || (r == half && (sticky != 0 || q % 2 == 1)))
        q = q + 1;
    if (q == f64_pow2[prec]) {
        q = q / 2;
        lsb = lsb + 1;
    }
    f64_m = q;
    f64_e = lsb;
}

/* The binary64 pattern of (-1)^sign * m * 2^e, rounded. */
long f64_pack(long sign, long m, long e, long sticky) {
    long bits;
    if (m == 0)
        return f64_zero(sign);
    f64_round(m, e, sticky, 53, -1074);
    if (f64_m == 0)
        return f64_zero(sign);
    /* normal: q in [2^52, 2^53) and (lsb + 1074) * 2^52 + q sets the exponent field through the
     * hidden bit; subnormal: lsb = -1074 and the pattern is q itself */
    bits = (f64_e + 1074) * P52 + f64_m;
    if (bits >= EXP_INF * P52)
        return f64_inf(sign);
    return sign * SIGN + bits;
}

long f64_neg(long a) {
    if (a >= SIGN)
        return a - SIGN;
    return a + SIGN;
}

long f64_fabs(long a) {
    if (a >= SIGN)
        return a - SIGN;
    return a;
}

long f64_add(long a, long b) {
    long sa;
    long ma;
    long ea;
    long ka;
    long sb;
    long mb;
    long eb;
    long kb;
    long d;
    long sum;
    long nan = f64_operands(a, b);
    if (nan != 0)
        return nan;
    sa = f64_sa;
    ma = f64_ma;
    ea = f64_ea;
    ka = f64_ka;
    sb = f64_s;
    mb = f64_m;
    eb = f64_e;
    kb = f64_k;
    if (ka == 1) {
        if (kb == 1 && sa != sb)
            return f64_default_nan();
        return a;
    }
    if (kb == 1)
        return b;
    if (ma == 0 && mb == 0)
        return f64_zero(sa * sb);
    if (ma == 0)
        return b;
    if (mb == 0)
        return a;
    if (ea < eb) {
        d = sa; sa = sb; sb = d;
        d = ma; ma = mb; mb = d;
        d = ea; ea = eb; eb = d;
    }
    d = ea - eb;
    if (d > 64) {
        /* b lies below every bit the rounding looks at: keep only which side it is on */
        mb = 1;
        d = 64;
        eb = ea - 64;
    }
    if (sa == 1)
        ma = -ma;
    if (sb == 1)
        mb = -mb;
    sum = ma * f64_pow2[d] + mb;
    if (sum == 0)
        return f64_zero(0);
    if (sum < 0)
        return f64_pack(1, -sum, eb, 0);
    return f64_pack(0, sum, eb, 0);
}

long f64_sub(long a, long b) {
    f64_unpack(b);
    if (f64_k == 2)
        return f64_add(a, b);
    return f64_add(a, f64_neg(b));
}

long f64_mul(long a, long b) {
    long sign;
    long nan = f64_operands(a, b);
    if (nan != 0)
        return nan;
    sign = (f64_sa + f64_s) % 2;
    if (f64_ka == 1 || f64_k == 1) {
        if ((f64_ka == 0 && f64_ma == 0) || (f64_k == 0 && f64_m == 0))
            return f64_default_nan();
        return f64_inf(sign);
    }
    return f64_pack(sign, f64_ma * f64_m, f64_ea + f64_e, 0);
}

long f64_div(long a, long b) {
    long sign;
    long k;
    long num;
    long nan = f64_operands(a, b);
    if (nan != 0)
        return nan;
    sign = (f64_sa + f64_s) % 2;
    if (f64_ka == 1) {
        if (f64_k == 1)
            return f64_default_nan();
        return f64_inf(sign);
    }
    if (f64_k == 1)
        return f64_zero(sign);
    if (f64_m == 0) {
        if (f64_ma == 0)
            return f64_default_nan();
        return f64_inf(sign);
    }
    if (f64_ma == 0)
        return f64_zero(sign);
    /* a quotient of at least 55 bits: two bits beyond the 53 kept, and the remainder as sticky */
    k = 108 - f64_bitlen(f64_ma);
    num = f64_ma * f64_pow2[k];
    return f64_pack(sign, num / f64_m, f64_ea - f64_e - k, num % f64_m);
}

/* fma(a, b, c): a * b + c rounded once, as C99's fma and x86-64's vfmadd compute it. The exact product
 * (at most 106 bits) and c are added exactly, the larger (by its top bit) h and the smaller l; when l
 * lies wholly below a quarter of h's last bit, once h has at least 56 bits, only its sign can matter to
 * the rounding, and a unit below that stands for it (so the sum stays below 2^164). */
long f64_fma(long a, long b, long c) {
    long sh;
    long mh;
    long eh;
    long sl;
    long ml;
    long el;
    long n;
    long bottom;
    long sum;
    long nan = f64_operands(a, b);
    if (nan != 0)
        return nan;
    sh = (f64_sa + f64_s) % 2;
    mh = f64_ma * f64_m;
    eh = f64_ea + f64_e;
    if (f64_ka == 1 || f64_k == 1 || mh == 0)
        return f64_add(f64_mul(a, b), c); /* an infinite or zero product is exact */
    f64_unpack(c);
    if (f64_k == 2)
        return f64_quiet(c);
    if (f64_k == 1)
        return c;
    if (f64_m == 0)
        return f64_pack(sh, mh, eh, 0);
    sl = f64_s;
    ml = f64_m;
    el = f64_e;
    if (el + f64_bitlen(ml) > eh + f64_bitlen(mh)) {
        n = sh; sh = sl; sl = n;
        n = mh; mh = ml; ml = n;
        n = eh; eh = el; el = n;
    }
    n = f64_bitlen(mh);
    if (n < 56) {
        mh = mh * f64_pow2[56 - n];
        eh = eh - (56 - n);
    }
    if (el + f64_bitlen(ml) <= eh - 2) {
        ml = 1;
        el = eh - 3;
    }
    bottom = el;
    if (eh < el)
        bottom = eh;
    sum = mh * f64_pow2[eh - bottom] * (1 - 2 * sh) + ml * f64_pow2[el - bottom] * (1 - 2 * sl);
    if (sum == 0)
        return f64_zero(0);
    if (sum < 0)
        return f64_pack(1, -sum, bottom, 0);
    return f64_pack(0, sum, bottom, 0);
}

/* floor(sqrt(n)) for 0 <= n < 2^166: Newton's iteration from above. */
long f64_isqrt(long n) {
    long x;
    long y;
    if (n == 0)
        return 0;
    x = f64_pow2[(f64_bitlen(n) + 1) / 2];
    while (1) {
        y = (x + n / x) / 2;
        if (y >= x)
            return x;
        x = y;
    }
    return x;
}

long f64_sqrt(long a) {
    long m;
    long e;
    long k;
    long root;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_m == 0 && f64_k == 0)
        return a; /* sqrt(-0) is -0 */
    if (f64_s == 1)
        return f64_default_nan();
    if (f64_k == 1)
        return a;
    m = f64_m;
    e = f64_e;
    if (e % 2 != 0) {
        m = m * 2;
        e = e - 1;
    }
    /* at least 110 bits under the root, so that it has at least 55 */
    k = 111 - f64_bitlen(m);
    if (k % 2 != 0)
        k = k + 1;
    m = m * f64_pow2[k];
    root = f64_isqrt(m);
    return f64_pack(0, root, (e - k) / 2, m - root * root);
}

/* Comparison: -1, 0 or 1, and 2 when either is a NaN (unordered). -0 equals +0. */
long f64_cmp(long a, long b) {
    long ka;
    long kb;
    f64_unpack(a);
    if (f64_k == 2)
        return 2;
    f64_unpack(b);
    if (f64_k == 2)
        return 2;
    ka = a;
    if (a >= SIGN)
        ka = SIGN - a;
    kb = b;
    if (b >= SIGN)
        kb = SIGN - b;
    if (ka < kb)
        return -1;
    if (ka > kb)
        return 1;
    return 0;
}

long f64_eq(long a, long b) { return f64_cmp(a, b) == 0; }
long f64_ne(long a, long b) { return f64_cmp(a, b) != 0; }
long f64_lt(long a, long b) { return f64_cmp(a, b) == -1; }
long f64_le(long a, long b) {
    long c = f64_cmp(a, b);
    return c == -1 || c == 0;
}
long f64_gt(long a, long b) { return f64_cmp(a, b) == 1; }
long f64_ge(long a, long b) {
    long c = f64_cmp(a, b);
    return c == 1 || c == 0;
}

/* An integer of any size the Engine holds, rounded to the nearest double. */
long f64_from_int(long v) {
    if (v < 0)
        return f64_pack(1, -v, 0, 0);
    return f64_pack(0, v, 0, 0);
}

/* An integer rounded straight to binary32 (rounding it to a double first could round twice), as a
 * double. */
long f64_int_to_f32(long v) {
    long sign = 0;
    if (v == 0)
        return 0;
    if (v < 0) {
        sign = 1;
        v = -v;
    }
    f64_round(v, 0, 0, 24, -149);
    return f64_pack(sign, f64_m, f64_e, 0);
}

/* Toward zero, as C's conversion to an integer type; a NaN or a value of 2^64 or more in magnitude (C
 * leaves these undefined) gives -2^63, x86-64's "integer indefinite". */
long f64_to_int(long a) {
    long q;
    f64_unpack(a);
    if (f64_k != 0 || f64_e >= 12)
        return -SIGN;
    if (f64_e >= 0)
        q = f64_m * f64_pow2[f64_e];
    else if (f64_e < -60)
        q = 0;
    else
        q = f64_m / f64_pow2[-f64_e];
    if (f64_s == 1)
        return -q;
    return q;
}

/* The double rounded to binary32 (24 bits, least exponent -149, overflow at 2^128), as a double. */
long f64_to_f32(long a) {
    long sign;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_k == 1 || f64_m == 0)
        return a;
    sign = f64_s;
    f64_round(f64_m, f64_e, 0, 24, -149);
    if (f64_m == 0)
        return f64_zero(sign);
    if (f64_e + f64_bitlen(f64_m) > 128)
        return f64_inf(sign);
    return f64_pack(sign, f64_m, f64_e, 0);
}

/* The binary32 bit pattern of a float held as its double's (what a union or memcpy shows of a float):
 * sign * 2^31 + biased exponent * 2^23 + fraction, the subnormals' fraction shifted into place. */
long f64_f32_bits(long a) {
    long sign;
    long x;
    f64_unpack(a);
    sign = f64_s * 2147483648;
    if (f64_k != 0) /* infinity, or a NaN keeping its payload's top 23 bits */
        return sign + 255 * 8388608 + (a % P52) / 536870912;
    if (f64_m == 0)
        return sign;
    x = f64_e + f64_bitlen(f64_m) - 1; /* the unbiased exponent: the value is m * 2^e */
    if (x >= -126)
        return sign + (x + 127) * 8388608 + (f64_m / f64_pow2[f64_bitlen(f64_m) - 24]) % 8388608;
    return sign + f64_m / f64_pow2[-149 - f64_e];
}

/* The float whose binary32 bit pattern is w's low 32 bits, held as its double's pattern. */
long f64_f32_from_bits(long w) {
    long sign;
    long e;
    long f;
    w = w % 4294967296;
    if (w < 0)
        w = w + 4294967296;
    sign = w / 2147483648;
    e = (w / 8388608) % 256;
    f = w % 8388608;
    if (e == 255)
        return sign * SIGN + EXP_INF * P52 + f * 536870912;
    if (e == 0)
        return f64_pack(sign, f, -149, 0);
    return f64_pack(sign, f + 8388608, e - 150, 0);
}

/* The integral value toward minus infinity (down = 1) or plus infinity (down = 0), or toward zero
 * (down = 2). */
long f64_integral(long a, long down) {
    long q;
    long inexact;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_k == 1 || f64_e >= 0 || f64_m == 0)
        return a;
    if (f64_e < -60) {
        q = 0;
        inexact = 1;
    } else {
        q = f64_m / f64_pow2[-f64_e];
        inexact = f64_m % f64_pow2[-f64_e] != 0;
    }
    if (inexact && ((down == 1 && f64_s == 1) || (down == 0 && f64_s == 0)))
        q = q + 1;
    return f64_pack(f64_s, q, 0, 0);
}

long f64_floor(long a) { return f64_integral(a, 1); }
long f64_ceil(long a) { return f64_integral(a, 0); }
long f64_trunc(long a) { return f64_integral(a, 2); }

/* C's fmod: x - n*y with n = trunc(x/y), computed exactly (the result is always representable). */
long f64_fmod(long a, long b) {
    long r;
    long d;
    long step;
    long nan = f64_operands(a, b);
    if (nan != 0)
        return nan;
    if (f64_ka == 1 || (f64_k == 0 && f64_m == 0))
        return f64_default_nan();
    if (f64_k == 1 || f64_ma == 0)
        return a;
    if (f64_ea < f64_e) {
        d = f64_e - f64_ea;
        if (d > 60)
            return a;
        r = f64_ma % (f64_m * f64_pow2[d]);
        return f64_pack(f64_sa, r, f64_ea, 0);
    }
    /* r = ma * 2^(ea - eb) mod mb, a hundred bits at a time */
    d = f64_ea - f64_e;
    r = f64_ma % f64_m;
    while (d > 0) {
        step = d;
        if (step > 100)
            step = 100;
        r = (r * f64_pow2[step]) % f64_m;
        d = d - step;
    }
    return f64_pack(f64_sa, r, f64_e, 0);
}

/* Printing: C's %f %e %g %a as glibc prints them. The exact decimal expansion of the double is made
 * first (a double is m * 2^e, and for e < 0 that is m * 5^-e / 10^-e: every double has a finite decimal
 * expansion, at most 767 significant digits), then rounded once, to nearest with ties to even, at the
 * digit the conversion keeps, which is what glibc prints in the default rounding mode. */

#define LIMB 1000000000000000000
#define DIGITS 1200
#define OUT 1600

long f64_limb[100];
/* The digits, one a word, most significant first, from f64_dig[f64_st], f64_nd of them; the value is
 * their integer times 10^-f64_pt. f64_dig[0] is kept free for a carry out of the first digit. */
long f64_dig[DIGITS];
long f64_st;
long f64_nd;
long f64_pt;
/* The characters of the last conversion, and how many of them are its prefix (sign, 0x) that zero
 * padding goes after. */
long f64_out[OUT];
long f64_len;
long f64_prefix;

/* The limbs (base 10^18, least significant first) times f, for f * 10^18 within the word. */
long f64_limbs_times(long n, long f) {
    long i = 0;
    long carry = 0;
    long t;
    while (i < n) {
        t = f64_limb[i] * f + carry;
        f64_limb[i] = t % LIMB;
        carry = t / LIMB;
        i = i + 1;
    }
    while (carry > 0) {
        f64_limb[n] = carry % LIMB;
        carry = carry / LIMB;
        n = n + 1;
    }
    return n;
}

/* The exact decimal digits of m * 2^e (m > 0) into f64_dig, f64_st, f64_nd, f64_pt. */
void f64_digits(long m, long e) {
    long n = 0;
    long k;
    long step;
    long f;
    long i;
    long j;
    long limb;
    long place;
    while (m > 0) {
        f64_limb[n] = m % LIMB;
        m = m / LIMB;
        n = n + 1;
    }
    f64_pt = 0;
    if (e >= 0) {
        k = e;
        while (k > 0) {
            step = k;
            if (step > 59)
                step = 59;
            n = f64_limbs_times(n, f64_pow2[step]);
            k = k - step;
        }
    } else {
        k = -e;
        f64_pt = k;
        while (k > 0) {
            step = k;
            if (step > 25)
                step = 25;
            f = 1;
            j = 0;
            while (j < step) {
                f = f * 5;
                j = j + 1;
            }
            n = f64_limbs_times(n, f);
            k = k - step;
        }
    }
    /* the limbs' digits, most significant first, without the leading zeros of the first limb */
    f64_dig[0] = 0;
    f64_st = 1;
    f64_nd = 0;
    i = n - 1;
    while (i >= 0) {
        limb = f64_limb[i];
        place = LIMB / 10;
        if (i == n - 1) {
            while (place > limb)
                place = place / 10;
        }
        while (place > 0) {
            f64_dig[1 + f64_nd] = (limb / place) % 10;
            f64_nd = f64_nd + 1;
            place = place / 10;
        }
        i = i - 1;
    }
}

/* Keep the first `keep` digits, rounding the rest off to nearest, ties to even. */
void f64_keep(long keep) {
    long first;
    long rest = 0;
    long odd = 0;
    long up;
    long i;
    if (keep >= f64_nd)
        return;
    first = 0;
    if (keep >= 0)
        first = f64_dig[f64_st + keep];
    i = keep + 1;
    if (i < 0)
        i = 0;
    while (i < f64_nd && rest == 0) {
        if (f64_dig[f64_st + i] != 0)
            rest = 1;
        i = i + 1;
    }
    if (keep >= 1)
        odd = f64_dig[f64_st + keep - 1] % 2;
    if (keep < 0)
        rest = 0;
    up = first > 5 || (first == 5 && (rest || odd));
    if (keep < 0) {
        up = 0;
        f64_pt = f64_pt - f64_nd + keep;
        keep = 0;
    } else {
        f64_pt = f64_pt - f64_nd + keep;
    }
    if (keep == 0) {
        f64_dig[f64_st] = up;
        f64_nd = 1;
        return;
    }
    f64_nd = keep;
    if (up) {
        i = f64_st + keep - 1;
        while (f64_dig[i] == 9) {
            f64_dig[i] = 0;
            i = i - 1;
        }
        f64_dig[i] = f64_dig[i] + 1;
        if (i < f64_st) {
            f64_st = i;
            f64_nd = f64_nd + 1;
        }
    }
}

/* The digit of place j of the rounded digits, 0 outside them. */
long f64_digit_at(long j) {
    if (j < 0 || j >= f64_nd)
        return 0;
    return f64_dig[f64_st + j];
}

void f64_put(long c) {
    if (f64_len < OUT) {
        f64_out[f64_len] = c;
        f64_len = f64_len + 1;
    }
}

void f64_put_text(long a, long b, long c, long upper) {
    f64_put(a - upper * 32);
    f64_put(b - upper * 32);
    f64_put(c - upper * 32);
}

/* %f's digits for `prec` places, from the rounded digits. */
void f64_put_fixed(long prec, long alt) {
    long whole = f64_nd - f64_pt;
    long j;
    if (whole <= 0) {
        f64_put('0');
    } else {
        j = 0;
        while (j < whole) {
            f64_put('0' + f64_digit_at(j));
            j = j + 1;
        }
    }
    if (prec > 0 || alt)
        f64_put('.');
    j = 0;
    while (j < prec) {
        f64_put('0' + f64_digit_at(whole + j));
        j = j + 1;
    }
}

/* %e's digits before the exponent: one digit, the point, prec digits. */
void f64_put_mantissa(long prec, long alt) {
    long j = 1;
    f64_put('0' + f64_digit_at(0));
    if (prec > 0 || alt)
        f64_put('.');
    while (j <= prec) {
        f64_put('0' + f64_digit_at(j));
        j = j + 1;
    }
}

/* The exponent: a letter, a sign, at least `least` digits. */
void f64_put_exponent(long letter, long x, long least) {
    long place = 1;
    long count = 1;
    f64_put(letter);
    if (x < 0) {
        f64_put('-');
        x = -x;
    } else {
        f64_put('+');
    }
    while (place * 10 <= x) {
        place = place * 10;
        count = count + 1;
    }
    while (count < least) {
        f64_put('0');
        count = count + 1;
    }
    while (place > 0) {
        f64_put('0' + (x / place) % 10);
        place = place / 10;
    }
}

/* %g without '#': the fraction's trailing zeros go, and the point when nothing follows it. */
void f64_strip_zeros(long from) {
    long i = from;
    long point = 0;
    while (i < f64_len) {
        if (f64_out[i] == '.')
            point = 1;
        i = i + 1;
    }
    if (!point)
        return;
    while (f64_out[f64_len - 1] == '0')
        f64_len = f64_len - 1;
    if (f64_out[f64_len - 1] == '.')
        f64_len = f64_len - 1;
}

/* %a: the hexadecimal digits of the significand and the binary exponent. Without a precision
 * (prec < 0) the fraction's 13 digits lose their trailing zeros; with one, they are rounded to prec
 * digits (to nearest, ties to even) or padded with zeros, and a carry out of the fraction raises the
 * leading digit, as glibc does (%.0a of 1.5 is 0x2p+0). */
void f64_put_hex(long m, long e, long upper, long alt, long prec) {
    long lead = 1;
    long frac = m - P52;
    long x = e + 52;
    long place = P52 / 16;
    long d;
    long last = 0;
    long i = 0;
    long digits[13];
    long drop;
    long unit = 1;
    long rest;
    if (m < P52) {
        /* zero and the subnormals: 0x0.<fraction>p-1022 (zero as 0x0p+0) */
        lead = 0;
        frac = m;
        x = -1022;
        if (m == 0)
            x = 0;
    }
    if (prec >= 0 && prec < 13) {
        drop = 13 - prec;
        while (drop > 0) {
            unit = unit * 16;
            drop = drop - 1;
        }
        rest = frac % unit;
        frac = frac - rest;
        /* the kept digits with the leading one, in units: odd when the last kept digit is odd */
        if (rest * 2 > unit || (rest * 2 == unit && ((lead * P52 + frac) / unit) % 2 == 1))
            frac = frac + unit;
        if (frac >= P52) {
            frac = frac - P52;
            lead = lead + 1;
        }
    }
    f64_put('0' + lead);
    while (i < 13) {
        d = (frac / place) % 16;
        digits[i] = d;
        if (d != 0)
            last = i + 1;
        place = place / 16;
        i = i + 1;
    }
    if (prec >= 0)
        last = prec;
    if (last > 0 || alt)
        f64_put('.');
    i = 0;
    while (i < last) {
        d = 0;
        if (i < 13)
            d = digits[i];
        if (d < 10)
            f64_put('0' + d);
        else
            f64_put('a' - 10 + d - upper * 32);
        i = i + 1;
    }
    f64_put_exponent('p' - upper * 32, x, 1);
}

/* The text of one conversion of a double into f64_out (f64_len characters): conv is one of
 * f F e E g G a A, prec the precision (-1: none given), flags a sum of 1 '-', 2 '+', 4 ' ', 8 '#',
 * 16 '0'. Returns f64_len. */
long f64_format(long b, long conv, long prec, long flags) {
    long upper = 0;
    long alt = (flags / 8) % 2;
    long x;
    long before;
    long start;
    f64_len = 0;
    if (conv == 'F' || conv == 'E' || conv == 'G' || conv == 'A') {
        upper = 1;
        conv = conv + 32;
    }
    f64_unpack(b);
    if (f64_s == 1)
        f64_put('-');
    else if ((flags / 2) % 2 == 1)
        f64_put('+');
    else if ((flags / 4) % 2 == 1)
        f64_put(' ');
    f64_prefix = f64_len;
    if (f64_k == 1) {
        f64_put_text('i', 'n', 'f', upper);
        return f64_len;
    }
    if (f64_k == 2) {
        f64_put_text('n', 'a', 'n', upper);
        return f64_len;
    }
    if (conv == 'a') {
        f64_put('0');
        f64_put('x' - upper * 32);
        f64_prefix = f64_len;
        f64_put_hex(f64_m, f64_e, upper, alt, prec);
        return f64_len;
    }
    if (prec < 0)
        prec = 6;
    if (f64_m == 0) {
        f64_dig[1] = 0;
        f64_st = 1;
        f64_nd = 1;
        f64_pt = 0;
    } else {
        f64_digits(f64_m, f64_e);
    }
    if (conv == 'f') {
        f64_keep(f64_nd - f64_pt + prec);
        f64_put_fixed(prec, alt);
        return f64_len;
    }
    if (conv == 'e') {
        f64_keep(prec + 1);
        f64_put_mantissa(prec, alt);
        x = 0;
        if (f64_m != 0)
            x = f64_nd - 1 - f64_pt;
        f64_put_exponent('e' - upper * 32, x, 2);
        return f64_len;
    }
    /* %g: P significant digits, as %e when the exponent X is below -4 or at least P, else as %f */
    if (prec == 0)
        prec = 1;
    before = f64_nd - 1 - f64_pt;
    f64_keep(prec);
    x = 0;
    if (f64_m != 0)
        x = f64_nd - 1 - f64_pt;
    start = f64_len;
    if (x < -4 || x >= prec) {
        /* glibc keeps the places %f would have had when rounding carries into a new digit (999999.5
         * with %#g is 1.e+06): none, since the exponent was prec - 1 */
        if (before == prec - 1)
            prec = 1;
        f64_put_mantissa(prec - 1, alt);
        if (!alt)
            f64_strip_zeros(start);
        f64_put_exponent('e' - upper * 32, x, 2);
        return f64_len;
    }
    f64_keep(f64_nd - f64_pt + prec - 1 - x);
    f64_put_fixed(prec - 1 - x, alt);
    if (!alt)
        f64_strip_zeros(start);
    return f64_len;
}

/* printf of one double: f64_format, padded to `width` with spaces (after the text with the '-' flag)
 * or, with '0' and a finite value, with zeros after the sign. Returns the characters printed. */
long f64_printf(long b, long conv, long flags, long width, long prec) {
    long n = f64_format(b, conv, prec, flags);
    long pad = width - n;
    long before = 0;
    long zeros = 0;
    long after = 0;
    long i = 0;
    if (pad > 0) {
        f64_unpack(b);
        if (flags % 2 == 1)
            after = pad;
        else if ((flags / 16) % 2 == 1 && f64_k == 0)
            zeros = pad;
        else
            before = pad;
    }
    f64_repeat(' ', before);
    while (i < n) {
        if (i == f64_prefix)
            f64_repeat('0', zeros);
        putchar(f64_out[i]);
        i = i + 1;
    }
    f64_repeat(' ', after);
    return n + before + zeros + after;
}

void f64_repeat(long c, long count) {
    while (count > 0) {
        putchar(c);
        count = count - 1;
    }
}

/* exp, log, log10 and pow. They compute in fixed point with 110 fraction bits (a value v is the integer
 * v * 2^110), which the Engine's word holds with room for one more factor only when split: f64_fxmul
 * multiplies two such numbers through 55-bit halves. The result is then rounded once to the nearest
 * double. An approximation within `err` units of its last bit decides the rounding unless the exact
 * value could lie on the other side of a midpoint between two doubles; then the routine stops the
 * program (f64_uncertain, trap 7) rather than risk a wrong last bit. With errors near 2^-100 that is
 * a chance of about 2^-45 per call. */

#define FX 110
long f64_ln2;  /* ln 2 * 2^110, rounded: filled in by the build */
long f64_lp;   /* the scale of f64_log_fx's result: the value is result * 2^-f64_lp */
long f64_lerr; /* and its error bound, in units of its last place */

/* Trap 7: the build replaces this body with the IR's `trap 7`. */
long f64_uncertain(void) { return 0; }

long f64_shift(long v, long k) {
    /* v * 2^k, toward zero when k < 0 */
    if (k >= 0)
        return v * f64_pow2[k];
    if (k < -166)
        return 0;
    return v / f64_pow2[-k];
}

/* a * b / 2^110 for |a|, |b| < 2^125, toward zero (within 2 units) */
long f64_fxmul(long a, long b) {
    long sign = 1;
    long a1;
    long a0;
    long b1;
    long b0;
    long h = f64_pow2[55];
    if (a < 0) {
        a = -a;
        sign = -sign;
    }
    if (b < 0) {
        b = -b;
        sign = -sign;
    }
    a1 = a / h;
    a0 = a % h;
    b1 = b / h;
    b0 = b % h;
    return sign * (a1 * b1 + (a1 * b0 + a0 * b1) / h + (a0 * b0) / f64_pow2[110]);
}

/* The double nearest to (-1)^sign * a * 2^e, where a > 0 is within err units of the exact value. */
long f64_round_approx(long sign, long a, long e, long err) {
    long n = f64_bitlen(a);
    long lsb = e + n - 53;
    long shift;
    long d;
    long half;
    if (lsb < -1074)
        lsb = -1074;
    shift = lsb - e;
    if (shift >= 1 && shift <= n) {
        d = a % f64_pow2[shift];
        half = f64_pow2[shift - 1];
        if (d - half <= err && half - d <= err)
            f64_uncertain();
    }
    return f64_pack(sign, a, e, 0);
}

long f64_ek; /* e^x = f64_exp_sum's result * 2^(f64_ek - 110), within 1024 units (the k ln 2) */

/* e^(x / 2^110) for x at scale 2^110 with |x| below 746 * 2^110: x = k ln2 + r, |r| <= ln2 / 2, and
 * the series of e^r at scale 2^110. */
long f64_exp_sum(long x) {
    long r;
    long term;
    long sum;
    long n = 1;
    if (x >= 0)
        f64_ek = (x + f64_ln2 / 2) / f64_ln2;
    else
        f64_ek = -((-x + f64_ln2 / 2) / f64_ln2);
    r = x - f64_ek * f64_ln2;
    term = f64_pow2[FX];
    sum = term;
    while (term != 0) {
        term = f64_fxmul(term, r) / n;
        sum = sum + term;
        n = n + 1;
    }
    return sum;
}

/* e^(x / 2^110) rounded, for x within err units (plus the series'). */
long f64_exp_fx(long x, long err) {
    long sum = f64_exp_sum(x);
    return f64_round_approx(0, sum, f64_ek - FX, err + 1024);
}

long f64_exp(long a) {
    long x;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_k == 1) {
        if (f64_s == 1)
            return 0;
        return a;
    }
    if (f64_m == 0)
        return f64_from_int(1);
    /* |x| < 2^10 at scale 2^110 (a tiny x becomes 0: e^x then rounds to 1) */
    x = 747 * f64_pow2[FX];
    if (f64_e + f64_bitlen(f64_m) <= 10)
        x = f64_shift(f64_m, f64_e + FX);
    if (x > 746 * f64_pow2[FX]) {
        /* |x| > 746: beyond the doubles either way */
        if (f64_s == 1)
            return 0;
        return f64_inf(0);
    }
    if (f64_s == 1)
        x = -x;
    return f64_exp_fx(x, 2);
}

/* ln of a positive finite double, as f64_lp and f64_lerr say: ln x = result * 2^-f64_lp. */
long f64_log_fx(long m, long e) {
    long n = f64_bitlen(m);
    long big;
    long num;
    long den;
    long t;
    long s;
    long q;
    long p;
    long sum;
    long k = 1;
    long l;
    /* m * 2^e with m of 53 bits; f = m / 2^52 in [sqrt(1/2), sqrt(2)) with x = f * 2^big */
    m = m * f64_pow2[53 - n];
    e = e - (53 - n);
    big = e + 52;
    if (m * m > f64_pow2[105]) {
        num = m - f64_pow2[53];
        den = m + f64_pow2[53];
        big = big + 1;
    } else {
        num = m - P52;
        den = m + P52;
    }
    f64_lp = FX;
    f64_lerr = 0;
    if (num == 0 && big == 0)
        return 0;
    /* ln f = 2 atanh(s), s = num / den, computed as s * 2^(110 + t) to keep its relative precision */
    sum = 0;
    t = 0;
    if (num != 0) {
        t = f64_bitlen(den) - f64_bitlen(num * (1 - 2 * (num < 0)));
        s = (num * f64_pow2[FX + t]) / den;
        q = 0;
        if (2 * t <= 166)
            q = f64_fxmul(s, s) / f64_pow2[2 * t];
        p = f64_pow2[FX];
        sum = p;
        while (p != 0) {
            p = f64_fxmul(p, q);
            sum = sum + p / (2 * k + 1);
            k = k + 1;
        }
        sum = 2 * f64_fxmul(s, sum);
    }
    if (big == 0) {
        f64_lp = FX + t;
        f64_lerr = 16;
        return sum;
    }
    l = big * f64_ln2 + sum / f64_pow2[t];
    f64_lerr = 1024;
    return l;
}

long f64_log_special(long a, long nan) {
    /* the result of log or log10 at a NaN, a zero, an infinity or a negative number; 0 otherwise */
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_m == 0 && f64_k == 0)
        return f64_inf(1);
    if (f64_s == 1)
        return nan;
    if (f64_k == 1)
        return a;
    return 0;
}

long f64_log(long a) {
    long special = f64_log_special(a, f64_default_nan());
    long l;
    if (special != 0)
        return special;
    l = f64_log_fx(f64_m, f64_e);
    if (l == 0)
        return 0;
    if (l < 0)
        return f64_round_approx(1, -l, -f64_lp, f64_lerr);
    return f64_round_approx(0, l, -f64_lp, f64_lerr);
}

/* log10 as glibc computes it (sysdeps/ieee754/dbl-64/e_log10.c), which is not always correctly rounded:
 * x = 2^k * f, and log10 x = k log10(2) + log(f) / ln 10 in double arithmetic, with log10(2) in two
 * parts. glibc returns a positive NaN below zero. */
#define IVLN10 0x3FDBCB7B1526E50E
#define LOG10_2HI 0x3FD34413509F6000
#define LOG10_2LO 0x3D59FEF311F12B36

long f64_log10(long a) {
    long special = f64_log_special(a, EXP_INF * P52 + P52 / 2);
    long k = 0;
    long i = 0;
    long x = a;
    long biased;
    long y;
    long z;
    if (special != 0)
        return special;
    if (a < P52) {
        /* subnormal: scaled by 2^54 */
        k = -54;
        x = f64_mul(a, 0x4350000000000000);
    }
    biased = x / P52;
    k = k + biased - 1023;
    if (k < 0)
        i = 1;
    x = x % P52 + (1023 - i) * P52;
    y = f64_from_int(k + i);
    z = f64_add(f64_mul(y, LOG10_2LO), f64_mul(IVLN10, f64_log(x)));
    return f64_add(z, f64_mul(y, LOG10_2HI));
}

/* 1 when the double m * 2^e (m > 0) is an integer, 2 when it is an odd one. */
long f64_integer_kind(long m, long e) {
    if (e >= 1)
        return 1;
    if (e < -53)
        return 0;
    if (m % f64_pow2[-e] != 0)
        return 0;
    if (e == 0 && m % 2 == 1)
        return 2;
    if (e < 0 && (m / f64_pow2[-e]) % 2 == 1)
        return 2;
    return 1;
}

/* C99's pow (Annex F.9.4.4), correctly rounded: exact for integral powers that fit the Engine's word,
 * otherwise exp(y ln x) in fixed point. */
long f64_pow(long a, long b) {
    long sx;
    long mx;
    long ex;
    long kx;
    long sy;
    long my;
    long ey;
    long ky;
    long kind = 0;
    long sign = 0;
    long n;
    long power;
    long i;
    long l;
    long lp;
    long err;
    long z;
    long a1;
    long a0;
    long sh;
    long quotient;
    f64_unpack(a);
    sx = f64_s;
    mx = f64_m;
    ex = f64_e;
    kx = f64_k;
    f64_unpack(b);
    sy = f64_s;
    my = f64_m;
    ey = f64_e;
    ky = f64_k;
    if (ky == 0 && my == 0)
        return f64_from_int(1);
    if (a == f64_from_int(1))
        return a;
    if (kx == 2)
        return f64_quiet(a);
    if (ky == 2)
        return f64_quiet(b);
    if (ky == 0)
        kind = f64_integer_kind(my, ey);
    if (ky == 1) {
        if (kx == 0 && mx == P52 && ex == -52)
            return f64_from_int(1); /* (-1)^inf */
        if ((kx == 0 && ex + f64_bitlen(mx) <= 0) == (sy == 0))
            return 0; /* |x| < 1 with +inf, |x| > 1 with -inf */
        return f64_inf(0);
    }
    if (sx == 1 && kind == 2)
        sign = 1;
    if (kx == 0 && mx == 0) {
        if (sy == 1)
            return f64_inf(sign);
        return f64_zero(sign);
    }
    if (kx == 1) {
        if (sy == 1)
            return f64_zero(sign);
        return f64_inf(sign);
    }
    if (sx == 1 && kind == 0)
        return f64_default_nan();
    /* |x| = mx * 2^ex, finite, not zero; an integral y small enough for an exact power */
    while (mx % 2 == 0) {
        mx = mx / 2;
        ex = ex + 1;
    }
    if (kind != 0 && ey <= 0) {
        n = my / f64_pow2[-ey];
        if (f64_bitlen(mx) * n <= 110) {
            power = 1;
            i = 0;
            while (i < n) {
                power = power * mx;
                i = i + 1;
            }
            if (sy == 0)
                return f64_pack(sign, power, ex * n, 0);
            /* 2^(-ex n) / power, with a quotient of 55 bits or more and the remainder as sticky */
            sh = f64_bitlen(power) + 55;
            quotient = f64_pow2[sh] / power;
            return f64_pack(sign, quotient, -sh - ex * n, f64_pow2[sh] % power);
        }
    }
    /* y ln|x| at scale 2^110: ln|x| = l * 2^-lp, y = my * 2^ey */
    l = f64_log_fx(mx, ex);
    lp = f64_lp;
    err = f64_lerr;
    if (l == 0)
        return f64_from_int(1) + sign * SIGN;
    if (f64_bitlen(l * (1 - 2 * (l < 0))) - lp + f64_bitlen(my) + ey > 11) {
        /* |y ln x| >= 1024: beyond the doubles */
        if ((l < 0) == (sy == 1))
            return f64_inf(sign);
        return f64_zero(sign);
    }
    a1 = l / f64_pow2[60];
    a0 = l % f64_pow2[60];
    sh = lp - FX - ey;
    z = f64_shift(a1 * my, 60 - sh) + f64_shift(a0 * my, -sh);
    if (sy == 1)
        z = -z;
    if (z > 746 * f64_pow2[FX])
        return f64_inf(sign);
    if (z < -746 * f64_pow2[FX])
        return f64_zero(sign);
    /* the error of z: the log's, times y, in units of 2^-110, and the products' truncation */
    err = f64_shift(err * my, FX - lp + ey) + 4;
    return f64_exp_fx(z, err) + sign * SIGN;
}

/* strtod and atof: the double nearest to a decimal (or hexadecimal) text, correctly rounded. The text's
 * significant digits D and its exponent make the value D * 10^E exactly. With X the digits (followed
 * by E zeros when E >= 0) and j = -E otherwise, the routine computes Q = floor(X * 2^k / 10^j) for a
 * k that gives Q about 62 bits, in limbs of 18 digits: a product by 2^k, then j decimal digits dropped,
 * or a division by 2^-k. Q and whether anything was dropped (sticky) round exactly as the value does. */

#define MAX_DIGITS 800

long f64_lower(long c) {
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    return c;
}

/* 1 when the text at s begins with the word w (case-insensitive), 3 or 8 letters. */
long f64_word(char *s, char *w) {
    long i = 0;
    while (w[i] != 0) {
        if (f64_lower(s[i]) != w[i])
            return 0;
        i = i + 1;
    }
    return 1;
}

/* The limbs (f64_limb[0..n-1]) divided by 2^k, toward zero; sets f64_k to 1 when a remainder was
 * dropped. Returns the new count of limbs. */
long f64_limbs_shift_down(long n, long k) {
    long step;
    long d;
    long carry;
    long i;
    long t;
    while (k > 0) {
        step = k;
        if (step > 59)
            step = 59;
        d = f64_pow2[step];
        carry = 0;
        i = n - 1;
        while (i >= 0) {
            t = carry * LIMB + f64_limb[i];
            f64_limb[i] = t / d;
            carry = t % d;
            i = i - 1;
        }
        if (carry != 0)
            f64_k = 1;
        while (n > 1 && f64_limb[n - 1] == 0)
            n = n - 1;
        k = k - step;
    }
    return n;
}

/* The limbs with their last j decimal digits dropped (f64_k set when one was not 0). */
long f64_limbs_drop_digits(long n, long j) {
    long whole = j / 18;
    long part = j % 18;
    long i = 0;
    long d = 1;
    long carry;
    long t;
    if (whole >= n) {
        while (i < n) {
            if (f64_limb[i] != 0)
                f64_k = 1;
            i = i + 1;
        }
        f64_limb[0] = 0;
        return 1;
    }
    while (i < whole) {
        if (f64_limb[i] != 0)
            f64_k = 1;
        i = i + 1;
    }
    i = 0;
    while (i + whole < n) {
        f64_limb[i] = f64_limb[i + whole];
        i = i + 1;
    }
    n = n - whole;
    i = 0;
    while (i < part) {
        d = d * 10;
        i = i + 1;
    }
    if (d > 1) {
        carry = 0;
        i = n - 1;
        while (i >= 0) {
            t = carry * LIMB + f64_limb[i];
            f64_limb[i] = t / d;
            carry = t % d;
            i = i - 1;
        }
        if (carry != 0)
            f64_k = 1;
    }
    while (n > 1 && f64_limb[n - 1] == 0)
        n = n - 1;
    return n;
}

/* The double nearest to (-1)^sign * 0.d1 d2 ... dn * 10^point (digits in f64_dig[1..n], d1 not 0),
 * with `more` set when nonzero digits beyond them were left out. */
long f64_from_digits(long sign, long n, long point, long more) {
    long total = n;
    long j = 0;
    long k;
    long limbs = 0;
    long i;
    long value;
    long place;
    long q;
    /* the value is X / 10^j with X the digits (and zeros) */
    if (point > 310)
        return f64_inf(sign);
    if (point < -330)
        return f64_zero(sign);
    if (point >= n)
        total = point;
    else
        j = n - point;
    /* X into limbs, least significant first: digit i (from 1) of X, a 0 past the n digits */
    i = total;
    while (i > 0) {
        value = 0;
        place = 1;
        while (place < LIMB && i > 0) {
            if (i <= n)
                value = value + f64_dig[i] * place;
            place = place * 10;
            i = i - 1;
        }
        f64_limb[limbs] = value;
        limbs = limbs + 1;
    }
    /* 10^(point - 1) <= value < 10^point: k makes Q = value * 2^k at least 2^61 and below 2^66 */
    k = 62 - ((point - 1) * 3321928) / 1000000;
    if (point - 1 < 0)
        k = k + 1;
    f64_k = more;
    if (k > 0) {
        while (i < k) {
            /* i counts the bits multiplied in so far (it is 0 here) */
            q = k - i;
            if (q > 59)
                q = 59;
            limbs = f64_limbs_times(limbs, f64_pow2[q]);
            i = i + q;
        }
        limbs = f64_limbs_drop_digits(limbs, j);
    } else {
        limbs = f64_limbs_drop_digits(limbs, j);
        limbs = f64_limbs_shift_down(limbs, -k);
    }
    q = 0;
    i = limbs - 1;
    while (i >= 0) {
        q = q * LIMB + f64_limb[i];
        i = i - 1;
    }
    return f64_pack(sign, q, -k, f64_k);
}

/* Hexadecimal digits after 0x: the significand's bits (60 of them at most; the rest only sticky), the
 * binary exponent after p. */
long f64_hex_value(long c) {
    c = f64_lower(c);
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

long f64_strtod(char *s, char **end) {
    long i = 0;
    long sign = 0;
    long n = 0;
    long point = 0;
    long seen = 0;
    long dot = 0;
    long more = 0;
    long exp = 0;
    long esign = 1;
    long start;
    long d;
    long m = 0;
    long e = 0;
    long result;
    while (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\v' || s[i] == '\f' || s[i] == '\r')
        i = i + 1;
    if (s[i] == '-' || s[i] == '+') {
        sign = s[i] == '-';
        i = i + 1;
    }
    if (f64_word(s + i, "inf")) {
        i = i + 3;
        if (f64_word(s + i, "inity"))
            i = i + 5;
        if (end != 0)
            *end = s + i;
        return f64_inf(sign);
    }
    if (f64_word(s + i, "nan")) {
        i = i + 3;
        if (s[i] == '(') {
            start = i + 1;
            while (s[start] == '_' || (f64_lower(s[start]) >= 'a' && f64_lower(s[start]) <= 'z') ||
                   (s[start] >= '0' && s[start] <= '9'))
                start = start + 1;
            if (s[start] == ')')
                i = start + 1;
        }
        if (end != 0)
            *end = s + i;
        return sign * SIGN + EXP_INF * P52 + P52 / 2;
    }
    if (s[i] == '0' && f64_lower(s[i + 1]) == 'x' &&
        (f64_hex_value(s[i + 2]) >= 0 || (s[i + 2] == '.' && f64_hex_value(s[i + 3]) >= 0))) {
        i = i + 2;
        while (f64_hex_value(s[i]) >= 0 || (s[i] == '.' && !dot)) {
            if (s[i] == '.') {
                dot = 1;
            } else {
                d = f64_hex_value(s[i]);
                if (m < f64_pow2[60]) {
                    m = m * 16 + d;
                    if (dot)
                        e = e - 4;
                } else {
                    if (d != 0)
                        more = 1;
                    if (!dot)
                        e = e + 4;
                }
            }
            i = i + 1;
        }
        if (f64_lower(s[i]) == 'p' && (s[i + 1] >= '0' && s[i + 1] <= '9' ||
                                      (s[i + 1] == '-' || s[i + 1] == '+') && s[i + 2] >= '0' && s[i + 2] <= '9')) {
            i = i + 1;
            if (s[i] == '-' || s[i] == '+') {
                if (s[i] == '-')
                    esign = -1;
                i = i + 1;
            }
            while (s[i] >= '0' && s[i] <= '9') {
                if (exp < 100000)
                    exp = exp * 10 + s[i] - '0';
                i = i + 1;
            }
        }
        if (end != 0)
            *end = s + i;
        if (m == 0)
            return f64_zero(sign);
        /* a significand of 60 bits or more, and whether nonzero digits were left out below it */
        return f64_pack(sign, m, e + esign * exp, more);
    }
    start = i;
    while ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && !dot)) {
        if (s[i] == '.') {
            dot = 1;
        } else {
            seen = 1;
            d = s[i] - '0';
            if (n == 0 && d == 0) {
                if (dot)
                    point = point - 1;
            } else if (n < MAX_DIGITS) {
                n = n + 1;
                f64_dig[n] = d;
                if (!dot)
                    point = point + 1;
            } else {
                if (d != 0)
                    more = 1;
                if (!dot)
                    point = point + 1;
            }
        }
        i = i + 1;
    }
    if (!seen) {
        if (end != 0)
            *end = s;
        return 0;
    }
    if (f64_lower(s[i]) == 'e' && (s[i + 1] >= '0' && s[i + 1] <= '9' ||
                                  (s[i + 1] == '-' || s[i + 1] == '+') && s[i + 2] >= '0' && s[i + 2] <= '9')) {
        i = i + 1;
        if (s[i] == '-' || s[i] == '+') {
            if (s[i] == '-')
                esign = -1;
            i = i + 1;
        }
        while (s[i] >= '0' && s[i] <= '9') {
            if (exp < 100000)
                exp = exp * 10 + s[i] - '0';
            i = i + 1;
        }
    }
    if (end != 0)
        *end = s + i;
    if (n == 0)
        return f64_zero(sign);
    result = f64_from_digits(sign, n, point + esign * exp, more);
    return result;
}

long f64_atof(char *s) { return f64_strtod(s, 0); }

/* C's round: the nearest integral value, halfway cases away from zero (exact). */
long f64_round_away(long a) {
    long q;
    long r;
    long half;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_k == 1 || f64_e >= 0 || f64_m == 0)
        return a;
    if (f64_e < -60)
        return f64_zero(f64_s);
    q = f64_m / f64_pow2[-f64_e];
    r = f64_m % f64_pow2[-f64_e];
    half = f64_pow2[-f64_e - 1];
    if (r >= half)
        q = q + 1;
    return f64_pack(f64_s, q, 0, 0);
}

/* lround: round, then the integer (a NaN or a value past 64 bits gives -2^63, as on x86-64). */
long f64_lround(long a) { return f64_to_int(f64_round_away(a)); }

long f64_copysign(long a, long b) { return f64_fabs(a) + (b >= SIGN) * SIGN; }

/* fmin and fmax as glibc's: the other operand when one is a NaN; fmin(-0, +0) is its second operand. */
long f64_fmin(long a, long b) {
    if (f64_lt(a, b))
        return a;
    if (f64_ge(a, b))
        return b;
    if (f64_is_nan(b))
        return a;
    return b;
}

long f64_fmax(long a, long b) {
    if (f64_gt(a, b))
        return a;
    if (f64_le(a, b))
        return b;
    if (f64_is_nan(b))
        return a;
    return b;
}

/* tan, correctly rounded (sin and cos are glibc's, sincos.c). For |x| < 2^16, x = k pi/2 + r with
 * |r| <= pi/4, worked out with pi/2 to 150 fraction bits; a larger argument needs pi/2 to more bits than a
 * word holds: it is reduced as glibc reduces it (f64_trig_reduce_big). Then the series of sin r / r and
 * of cos r in r^2; trap 7 when the error bounds cannot decide the rounding. */

long f64_pio2; /* pi/2 * 2^150, rounded: filled in by the build */
long f64_tq;   /* the quadrant k mod 4 of the last reduction */
long f64_tt;   /* r = f64_trig_reduce's result * 2^-(110 + f64_tt) */
long f64_terr; /* its error, in units of its last place */

/* r for |x| = m * 2^e (below 2^16, at least 2^-27), at scale 2^(110 + f64_tt) with f64_tt >= 0. */
long f64_trig_reduce(long m, long e) {
    long x = m * f64_pow2[e + FX + 40];
    long k = (x + f64_pio2 / 2) / f64_pio2;
    long r = x - k * f64_pio2;
    long n;
    f64_tq = k % 4;
    n = f64_bitlen(r * (1 - 2 * (r < 0)));
    f64_tt = 40;
    if (n > 110) {
        r = r / f64_pow2[n - 110];
        f64_tt = 40 - (n - 110);
    }
    if (f64_tt < 0) {
        r = r * f64_pow2[-f64_tt];
        f64_tt = 0;
    }
    /* k * (pi/2's rounding) is below 2^-134, that is 2^(f64_tt - 24) units */
    f64_terr = 4;
    if (f64_tt > 24)
        f64_terr = f64_terr + f64_pow2[f64_tt - 24];
    return r;
}

long f64_sc_reduce_abs(long a);
long f64_sc_reduced(long which);

/* r for |x| >= 2^16, from glibc's reduction (sincos.c) of |x| to a + da (within about 2^-100 of
 * |x| - n pi/2; f64_terr says 2^-96), at scale 2^(110 + f64_tt): a's significand shifted to 110 bits. */
long f64_trig_reduce_big(long a) {
    long hi;
    long lo;
    long r;
    long v;
    long shift;
    f64_tq = f64_sc_reduce_abs(a);
    hi = f64_sc_reduced(0);
    lo = f64_sc_reduced(1);
    f64_unpack(hi);
    f64_tt = -53 - f64_e; /* |a| < 1, a normal double: e <= -53 */
    r = f64_m * f64_pow2[57];
    if (f64_s)
        r = -r;
    f64_unpack(lo);
    shift = f64_e + 110 + f64_tt;
    if (f64_m != 0 && shift > -166) {
        if (shift >= 0)
            v = f64_m * f64_pow2[shift];
        else
            v = f64_m / f64_pow2[-shift];
        if (f64_s)
            v = -v;
        r = r + v;
    }
    f64_terr = f64_pow2[14 + f64_tt] + 4;
    return r;
}

/* The series: sin r / r (odd = 1) or cos r (odd = 0) at scale 2^110, q = r^2 at scale 2^110; with
 * q = -r^2, sinh r / r and cosh r. */
long f64_trig_series(long q, long odd) {
    long term = f64_pow2[FX];
    long sum = term;
    long n = 1;
    while (term != 0) {
        term = -f64_fxmul(term, q) / ((2 * n - 1 + odd) * (2 * n + odd));
        sum = sum + term;
        n = n + 1;
    }
    return sum;
}

/* sin (which = 0), cos (1) or tan (2) of a double. */
long f64_trig(long a, long which) {
    long sign;
    long r;
    long t;
    long q = 0;
    long s;
    long c;
    long quadrant;
    long num;
    long den;
    long numerr;
    long v;
    long scale;
    long rem;
    long i;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_k == 1)
        return f64_default_nan();
    sign = f64_s;
    if (f64_m == 0 || f64_e + f64_bitlen(f64_m) <= -27) {
        /* |x| < 2^-27: sin x and tan x round to x, cos x to 1 */
        if (which == 1)
            return f64_from_int(1);
        return a;
    }
    if (f64_e + f64_bitlen(f64_m) > 16)
        r = f64_trig_reduce_big(a);
    else
        r = f64_trig_reduce(f64_m, f64_e);
    t = f64_tt;
    quadrant = f64_tq;
    if (2 * t <= 166)
        q = f64_fxmul(r, r) / f64_pow2[2 * t];
    s = f64_fxmul(r, f64_trig_series(q, 1)); /* sin r at scale 2^(110 + t) */
    c = f64_trig_series(q, 0);               /* cos r at scale 2^110 */
    if (which == 1) {
        /* cos x = cos r, -sin r, -cos r, sin r; cos is even */
        sign = 0;
        quadrant = (quadrant + 1) % 4;
    }
    if (which <= 1) {
        /* sin x = sin r, cos r, -sin r, -cos r for k = 0 1 2 3 */
        if (quadrant % 2 == 0) {
            v = s;
            scale = FX + t;
            numerr = f64_terr + 8;
        } else {
            v = c;
            scale = FX;
            numerr = 16;
        }
        if (quadrant >= 2)
            v = -v;
        if (v < 0) {
            v = -v;
            sign = 1 - sign;
        }
        return f64_round_approx(sign, v, -scale, numerr);
    }
    /* tan x = sin r / cos r, or -cos r / sin r in odd quadrants: 120 bits of quotient, 40 at a time */
    if (quadrant % 2 == 0) {
        num = s;
        den = c;
        scale = t;
    } else {
        num = -c;
        den = s;
        scale = -t;
    }
    if (num < 0) {
        num = -num;
        sign = 1 - sign;
    }
    if (den < 0) {
        den = -den;
        sign = 1 - sign;
    }
    v = 0;
    rem = num;
    i = 0;
    while (i < 3) {
        v = v * f64_pow2[40] + (rem * f64_pow2[40]) / den;
        rem = (rem * f64_pow2[40]) % den;
        i = i + 1;
    }
    /* v = num * 2^120 / den: the value is v * 2^-(120 + scale); the quotient's error, relative, is
     * about the sum of the two series' and the reduction's */
    return f64_round_approx(sign, v, -(120 + scale), f64_shift(f64_terr + 16, f64_bitlen(v) - 108) + 8);
}

/* sin and cos are glibc's (sincos.c); f64_trig's are correctly rounded, which glibc's are not always. */
long f64_tan(long a) { return f64_trig(a, 2); }

/* atan and atan2, correctly rounded. The ratio t = p/q * 2^e (p, q > 0) is reduced to [0, 1] by
 * atan t = pi/2 - atan(1/t), then to |u| <= 1/32 by atan t = atan(j/16) + atan(u) with j = round(16 t)
 * and u = (16t - j) / (16 + jt), worked out exactly in integers; atan u is the series u (1 - u^2/3 +
 * u^4/5 ...). A t below 2^-6 keeps its relative precision at scale 2^(110 + f64_at). */

long f64_atan16[17]; /* atan(j/16) * 2^110, rounded: filled in by the build */
long f64_at;         /* the last f64_atan_ratio is at scale 2^(110 + f64_at) */
long f64_aerr;       /* and within this many units */

/* floor(p * 2^k / q) for 0 <= p < 2^166, 0 < q < 2^130, by 32 bits at a time. */
long f64_quotient(long p, long q, long k) {
    long v;
    long rem;
    long c;
    if (k < 0) {
        if (k < -166)
            return 0;
        return (p / f64_pow2[-k]) / q;
    }
    v = p / q;
    rem = p % q;
    while (k > 0) {
        c = k;
        if (c > 32)
            c = 32;
        v = v * f64_pow2[c] + (rem * f64_pow2[c]) / q;
        rem = (rem * f64_pow2[c]) % q;
        k = k - c;
    }
    return v;
}

/* atan u (h = 1) or atanh u (h = -1) for u at scale 2^(110 + tt), |u| * 2^tt <= 1/32 (atanh: 1/3), at
 * the same scale. */
long f64_atan_series(long u, long tt, long h) {
    long q = 0;
    long p = f64_pow2[FX];
    long sum = p;
    long k = 1;
    if (2 * tt <= 166)
        q = f64_fxmul(u, u) / f64_pow2[2 * tt];
    while (p != 0) {
        p = -h * f64_fxmul(p, q);
        sum = sum + p / (2 * k + 1);
        k = k + 1;
    }
    return f64_fxmul(u, sum);
}

/* atan(p/q * 2^e) for 0 < p, q < 2^54, as f64_at and f64_aerr say. */
long f64_atan_ratio(long p, long q, long e) {
    long n = f64_bitlen(p) - f64_bitlen(q) + e; /* t in [2^(n-1), 2^(n+1)) */
    long big_p;
    long big_q;
    long swap;
    long recip = 0;
    long j;
    long num;
    long den;
    long u;
    long v;
    f64_at = 0;
    f64_aerr = 16;
    if (n <= -6) {
        /* t < 2^-5: the series at once, at t's own scale */
        f64_at = -n;
        f64_aerr = 8;
        return f64_atan_series(f64_quotient(p, q, FX - f64_bitlen(p) + f64_bitlen(q)), f64_at, 1);
    }
    if (n >= 6) {
        /* t > 32: pi/2 - atan(1/t) */
        u = f64_quotient(q, p, FX - 1 + f64_bitlen(p) - f64_bitlen(q));
        return f64_pio2 / f64_pow2[40] - f64_shift(f64_atan_series(u, n - 1, 1), 1 - n);
    }
    big_p = p;
    big_q = q;
    if (e >= 0)
        big_p = p * f64_pow2[e];
    else
        big_q = q * f64_pow2[-e];
    if (big_p > big_q) {
        swap = big_p;
        big_p = big_q;
        big_q = swap;
        recip = 1;
    }
    j = (32 * big_p + big_q) / (2 * big_q);
    num = 16 * big_p - j * big_q;
    den = 16 * big_q + j * big_p;
    if (num >= 0)
        u = f64_quotient(num, den, FX);
    else
        u = -f64_quotient(-num, den, FX);
    v = f64_atan16[j] + f64_atan_series(u, 0, 1);
    if (recip)
        v = f64_pio2 / f64_pow2[40] - v;
    return v;
}

long f64_atan(long a) {
    long v;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_k == 1)
        return f64_round_approx(f64_s, f64_pio2, -150, 1);
    if (f64_m == 0 || f64_e + f64_bitlen(f64_m) <= -27)
        return a; /* |x| < 2^-27: atan x rounds to x */
    v = f64_atan_ratio(f64_m, 1, f64_e);
    return f64_round_approx(f64_s, v, -(FX + f64_at), f64_aerr);
}

/* C99's atan2 (Annex F.9.1.4): the angle of (x, y), correctly rounded. */
long f64_atan2(long y, long x) {
    long sy;
    long my;
    long ey;
    long ky;
    long v;
    long pi = 2 * f64_pio2; /* at scale 2^150 */
    f64_unpack(y);
    sy = f64_s;
    my = f64_m;
    ey = f64_e;
    ky = f64_k;
    if (ky == 2)
        return f64_quiet(y);
    f64_unpack(x);
    if (f64_k == 2)
        return f64_quiet(x);
    if (ky == 1) {
        /* y infinite: pi/2, or pi/4 or 3pi/4 when x is infinite too */
        if (f64_k == 0)
            return f64_round_approx(sy, f64_pio2, -150, 1);
        if (f64_s == 0)
            return f64_round_approx(sy, f64_pio2, -151, 1);
        return f64_round_approx(sy, 3 * f64_pio2, -151, 3);
    }
    if (f64_k == 1 || my == 0) {
        /* x infinite (y finite) or y zero: 0 toward +x, pi toward -x (signed as y) */
        if (f64_k == 0 && f64_m == 0 && my != 0)
            return f64_round_approx(sy, f64_pio2, -150, 1);
        if (f64_s == 0)
            return f64_zero(sy);
        return f64_round_approx(sy, pi, -150, 2);
    }
    if (f64_m == 0)
        return f64_round_approx(sy, f64_pio2, -150, 1); /* x zero, y not */
    v = f64_atan_ratio(my, f64_m, ey - f64_e);
    if (f64_s == 0)
        return f64_round_approx(sy, v, -(FX + f64_at), f64_aerr);
    /* x < 0: pi - atan(|y/x|) */
    v = pi / f64_pow2[40] - f64_shift(v, -f64_at);
    return f64_round_approx(sy, v, -FX, f64_aerr + 4);
}

/* asin and acos, correctly rounded: asin x = atan(x / sqrt(1 - x^2)), acos x = atan(sqrt(1 - x^2) / x)
 * (pi minus that for x < 0), with sqrt(1 - x^2) worked out to 110 bits relative to itself from the exact
 * integer 2^2g - m^2 (x = m / 2^g), so that an x near 1 keeps its precision. glibc gives a positive NaN
 * outside [-1, 1]. */

long f64_sc; /* sqrt(1 - x^2) = f64_asin_root's result * 2^-(f64_sc + g) */

/* sqrt(2^2g - m^2) * 2^f64_sc, about 2^108, within 2 units; 0 < m < 2^g, m < 2^53. */
long f64_asin_root(long m, long g) {
    long h = 0;
    long w;
    long n;
    long c0;
    long s;
    long i = 0;
    if (g > 80)
        h = g - 80; /* 2^2g - m^2 to 160 bits: the bits dropped are far below the 110 kept */
    w = f64_pow2[2 * (g - h)] - (m * m) / f64_pow2[2 * h];
    n = f64_bitlen(w);
    c0 = (164 - n) / 2;
    f64_sc = (216 - n) / 2;
    s = f64_isqrt(w * f64_pow2[2 * c0]) * f64_pow2[f64_sc - c0];
    while (i < 2) {
        /* Newton: the relative error of about 2^-80 squares at each step */
        s = (s + f64_quotient(w, s, 2 * f64_sc)) / 2;
        i = i + 1;
    }
    f64_sc = f64_sc - h;
    return s;
}

/* asin (which = 0) or acos (1). */
long f64_arcsine(long a, long which) {
    long g;
    long s;
    long v;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_k == 1 || (f64_m > P52 && f64_e >= -52) || f64_e > -52)
        return f64_default_nan() - SIGN; /* |x| > 1 */
    if (f64_e == -52) {
        /* |x| = 1: asin is +-pi/2, acos 0 or pi */
        if (which == 0)
            return f64_round_approx(f64_s, f64_pio2, -150, 1);
        if (f64_s == 0)
            return 0;
        return f64_round_approx(0, 2 * f64_pio2, -150, 2);
    }
    if (which == 0 && (f64_m == 0 || f64_e + f64_bitlen(f64_m) <= -27))
        return a; /* |x| < 2^-27: asin x rounds to x */
    if (which == 1 && (f64_m == 0 || f64_e + f64_bitlen(f64_m) <= -60))
        return f64_round_approx(0, f64_pio2, -150, 1); /* acos x rounds to pi/2 */
    g = -f64_e;
    s = f64_asin_root(f64_m, g);
    if (which == 0) {
        v = f64_atan_ratio(f64_m, s, f64_sc);
        return f64_round_approx(f64_s, v, -(FX + f64_at), f64_aerr + 16);
    }
    v = f64_atan_ratio(s, f64_m, -f64_sc);
    if (f64_s == 0)
        return f64_round_approx(0, v, -(FX + f64_at), f64_aerr + 16);
    v = 2 * f64_pio2 / f64_pow2[40] - f64_shift(v, -f64_at);
    return f64_round_approx(0, v, -FX, f64_aerr + 20);
}

long f64_asin(long a) { return f64_arcsine(a, 0); }
long f64_acos(long a) { return f64_arcsine(a, 1); }

/* hypot, correctly rounded and without spurious overflow or underflow: with a = ma * 2^ea the larger
 * and b = mb * 2^eb (both significands of 53 bits), a^2 + b^2 = (A + rest) * 4^(ea - 25) where A =
 * ma^2 * 4^25 + mb^2 * 4^(eb - ea + 25) in integers (the part of mb^2 below A's last place is the rest).
 * floor(sqrt(A + rest)) = isqrt(A), and the result is above it exactly when A is not a square or the rest
 * is not 0, which is all f64_pack needs to round once. An infinity wins over a NaN, as C99 says. */

/* The last operand's significand made 53 bits long (f64_m and f64_e), for a finite nonzero operand. */
void f64_normalize(void) {
    long k = 53 - f64_bitlen(f64_m);
    f64_m = f64_m * f64_pow2[k];
    f64_e = f64_e - k;
}

long f64_hypot(long x, long y) {
    long ma;
    long ea;
    long mb;
    long eb;
    long d;
    long big;
    long rest = 0;
    long root;
    f64_operands(x, y);
    if (f64_ka == 1 || f64_k == 1)
        return f64_inf(0);
    if (f64_ka == 2)
        return f64_quiet(x);
    if (f64_k == 2)
        return f64_quiet(y);
    if (f64_ma == 0)
        return f64_fabs(y);
    if (f64_m == 0)
        return f64_fabs(x);
    f64_normalize();
    mb = f64_m;
    eb = f64_e;
    f64_unpack(x);
    f64_normalize();
    ma = f64_m;
    ea = f64_e;
    if (eb > ea || (eb == ea && mb > ma)) {
        d = ma;
        ma = mb;
        mb = d;
        d = ea;
        ea = eb;
        eb = d;
    }
    d = ea - eb; /* b's square is 4^-d of a's, in their significands' units */
    big = ma * ma * f64_pow2[50];
    if (d <= 25)
        big = big + mb * mb * f64_pow2[2 * (25 - d)];
    else if (d <= 80) {
        big = big + (mb * mb) / f64_pow2[2 * (d - 25)];
        rest = (mb * mb) % f64_pow2[2 * (d - 25)];
    } else
        rest = 1;
    root = f64_isqrt(big);
    return f64_pack(0, root, ea - 25, rest + big - root * root);
}

/* log2, correctly rounded: exact at powers of two (the only doubles whose log2 is rational), else
 * ln x / ln 2 from f64_log_fx, divided to 110 more bits. */
long f64_log2(long a) {
    long special = f64_log_special(a, f64_default_nan());
    long n;
    long l;
    long sign = 0;
    long v;
    if (special != 0)
        return special;
    n = f64_bitlen(f64_m);
    if (f64_m == f64_pow2[n - 1])
        return f64_from_int(f64_e + n - 1);
    l = f64_log_fx(f64_m, f64_e);
    if (l < 0) {
        l = -l;
        sign = 1;
    }
    v = f64_quotient(l, f64_ln2, FX); /* log2 x * 2^f64_lp, and ln 2's rounding is 2^-110 of it */
    return f64_round_approx(sign, v, -f64_lp, 2 * f64_lerr + f64_shift(v, -108) + 4);
}

/* cbrt, correctly rounded, exactly: the integer cube root of the significand scaled by 2^3k to about
 * 165 bits, and whether a remainder was left. */
long f64_cbrt(long a) {
    long m;
    long e;
    long k;
    long x;
    long y;
    f64_unpack(a);
    if (f64_k == 2)
        return f64_quiet(a);
    if (f64_k == 1 || f64_m == 0)
        return a;
    m = f64_m;
    e = f64_e;
    /* e a multiple of 3 (e + 3000 keeps the remainder of a negative e non-negative) */
    k = (e + 3000) % 3;
    m = m * f64_pow2[k];
    e = e - k;
    k = (165 - f64_bitlen(m)) / 3;
    m = m * f64_pow2[3 * k];
    e = e - 3 * k;
    /* Newton's iteration from above: floor(cbrt(m)) */
    x = f64_pow2[(f64_bitlen(m) + 2) / 3];
    while (1) {
        y = (2 * x + m / (x * x)) / 3;
        if (y >= x)
            break;
        x = y;
    }
    return f64_pack(f64_s, x, e / 3, m - x * x * x);
}

/* The n digits of d into f64_dig[1..n], as f64_from_digits reads them. */
void f64_set_digits(long d, long n) {
    while (n >= 1) {
        f64_dig[n] = d % 10;
        d = d / 10;
        n = n - 1;
    }
}

/* 1 when mm * 2^ee (mm > 0) is exactly 0.d * 10^x (d without trailing zeros, at most 17 digits). */
long f64_exactly(long mm, long ee, long d, long x) {
    long v = 0;
    long i = 0;
    f64_digits(mm, ee);
    while (f64_nd > 1 && f64_dig[f64_st + f64_nd - 1] == 0) {
        f64_nd = f64_nd - 1;
        f64_pt = f64_pt - 1;
    }
    if (f64_nd > 17 || f64_nd - f64_pt != x)
        return 0;
    while (i < f64_nd) {
        v = v * 10 + f64_dig[f64_st + i];
        i = i + 1;
    }
    return v == d;
}

/* Haskell's show: the shortest digits of a positive finite double that read back as it (the correctly
 * rounded ones of the first precision that does, a half rounded up, and not on an edge of the rounding
 * interval, as GHC's floatToDigits finds them), as D * 1000 + (x + 400) where the double is
 * 0.D * 10^x (D without trailing zeros, at most 17 digits). */
long f64_shortest(long a) {
    long lead[20];
    long n;
    long point;
    long p = 1;
    long d;
    long i;
    long x;
    long up;
    long top;
    long m;
    long e;
    long low;
    long z;
    f64_unpack(a);
    m = f64_m;
    e = f64_e;
    f64_digits(m, e);
    n = f64_nd;
    if (n > 18)
        n = 18;
    i = 0;
    while (i < n) {
        lead[i] = f64_dig[f64_st + i];
        i = i + 1;
    }
    point = f64_nd - f64_pt;
    while (1) {
        d = 0;
        top = 1;
        i = 0;
        while (i < p) {
            d = d * 10 + (i < n ? lead[i] : 0);
            top = top * 10;
            i = i + 1;
        }
        x = point;
        /* a half rounds up, as floatToDigits's last digit does */
        up = p < n && lead[p] >= 5;
        if (up)
            d = d + 1;
        if (d == top) {
            d = d / 10;
            x = x + 1;
        }
        if (p >= 17)
            break;
        f64_set_digits(d, p);
        if (f64_from_digits(0, p, x, 0) == a) {
            /* read back, but GHC's interval leaves its edges out: one between a and a neighbour (the
             * lower one a quarter of a unit away at a power of two) reads back when m is even */
            if (m % 2 == 1)
                break;
            z = d;
            while (z % 10 == 0)
                z = z / 10;
            low = f64_exactly(2 * m - 1, e - 1, z, x);
            if (m == P52 && e > -1074)
                low = f64_exactly(4 * m - 1, e - 2, z, x);
            if (!low && !f64_exactly(2 * m + 1, e - 1, z, x))
                break;
        }
        p = p + 1;
    }
    while (d % 10 == 0)
        d = d / 10;
    return d * 1000 + x + 400;
}

/* Haskell's read: the double nearest to 0.D * 10^x (D > 0 the leading digits, without trailing zeros
 * or with), where packed = (x + 100000) * 2 + more and more says whether nonzero digits followed D. */
long f64_from_decimal(long d, long packed) {
    long more = packed % 2;
    long point = packed / 2 - 100000;
    long n = 0;
    long t = d;
    if (d == 0)
        return 0;
    while (t > 0) {
        n = n + 1;
        t = t / 10;
    }
    f64_set_digits(d, n);
    return f64_from_digits(0, n, point, more);
}
