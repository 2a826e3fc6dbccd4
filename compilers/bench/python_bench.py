"""Python on the Engine: compile time of a 300-line program, and what the dynamic runtime costs.

For a recursive fib, a sieve, a word count with a dict, a class-based simulation and a pipeline of
generator expressions: the Engine's instructions at -O1, the heap the run took at its peak and the
collections the runtime's collector made (runtime/py/pyrt.c collects only when the heap is full, so a
program that fits makes none). Beside fib and the sieve, the same programs in C
(compilers/bench/programs) and in hand-written assembly (compilers/bench/hand), to show what dynamic
values cost. Then programs of the same kinds scaled up to make far more garbage than their heap holds,
in a small Store, with their collections. Every Python program's output is checked against CPython's
first.

    python compilers/bench/python_bench.py [--runs N] [--lines N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from babbage import assemble, run  # noqa: E402
from compilers import driver  # noqa: E402
from compilers.bench.compile_timing import compile_times  # noqa: E402

HERE = Path(__file__).resolve().parent

FIB = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
PROGRAMS = {
    "fib(18)": FIB + "print(fib(18))\n",
    "fib(20)": FIB + "print(fib(20))\n",
    "sieve": (
        "N = 1000\ncomposite = [False] * N\ncount = 0\nlast = 0\nfor i in range(2, N):\n"
        "    if not composite[i]:\n        count += 1\n        last = i\n"
        "        for j in range(i * i, N, i):\n            composite[j] = True\nprint(count, last)\n"
    ),
    "word count": (
        'text = """the analytical engine weaves algebraical patterns just as the jacquard loom weaves\n'
        "flowers and leaves and the engine might act upon other things besides number were objects found\n"
        "whose mutual fundamental relations could be expressed by those of the abstract science\n"
        'of operations"""\n'
        "counts = {}\nfor word in text.split():\n    counts[word] = counts.get(word, 0) + 1\n"
        "best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]\n"
        "for word, n in best:\n    print(word, n)\nprint(len(counts))\n"
    ),
    "class simulation": (
        "class Body:\n    def __init__(self, pos, vel):\n        self.pos = pos\n        self.vel = vel\n"
        "    def step(self):\n        self.pos += self.vel\n        if self.pos < 0 or self.pos > 100:\n"
        "            self.vel = -self.vel\nclass World:\n    def __init__(self, n):\n"
        "        self.bodies = [Body(i * 7 % 100, i % 5 - 2) for i in range(n)]\n"
        "    def run(self, steps):\n        for _ in range(steps):\n            for b in self.bodies:\n"
        "                b.step()\n        return sum(b.pos for b in self.bodies)\n"
        "print(World(10).run(50))\n"
    ),
    "generator pipeline": (
        "def numbers(n):\n    for i in range(n):\n        yield i * i\n"
        "def odd(xs):\n    for x in xs:\n        if x % 2:\n            yield x\n"
        "def small(xs):\n    for x in xs:\n        yield x % 1000\n"
        "print(sum(small(odd(numbers(200)))), max(n % 17 for n in numbers(300)))\n"
    ),
}
SAME_IN_C = {"fib(18)": "fib", "sieve": "sieve"}
# Programs that make garbage, run in GARBAGE_STORE words of Store (about 8,000 of heap), so that the
# collector runs many times.
GARBAGE_STORE = 20_000
GARBAGE = {
    "sieve, 30 rounds": (
        "N = 600\nfor r in range(30):\n    composite = [False] * N\n    count = 0\n"
        "    for i in range(2, N):\n        if not composite[i]:\n            count += 1\n"
        "            for j in range(i * i, N, i):\n                composite[j] = True\nprint(count)\n"
    ),
    "word counts, 200 texts": (
        "total = {}\nfor k in range(200):\n"
        "    text = ' '.join('w' + str((k * 7 + j) % 23) for j in range(12))\n"
        "    counts = {}\n    for word in text.split():\n        counts[word] = counts.get(word, 0) + 1\n"
        "    for word, n in counts.items():\n        total[word] = total.get(word, 0) + n\n"
        "print(sorted(total.items())[:3], len(total))\n"
    ),
    "class simulation, 800": (
        "class Body:\n    def __init__(self, pos, vel):\n        self.pos = pos\n        self.vel = vel\n"
        "    def moved(self):\n        v = self.vel if 0 <= self.pos + self.vel <= 100 else -self.vel\n"
        "        return Body(self.pos + v, v)\n"
        "bodies = [Body(i * 7 % 100, i % 5 - 2) for i in range(10)]\nfor _ in range(80):\n"
        "    bodies = [b.moved() for b in bodies]\nprint(sum(b.pos for b in bodies))\n"
    ),
    "generator pipeline, 40": (
        "def numbers(n):\n    for i in range(n):\n        yield i * i\n"
        "def odd(xs):\n    for x in xs:\n        if x % 2:\n            yield x\n"
        "total = 0\nfor k in range(40):\n    total += sum(str(x)[-1] == '1' for x in odd(numbers(60 + k)))\n"
        "print(total)\n"
    ),
}


def python_program(lines: int = 300) -> str:
    """A Python program of about `lines` lines: functions with loops, lists, dicts, strings and a class."""
    out = ["TABLE = [0] * 64", ""]
    k = 0
    while len(out) < lines - 20:
        out += [
            f"def step{k}(n, m):",
            "    total = 0",
            "    for i in range(n):",
            f"        if i % {k % 5 + 2} == 0:",
            f"            total += i * {k + 1}",
            "        else:",
            "            total -= m",
            f"        TABLE[(i + {k}) % 64] = total",
            "    return total",
            "",
            f"def describe{k}(words):",
            "    seen = {}",
            "    for w in words:",
            "        seen[w] = seen.get(w, 0) + 1",
            f'    return ", ".join(f"{{w}}={{n}}" for w, n in sorted(seen.items())) + "{k}"',
            "",
        ]
        k += 1
    out += [
        "class Counter:",
        "    def __init__(self):",
        "        self.count = 0",
        "    def add(self, n):",
        "        self.count += n",
        "        return self",
        "",
        "c = Counter()",
    ]
    out += [f"c.add(step{i}({i + 3}, {i}))" for i in range(k)]
    out += [f'print(describe{i}("a b a c".split()))' for i in range(min(k, 3))]
    out += ["print(c.count, sum(TABLE))"]
    return "\n".join(out) + "\n"


def cpython(source: str) -> str:
    done = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout


def engine(source: str, store: int | None = None) -> tuple[int, int, int, str, int]:
    """(instructions, heap words the run took, static words, output, collections) at -O1."""
    options = driver.CompileOptions(opt_level=1, store_size=store)
    result = driver.compile("python", source, options, filename="bench.py")
    if not result.ok:
        raise SystemExit(result.render_diagnostics())
    outcome = driver.run_compiled(result, max_steps=200_000_000)
    if not outcome.ok:
        raise SystemExit(f"{outcome.status}: {outcome.message}")
    stats = outcome.stats
    heap = max(stats.heap_high_water - result.static_words + 1, 0) if stats.heap_high_water >= 0 else 0
    # the runtime's count of collections, read from the Store when the run ends
    counter = result.program.labels["py_gc_collections"]  # type: ignore[union-attr]
    again = run(result.program, store_size=result.store_size, max_steps=200_000_000, read_words=[counter])  # type: ignore[arg-type]
    return stats.instructions, heap, result.static_words, outcome.output, again.words[counter]


def c_and_hand(name: str) -> tuple[int, int]:
    source = (HERE / "programs" / f"{name}.c").read_text()
    compiled = driver.compile("c", source, driver.CompileOptions(opt_level=1), filename=f"{name}.c")
    c_run = driver.run_compiled(compiled)
    hand = run(assemble((HERE / "hand" / f"{name}.bab").read_text(), f"{name}.bab"))
    return c_run.stats.instructions, hand.stats.instructions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lines", type=int, default=300)
    args = parser.parse_args()

    source = python_program(args.lines)
    total, stages = compile_times("python", source, args.runs, "bench.py")
    lines = len(source.splitlines())
    print(f"compile, {lines}-line Python program (median of {args.runs}, warm): {total * 1000:.0f} ms")
    print("  " + ", ".join(f"{stage} {seconds * 1000:.0f}" for stage, seconds in stages.items()) + " (ms)")
    print()
    header = ("program", "instructions", "heap words", "colls", "static", "C -O1", "hand", "x C")
    widths = (14, 12, 7, 8, 10, 8, 8)
    print("".join(f"{h:<24}" if i == 0 else f"{h:>{widths[i - 1]}}" for i, h in enumerate(header)))
    for name, program in PROGRAMS.items():
        expected = cpython(program)
        instructions, heap, static, output, collections = engine(program)
        if output != expected:
            raise SystemExit(f"{name}: the Engine printed {output!r}, CPython {expected!r}")
        line = f"{name:<24}{instructions:>14,}{heap:>12,}{collections:>7,}{static:>8,}"
        if name in SAME_IN_C:
            c_instr, hand_instr = c_and_hand(SAME_IN_C[name])
            line += f"{c_instr:>10,}{hand_instr:>8,}{instructions / c_instr:>8.1f}"
        print(line)
    print(f"\nmaking garbage, in a Store of {GARBAGE_STORE:,} words:")
    for name, program in GARBAGE.items():
        expected = cpython(program)
        instructions, heap, static, output, collections = engine(program, GARBAGE_STORE)
        if output != expected:
            raise SystemExit(f"{name}: the Engine printed {output!r}, CPython {expected!r}")
        print(f"{name:<24}{instructions:>14,}{heap:>12,}{collections:>7,}{static:>8,}")


if __name__ == "__main__":
    main()
