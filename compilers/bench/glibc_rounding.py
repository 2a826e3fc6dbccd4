"""How often glibc 2.36's exp, log, pow, atan, asin, acos, atan2, sqrt and tan on this machine are not
correctly rounded: the runtime's (compilers/runtime/float64.c) are, so these are the arguments where a
program on the Engine prints another last digit than gcc's, CPython's or GHC's build. The correctly
rounded result is taken from glibc's long double function (64 bits) rounded to a double, and an argument
whose long double result lies within 8 units of its last place of a midpoint between two doubles is left
out (counted as undecided): an estimate, not a proof; the Engine's results on the arguments it reports
can be checked with compilers/tests/test_float64.py's run_calls.

    python compilers/bench/glibc_rounding.py [--count N]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

DRIVER = r"""
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static uint64_t state = 88172645463325252ULL;
static uint64_t next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
static double uniform(double a, double b) { return a + (b - a) * ((next() >> 11) * 0x1p-53); }
static double any(void) { double x; uint64_t b = next(); memcpy(&x, &b, 8); return x; }
static int decided(long double v) {
    if (!isfinite(v) || v == 0) return 1;
    int e;
    uint64_t low = (uint64_t)ldexpl(frexpl(fabsl(v), &e), 64) & 0x7ff;
    long d = (long)low - 0x400;
    return (d < 0 ? -d : d) > 8 && low > 8 && low < 0x7f8;
}
int main(int argc, char **argv) {
    long count = atol(argv[1]);
    const char *names[] = {"exp", "log", "pow", "atan", "asin", "acos", "atan2", "sqrt", "tan"};
    for (int f = 0; f < 9; f++) {
        long wrong = 0, undecided = 0;
        for (long i = 0; i < count; i++) {
            int shape = (int)(i % 3);
            double x, y = 0, g;
            long double v;
            switch (f) {
            case 0: x = shape == 0 ? uniform(-745, 710) : shape == 1 ? uniform(-1, 1) : uniform(-30, 30);
                    g = exp(x); v = expl(x); break;
            case 1: x = shape == 0 ? fabs(any()) : shape == 1 ? uniform(0.5, 2) : uniform(0, 1e6);
                    if (!(x > 0) || !isfinite(x)) x = 1.5;
                    g = log(x); v = logl(x); break;
            case 2: x = shape == 0 ? uniform(0, 10) : shape == 1 ? uniform(0.9, 1.1) : uniform(0, 1000);
                    y = shape == 0 ? uniform(-50, 50) : shape == 1 ? uniform(-1000, 1000) : uniform(-5, 5);
                    g = pow(x, y); v = powl(x, y); break;
            case 3: x = shape == 0 ? uniform(-50, 50) : shape == 1 ? uniform(-1, 1) : any();
                    if (!isfinite(x)) x = 0.3;
                    g = atan(x); v = atanl(x); break;
            case 4: x = uniform(-1, 1); g = asin(x); v = asinl(x); break;
            case 5: x = uniform(-1, 1); g = acos(x); v = acosl(x); break;
            case 6: x = uniform(-10, 10); y = shape == 0 ? uniform(-10, 10) : any();
                    if (!isfinite(y)) y = 1;
                    g = atan2(y, x); v = atan2l(y, x); break;
            case 7: x = fabs(any()); if (!isfinite(x)) x = 2; g = sqrt(x); v = sqrtl(x); break;
            default: x = shape == 0 ? uniform(-1, 1) : uniform(-10, 10); g = tan(x); v = tanl(x); break;
            }
            if (!decided(v)) { undecided++; continue; }
            double r = (double)v;
            if (memcmp(&r, &g, 8) != 0 && !(isnan(r) && isnan(g))) {
                double first = f == 6 ? y : x, second = f == 6 ? x : y;
                if (wrong < 1 && (f == 2 || f == 6))
                    printf("  e.g. %s(%a, %a): glibc %a, correct %a\n", names[f], first, second, g, r);
                else if (wrong < 1)
                    printf("  e.g. %s(%a): glibc %a, correct %a\n", names[f], first, g, r);
                wrong++;
            }
        }
        printf("%-5s %6ld of %ld not correctly rounded (%ld undecided)\n", names[f], wrong, count, undecided);
    }
    return 0;
}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="arguments per function")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        source, program = Path(work) / "driver.c", Path(work) / "driver"
        source.write_text(DRIVER, encoding="utf-8")
        subprocess.run(["gcc", "-O2", "-o", str(program), str(source), "-lm"], check=True)
        subprocess.run([str(program), str(args.count)], check=True)


if __name__ == "__main__":
    main()
