"""Haskell's Double against GHC 9.0.2, on many random arguments: how many values `show` prints as GHC's
build prints them, and for each Floating function how many results agree to the last bit (GHC calls
glibc's libm; the runtime's routines are correctly rounded, or glibc's own algorithms where glibc's
results are not). GHC's outputs are cached by content as the harness caches them;
the programs run in the IR interpreter.

    python compilers/bench/haskell_double.py [--count N] [--calls N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers.tests.test_haskell_double_random import ghc_output, interpreted, literal  # noqa: E402
from compilers.tests.test_python_float_random import random_double  # noqa: E402

# function -> how its random arguments are drawn
FUNCTIONS = {
    "exp": lambda r: r.uniform(-700, 700),
    "log": lambda r: abs(random_double(r)) or 1.0,
    "sqrt": lambda r: abs(random_double(r)),
    "sin": lambda r: r.uniform(-100, 100),
    "cos": lambda r: r.uniform(-100, 100),
    "tan": lambda r: r.uniform(-100, 100),
    "asin": lambda r: r.uniform(-1, 1),
    "acos": lambda r: r.uniform(-1, 1),
    "atan": lambda r: r.uniform(-50, 50),
    "sinh": lambda r: r.uniform(-20, 20),
    "cosh": lambda r: r.uniform(-20, 20),
    "tanh": lambda r: r.uniform(-5, 5),
    "asinh": lambda r: r.uniform(-20, 20),
    "acosh": lambda r: r.uniform(1, 30),
    "atanh": lambda r: r.uniform(-1, 1),
    "(2.5 **)": lambda r: r.uniform(-300, 300),
}


def values(xs: list[float]) -> str:
    """`xs`, the values as lists of 100 joined (a list expression thousands deep is too deep to check)."""
    chunks = [", ".join(literal(v) for v in xs[i : i + 100]) for i in range(0, len(xs), 100)]
    return "xs :: [Double]\nxs = concat\n  [ " + ",\n    ".join(f"[{c}]" for c in chunks) + "\n  ]\n"


def show_program(xs: list[float]) -> str:
    return values(xs) + "\nmain :: IO ()\nmain = mapM_ print xs\n"


def function_program(name: str, args: list[float]) -> str:
    return values(args) + f"\nmain :: IO ()\nmain = mapM_ (print . {name}) xs\n"


def agreement(source: str) -> tuple[int, int]:
    ours = interpreted(source, 2_000_000_000).splitlines()
    theirs = ghc_output(source).splitlines()
    return sum(a == b for a, b in zip(ours, theirs, strict=True)), len(theirs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="random doubles shown")
    parser.add_argument("--calls", type=int, default=300, help="random arguments per function")
    parser.add_argument("--seed", type=int, default=1837)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    same, total = 0, 0
    for start in range(0, args.count, 500):
        s, t = agreement(show_program([random_double(rng) for _ in range(min(500, args.count - start))]))
        same, total = same + s, total + t
    print(f"show: {same} of {total} random doubles print as GHC prints them")
    for name, draw in FUNCTIONS.items():
        same, total = agreement(function_program(name, [draw(rng) for _ in range(args.calls)]))
        print(f"{name}: {same} of {total} results as GHC's ({100 * (total - same) / total:.1f}% differ)")


if __name__ == "__main__":
    main()
