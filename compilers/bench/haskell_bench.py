"""Haskell on the Engine: compile time of a 200-line program (type inference included), and what laziness
costs at run time.

For `take 100 primes` (a lazy sieve), `foldl' (+) 0 [1..100000]`, `fibs !! 200` (the knot of zipWith), a
Data.Map word count, a count of primes below 20,000 by trial division, a `go` loop with an accumulator,
`fib 20` and `sum`/`length` of a list: the Engine's instructions at -O1 and the heap at its peak (the
collector's own record). Every program's output is checked against GHC's (`ghc -O0`) first.

    python compilers/bench/haskell_bench.py [--runs N] [--lines N]
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

from compilers import driver  # noqa: E402
from compilers.bench.compile_timing import compile_times  # noqa: E402

PRIMES = """
primes :: [Int]
primes = sieve [2 ..]
  where
    sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

main :: IO ()
main = print (take 100 primes)
"""

FOLD = """
import Data.List (foldl')

main :: IO ()
main = print (foldl' (+) 0 [1 .. 100000 :: Int])
"""

FIBS = """
fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

main :: IO ()
main = print (fibs !! 200)
"""

PRIME_COUNT = """
isPrime :: Int -> Bool
isPrime n = n >= 2 && go 2
  where
    go d
      | d * d > n = True
      | n `mod` d == 0 = False
      | otherwise = go (d + 1)

main :: IO ()
main = print (length (filter isPrime [1 .. 20000]))
"""

GO_LOOP = """
sumSquares :: Int -> Int
sumSquares n = go 0 1
  where
    go acc i
      | i > n = acc
      | otherwise = go (acc + i * i) (i + 1)

main :: IO ()
main = print (sumSquares 100000)
"""

FIB = """
fib :: Int -> Int
fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)

main :: IO ()
main = print (fib 20)
"""

SUM_LENGTH = """
main :: IO ()
main = do
  let xs = [1 .. 20000] :: [Int]
  print (sum xs, length xs)
"""

WORDS = """
import qualified Data.Map as M
import Data.Char (toLower, isAlpha)

text :: String
text = "The Analytical Engine weaves algebraical patterns just as the Jacquard loom weaves flowers and \\
       \\leaves, and the engine might act upon other things besides number, were objects found whose \\
       \\mutual fundamental relations could be expressed by those of the abstract science of operations"

main :: IO ()
main = do
  let ws = words (map toLower (filter (\\c -> isAlpha c || c == ' ') text))
      counts = M.fromListWith (+) [(w, 1 :: Int) | w <- ws]
  mapM_ (\\(w, n) -> putStrLn (w ++ " " ++ show n)) (M.toList (M.filter (> 1) counts))
  print (M.size counts)
"""


def haskell_program(lines: int = 200) -> str:
    """A program of about `lines` lines: data types with derived instances, a class and its instances,
    functions with guards, where and case, and a main that uses them all."""
    parts = [
        "import Data.List (sort, foldl')",
        "",
        "data Shape = Circle Int | Rect Int Int deriving (Show, Eq, Ord)",
        "",
        "class Area a where",
        "  area :: a -> Int",
        "",
        "instance Area Shape where",
        "  area (Circle r) = 3 * r * r",
        "  area (Rect w h) = w * h",
        "",
    ]
    n = 0
    while len(parts) < lines - 6:
        parts += [
            f"f{n} :: Int -> [Int] -> Int",
            f"f{n} k xs",
            "  | k > 10 = go xs 0",
            f"  | otherwise = case xs of {{ [] -> k; (y : ys) -> y + f{n} (k + 1) ys }}",
            "  where",
            "    go [] acc = acc",
            f"    go (z : zs) acc = go zs (acc + z * {n + 1})",
            "",
            f"g{n} :: Shape -> String",
            f'g{n} s = show s ++ " " ++ show (area s + {n})',
            "",
        ]
        n += 1
    calls = " + ".join(f"f{i} {i} [1 .. {i + 3}]" for i in range(n))
    parts += [
        "main :: IO ()",
        "main = do",
        f"  print ({calls})",
        f"  putStrLn (g{n - 1} (Rect 2 3))",
        "  print (sort [Rect 1 2, Circle 3, Circle 1])",
        "  print (foldl' (+) 0 (map area [Circle 1, Rect 2 2]))",
    ]
    return "\n".join(parts) + "\n"


def ghc(source: str, stdin: str = "") -> str:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.hs"
        src.write_text(source)
        exe = Path(tmp) / "bench"
        subprocess.run(["ghc", "-v0", "-O0", "-outputdir", tmp, "-o", str(exe), str(src)], check=True)
        done = subprocess.run([str(exe)], input=stdin, capture_output=True, text=True, check=True)
    return done.stdout


def engine(source: str, stdin: str = "") -> tuple[int, int, str]:
    """(instructions, peak heap words, output) at -O1."""
    result = driver.compile("haskell", source, driver.CompileOptions(opt_level=1), filename="bench.hs")
    if not result.ok:
        raise SystemExit(result.render_diagnostics())
    run = driver.run_compiled(result, stdin=stdin, max_steps=2_000_000_000)
    if not run.ok:
        raise SystemExit(f"{run.status}: {run.message}")
    stats = run.stats
    # columns used = static data + the heap at its peak (the runtime's own record) + the deepest stack
    heap = stats.columns_used - result.static_words - stats.max_stack_depth
    return stats.instructions, heap, run.output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lines", type=int, default=200)
    args = parser.parse_args()

    source = haskell_program(args.lines)
    if ghc(source) != engine(source)[2]:
        raise SystemExit("the compile-time program prints something other than GHC's build of it")
    total, stages = compile_times("haskell", source, args.runs, "bench.hs")
    lines = len(source.splitlines())
    front = sum(stages.get(s, 0.0) for s in ("lex", "parse", "check", "elaborate"))
    print(f"compile, {lines}-line Haskell program (median of {args.runs}, warm): {total * 1000:.0f} ms")
    print(f"  front end (lex, parse, check with type inference, elaborate): {front * 1000:.0f} ms")
    print("  " + ", ".join(f"{stage} {seconds * 1000:.0f}" for stage, seconds in stages.items()) + " (ms)")
    print()
    programs = {
        "take 100 primes (lazy sieve)": PRIMES,
        "foldl' (+) 0 [1..100000]": FOLD,
        "fibs !! 200": FIBS,
        "Data.Map word count": WORDS,
        "primes below 20,000 (trial div.)": PRIME_COUNT,
        "go loop, 100,000 steps": GO_LOOP,
        "fib 20": FIB,
        "sum, length of [1..20000]": SUM_LENGTH,
    }
    print(f"{'program':<32}{'instructions':>16}{'peak heap':>12}")
    for name, program in programs.items():
        expected = ghc(program)
        instructions, heap, output = engine(program)
        if output != expected:
            raise SystemExit(f"{name}: the Engine printed {output!r}, GHC {expected!r}")
        print(f"{name:<32}{instructions:>16,}{heap:>12,}")


if __name__ == "__main__":
    main()
