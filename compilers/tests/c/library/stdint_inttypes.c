// <stdint.h> types and limits, <inttypes.h>'s PRI macros (expected output from gcc).
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int64_t a = INT64_MAX;
    uint32_t u = UINT32_MAX;
    uint8_t c = 250;
    int16_t s = -3;
    uint64_t big = UINT64_MAX;
    int32_t m = INT32_MIN;
    c += 10;
    u += 1;
    printf("%" PRId64 " %" PRIu32 " %u %d %" PRIu64 " %" PRId32 " %" PRIx64 "\n", a, u, c, s, big, m, big);
    printf("%zu %zu %zu\n", sizeof(int64_t), sizeof(uint8_t), sizeof(intptr_t));
    uint16_t w = 65535;
    w++;
    int8_t b = 127;
    b++;
    printf("%" PRIu16 " %" PRId8 " %" PRIX32 " %" PRIo8 "\n", w, b, 48879u, (uint8_t)8);
    uint64_t hash = UINT64_C(1469598103934665603);
    hash = hash * 31 + INT64_C(7);
    printf("%" PRIu64 " %jd %ju\n", hash, (intmax_t)-1, (uintmax_t)UINTMAX_MAX);
    return 0;
}
// expect: 9223372036854775807 0 4 -3 18446744073709551615 -2147483648 ffffffffffffffff
// expect: 8 1 8
// expect: 0 -128 BEEF 10
// expect: 8664053074555530468 -1 18446744073709551615
