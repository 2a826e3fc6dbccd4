"""The standard headers of the C subset, as C text.

`#include <stdio.h>` brings in these declarations exactly as a real header would, so the checker treats
library functions like any other prototype; their bodies come from the runtime at link time. An include
of any other header is reported as unsupported.
"""

from __future__ import annotations

import re

# The long double forms of <math.h>'s functions of one and of two arguments, and strtold: declared by the
# headers so that a call names the type (long double is outside the subset), not a missing declaration.
LONG_DOUBLE_UNARY = (
    "sqrtl", "fabsl", "floorl", "ceill", "truncl", "roundl", "expl", "exp2l", "expm1l", "logl", "log10l",
    "log2l", "log1pl", "sinl", "cosl", "tanl", "asinl", "acosl", "atanl", "sinhl", "coshl", "tanhl",
    "asinhl", "acoshl", "atanhl", "cbrtl", "rintl", "nearbyintl", "erfl", "erfcl", "tgammal", "lgammal",
)  # fmt: skip
LONG_DOUBLE_BINARY = (
    "powl", "fmodl", "atan2l", "hypotl", "copysignl", "fminl", "fmaxl", "remainderl", "fdiml",
)  # fmt: skip
LONG_DOUBLE_FUNCTIONS = frozenset(LONG_DOUBLE_UNARY + LONG_DOUBLE_BINARY + ("strtold",))

_SIZE_T = """
#ifndef __ac_size_t
#define __ac_size_t
typedef unsigned long size_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
"""

# <stdint.h> as glibc's on x86-64: 64-bit types are long.
_STDINT = """
#ifndef __ac_stdint
#define __ac_stdint
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
typedef signed char int_least8_t;
typedef short int_least16_t;
typedef int int_least32_t;
typedef long int_least64_t;
typedef unsigned char uint_least8_t;
typedef unsigned short uint_least16_t;
typedef unsigned int uint_least32_t;
typedef unsigned long uint_least64_t;
typedef signed char int_fast8_t;
typedef long int_fast16_t;
typedef long int_fast32_t;
typedef long int_fast64_t;
typedef unsigned char uint_fast8_t;
typedef unsigned long uint_fast16_t;
typedef unsigned long uint_fast32_t;
typedef unsigned long uint_fast64_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef long intmax_t;
typedef unsigned long uintmax_t;
#define INT8_MIN (-128)
#define INT16_MIN (-32767-1)
#define INT32_MIN (-2147483647-1)
#define INT64_MIN (-9223372036854775807L-1)
#define INT8_MAX (127)
#define INT16_MAX (32767)
#define INT32_MAX (2147483647)
#define INT64_MAX (9223372036854775807L)
#define UINT8_MAX (255)
#define UINT16_MAX (65535)
#define UINT32_MAX (4294967295U)
#define UINT64_MAX (18446744073709551615UL)
#define INTPTR_MIN (-9223372036854775807L-1)
#define INTPTR_MAX (9223372036854775807L)
#define UINTPTR_MAX (18446744073709551615UL)
#define INTMAX_MIN (-9223372036854775807L-1)
#define INTMAX_MAX (9223372036854775807L)
#define UINTMAX_MAX (18446744073709551615UL)
#define PTRDIFF_MIN (-9223372036854775807L-1)
#define PTRDIFF_MAX (9223372036854775807L)
#define SIZE_MAX (18446744073709551615UL)
#define INT8_C(c) c
#define INT16_C(c) c
#define INT32_C(c) c
#define INT64_C(c) c ## L
#define UINT8_C(c) c
#define UINT16_C(c) c
#define UINT32_C(c) c ## U
#define UINT64_C(c) c ## UL
#define INTMAX_C(c) c ## L
#define UINTMAX_C(c) c ## UL
#endif
"""

# <inttypes.h>'s format macros, as glibc spells them on x86-64.
_INTTYPES = "".join(
    f'#define PRI{conversion}{width} "{length}{conversion}"\n'
    for conversion in "diouxX"
    for width, length in (("8", "hh"), ("16", "h"), ("32", ""), ("64", "l"), ("MAX", "l"), ("PTR", "l"))
) + "".join(
    f'#define SCN{conversion}{width} "{length}{conversion}"\n'
    for conversion in "di"
    for width, length in (("32", ""), ("64", "l"), ("MAX", "l"))
)

HEADERS: dict[str, str] = {
    "stdio.h": _SIZE_T
    + """
#define EOF (-1)
typedef struct _IO_FILE FILE;
#define stdin ((FILE *)1)
#define stdout ((FILE *)2)
#define stderr ((FILE *)3)
int printf(const char *format, ...);
int fprintf(FILE *stream, const char *format, ...);
int vprintf(const char *format, unsigned long *args);
int vfprintf(FILE *stream, const char *format, unsigned long *args);
int vsprintf(char *buffer, const char *format, unsigned long *args);
int vsnprintf(char *buffer, size_t size, const char *format, unsigned long *args);
int scanf(const char *format, ...);
int sscanf(const char *text, const char *format, ...);
int putchar(int c);
int puts(const char *s);
int getchar(void);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int fputs(const char *s, FILE *stream);
int fgetc(FILE *stream);
int getc(FILE *stream);
int ungetc(int c, FILE *stream);
char *fgets(char *buffer, int size, FILE *stream);
int fflush(FILE *stream);
FILE *fopen(const char *path, const char *mode);
FILE *freopen(const char *path, const char *mode, FILE *stream);
int fclose(FILE *stream);
size_t fread(void *buffer, size_t size, size_t count, FILE *stream);
size_t fwrite(const void *buffer, size_t size, size_t count, FILE *stream);
int fscanf(FILE *stream, const char *format, ...);
int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);
int fseek(FILE *stream, long offset, int whence);
long ftell(FILE *stream);
void rewind(FILE *stream);
int remove(const char *path);
void perror(const char *text);
int sprintf(char *buffer, const char *format, ...);
int snprintf(char *buffer, size_t size, const char *format, ...);
""",
    "stdlib.h": _SIZE_T
    + """
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *pointer, size_t size);
void free(void *pointer);
int abs(int value);
long labs(long value);
typedef struct { int quot; int rem; } div_t;
typedef struct { long quot; long rem; } ldiv_t;
typedef struct { long long quot; long long rem; } lldiv_t;
div_t div(int numerator, int denominator);
ldiv_t ldiv(long numerator, long denominator);
lldiv_t lldiv(long long numerator, long long denominator);
long long llabs(long long value);
int atoi(const char *text);
long atol(const char *text);
long long atoll(const char *text);
double atof(const char *text);
double strtod(const char *text, char **end);
double strtold(const char *text, char **end);
long strtol(const char *text, char **end, int base);
unsigned long strtoul(const char *text, char **end, int base);
long long strtoll(const char *text, char **end, int base);
unsigned long long strtoull(const char *text, char **end, int base);
int rand(void);
void srand(unsigned int seed);
void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));
void exit(int status);
""",
    "string.h": _SIZE_T
    + """
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
char *strcpy(char *to, const char *from);
char *strcat(char *to, const char *from);
void *memset(void *to, int value, size_t count);
void *memcpy(void *to, const void *from, size_t count);
void *memmove(void *to, const void *from, size_t count);
int memcmp(const void *a, const void *b, size_t count);
void *memchr(const void *s, int c, size_t count);
char *strncpy(char *to, const char *from, size_t count);
char *strncat(char *to, const char *from, size_t count);
int strncmp(const char *a, const char *b, size_t count);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *s, const char *delimiters);
char *strdup(const char *s);
char *strndup(const char *s, size_t count);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
""",
    "ctype.h": """
int isalpha(int c);
int isdigit(int c);
int isalnum(int c);
int isspace(int c);
int isupper(int c);
int islower(int c);
int isxdigit(int c);
int ispunct(int c);
int isprint(int c);
int isgraph(int c);
int iscntrl(int c);
int isblank(int c);
int toupper(int c);
int tolower(int c);
""",
    "stdint.h": _STDINT,
    "inttypes.h": _STDINT + _INTTYPES,
    "math.h": """
#define HUGE_VAL 1e999
#define HUGE_VALF 1e999f
#define INFINITY 1e999f
#define isnan(x) ((x) != (x))
#define isinf(x) ((x) == 1e999 || (x) == -1e999)
#define isfinite(x) ((x) - (x) == 0)
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440
double sqrt(double x);
double fabs(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double fmod(double x, double y);
float sqrtf(float x);
float fabsf(float x);
float floorf(float x);
float ceilf(float x);
float truncf(float x);
float fmodf(float x, float y);
float expf(float x);
float logf(float x);
float log10f(float x);
float powf(float x, float y);
double copysign(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
float roundf(float x);
long lroundf(float x);
float copysignf(float x, float y);
float fminf(float x, float y);
float fmaxf(float x, float y);
float sinf(float x);
float cosf(float x);
float tanf(float x);
float atanf(float x);
float atan2f(float y, float x);
float asinf(float x);
float acosf(float x);
float hypotf(float x, float y);
float log2f(float x);
float cbrtf(float x);
float sinhf(float x);
float coshf(float x);
float tanhf(float x);
float expm1f(float x);
float log1pf(float x);
float asinhf(float x);
float acoshf(float x);
float atanhf(float x);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double exp(double x);
double log(double x);
double log10(double x);
double log2(double x);
double pow(double x, double y);
double hypot(double x, double y);
double round(double x);
long lround(double x);
double cbrt(double x);
double expm1(double x);
double log1p(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);
double exp2(double x);
double erf(double x);
double erfc(double x);
double tgamma(double x);
double lgamma(double x);
"""
    + "".join(f"double {name}(double x);\n" for name in LONG_DOUBLE_UNARY)
    + "".join(f"double {name}(double x, double y);\n" for name in LONG_DOUBLE_BINARY),
    "float.h": """
#define FLT_RADIX 2
#define FLT_MANT_DIG 24
#define DBL_MANT_DIG 53
#define FLT_DIG 6
#define DBL_DIG 15
#define FLT_DECIMAL_DIG 9
#define DBL_DECIMAL_DIG 17
#define DECIMAL_DIG 21
#define FLT_MIN_EXP (-125)
#define DBL_MIN_EXP (-1021)
#define FLT_MAX_EXP 128
#define DBL_MAX_EXP 1024
#define FLT_MIN_10_EXP (-37)
#define DBL_MIN_10_EXP (-307)
#define FLT_MAX_10_EXP 38
#define DBL_MAX_10_EXP 308
#define FLT_MAX 3.40282346638528859811704183484516925e+38F
#define DBL_MAX ((double)1.79769313486231570814527423731704357e+308)
#define FLT_MIN 1.17549435082228750796873653722224568e-38F
#define DBL_MIN ((double)2.22507385850720138309023271733240406e-308)
#define FLT_EPSILON 1.19209289550781250000000000000000000e-7F
#define DBL_EPSILON ((double)2.22044604925031308084726333618164062e-16)
#define FLT_TRUE_MIN 1.40129846432481707092372958328991613e-45F
#define DBL_TRUE_MIN ((double)4.94065645841246544176568792868221372e-324)
#define LDBL_MANT_DIG 64
#define LDBL_DIG 18
#define LDBL_DECIMAL_DIG 21
#define LDBL_MIN_EXP (-16381)
#define LDBL_MAX_EXP 16384
#define LDBL_MIN_10_EXP (-4931)
#define LDBL_MAX_10_EXP 4932
#define LDBL_MAX 1.18973149535723176502126385303097021e+4932L
#define LDBL_MIN 3.36210314311209350626267781732175260e-4932L
#define LDBL_EPSILON 1.08420217248550443400745280086994171e-19L
#define LDBL_TRUE_MIN 3.64519953188247460252840593361941982e-4951L
""",
    "stddef.h": _SIZE_T,
    # Not guarded: a program may include it again after defining or undefining NDEBUG (C99 7.2).
    "assert.h": """
#undef assert
#ifdef NDEBUG
#define assert(condition) ((void)0)
#else
#define assert(condition) ((condition) ? (void)0 : __assert_fail())
#endif
void __assert_fail(void);
""",
    # A variadic function's extra arguments are a block of words, one an argument, that the caller fills
    # (as for printf): va_list points into it and va_arg reads one word as the type asked (punning.py
    # takes a double's, a negative int's and a pointer's bits from the word as C's va_arg does).
    "stdarg.h": """
#ifndef __ac_stdarg
#define __ac_stdarg
typedef unsigned long *va_list;
#define va_start(ap, last) ((void)((ap) = __builtin_va_args))
#define va_arg(ap, type) (*(type *)(ap)++)
#define va_end(ap) ((void)0)
#define va_copy(dest, src) ((void)((dest) = (src)))
#endif
""",
    "stdbool.h": """
#define bool _Bool
#define true 1
#define false 0
""",
    "limits.h": """
#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#define CHAR_MIN (-128)
#define CHAR_MAX 127
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-2147483647 - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MIN (-9223372036854775807L - 1)
#define LONG_MAX 9223372036854775807L
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MIN (-9223372036854775807LL - 1)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL
""",
}

# The library functions that the runtime provides (runtime/*.ir, libc.c): every function a header
# declares, so a call of one of these needs no definition in the program.
LIBRARY_FUNCTIONS = frozenset(
    match.group(1)
    for text in HEADERS.values()
    for line in text.splitlines()
    if not line.startswith("#")
    for match in re.finditer(r"(\w+)\((?!\*)", line)
)
