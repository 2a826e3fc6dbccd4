"""The standard headers of the C subset, as C text.

`#include <stdio.h>` brings in these declarations exactly as a real header would, so the checker treats
library functions like any other prototype; their bodies come from the runtime at link time. An include
of any other header is reported as unsupported.
"""

from __future__ import annotations

_SIZE_T = """
#ifndef __ac_size_t
#define __ac_size_t
typedef unsigned long size_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
"""

HEADERS: dict[str, str] = {
    "stdio.h": _SIZE_T
    + """
#define EOF (-1)
int printf(const char *format, ...);
int scanf(const char *format, ...);
int putchar(int c);
int puts(const char *s);
int getchar(void);
""",
    "stdlib.h": _SIZE_T
    + """
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void free(void *pointer);
int abs(int value);
int atoi(const char *text);
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
""",
    "stddef.h": _SIZE_T,
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
""",
}

# The library functions that the runtime provides: a call to one of these needs no definition here.
LIBRARY_FUNCTIONS = frozenset(
    {
        "printf", "scanf", "putchar", "puts", "getchar", "malloc", "calloc", "free", "abs", "atoi", "exit",
        "strlen", "strcmp", "strcpy", "strcat", "memset", "memcpy",
    }
)  # fmt: skip
