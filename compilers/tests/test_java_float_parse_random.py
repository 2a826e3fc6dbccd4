"""Float.parseFloat rounds a decimal once, to the nearest float, as java does: 2,000 random decimals
checked against java (OpenJDK 17) itself.

The decimals are mostly at or within a hair of the halfway points between adjacent floats (normal and
subnormal, up to the overflow threshold), where a parse to double and a second rounding to float would
go wrong, and some are ordinary. jdouble.c built by gcc (the C the Engine runs, see
test_java_double_random.py) parses each one as the Engine does (java_parse_check, then
java_parse_float_value) and gcc's rounding to float gives the float (the Engine's f64_to_f32 rounds the
same way, to nearest even); java prints Float.floatToIntBits of Float.parseFloat of each line.
java's output is cached by content, so a second run does not start java.
"""

from __future__ import annotations

import random
from decimal import Decimal, getcontext

from compilers.tests.test_java_double_random import RUNTIME_C, gcc_output, java_output

JAVA_READER = """import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            out.append(Integer.toHexString(Float.floatToIntBits(Float.parseFloat(line)))).append('\\n');
        }
        System.out.print(out);
    }
}
"""

C_DRIVER = """#include <stdio.h>
#include <string.h>
#include "RUNTIME"

int main(void) {
    static char line[1000];
    while (fgets(line, sizeof line, stdin)) {
        long i = 0;
        float f;
        unsigned int bits;
        while (line[i] != 0 && line[i] != '\\n') {
            java_pd_buf[i] = line[i];
            i = i + 1;
        }
        java_pd_buf[i] = 0;
        java_parse_check();
        f = (float)java_parse_float_value();
        memcpy(&bits, &f, 4);
        printf("%x\\n", bits);
    }
    return 0;
}
"""


def midpoint(bits: int) -> Decimal:
    """The exact value halfway between the non-negative float of these bits and the next one up."""
    exponent = bits >> 23
    significand = bits & 0x7FFFFF
    if exponent > 0:
        significand |= 0x800000
    scale = max(exponent, 1) - 150  # the float's ulp is 2^scale; the midpoint is (2 * m + 1) * 2^(scale - 1)
    return Decimal(2 * significand + 1) * Decimal(2) ** (scale - 1)


def random_decimals(count: int, seed: int) -> list[str]:
    getcontext().prec = 200  # a midpoint has at most 113 significant digits: these are exact
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(count):
        kind = i % 5
        bits = rng.choice([rng.randrange(0x7F800000), rng.randrange(0x800000), 0x7F7FFFFF - rng.randrange(4)])
        exact = midpoint(bits)
        sign = rng.choice(["", "-"])
        if kind == 0:  # exactly halfway: ties to even
            text = f"{exact:e}"
        elif kind in (1, 2):  # a hair above or below, at a random number of significant digits
            digits = rng.randint(9, 40)
            nudge = Decimal(rng.choice([1, -1])) * exact.scaleb(-digits - rng.randint(0, 30))
            text = f"{(exact + nudge):.{digits + 30}e}"
        elif kind == 3:  # the midpoint's digits cut short or followed by more
            whole = f"{exact:e}"
            mantissa, exponent = whole.split("e")
            cut = rng.randint(3, len(mantissa))
            tail = rng.choice(["", "0000000000000000000000001", "9" * rng.randint(1, 30)])
            text = mantissa[:cut] + tail + "e" + exponent
        else:  # ordinary short decimals
            text = f"{rng.randint(1, 10**9)}e{rng.randint(-50, 40)}"
        out.append(sign + text)
    return out


def test_2000_random_decimals_parse_to_the_floats_java_gives() -> None:
    texts = random_decimals(2_000, 16)
    stdin = "".join(t + "\n" for t in texts)
    expected = java_output(JAVA_READER, stdin).splitlines()
    got = gcc_output(C_DRIVER.replace("RUNTIME", str(RUNTIME_C)), stdin).splitlines()
    assert len(got) == len(expected) == 2_000
    wrong = [(t, e, g) for t, e, g in zip(texts, expected, got, strict=True) if e != g]
    assert not wrong, f"{len(wrong)} differ, the first: {wrong[:5]}"
