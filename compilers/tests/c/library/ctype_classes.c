// <ctype.h>: the classes print glibc's values (its table's bits), toupper and tolower (expected output
// from gcc).
#include <ctype.h>
#include <stdio.h>

int main(void) {
    const char *s = "Hello, World 42!\t~";
    for (const char *p = s; *p; p++)
        printf("%d %d %d %d %d %d %d %d %d %d %d %d %c %c\n", isalpha(*p), isdigit(*p), isspace(*p),
               isupper(*p), islower(*p), isalnum(*p), ispunct(*p), isxdigit(*p), isprint(*p), isgraph(*p),
               iscntrl(*p), isblank(*p), isprint(toupper(*p)) ? toupper(*p) : '.',
               isprint(tolower(*p)) ? tolower(*p) : '.');
    printf("%d %d %d %d\n", isdigit(-1), toupper(-1), tolower('Z'), iscntrl(127));
    int words = 0, in_word = 0;
    for (const char *p = "  the quick  brown\tfox "; *p; p++) {
        if (isspace((unsigned char)*p)) in_word = 0;
        else if (!in_word) { in_word = 1; words++; }
    }
    printf("%d\n", words);
    return 0;
}
// expect: 1024 0 0 256 0 8 0 0 16384 32768 0 0 H h
// expect: 1024 0 0 0 512 8 0 4096 16384 32768 0 0 E e
// expect: 1024 0 0 0 512 8 0 0 16384 32768 0 0 L l
// expect: 1024 0 0 0 512 8 0 0 16384 32768 0 0 L l
// expect: 1024 0 0 0 512 8 0 0 16384 32768 0 0 O o
// expect: 0 0 0 0 0 0 4 0 16384 32768 0 0 , ,
// expect: 0 0 8192 0 0 0 0 0 16384 0 0 1    
// expect: 1024 0 0 256 0 8 0 0 16384 32768 0 0 W w
// expect: 1024 0 0 0 512 8 0 0 16384 32768 0 0 O o
// expect: 1024 0 0 0 512 8 0 0 16384 32768 0 0 R r
// expect: 1024 0 0 0 512 8 0 0 16384 32768 0 0 L l
// expect: 1024 0 0 0 512 8 0 4096 16384 32768 0 0 D d
// expect: 0 0 8192 0 0 0 0 0 16384 0 0 1    
// expect: 0 2048 0 0 0 8 0 4096 16384 32768 0 0 4 4
// expect: 0 2048 0 0 0 8 0 4096 16384 32768 0 0 2 2
// expect: 0 0 0 0 0 0 4 0 16384 32768 0 0 ! !
// expect: 0 0 8192 0 0 0 0 0 0 0 2 1 . .
// expect: 0 0 0 0 0 0 4 0 16384 32768 0 0 ~ ~
// expect: 0 -1 122 2
// expect: 4
