// Bit tricks with <stdint.h> and <inttypes.h>: the Towers of Hanoi by binary counting, a program written as such collections write it (expected output from gcc).
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

static uint32_t popcount32(uint32_t x) { uint32_t c = 0; while (x) { x &= x - 1; c++; } return c; }

int main(void) {
    for (uint32_t i = 1; i < 16; i++) {
        int from = (i & (i - 1)) % 3, to = ((i | (i - 1)) + 1) % 3;
        printf("move %2" PRIu32 ": %d -> %d (bits %" PRIu32 ")\n", i, from, to, popcount32(i));
    }
    uint64_t x = 0x0123456789ABCDEFULL;
    printf("%016" PRIX64 " %" PRIu64 "\n", (x << 4) | (x >> 60), x % 1000003);
    return 0;
}
// expect: move  1: 0 -> 2 (bits 1)
// expect: move  2: 0 -> 1 (bits 1)
// expect: move  3: 2 -> 1 (bits 2)
// expect: move  4: 0 -> 2 (bits 1)
// expect: move  5: 1 -> 0 (bits 2)
// expect: move  6: 1 -> 2 (bits 2)
// expect: move  7: 0 -> 2 (bits 3)
// expect: move  8: 0 -> 1 (bits 1)
// expect: move  9: 2 -> 1 (bits 2)
// expect: move 10: 2 -> 0 (bits 2)
// expect: move 11: 1 -> 0 (bits 3)
// expect: move 12: 2 -> 1 (bits 2)
// expect: move 13: 0 -> 2 (bits 3)
// expect: move 14: 0 -> 1 (bits 3)
// expect: move 15: 2 -> 1 (bits 4)
// expect: 123456789ABCDEF0 637115
