// Reading an object's bits as another type, as gcc's build on x86-64 shows them: a union of a double and
// a 64-bit integer (the IEEE pattern, signed or not), of a float and a 32-bit integer (binary32's
// pattern, subnormals, infinity), a narrower member storing only the low bytes (little-endian), a tagged
// union inside a struct, `*(T *)&x` both ways (the "fast inverse square root"), and memcpy of one object
// into another of the other type.
#include <stdio.h>
#include <stdint.h>
#include <string.h>
union U { double d; unsigned long long u; long long s; };
union F { float f; uint32_t u; int32_t i; };
union M { double d; int i; unsigned char c; short h; };
struct Tagged { int tag; union { int i; double d; char *s; float f; }; };
union U gu = {-2.5};
union F gf = {1.5f};
int main(void) {
    union U u; u.d = 1.5; printf("%llx %lld\n", u.u, u.s);
    u.d = -0.1; printf("%llx %lld\n", u.u, u.s);
    u.s = -1; printf("%g %llu\n", u.d, u.u);
    u.u = 0x400921fb54442d18ULL; printf("%.17g\n", u.d);
    union F f; f.f = 1.5f; printf("%x %d\n", f.u, f.i);
    f.f = -0.0f; printf("%x\n", f.u);
    f.u = 0x7f800000; printf("%f\n", f.f);
    f.u = 1; printf("%g %a\n", f.f, f.f);
    f.u = 0x3eaaaaab; printf("%.9g\n", f.f);
    f.f = 1e-40f; printf("%x\n", f.u);
    f.i = -1; printf("%x %f\n", f.u, f.f);
    f.f += 1.0f; printf("%x\n", f.u);
    union M m; m.d = 1.0; m.i = 5; printf("%a %d %d %d\n", m.d, m.i, m.c, m.h);
    m.i = 0x12345678; printf("%x %x\n", m.c, m.h);
    m.c = 0xff; printf("%x %a\n", m.i, m.d);
    m.i++; printf("%x\n", m.i);
    printf("%llx %a %x %g\n", gu.u, gu.d, gf.u, gf.f);
    union F lf = {2.0f}; printf("%x\n", lf.u);
    struct Tagged t; t.tag = 1; t.d = 3.0; t.i = 7; printf("%d %a\n", t.i, t.d);
    t.f = 0.5f; printf("%x\n", t.i);
    double d = 2.0; uint64_t bits = *(uint64_t *)&d; printf("%llx\n", (unsigned long long)bits);
    float fl = 0.1f; uint32_t b32 = *(uint32_t *)&fl; printf("%x\n", b32);
    long long sl = *(long long *)&u.d; printf("%lld\n", sl);
    *(uint64_t *)&d = 0x3ff0000000000001ULL; printf("%.17g\n", d);
    float y = 2.0f; int32_t i = *(int32_t *)&y; i = 0x5f3759df - (i >> 1); y = *(float *)&i; printf("%f\n", y);
    { double d = -1.25; uint64_t u; int64_t s;
    memcpy(&u, &d, sizeof d); printf("%llx\n", (unsigned long long)u);
    memcpy(&s, &d, sizeof(double)); printf("%lld\n", (long long)s);
    float f = 3.5f; uint32_t w; memcpy(&w, &f, 4); printf("%x\n", w);
    w = 0x40490fdb; memcpy(&f, &w, sizeof f); printf("%.7g\n", f);
    u = 0x7ff0000000000000ULL; memcpy(&d, &u, 8); printf("%f\n", d);
    double a[2] = {1, 2}, b[2]; memcpy(b, a, sizeof a); printf("%g %g\n", b[0], b[1]);
    }
    /* random patterns both ways: each one's value, and the value's pattern read back */
    unsigned int x = 12345;
    unsigned long long z = 987654321;
    int same = 0;
    for (int k = 0; k < 400; k++) {
        x = x * 1103515245u + 12345u;
        z = z * 6364136223846793005ULL + 1442695040888963407ULL;
        union F r, back;
        union U r64, back64;
        r.u = x;
        r64.u = z;
        back.f = r.f;
        back64.d = r64.d;
        same += back.u == x && back64.u == z;
        if (k % 40 == 0) printf("%08x %a %016llx %a\n", x, r.f, z, r64.d);
    }
    printf("%d of 400 read back\n", same);
    return 0;
}
// expect: 3ff8000000000000 4609434218613702656
// expect: bfb999999999999a -4631501856787818086
// expect: -nan 18446744073709551615
// expect: 3.1415926535897931
// expect: 3fc00000 1069547520
// expect: 80000000
// expect: inf
// expect: 1.4013e-45 0x1p-149
// expect: 0.333333343
// expect: 116c2
// expect: ffffffff -nan
// expect: ffffffff
// expect: 0x1.0000000000005p+0 5 5 5
// expect: 78 5678
// expect: 123456ff 0x1.00000123456ffp+0
// expect: 12345700
// expect: c004000000000000 -0x1.4p+1 3fc00000 1.5
// expect: 40000000
// expect: 7 0x1.8000000000007p+1
// expect: 3f000000
// expect: 4000000000000000
// expect: 3dcccccd
// expect: 4614256656552045848
// expect: 1.0000000000000002
// expect: 0.716215
// expect: bff4000000000000
// expect: -4615063718147915776
// expect: 40600000
// expect: 3.141593
// expect: inf
// expect: 1 2
// expect: d3dc167e -0x1.b82cfcp+40 7283fe622174b76c 0x1.3fe622174b76cp+809
// expect: 270858b6 0x1.10b16cp-49 c9beba7b477cca34 -0x1.eba7b477cca34p+156
// expect: dfd4a5ee -0x1.a94bdcp+64 ed11d7cb236421fc -0x1.1d7cb236421fcp+722
// expect: 3068de26 0x1.d1bc4cp-31 fb5ceca1db32dec4 -0x1.ceca1db32dec4p+950
// expect: db78e15e -0x1.f1c2bcp+55 950a6b98dd25208c -0x1.a6b98dd25208cp-687
// expect: 2fc48f96 0x1.891f2cp-32 4c932418142b0754 0x1.32418142b0754p+202
// expect: b397c8ce -0x1.2f919cp-24 110bb61c6c68b31c 0x1.bb61c6c68b31cp-751
// expect: 804a6d06 -0x1.29b418p-127 7ccaeee1a7b643e4 0x1.aeee1a7b643e4p+973
// expect: 4dc05c3e 0x1.80b87cp+28 1eb1db51821fd9ac 0x1.1db51821fd9acp-532
// expect: 2de97676 0x1.d2ececp-36 80f3fc5a26659474 -0x1.3fc5a26659474p-1008
// expect: 400 of 400 read back
