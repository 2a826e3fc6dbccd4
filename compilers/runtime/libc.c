/* The C library beyond what io.ir, string.ir and stdlib.ir give: <ctype.h>, the rest of <string.h> and
 * <stdlib.h> that programs use, and printf's whole integer and string formatting (sprintf, snprintf, and
 * printf with flags, precisions and lengths).
 *
 * This C is the source of libc.ir (the IR text the linker reads): `python -m
 * compilers.frontends.c.build_library` compiles it with the C front-end and writes libc.ir. The names
 * are C's own (qsort, strchr...); helpers are named __c_..., which no program may use.
 *
 * Words, not bytes: a char is one word, and the lowering of a call gives byte counts as words (qsort's
 * size, memmove's and memcmp's count: compilers/frontends/c/README.md). Variadic routines take their
 * variable arguments as a pointer to the word array the caller fills (runtime/README.md).
 */

int putchar(int c);
int getchar(void);
double strtod(const char *text, char **end);
void *malloc(unsigned long size);
void free(void *pointer);

/* <ctype.h>: glibc's values in the C locale (its table's bits), so that a program that prints
 * isalpha('a') prints 1024 as gcc's build does. */
#define C_UPPER 256
#define C_LOWER 512
#define C_ALPHA 1024
#define C_DIGIT 2048
#define C_XDIGIT 4096
#define C_SPACE 8192
#define C_PRINT 16384
#define C_GRAPH 32768
#define C_BLANK 1
#define C_CNTRL 2
#define C_PUNCT 4
#define C_ALNUM 8

int isupper(int c) { return c >= 'A' && c <= 'Z' ? C_UPPER : 0; }
int islower(int c) { return c >= 'a' && c <= 'z' ? C_LOWER : 0; }
int isalpha(int c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? C_ALPHA : 0; }
int isdigit(int c) { return c >= '0' && c <= '9' ? C_DIGIT : 0; }
int isxdigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ? C_XDIGIT : 0;
}
int isspace(int c) { return c == ' ' || (c >= 9 && c <= 13) ? C_SPACE : 0; }
int isprint(int c) { return c >= 32 && c <= 126 ? C_PRINT : 0; }
int isgraph(int c) { return c > 32 && c <= 126 ? C_GRAPH : 0; }
int isblank(int c) { return c == ' ' || c == '\t' ? C_BLANK : 0; }
int iscntrl(int c) { return (c >= 0 && c < 32) || c == 127 ? C_CNTRL : 0; }
int isalnum(int c) { return isalpha(c) || isdigit(c) ? C_ALNUM : 0; }
int ispunct(int c) { return isgraph(c) && !isalnum(c) ? C_PUNCT : 0; }
int toupper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
int tolower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* <string.h>. A char compares as unsigned char does in C: a negative char (a byte above 127) counts
 * 256 more; characters of the source text above 255 keep their code points. */
int __c_uchar(int c) { return c < 0 ? c + 256 : c; }

char *strchr(const char *s, int c) {
    char want = (char)c;
    for (;; s++) {
        if (*s == want || (want == 0 && *s == 0)) return (char *)s;
        if (*s == 0) return 0;
    }
}

char *strrchr(const char *s, int c) {
    char want = (char)c;
    const char *found = 0;
    for (;; s++) {
        if (*s == want) found = s;
        if (*s == 0) return (char *)found;
    }
}

char *strstr(const char *haystack, const char *needle) {
    if (*needle == 0) return (char *)haystack;
    for (; *haystack; haystack++) {
        const char *h = haystack;
        const char *n = needle;
        while (*n && *h == *n) {
            h++;
            n++;
        }
        if (*n == 0) return (char *)haystack;
    }
    return 0;
}

char *strncpy(char *to, const char *from, unsigned long count) {
    unsigned long i = 0;
    for (; i < count && from[i]; i++) to[i] = from[i];
    for (; i < count; i++) to[i] = 0;
    return to;
}

char *strncat(char *to, const char *from, unsigned long count) {
    char *end = to;
    while (*end) end++;
    unsigned long i = 0;
    for (; i < count && from[i]; i++) end[i] = from[i];
    end[i] = 0;
    return to;
}

int strncmp(const char *a, const char *b, unsigned long count) {
    for (unsigned long i = 0; i < count; i++) {
        if (a[i] != b[i]) return __c_uchar(a[i]) - __c_uchar(b[i]);
        if (a[i] == 0) return 0;
    }
    return 0;
}

int memcmp(const void *a, const void *b, unsigned long count) {
    const char *x = a;
    const char *y = b;
    for (unsigned long i = 0; i < count; i++)
        if (x[i] != y[i]) return __c_uchar(x[i]) - __c_uchar(y[i]);
    return 0;
}

void *memmove(void *to, const void *from, unsigned long count) {
    long *t = to;
    const long *f = from;
    if (t < f) {
        for (unsigned long i = 0; i < count; i++) t[i] = f[i];
    } else {
        for (unsigned long i = count; i > 0; i--) t[i - 1] = f[i - 1];
    }
    return to;
}

void *memchr(const void *s, int c, unsigned long count) {
    const char *p = s;
    char want = (char)c;
    for (unsigned long i = 0; i < count; i++)
        if (p[i] == want) return (void *)(p + i);
    return 0;
}

unsigned long strspn(const char *s, const char *accept) {
    unsigned long n = 0;
    while (s[n] && strchr(accept, s[n])) n++;
    return n;
}

unsigned long strcspn(const char *s, const char *reject) {
    unsigned long n = 0;
    while (s[n] && !strchr(reject, s[n])) n++;
    return n;
}

char *strpbrk(const char *s, const char *accept) {
    for (; *s; s++)
        if (strchr(accept, *s)) return (char *)s;
    return 0;
}

/* strtok: the tokens of s between characters of delimiters; a null s goes on where the last call ended. */
char *__c_strtok_next;

char *strtok(char *s, const char *delimiters) {
    if (s == 0) s = __c_strtok_next;
    if (s == 0) return 0;
    while (*s && strchr(delimiters, *s)) s++;
    if (*s == 0) {
        __c_strtok_next = 0;
        return 0;
    }
    char *token = s;
    while (*s && !strchr(delimiters, *s)) s++;
    if (*s) {
        *s = 0;
        __c_strtok_next = s + 1;
    } else {
        __c_strtok_next = 0;
    }
    return token;
}

char *strdup(const char *s) {
    unsigned long n = 0;
    while (s[n]) n++;
    char *copy = malloc(n + 1);
    for (unsigned long i = 0; i <= n; i++) copy[i] = s[i];
    return copy;
}

char *strndup(const char *s, unsigned long limit) {
    unsigned long n = 0;
    while (n < limit && s[n]) n++;
    char *copy = malloc(n + 1);
    for (unsigned long i = 0; i < n; i++) copy[i] = s[i];
    copy[n] = 0;
    return copy;
}

/* <stdlib.h> */

/* realloc(p, n): n words (the lowering converts bytes), the old contents kept up to the smaller size.
 * A block's size is the word before it (memory.ir). */
void *realloc(void *pointer, unsigned long size) {
    if (pointer == 0) return malloc(size);
    if (size == 0) {
        free(pointer);
        return 0;
    }
    long *old = pointer;
    unsigned long had = (unsigned long)old[-1];
    if (had >= size) return pointer;
    long *fresh = malloc(size);
    for (unsigned long i = 0; i < had; i++) fresh[i] = old[i];
    free(pointer);
    return fresh;
}

long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }

/* div, ldiv and lldiv: the quotient toward zero and the remainder, as C's / and % (the types as
 * <stdlib.h> declares them). */
typedef struct { int quot; int rem; } div_t;
typedef struct { long quot; long rem; } ldiv_t;
typedef struct { long long quot; long long rem; } lldiv_t;

div_t div(int n, int d) {
    div_t r = {n / d, n % d};
    return r;
}

ldiv_t ldiv(long n, long d) {
    ldiv_t r = {n / d, n % d};
    return r;
}

lldiv_t lldiv(long long n, long long d) {
    lldiv_t r = {n / d, n % d};
    return r;
}

/* strtol and its kin: white space, a sign, a base prefix (0x for 16 and for base 0, 0 for octal when
 * the base is 0), then digits; *end is where the number ended (s itself when there was none). The
 * value is reduced or clamped as glibc does. */
unsigned long __c_strtou(const char *s, char **end, int base, int *negative, int *overflow) {
    const char *p = s;
    while (isspace(*p)) p++;
    *negative = 0;
    *overflow = 0;
    if (*p == '-' || *p == '+') {
        *negative = *p == '-';
        p++;
    }
    if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && isxdigit(p[2])) {
        p += 2;
        base = 16;
    } else if (base == 0) {
        base = p[0] == '0' ? 8 : 10;
    }
    unsigned long value = 0;
    const char *first = p;
    for (;; p++) {
        int digit;
        if (*p >= '0' && *p <= '9') digit = *p - '0';
        else if (*p >= 'a' && *p <= 'z') digit = *p - 'a' + 10;
        else if (*p >= 'A' && *p <= 'Z') digit = *p - 'A' + 10;
        else break;
        if (digit >= base) break;
        if (value > (18446744073709551615UL - digit) / base) *overflow = 1;
        else value = value * base + digit;
    }
    if (end) *end = (char *)(p == first ? s : p);
    return value;
}

long strtol(const char *s, char **end, int base) {
    int negative, overflow;
    unsigned long value = __c_strtou(s, end, base, &negative, &overflow);
    if (negative) {
        if (overflow || value > 9223372036854775808UL) return -9223372036854775807L - 1;
        return -(long)(value - 1) - 1;
    }
    if (overflow || value > 9223372036854775807UL) return 9223372036854775807L;
    return (long)value;
}

unsigned long strtoul(const char *s, char **end, int base) {
    int negative, overflow;
    unsigned long value = __c_strtou(s, end, base, &negative, &overflow);
    if (overflow) return 18446744073709551615UL;
    return negative ? -value : value;
}

long long strtoll(const char *s, char **end, int base) { return strtol(s, end, base); }
unsigned long long strtoull(const char *s, char **end, int base) { return strtoul(s, end, base); }
long atol(const char *s) { return strtol(s, 0, 10); }
long long atoll(const char *s) { return strtol(s, 0, 10); }

/* qsort is glibc's: a stable top-down merge sort (msort.c), so that equal elements keep their order and
 * the comparator is called on the same pairs in the same order. size is in words. */
void __c_msort(long *b, unsigned long n, unsigned long size, int (*cmp)(const void *, const void *), long *t) {
    if (n <= 1) return;
    unsigned long n1 = n / 2;
    unsigned long n2 = n - n1;
    long *b1 = b;
    long *b2 = b + n1 * size;
    __c_msort(b1, n1, size, cmp, t);
    __c_msort(b2, n2, size, cmp, t);
    long *tmp = t;
    while (n1 > 0 && n2 > 0) {
        if (cmp(b1, b2) <= 0) {
            for (unsigned long k = 0; k < size; k++) tmp[k] = b1[k];
            b1 += size;
            n1--;
        } else {
            for (unsigned long k = 0; k < size; k++) tmp[k] = b2[k];
            b2 += size;
            n2--;
        }
        tmp += size;
    }
    for (unsigned long k = 0; k < n1 * size; k++) tmp[k] = b1[k];
    for (unsigned long k = 0; k < (n - n2) * size; k++) b[k] = t[k];
}

void qsort(void *base, unsigned long n, unsigned long size, int (*cmp)(const void *, const void *)) {
    if (n <= 1 || size == 0) return;
    long *t = malloc(n * size);
    __c_msort(base, n, size, cmp, t);
    free(t);
}

void *bsearch(const void *key, const void *base, unsigned long n, unsigned long size,
              int (*cmp)(const void *, const void *)) {
    unsigned long low = 0;
    unsigned long high = n;
    while (low < high) {
        unsigned long middle = (low + high) / 2;
        const long *p = (const long *)base + middle * size;
        int order = cmp(key, p);
        if (order < 0) high = middle;
        else if (order > 0) low = middle + 1;
        else return (void *)p;
    }
    return 0;
}

/* rand and srand are glibc's TYPE_3 generator: an additive feedback generator over 31 words,
 * r[i] = r[i-31] + r[i-3] modulo 2^32, the result r >> 1; srand(seed) fills the words from the seed
 * with 16807 * x modulo 2^31 - 1 (Schrage's method, as glibc computes it) and discards 310 results.
 * A program that never calls srand gets srand(1)'s sequence. */
unsigned int __c_rand_state[31];
int __c_rand_front;
int __c_rand_rear;
int __c_rand_seeded;

int __c_rand_next(void) {
    unsigned int value = __c_rand_state[__c_rand_front] + __c_rand_state[__c_rand_rear];
    __c_rand_state[__c_rand_front] = value;
    __c_rand_front = __c_rand_front == 30 ? 0 : __c_rand_front + 1;
    __c_rand_rear = __c_rand_rear == 30 ? 0 : __c_rand_rear + 1;
    return (int)(value >> 1);
}

void srand(unsigned int seed) {
    int word = (int)(seed == 0 ? 1 : seed);
    __c_rand_state[0] = (unsigned int)word;
    for (int i = 1; i < 31; i++) {
        long high = word / 127773;
        long low = word % 127773;
        long next = 16807 * low - 2836 * high;
        if (next < 0) next += 2147483647;
        word = (int)next;
        __c_rand_state[i] = (unsigned int)word;
    }
    __c_rand_front = 3;
    __c_rand_rear = 0;
    __c_rand_seeded = 1;
    for (int i = 0; i < 310; i++) __c_rand_next();
}

int rand(void) {
    if (!__c_rand_seeded) srand(1);
    return __c_rand_next();
}

/* <stdio.h>'s streams: stdin, stdout and stderr are the addresses 1, 2 and 3 (headers.py), never
 * objects. The Engine has one output: a character written to stderr goes out after the mark
 * C_STDERR_MARK, and the driver (driver.STDERR_MARK) takes every marked character out of the run's
 * output into its stderr, so what the program prints to stdout is exactly stdout. */
#define C_STDIN 1
#define C_STDOUT 2
#define C_STDERR 3
#define C_STDERR_MARK 31
#define C_TO_STDERR 2

int __c_pushed;     /* ungetc's character, and the one scanf read past its field */
int __c_has_pushed; /* 1 when there is one */
int __c_at_end;     /* stdin's end-of-file indicator (feof): set when a read meets the end */

void __c_err(int c) {
    putchar(C_STDERR_MARK);
    putchar(c < 0 ? c + 256 : c);
}

/* getchar() of a program: the pushed-back character first. */
int __c_getchar(void) {
    if (__c_has_pushed) {
        __c_has_pushed = 0;
        return __c_pushed;
    }
    int c = getchar();
    if (c < 0) __c_at_end = 1;
    return c;
}

int feof(void *stream) { return stream == (void *)C_STDIN && __c_at_end; }
int ferror(void *stream) { return 0; }
void clearerr(void *stream) {
    if (stream == (void *)C_STDIN) __c_at_end = 0;
}

int fgetc(void *stream) { return stream == (void *)C_STDIN ? __c_getchar() : -1; }
int getc(void *stream) { return fgetc(stream); }

int ungetc(int c, void *stream) {
    if (c < 0 || stream != (void *)C_STDIN || __c_has_pushed) return -1;
    __c_pushed = c < 256 ? c : c & 255;
    __c_has_pushed = 1;
    __c_at_end = 0;
    return __c_pushed;
}

char *fgets(char *buffer, int size, void *stream) {
    int n = 0;
    if (size <= 0) return 0;
    while (n < size - 1) {
        int c = fgetc(stream);
        if (c < 0) break;
        buffer[n++] = (char)c;
        if (c == '\n') break;
    }
    if (n == 0) return 0;
    buffer[n] = 0;
    return buffer;
}

int fputc(int c, void *stream) {
    int byte = c & 255;
    if (stream == (void *)C_STDERR) __c_err(byte);
    else if (stream == (void *)C_STDOUT) putchar(byte);
    else return -1;
    return byte;
}

int putc(int c, void *stream) { return fputc(c, stream); }

/* glibc's fputs returns 1 when it wrote the string. */
int fputs(const char *s, void *stream) {
    while (*s) {
        if (fputc(*s++, stream) < 0) return -1;
    }
    return 1;
}

int fflush(void *stream) { return 0; }

/* printf's formatting of integers and strings: every flag (- + space # 0), a width and a precision
 * (written or taken from the arguments with *), the lengths hh h l ll j z t, and the conversions
 * d i u o x X c s p n % and a double's. The characters go to the output or to a buffer (sprintf,
 * snprintf). */
int __c_to_buffer;      /* 0: the characters go to the output, C_TO_STDERR to stderr */
char *__c_out;          /* where the next one goes in the buffer */
unsigned long __c_room; /* how many more characters the buffer takes, its ending 0 included */
int __c_count;          /* characters formatted so far (snprintf counts those it had no room for) */

/* A double's conversions (%f %F %e %E %g %G %a %A) are float64.c's f64_format, which writes its text
 * into float64's own buffer. A call of the printf family that can print a double stores the routine's
 * and the buffer's addresses here first (library.py), so a program that prints no double links none
 * of the float routines. */
long (*__c_f64_format)(unsigned long, long, long, long); /* a double's bits: 0 to 2^64 - 1 */
long *__c_f64_out;

void __c_emit(int c) {
    __c_count++;
    if (__c_to_buffer == C_TO_STDERR) {
        __c_err(c);
    } else if (!__c_to_buffer) {
        putchar(c < 0 ? c + 256 : c);
    } else if (__c_room > 1) {
        *__c_out++ = (char)c;
        __c_room--;
    }
}

void __c_pad(int c, int n) {
    for (int i = 0; i < n; i++) __c_emit(c);
}

/* One formatted field: prefix (a sign, 0x) then digits made at least `precision` long, padded to width. */
void __c_field(const char *prefix, const char *digits, int length, int width, int precision, int left,
               int zero) {
    int prefix_length = 0;
    while (prefix[prefix_length]) prefix_length++;
    int zeros = precision > length ? precision - length : 0;
    int padding = width - prefix_length - zeros - length;
    if (padding < 0) padding = 0;
    if (zero && !left) {
        zeros += padding;
        padding = 0;
    }
    if (!left) __c_pad(' ', padding);
    for (int i = 0; i < prefix_length; i++) __c_emit(prefix[i]);
    __c_pad('0', zeros);
    for (int i = 0; i < length; i++) __c_emit(digits[i]);
    if (left) __c_pad(' ', padding);
}

/* One conversion of a double, its bit pattern `raw`, as glibc prints it: padded to width with spaces
 * (after the text with '-') or, with '0' and a finite value, with zeros after the sign and 0x. A double's
 * exact decimal expansion ends within 1,074 places and 767 significant digits (its hexadecimal one
 * within 13 digits): a longer precision only adds zeros, which are put here, before any exponent, so
 * that float64's buffer need not hold them. */
void __c_double(unsigned long raw, int conversion, int flags, int width, int precision) {
    int zeros_after = 0;
    int cap = conversion == 'f' || conversion == 'F' ? 1074 : conversion == 'a' || conversion == 'A' ? 13 : 800;
    if (precision > cap) {
        zeros_after = precision - cap;
        precision = cap;
        if ((conversion == 'g' || conversion == 'G') && (flags / 8) % 2 == 0) zeros_after = 0;
    }
    long n = __c_f64_format(raw, conversion, precision, flags);
    long prefix = 0;
    int first = (int)__c_f64_out[0];
    if (n > 0 && (first == '-' || first == '+' || first == ' ')) prefix = 1;
    int letter = (int)__c_f64_out[prefix];
    int finite = letter != 'i' && letter != 'n' && letter != 'I' && letter != 'N';
    if (conversion == 'a' || conversion == 'A') prefix += 2;
    if (!finite) zeros_after = 0;
    int hex = conversion == 'a' || conversion == 'A';
    long exponent = n; /* where the exponent begins (hexadecimal digits hold e, not p) */
    for (long i = prefix; i < n; i++) {
        int c = (int)__c_f64_out[i];
        if (exponent == n && (hex ? c == 'p' || c == 'P' : c == 'e' || c == 'E')) exponent = i;
    }
    long pad = width > n + zeros_after ? width - n - zeros_after : 0;
    /* the flags' bits by division: a runtime routine may use no bitwise operation the back end calls */
    int left = flags % 2, zeros = (flags / 16) % 2 && finite;
    if (pad > 0 && !left && !zeros) __c_pad(' ', (int)pad);
    for (long i = 0; i < n; i++) {
        if (i == prefix && pad > 0 && !left && zeros) __c_pad('0', (int)pad);
        if (i == exponent) __c_pad('0', zeros_after);
        __c_emit((int)__c_f64_out[i]);
    }
    if (exponent == n) __c_pad('0', zeros_after);
    if (pad > 0 && left) __c_pad(' ', (int)pad);
}

/* A length of printf's or scanf's (hh h l ll j z t L) at p: the width in bits it gives the conversion
 * (32 without one) and where the conversion's letter is. */
const char *__c_length(const char *p, int *bits) {
    *bits = 32;
    if (*p == 'h') {
        p++;
        *bits = 16;
        if (*p == 'h') {
            p++;
            *bits = 8;
        }
    } else if (*p == 'l' || *p == 'j' || *p == 'z' || *p == 't' || *p == 'L') {
        *bits = 64;
        p++;
        if (*p == 'l') p++;
    }
    return p;
}

int __c_format(const char *fmt, unsigned long *args) {
    char digits[72];
    char prefix[3];
    __c_count = 0;
    int next = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            __c_emit(*p);
            continue;
        }
        const char *start = p;
        p++;
        int left = 0, plus = 0, space = 0, alternate = 0, zero = 0;
        for (;; p++) {
            if (*p == '-') left = 1;
            else if (*p == '+') plus = 1;
            else if (*p == ' ') space = 1;
            else if (*p == '#') alternate = 1;
            else if (*p == '0') zero = 1;
            else break;
        }
        int width = 0;
        if (*p == '*') {
            width = (int)args[next++];
            if (width < 0) {
                left = 1;
                width = -width;
            }
            p++;
        } else {
            while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        }
        int precision = -1;
        if (*p == '.') {
            p++;
            precision = 0;
            if (*p == '*') {
                precision = (int)args[next++];
                p++;
            } else {
                while (*p >= '0' && *p <= '9') precision = precision * 10 + (*p++ - '0');
            }
        }
        int bits;
        p = __c_length(p, &bits);
        int conversion = *p;
        if (conversion == '%') {
            __c_emit('%');
            continue;
        }
        if (conversion == 0) {
            for (const char *q = start; q < p; q++) __c_emit(*q);
            break;
        }
        unsigned long raw = args[next++];
        if (conversion == 'c') {
            digits[0] = (char)raw;
            __c_field("", digits, 1, width, -1, left, 0);
            continue;
        }
        if (conversion == 's') {
            const char *s = (const char *)raw;
            if (s == 0) s = precision < 0 || precision >= 6 ? "(null)" : "";
            int length = 0;
            while (s[length] && (precision < 0 || length < precision)) length++;
            __c_field("", s, length, width, -1, left, 0);
            continue;
        }
        if (conversion == 'n') {
            *(int *)raw = __c_count;
            continue;
        }
        if (conversion == 'f' || conversion == 'F' || conversion == 'e' || conversion == 'E' ||
            conversion == 'g' || conversion == 'G' || conversion == 'a' || conversion == 'A') {
            __c_double(raw, conversion, left + 2 * plus + 4 * space + 8 * alternate + 16 * zero, width,
                       precision);
            continue;
        }
        prefix[0] = 0;
        unsigned long magnitude;
        int base = 10;
        if (conversion == 'd' || conversion == 'i') {
            long value = bits == 8 ? (signed char)raw : bits == 16 ? (short)raw : bits == 32 ? (int)raw : (long)raw;
            magnitude = value < 0 ? -(unsigned long)value : (unsigned long)value;
            prefix[0] = value < 0 ? '-' : plus ? '+' : space ? ' ' : 0;
            prefix[1] = 0;
        } else if (conversion == 'u' || conversion == 'o' || conversion == 'x' || conversion == 'X' ||
                   conversion == 'p') {
            magnitude = bits == 8 ? (unsigned char)raw : bits == 16 ? (unsigned short)raw
                      : bits == 32 && conversion != 'p' ? (unsigned int)raw : raw;
            base = conversion == 'o' ? 8 : conversion == 'u' ? 10 : 16;
        } else {
            /* Not a conversion of C's: printed as written, as glibc does. */
            next--;
            for (const char *q = start; q <= p; q++) __c_emit(*q);
            continue;
        }
        if (conversion == 'p') {
            if (magnitude == 0) {
                __c_field("", "(nil)", 5, width, -1, left, 0);
                continue;
            }
            alternate = 1;
        }
        int length = 0;
        char reversed[72];
        const char *letters = conversion == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        while (magnitude > 0) {
            reversed[length++] = letters[magnitude % base];
            magnitude /= base;
        }
        if (length == 0 && precision != 0) reversed[length++] = '0';
        for (int i = 0; i < length; i++) digits[i] = reversed[length - 1 - i];
        if (alternate && base == 8 && (length == 0 || digits[0] != '0') && precision <= length)
            precision = length + 1;
        if (alternate && base == 16 && (length > 1 || (length == 1 && digits[0] != '0'))) {
            prefix[0] = '0';
            prefix[1] = conversion == 'X' ? 'X' : 'x';
            prefix[2] = 0;
        }
        __c_field(prefix, digits, length, width, precision, left, zero && precision < 0);
    }
    return __c_count;
}

/* The printf family given a va_list: the block of a variadic function's extra arguments, which is what
 * printf itself takes (the lowering stores f64_format's address before each call). */
int vprintf(const char *fmt, unsigned long *args) {
    __c_to_buffer = 0;
    return __c_format(fmt, args);
}

int vfprintf(void *stream, const char *fmt, unsigned long *args) {
    if (stream != (void *)C_STDOUT && stream != (void *)C_STDERR) return -1;
    __c_to_buffer = stream == (void *)C_STDERR ? C_TO_STDERR : 0;
    return __c_format(fmt, args);
}

int vsprintf(char *buffer, const char *fmt, unsigned long *args) {
    __c_to_buffer = 1;
    __c_out = buffer;
    __c_room = 18446744073709551615UL;
    int count = __c_format(fmt, args);
    *__c_out = 0;
    return count;
}

int vsnprintf(char *buffer, unsigned long size, const char *fmt, unsigned long *args) {
    __c_to_buffer = 1;
    __c_out = buffer;
    __c_room = size;
    int count = __c_format(fmt, args);
    if (size > 0) *__c_out = 0;
    return count;
}

/* printf, fprintf, sprintf and snprintf take their extra arguments as that block too. */
int __c_printf(const char *fmt, unsigned long *args) { return vprintf(fmt, args); }

int fprintf(void *stream, const char *fmt, unsigned long *args) { return vfprintf(stream, fmt, args); }

int sprintf(char *buffer, const char *fmt, unsigned long *args) { return vsprintf(buffer, fmt, args); }

int snprintf(char *buffer, unsigned long size, const char *fmt, unsigned long *args) {
    return vsnprintf(buffer, size, fmt, args);
}

/* scanf and sscanf as glibc's: white space in the format skips any amount of it in the input, another
 * character must match the next one read, and a conversion (%d %i %u %o %x %X %p %c %s %[...] %f %e %g
 * %a %n, with *, a width and the lengths hh h l ll j z t) reads the longest field it can. The characters
 * come from sscanf's text or standard input; the one read past a field is put back (ungetc's place).
 * The result is the number of fields assigned, or EOF when the input ended before the first. */
const char *__c_text; /* sscanf's text; 0: standard input */
int __c_taken;        /* characters read so far (%n) */

int __c_next(void) {
    int c;
    if (__c_text) {
        c = *__c_text;
        if (c == 0) return -1;
        __c_text++;
        c = __c_uchar(c);
    } else {
        c = __c_getchar();
    }
    if (c >= 0) __c_taken++;
    return c;
}

void __c_back(int c) {
    if (c < 0) return;
    __c_taken--;
    if (__c_text) {
        __c_text--;
    } else {
        __c_pushed = c;
        __c_has_pushed = 1;
    }
}

/* The next character while the field's width lasts (-2 when it is used up). */
int __c_field_next(int *left) {
    if (*left == 0) return -2;
    (*left)--;
    return __c_next();
}

int __c_skip_space(void) {
    int c;
    do c = __c_next(); while (isspace(c));
    __c_back(c);
    return c;
}

int __c_digit_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Whether c is in the set of %[...]: the text from `set` up to `end` (the closing bracket). */
int __c_in_set(const char *set, const char *end, int c) {
    int negate = *set == '^';
    if (negate) set++;
    for (const char *p = set; p < end; p++) {
        if (p[1] == '-' && p + 2 < end) {
            if (c >= p[0] && c <= p[2]) return !negate;
            p += 2;
        } else if (c == *p) {
            return !negate;
        }
    }
    return negate;
}

void __c_store_integer(unsigned long target, long value, int bits, int is_signed) {
    if (bits == 8) {
        if (is_signed) *(signed char *)target = (signed char)value;
        else *(unsigned char *)target = (unsigned char)value;
    } else if (bits == 16) {
        if (is_signed) *(short *)target = (short)value;
        else *(unsigned short *)target = (unsigned short)value;
    } else if (bits == 32) {
        if (is_signed) *(int *)target = (int)value;
        else *(unsigned int *)target = (unsigned int)value;
    } else {
        if (is_signed) *(long *)target = value;
        else *(unsigned long *)target = (unsigned long)value;
    }
}

/* A number's text into text[], as glibc's scanf takes it; returns its length, 0 when there is no number. */
int __c_number_text(char *text, int left, int conversion) {
    int n = 0;
    int c = __c_field_next(&left);
    if (c == '+' || c == '-') {
        text[n++] = (char)c;
        c = __c_field_next(&left);
    }
    int floating = conversion == 'f' || conversion == 'F' || conversion == 'e' || conversion == 'E' ||
                   conversion == 'g' || conversion == 'G' || conversion == 'a' || conversion == 'A';
    if (floating && (c == 'i' || c == 'I' || c == 'n' || c == 'N')) {
        while (c >= 0 && isalpha(c) && n < 70) {
            text[n++] = (char)c;
            c = __c_field_next(&left);
        }
        __c_back(c);
        text[n] = 0;
        return n;
    }
    int base = conversion == 'o' ? 8 : conversion == 'x' || conversion == 'X' || conversion == 'p' ? 16
             : conversion == 'i' ? 0 : 10;
    int digits = 0;
    if (c == '0' && (base == 0 || base == 16 || floating)) {
        text[n++] = '0';
        digits = 1;
        c = __c_field_next(&left);
        if (c == 'x' || c == 'X') {
            text[n++] = (char)c;
            base = 16;
            c = __c_field_next(&left);
        } else if (base == 0) {
            base = 8;
        }
    }
    if (base == 0) base = 10;
    int point = 0;
    while (c >= 0 && n < 78) {
        if (__c_digit_value(c) < (floating && base != 16 ? 10 : base)) {
            digits++;
        } else if (floating && c == '.' && !point) {
            point = 1;
        } else if (floating && digits > 0 && (base == 16 ? c == 'p' || c == 'P' : c == 'e' || c == 'E')) {
            text[n++] = (char)c;
            c = __c_field_next(&left);
            if (c == '+' || c == '-') {
                text[n++] = (char)c;
                c = __c_field_next(&left);
            }
            while (c >= '0' && c <= '9' && n < 78) {
                text[n++] = (char)c;
                c = __c_field_next(&left);
            }
            break;
        } else {
            break;
        }
        text[n++] = (char)c;
        c = __c_field_next(&left);
    }
    __c_back(c);
    text[n] = 0;
    return digits > 0 ? n : 0;
}

int __c_scan(const char *fmt, unsigned long *args) {
    char text[80];
    int assigned = 0;
    int next = 0;
    int c;
    __c_taken = 0;
    for (const char *p = fmt; *p; p++) {
        if (isspace(*p)) {
            __c_skip_space();
            continue;
        }
        if (*p != '%' || p[1] == '%') {
            if (*p == '%') {
                p++;
                __c_skip_space();
            }
            c = __c_next();
            if (c < 0) return assigned ? assigned : -1;
            if (c != __c_uchar(*p)) {
                __c_back(c);
                return assigned;
            }
            continue;
        }
        p++;
        int suppress = *p == '*';
        if (suppress) p++;
        int width = 0;
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        int bits;
        p = __c_length(p, &bits);
        int conversion = *p;
        if (conversion == 0) break;
        if (conversion == 'n') {
            if (!suppress) __c_store_integer(args[next++], __c_taken, bits, 1);
            continue;
        }
        unsigned long target = suppress ? 0 : args[next];
        if (conversion != 'c' && conversion != '[' && __c_skip_space() < 0) return assigned ? assigned : -1;
        int left = width > 0 ? width : -1;
        if (conversion == 'c') {
            if (left < 0) left = 1;
            int n = 0;
            for (c = __c_field_next(&left); c >= 0; c = __c_field_next(&left)) {
                if (!suppress) ((char *)target)[n] = (char)c;
                n++;
            }
            if (n == 0) return assigned ? assigned : -1;
        } else if (conversion == 's' || conversion == '[') {
            const char *set = p + 1;
            if (conversion == '[') {
                p = set;
                if (*p == '^') p++;
                if (*p == ']') p++;
                while (*p && *p != ']') p++;
                if (*p == 0) return assigned;
            }
            int n = 0;
            for (c = __c_field_next(&left); c >= 0; c = __c_field_next(&left)) {
                if (conversion == 's' ? isspace(c) : !__c_in_set(set, p, c)) break;
                if (!suppress) ((char *)target)[n] = (char)c;
                n++;
            }
            __c_back(c);
            if (n == 0) return c == -1 && assigned == 0 ? -1 : assigned;
            if (!suppress) ((char *)target)[n] = 0;
        } else if (conversion == 'd' || conversion == 'i' || conversion == 'u' || conversion == 'o' ||
                   conversion == 'x' || conversion == 'X' || conversion == 'p') {
            if (__c_number_text(text, left > 78 || left < 0 ? 78 : left, conversion) == 0) return assigned;
            if (!suppress) {
                int base = conversion == 'o' ? 8 : conversion == 'i' ? 0 : conversion == 'd' || conversion == 'u' ? 10 : 16;
                if (conversion == 'd' || conversion == 'i') {
                    __c_store_integer(target, strtol(text, 0, base), bits, 1);
                } else {
                    __c_store_integer(target, (long)strtoul(text, 0, base), conversion == 'p' ? 64 : bits, 0);
                }
            }
        } else if (conversion == 'f' || conversion == 'F' || conversion == 'e' || conversion == 'E' ||
                   conversion == 'g' || conversion == 'G' || conversion == 'a' || conversion == 'A') {
            if (__c_number_text(text, left > 78 || left < 0 ? 78 : left, conversion) == 0) return assigned;
            char *end;
            double value = strtod(text, &end);
            if (*end != 0) return assigned;
            if (!suppress) {
                if (bits == 64) *(double *)target = value;
                else *(float *)target = (float)value;
            }
        } else {
            return assigned;
        }
        if (!suppress) {
            next++;
            assigned++;
        }
    }
    return assigned;
}

int __c_scanf(const char *fmt, unsigned long *args) {
    __c_text = 0;
    return __c_scan(fmt, args);
}

int fscanf(void *stream, const char *fmt, unsigned long *args) {
    if (stream != (void *)C_STDIN) return -1;
    return __c_scanf(fmt, args);
}

int sscanf(const char *text, const char *fmt, unsigned long *args) {
    __c_text = text;
    return __c_scan(fmt, args);
}
