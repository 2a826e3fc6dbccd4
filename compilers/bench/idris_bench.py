"""Idris on the Engine: how long the dependent checker takes, and what erasure leaves to run.

- Check time, in process, of a 200-line file of proofs and dependently typed functions (the library is
  checked once per process first, as the site's worker does; its time is printed apart).
- Engine instructions at -O1 for appending two 100-element vectors (a Vect is a list at run time), and
  for a Nat computation of 1,000 steps (a Nat is an integer: each step is a comparison, a subtraction and
  an addition, with nothing allocated). Each program's output is checked first (worked by hand).

    python compilers/bench/idris_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers import driver  # noqa: E402
from compilers.diagnostics import DiagnosticBag  # noqa: E402
from compilers.frontends.idris import decls  # noqa: E402
from compilers.frontends.idris.frontend import check  # noqa: E402
from compilers.frontends.idris.lexer import lex  # noqa: E402
from compilers.frontends.idris.parser import parse  # noqa: E402

# One block of proofs and functions; the file repeats it with its names numbered.
BLOCK = """
plusZero{n} : (n : Nat) -> plus n Z = n
plusZero{n} Z = Refl
plusZero{n} (S k) = cong S (plusZero{n} k)

plusSucc{n} : (n, m : Nat) -> S (plus n m) = plus n (S m)
plusSucc{n} Z m = Refl
plusSucc{n} (S k) m = cong S (plusSucc{n} k m)

plusComm{n} : (n, m : Nat) -> plus n m = plus m n
plusComm{n} Z m = sym (plusZero{n} m)
plusComm{n} (S k) m = rewrite plusComm{n} k m in plusSucc{n} m k

plusAssoc{n} : (a, b, c : Nat) -> plus a (plus b c) = plus (plus a b) c
plusAssoc{n} Z b c = Refl
plusAssoc{n} (S k) b c = cong S (plusAssoc{n} k b c)

append{n} : Vect k a -> Vect m a -> Vect (plus k m) a
append{n} [] ys = ys
append{n} (x :: xs) ys = x :: append{n} xs ys

total
len{n} : Vect k a -> Nat
len{n} [] = Z
len{n} (_ :: xs) = S (len{n} xs)
"""


def source_200() -> str:
    out = ["import Data.Vect", ""]
    n = 0
    while len("\n".join(out).splitlines()) < 200:
        out.append(BLOCK.replace("{n}", str(n)))
        n += 1
    out.append("main : IO ()\nmain = printLn (len0 (append0 [1, 2] [3]))\n")
    return "\n".join(out)


def check_time(source: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        diags = DiagnosticBag()
        tree = parse(lex(source, "bench.idr", diags), diags)
        check(tree, diags)
        best = min(best, time.perf_counter() - start)
        if diags.has_errors:
            raise SystemExit(diags.render(source))
    return best


VECTS = """import Data.Vect

upFrom : Nat -> (n : Nat) -> Vect n Nat
upFrom _ Z = []
upFrom k (S n) = k :: upFrom (S k) n

vlen : Vect n a -> Nat
vlen [] = Z
vlen (_ :: xs) = S (vlen xs)

main : IO ()
main = do
  let xs = upFrom 0 100
  let ys = upFrom 100 100
  printLn (vlen ({body}))
"""

COUNT = """count : Nat -> Nat -> Nat
count Z acc = acc
count (S k) acc = count k (S acc)

main : IO ()
main = printLn (count {n} 0)
"""


def engine(source: str) -> tuple[int, str, int]:
    """(instructions, output, heap words at the peak) at -O1."""
    result = driver.compile("idris", source, driver.CompileOptions(opt_level=1), filename="bench.idr")
    if not result.ok:
        raise SystemExit(result.render_diagnostics())
    run = driver.run_compiled(result, max_steps=1_000_000_000)
    if not run.ok:
        raise SystemExit(f"{run.status}: {run.message}")
    stats = run.stats
    heap = stats.columns_used - result.static_words - stats.max_stack_depth
    return stats.instructions, run.output, heap


def checked(source: str, expected: str) -> tuple[int, int]:
    instructions, output, heap = engine(source)
    if output != expected:
        raise SystemExit(f"wrong output {output!r}, expected {expected!r}")
    return instructions, heap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    decls.library()
    library_ms = 1000 * (time.perf_counter() - start)
    print(f"library (Prelude, Data.*): checked once per process in {library_ms:.0f} ms")
    source = source_200()
    lines = len(source.splitlines())
    ms = 1000 * check_time(source, args.runs)
    print(f"check of a {lines}-line file of proofs and Vect functions: {ms:.0f} ms (best of {args.runs})")

    # 100 + 100 elements: the appended vector has 200 (worked by hand).
    base, _ = checked(VECTS.replace("{body}", "xs"), "100\n")
    appended, heap = checked(VECTS.replace("{body}", "xs ++ ys"), "200\n")
    print(
        f"Vect append of two 100-element vectors: {appended:,} instructions for the program, "
        f"{appended - base:,} more than measuring one vector alone (the append and the 100 longer "
        f"count); heap at the peak {heap:,} words"
    )

    # count n 0 = n: n steps, each S k matched (a comparison with 0 and a subtraction) and S acc built
    # (an addition).
    small, _ = checked(COUNT.replace("{n}", "10"), "10\n")
    large, heap = checked(COUNT.replace("{n}", "1010"), "1010\n")
    per_step = (large - small) / 1000
    print(
        f"Nat computation of 1,000 steps (count k (S acc)): {large - small:,} instructions, "
        f"{per_step:.1f} a step; heap at the peak {heap:,} words (a Nat is an integer: nothing allocated)"
    )


if __name__ == "__main__":
    main()
