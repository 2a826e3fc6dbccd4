// What would need single bytes at their own addresses, which the Engine's word-addressed Store does not
// have, is a diagnostic naming the construct, never a wrong answer: a struct over a double's bytes, an
// int's bytes through `unsigned char *`, a pointer made to read another scalar type's bits other than
// by `*(T *)&x`, the address of a float member of a union that puns it, memcpy of an array of doubles
// into integers.
#include <stdio.h>
#include <string.h>
union S { struct { unsigned lo, hi; } w; double d; };
union F { float f; unsigned u; };
int main(void) {
    union S s;
    s.d = 1.0;
    printf("%x\n", s.w.hi);
    int x = 1;
    unsigned char *p = (unsigned char *)&x;
    double d = 1.0;
    unsigned long long *q = (unsigned long long *)&d;
    union F f;
    float *pf = &f.f;
    double a[2] = {1, 2};
    long long b[2];
    memcpy(b, a, sizeof a);
    return p[0] + (int)*q + (int)*pf + (int)b[0];
}
// error: 13:20: 'struct <anonymous>' member 'w' over the union's 'double'
// error: 15:24: the bytes of an object of type 'int' through 'unsigned char *'
// error: 17:29: a 'double *' used as 'unsigned long *'
// error: 19:17: the address of 'float' member 'f' of a union
// error: 22:5: memcpy from 'double' to 'long' of other than one object of 8 bytes
