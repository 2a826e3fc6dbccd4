// Run-length encoding and decoding of strings ("WWWWBBB" -> "4W3B"), with sprintf building the encoding
// in a buffer, strtol reading the counts back, and a round trip checked for each string.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void encode(const char *in, char *out) {
    out[0] = '\0';
    for (size_t i = 0; in[i];) {
        size_t j = i;
        while (in[j] == in[i]) j++;
        sprintf(out + strlen(out), "%zu%c", j - i, in[i]);
        i = j;
    }
}

void decode(const char *in, char *out) {
    char *end;
    size_t k = 0;
    while (*in) {
        long count = strtol(in, &end, 10);
        for (long c = 0; c < count; c++) out[k++] = *end;
        in = end + 1;
    }
    out[k] = '\0';
}

int main(void) {
    const char *tests[] = {"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa",
                           "x", "", "abcdef", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz!"};
    char encoded[256], decoded[256];
    for (int t = 0; t < 6; t++) {
        encode(tests[t], encoded);
        decode(encoded, decoded);
        printf("\"%s\" -> \"%s\" (%zu -> %zu) %s\n", tests[t], encoded, strlen(tests[t]), strlen(encoded),
               strcmp(tests[t], decoded) == 0 ? "round trip" : "BROKEN");
    }
    return 0;
}
// expect: "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW" -> "12W1B12W3B24W1B14W" (67 -> 18) round trip
// expect: "aabcccccaaa" -> "2a1b5c3a" (11 -> 8) round trip
// expect: "x" -> "1x" (1 -> 2) round trip
// expect: "" -> "" (0 -> 0) round trip
// expect: "abcdef" -> "1a1b1c1d1e1f" (6 -> 12) round trip
// expect: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz!" -> "43z1!" (44 -> 5) round trip
