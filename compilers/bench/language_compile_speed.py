"""Compile time of each language's program of about 300 lines, in process: cold and warm.

For each language, in a fresh interpreter of its own (so that no language's compiles warm another's):

- first, no preload: the interpreter's first compile (importing the front-end, reading the runtime);
- first, preloaded: the first compile after `driver.preload`: a program the process has not seen, with
  the runtime and the front-end's own library prepared: what a worker's pool process pays for its first
  compile, and the site's bounded compiles for every one (each runs in a fresh child forked from a
  preloaded server, ancient_compute/lib/bounded.py, and keeps nothing for the next);
- next, edited: right after the first, the program with one number changed on one line (a student's
  second run, in the worker's pool process that compiled the first);
- warm, same: the same program compiled again (a re-submission, the judge's reference solution);
- warm, edited: the program with one number changed on one line (a student's next attempt);
- another program: a program of two thirds the size, compiled next in the same process. The generators
  number their functions from the first, so most of its functions are the first program's, which the
  process's caches hold (compilers/backend/README.md): what a long-lived process gives a similar program;
- unseen: the first program with every number in it changed, compiled last: no function of it is one the
  process has compiled, as for another student's program in a worker that has served many.

The warm figures are medians of --runs compiles. CPU milliseconds (the machine may be shared: CPU time is
the steadier figure), wall time beside. LISP's one-line program is a case of its own: its printer is most
of what it compiles. Targets: Python's program under 100 ms warm; LISP's one line well under 200 ms.

    python compilers/bench/language_compile_speed.py [--runs N] [--lines N] [--languages c,python,...]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers import driver  # noqa: E402

RUNS = 5
LINES = 300
LANGUAGES = ("c", "python", "lisp", "lisp-one-line", "java", "haskell")
# The one-line LISP programs: the first is measured, the second is "another program".
LISP_LINE = "(print (+ 1 2))\n"
LISP_OTHER_LINE = '(format t "~a~%" (list 1 "two" (* 6 7)))\n'


def _programs(case: str, lines: int) -> tuple[str, str, str, str]:
    """(language, file name, the program, another program of the language)."""
    if case == "lisp-one-line":
        return "lisp", "main.lisp", LISP_LINE, LISP_OTHER_LINE
    from compilers.bench.compile_speed import program as c_program
    from compilers.bench.haskell_bench import haskell_program
    from compilers.bench.java_bench import java_program
    from compilers.bench.lisp_bench import lisp_program
    from compilers.bench.python_bench import python_program

    makers: dict[str, tuple[Callable[[int], str], str]] = {
        "c": (c_program, "main.c"),
        "python": (python_program, "main.py"),
        "lisp": (lisp_program, "main.lisp"),
        "java": (java_program, "Main.java"),
        "haskell": (haskell_program, "main.hs"),
    }
    make, filename = makers[case]
    return case, filename, make(lines), make(lines * 2 // 3)


def edited(source: str, k: int) -> str:
    """The program with its third number from the end (its last, when it has fewer) made k + 1 larger:
    one line changed, none moved."""
    numbers = list(re.finditer(r"\d+", source))
    found = numbers[-3] if len(numbers) >= 3 else numbers[-1]
    return source[: found.start()] + str(int(found.group()) + k + 1) + source[found.end() :]


def renumbered(source: str) -> str:
    """The program with every number that stands alone made 1,000 larger (`step3` and `%5d` kept): each
    function's code differs from the original's, its shape and size the same."""
    return re.sub(r"\b\d+\b", lambda found: str(int(found.group()) + 1000), source)


def _compile(lang: str, source: str, filename: str) -> tuple[float, float]:
    """One compile at -O1: (CPU ms, wall ms). Stops the benchmark with the diagnostics if it fails."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = driver.compile(lang, source, driver.CompileOptions(opt_level=1), filename=filename)
    spent = ((time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000)
    if not result.ok:
        raise SystemExit(result.render_diagnostics())
    return spent


def _median(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def measure_here(case: str, lines: int, runs: int, preload: bool) -> dict[str, tuple[float, float]]:
    """The figures of one case, in this process (which must not have compiled before, for "first")."""
    lang, filename, source, other = _programs(case, lines)
    if preload:
        driver.preload((lang,))
    figures = {"first": _compile(lang, source, filename)}
    if not preload:
        return figures
    figures["next"] = _compile(lang, edited(source, runs), filename)
    figures["same"] = _median([_compile(lang, source, filename) for _ in range(runs)])
    figures["edited"] = _median([_compile(lang, edited(source, k), filename) for k in range(runs)])
    figures["other"] = _compile(lang, other, filename)
    figures["unseen"] = _compile(lang, renumbered(source), filename)
    figures["lines"] = (float(source.count("\n")), float(other.count("\n")))
    return figures


def measure(case: str, lines: int, runs: int) -> dict[str, tuple[float, float]]:
    """One case's figures, each part in a fresh interpreter."""
    figures: dict[str, tuple[float, float]] = {}
    for preload in (False, True):
        args = [sys.executable, __file__, "--case", case, "--lines", str(lines), "--runs", str(runs)]
        done = subprocess.run([*args, "--preload"] if preload else args, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{case}: {done.stderr.strip() or done.stdout.strip()}")
        found = json.loads(done.stdout)
        figures["first preloaded" if preload else "first"] = tuple(found.pop("first"))
        figures.update({name: tuple(pair) for name, pair in found.items()})
    return figures


def report(cases: list[str], lines: int, runs: int) -> None:
    print(f"compile time in process, ms CPU (wall); warm figures: the median of {runs}")
    header = ("first", "first preloaded", "next", "same", "edited", "other", "unseen")
    print(f"  {'language':<14} {'lines':>5} " + " ".join(f"{h:>17}" for h in header))
    for case in cases:
        figures = measure(case, lines, runs)
        own, other = figures["lines"]
        cells = [f"{figures[h][0]:7.0f} ({figures[h][1]:6.0f})" for h in header]
        print(
            f"  {case:<14} {own:5.0f} " + " ".join(f"{c:>17}" for c in cells) + f"   other: {other:.0f} lines"
        )
    print(
        "  first: a fresh interpreter's first compile; first preloaded: after driver.preload; next: the"
        " program edited on a line, right after; same: the program again; edited: one number changed;"
        " other: another program of the language; unseen: the program with every number changed, no function"
        " of it seen before"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--lines", type=int, default=LINES)
    parser.add_argument(
        "--languages", default=",".join(LANGUAGES), help="comma-separated: " + ", ".join(LANGUAGES)
    )
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--preload", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.case:
        figures = measure_here(options.case, options.lines, options.runs, options.preload)
        print(json.dumps(figures))
        return 0
    cases = [name.strip() for name in options.languages.split(",") if name.strip()]
    unknown = [name for name in cases if name not in LANGUAGES]
    if unknown:
        parser.error("unknown: " + ", ".join(unknown))
    report(cases, options.lines, options.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
