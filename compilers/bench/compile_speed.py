"""Compile speed: each stage's time for a 500-line C program, in process. Target: under 100 ms in total
for a warm compile, and a first compile in a fresh process (a Celery worker's first run) not much slower.

Each stage's figure is the median over several compiles, in wall time and in CPU time (the machine may
be shared: CPU time is the steadier of the two). The first compile is measured in a fresh interpreter,
so that it pays what a new worker pays: importing the front-end and reading the runtime library.

The syntax tree's and the IR's text forms are made only when read (`CompileResult.ast`, `.ir`); their
cost is measured after each compile and printed on a line of its own, outside the stages' total.

Then two cases of their own: one C function of 10,000 and of 20,000 lines (target: the 20,000-line one
in under 5 s: every pass near-linear in a function's size), and the 320-line Python program of
python_bench.py (target 100 ms: most of its code is the Python runtime's, linked into every program).

    python compilers/bench/compile_speed.py [--runs N] [--lines N] [--huge-lines N,N] [--python-lines N]
                                            [FILE.c]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers import driver  # noqa: E402

TARGET_MS = 100.0  # a warm compile, every stage together
RUNS = 7
FIRST_EXTRA_TARGET_MS = 50.0  # a worker's first compile beyond a warm one
HUGE_LINES = (10_000, 20_000)  # one function of this many lines
HUGE_TARGET_S = 5.0  # for the largest
PYTHON_LINES = 300  # python_bench's program of this size has 320 lines
PYTHON_TARGET_MS = 100.0

Timings = dict[str, tuple[float, float]]  # stage -> (wall seconds, CPU seconds)
TEXT_FORMS = ("ast", "ir")  # made on first reading, not by the compile


def program(lines: int = 500) -> str:
    """A C program of about `lines` lines: functions with loops, arrays, branches and printf."""
    out = ["#include <stdio.h>", "", "int table[64];", ""]
    k = 0
    while len(out) < lines - 12:
        out += [
            f"int step{k}(int n, int m) {{",
            "    int total = 0;",
            "    for (int i = 0; i < n; i++) {",
            f"        if (i % {k % 5 + 2} == 0)",
            f"            total += i * {k + 1};",
            "        else",
            "            total -= m;",
            f"        table[(i + {k}) % 64] = total;",
            "    }",
            "    return total;",
            "}",
            "",
        ]
        k += 1
    out += ["int main(void) {", "    int sum = 0;"]
    out += [f"    sum += step{i}({i % 7 + 3}, {i});" for i in range(k)]
    out += ['    printf("%d\\n", sum);', "    return 0;", "}"]
    return "\n".join(out) + "\n"


def huge_function(lines: int) -> str:
    """A C program whose main is one function of about `lines` lines: assignments, branches, short
    loops and array stores, each statement on a line of its own."""
    out = ["#include <stdio.h>", "", "int table[64];", "", "int main(void) {"]
    out.append("    int a = 1, b = 2, c = 3, total = 0;")
    k = 0
    while len(out) < lines - 3:
        statements = (
            f"    a = a * {k % 9 + 2} + b;",
            f"    if (a > {k}) b = b + {k % 13}; else c = c - 1;",
            f"    table[{k % 64}] = a + c;",
            f"    for (int i = 0; i < {k % 4 + 1}; i++) total += table[(i + {k}) % 64];",
            "    c = (c ^ a) % 1000;",
            "    total = total + a - b + c;",
        )
        out.append(statements[k % len(statements)])
        k += 1
    out += ['    printf("%d\\n", total);', "    return 0;", "}"]
    return "\n".join(out) + "\n"


def cpu_compile(lang: str, source: str, filename: str) -> tuple[float, dict[str, float]]:
    """One compile at -O1: (CPU seconds in all, CPU seconds of each stage). Raises SystemExit if it
    fails."""
    cpu = time.process_time()
    result = driver.compile(lang, source, driver.CompileOptions(opt_level=1), filename=filename)
    spent = time.process_time() - cpu
    if not result.ok:
        raise SystemExit(result.render_diagnostics())
    return spent, dict(result.stage_cpu_seconds)


def _stages(stages: dict[str, float], scale: float, digits: int) -> str:
    """The six slowest stages, in seconds times `scale`."""
    slow = sorted(stages.items(), key=lambda kv: -kv[1])
    return ", ".join(f"{name} {seconds * scale:.{digits}f}" for name, seconds in slow[:6])


def report_huge(sizes: list[int]) -> None:
    """Each size's one compile (they take seconds: one is enough to see how the time grows), and its IR
    instructions against the optimiser's bound (opt.LARGE_FUNCTION: past it, one round of the passes)."""
    from compilers import opt

    for lines in sizes:
        spent, stages = cpu_compile("c", huge_function(lines), "huge.c")
        print(f"one C function of {lines} lines: {spent:.2f} s CPU; its stages in s: {_stages(stages, 1, 2)}")
        options = driver.CompileOptions(opt_level=0, keep_lowered=True)
        lowered = driver.compile("c", huge_function(lines), options, filename="huge.c").lowered
        count = max((opt.size(fn) for fn in lowered.functions), default=0) if lowered is not None else 0
        rounds = "one round" if count > opt.LARGE_FUNCTION else "rounds to a fixed point"
        print(f"  {count:,} IR instructions as lowered: {rounds} of -O1 (bound {opt.LARGE_FUNCTION:,})")
    if sizes:
        print(f"  target: the {max(HUGE_LINES)}-line function in under {HUGE_TARGET_S:.0f} s")


def report_python(lines: int, runs: int) -> None:
    """The Python program's median warm compile, in CPU ms, and its stages."""
    from compilers.bench.python_bench import python_program  # the program that benchmark compiles

    source = python_program(lines)
    driver.preload(("python",))
    cpu_compile("python", source, "bench.py")  # warm up
    measured = [cpu_compile("python", source, "bench.py") for _ in range(runs)]
    spent = statistics.median(m[0] for m in measured)
    stages = {name: statistics.median(m[1][name] for m in measured) for name in measured[0][1]}
    verdict = "within" if spent * 1000 <= PYTHON_TARGET_MS else "OVER"
    print(
        f"the Python program of {source.count(chr(10))} lines: {spent * 1000:.1f} ms CPU, median of {runs}"
        f" warm compiles (target {PYTHON_TARGET_MS:.0f} ms: {verdict})"
    )
    print(f"  its stages in ms: {_stages(stages, 1000, 1)}")


def measure(source: str, filename: str = "speed.c") -> Timings:
    """One compile's stages: stage -> (wall seconds, CPU seconds), then the text forms read afterwards
    ("ast text", "ir text"). Raises SystemExit if it fails."""
    result = driver.compile("c", source, filename=filename)
    if not result.ok:
        raise SystemExit(result.render_diagnostics())
    timings = {name: (wall, result.stage_cpu_seconds[name]) for name, wall in result.stage_seconds.items()}
    for form in TEXT_FORMS:
        wall, cpu = time.perf_counter(), time.process_time()
        getattr(result, form)
        timings[f"{form} text"] = (time.perf_counter() - wall, time.process_time() - cpu)
    return timings


def first_compile(path: Path | None, lines: int, forked: bool = False) -> dict[str, float]:
    """In a fresh interpreter: importing the driver, then the first compile, then a warm one (ms, wall
    and CPU). forked: as a Celery worker's pool process starts instead: the interpreter preloads every
    language (the worker's worker_init) and forks, and the forked child compiles."""
    args = [sys.executable, __file__, "--fresh-forked" if forked else "--fresh", "--lines", str(lines)]
    if path is not None:
        args.append(str(path))
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def _forked(source: str) -> None:
    """The child of first_compile(forked=True): preloads, forks, and its child prints the figures."""
    from compilers import registry

    driver.preload(tuple(language.key for language in registry.available()))
    child = os.fork()
    if child == 0:
        try:
            _fresh(source)
            sys.stdout.flush()
        finally:
            os._exit(0)
    os.waitpid(child, 0)


def _fresh(source: str) -> None:
    """The child of first_compile: prints its figures as JSON."""
    wall, cpu = time.perf_counter(), time.process_time()
    first = measure(source)
    first_wall, first_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    measure(source)
    warm_wall, warm_cpu = time.perf_counter() - wall, time.process_time() - cpu
    figures = {
        "first_wall": first_wall * 1000,
        "first_cpu": first_cpu * 1000,
        "warm_wall": warm_wall * 1000,
        "warm_cpu": warm_cpu * 1000,
    }
    figures.update(
        {f"stage:{name}": cpu_s * 1000 for name, (_w, cpu_s) in first.items() if not name.endswith(" text")}
    )
    print(json.dumps(figures))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="a C file (default: the generated program)")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument(
        "--huge-lines",
        default=",".join(str(n) for n in HUGE_LINES),
        help="sizes of the one-function programs, comma-separated (empty: none)",
    )
    parser.add_argument("--python-lines", type=int, default=PYTHON_LINES, help="0: no Python case")
    parser.add_argument("--fresh", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--fresh-forked", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    source = options.file.read_text(encoding="utf-8") if options.file else program(options.lines)
    if options.fresh:
        _fresh(source)
        return 0
    if options.fresh_forked:
        _forked(source)
        return 0
    fresh = first_compile(options.file, options.lines)
    worker = first_compile(options.file, options.lines, forked=True)
    driver.preload(("c",))  # as a worker does before its first run
    measure(source)  # warm up
    runs = [measure(source) for _ in range(options.runs)]
    lines = source.count("\n")
    name = options.file.name if options.file else "the generated program"
    print(f"{name}: {lines} lines of C; median of {options.runs} warm compiles, in ms")
    # The least CPU time too: on a busy machine it is the figure nearest what the code itself costs.
    print(f"  {'stage':<10} {'wall':>8} {'CPU':>8} {'least CPU':>10}")
    total_wall = total_cpu = total_least = 0.0
    texts: list[str] = []
    for stage in runs[0]:
        wall = statistics.median(r[stage][0] for r in runs) * 1000
        cpu = statistics.median(r[stage][1] for r in runs) * 1000
        least = min(r[stage][1] for r in runs) * 1000
        if stage.endswith(" text"):
            texts.append(f"{stage} {cpu:.2f} (least {least:.2f})")
            continue
        total_wall += wall
        total_cpu += cpu
        total_least += least
        print(f"  {stage:<10} {wall:8.2f} {cpu:8.2f} {least:10.2f}")
    verdict = "within" if total_cpu <= TARGET_MS else "OVER"
    print(
        f"  {'total':<10} {total_wall:8.2f} {total_cpu:8.2f} {total_least:10.2f}"
        f"   target {TARGET_MS:.0f} ms: {verdict} (median CPU)"
    )
    print("text forms, made only when read (not in the total), CPU ms: " + ", ".join(texts))
    extra = fresh["first_cpu"] - fresh["warm_cpu"]
    print(
        f"first compile in a fresh process: {fresh['first_wall']:.1f} ms wall, {fresh['first_cpu']:.1f} ms"
        f" CPU (a warm one there: {fresh['warm_cpu']:.1f} ms CPU; the first costs {extra:.1f} ms CPU more)"
    )
    slow = sorted(
        ((k.split(":", 1)[1], v) for k, v in fresh.items() if k.startswith("stage:")), key=lambda kv: -kv[1]
    )
    print("  its stages by CPU ms: " + ", ".join(f"{k} {v:.1f}" for k, v in slow))
    extra = worker["first_cpu"] - worker["warm_cpu"]
    verdict = "within" if extra <= FIRST_EXTRA_TARGET_MS else "OVER"
    print(
        f"first compile in a worker forked after preloading: {worker['first_cpu']:.1f} ms CPU (a warm one"
        f" there: {worker['warm_cpu']:.1f} ms; the first costs {extra:.1f} ms more, target"
        f" {FIRST_EXTRA_TARGET_MS:.0f} ms: {verdict})"
    )
    report_huge([int(n) for n in options.huge_lines.split(",") if n.strip()])
    if options.python_lines:
        report_python(options.python_lines, options.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
