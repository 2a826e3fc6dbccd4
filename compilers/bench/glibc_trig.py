"""The runtime's sin and cos (compilers/runtime/sincos.c, glibc's algorithm) against glibc 2.36's on this
machine, on many random arguments of several shapes (any bit pattern, [-10, 10], near multiples of pi/2,
below 0.126 (the Taylor polynomial), up to 1e8 (the reduction in four pieces) and up to 1e300 (the
reduction by 2/pi's bits)): how many results differ, by bit pattern. sincos.c is valid C for gcc too: it is
built here with gcc (without contractions: its fused multiply-adds are explicit, as on the Engine) with the
tables compilers.runtime.build_float64 fills in, and linked against glibc's libm, whose sin and cos GHC,
CPython and gcc's C programs call.

    python compilers/bench/glibc_trig.py [--count N] [--seed S]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers.runtime.build_float64 import SINCOS, sincos_table, two_over_pi_pieces  # noqa: E402

SHAPES = ("bits", "ten", "halfpi", "small", "e8", "huge")

# The driver: fills in the tables, draws count arguments from a xorshift generator seeded by seed (each
# shape in turn), prints "shape function argument ours glibc" for each difference.
DRIVER = r"""
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
extern double f64_sincostab[440];
extern double f64_sc_toverp[75];
double f64_sin(double);
double f64_cos(double);
static const uint64_t table[440] = {TABLE_WORDS};
static const double toverp[75] = {TOVERP_PIECES};
long f64_fd_hi(double x) {
    uint64_t b; memcpy(&b, &x, 8);
    long h = (long)(b >> 32);
    return h >= 2147483648L ? h - 4294967296L : h;
}
long f64_fd_lo(double x) { uint64_t b; memcpy(&b, &x, 8); return (long)(b & 0xffffffffUL); }
double f64_fd_with_hi(double x, long hi) {
    uint64_t b; memcpy(&b, &x, 8);
    b = ((uint64_t)(hi < 0 ? hi + 4294967296L : hi) << 32) | (b & 0xffffffffUL);
    memcpy(&x, &b, 8);
    return x;
}
static uint64_t state;
static uint64_t next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
static double uniform(double a, double b) { return a + (b - a) * ((next() >> 11) * 0x1p-53); }
static const char *shapes[] = {"bits", "ten", "halfpi", "small", "e8", "huge"};
int main(int argc, char **argv) {
    long count = atol(argv[1]);
    state = 88172645463325252ULL + (uint64_t)atol(argv[2]);
    memcpy(f64_sincostab, table, sizeof table);
    memcpy(f64_sc_toverp, toverp, sizeof toverp);
    for (long i = 0; i < count; i++) {
        int shape = (int)(i % 6);
        double x;
        if (shape == 0) { uint64_t b = next(); memcpy(&x, &b, 8); }
        else if (shape == 1) x = uniform(-10, 10);
        else if (shape == 2) x = floor(uniform(-1e6, 1e6)) * 1.5707963267948966 + uniform(-1e-6, 1e-6);
        else if (shape == 3) x = uniform(-0.13, 0.13);
        else if (shape == 4) x = uniform(-1e8, 1e8);
        else x = ldexp(uniform(-1, 1), (int)(next() % 1000));
        double ours[2] = {f64_sin(x), f64_cos(x)}, theirs[2] = {sin(x), cos(x)};
        for (int f = 0; f < 2; f++)
            if (memcmp(&ours[f], &theirs[f], 8) != 0 && !(isnan(ours[f]) && isnan(theirs[f])))
                printf("%s %s %a %a %a\n", shapes[shape], f ? "cos" : "sin", x, ours[f], theirs[f]);
    }
    return 0;
}
"""


def mismatches(count: int, seed: int) -> list[str]:
    """The lines "shape function argument ours glibc" of the arguments whose results differ."""
    driver = DRIVER.replace("TABLE_WORDS", ", ".join(f"{w:#x}UL" for w in sincos_table()))
    driver = driver.replace("TOVERP_PIECES", ", ".join(f"{p}.0" for p in two_over_pi_pieces()))
    with tempfile.TemporaryDirectory() as work:
        source, program = Path(work) / "driver.c", Path(work) / "driver"
        source.write_text(driver, encoding="utf-8")
        build = ["gcc", "-O2", "-ffp-contract=off", "-o", str(program), str(source), str(SINCOS), "-lm"]
        subprocess.run(build, check=True)
        run = subprocess.run(
            [str(program), str(count), str(seed)], check=True, capture_output=True, text=True
        )
    return run.stdout.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="arguments (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    wrong = mismatches(args.count, args.seed)
    print(f"{args.count:,} random arguments ({', '.join(SHAPES)} in turn), seed {args.seed}")
    for function in ("sin", "cos"):
        mine = [w for w in wrong if w.split()[1] == function]
        print(f"  {function}: {len(mine):,} differ from glibc" + "".join(f"  [{w}]" for w in mine[:2]))


if __name__ == "__main__":
    main()
