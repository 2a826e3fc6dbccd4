"""Java's Math.exp, log, log10, sin, cos and tan against java 17 on this machine (HotSpot's intrinsics):
on many random arguments of several shapes (compilers/tests/test_java_double_random.py's
hotspot_arguments: any bit pattern, exp's range and its subnormal results, arguments near 1, subnormals,
every size, large arguments of sin, cos and tan and arguments near multiples of pi/2), how many of
jdouble.c's results differ from java's, by bit pattern. jdouble.c runs built by gcc (the same C the
Engine runs); java's outputs are cached by content as the harness caches them.

    python compilers/bench/java_math.py [--count N] [--seed S]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers.tests.test_java_double_random import (  # noqa: E402
    HOTSPOT_FUNCTIONS,
    hotspot_arguments,
    math_mismatches,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="argument pairs (default 100,000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    wrong = math_mismatches(HOTSPOT_FUNCTIONS, hotspot_arguments(args.count, args.seed))
    print(f"{args.count:,} random arguments, seed {args.seed}")
    for call, _ in HOTSPOT_FUNCTIONS:
        print(
            f"  {call:<14} {len(wrong[call]):>6,} differ from java"
            + "".join(f"  {w}" for w in wrong[call][:2])
        )


if __name__ == "__main__":
    main()
