"""Analysis speed: what the analysis before running adds to a compile (compilers/analysis), for each
language's example program and for the 500-line C program of compile_speed.py, in CPU time: the IR's
figures and warnings apart from the estimate's run (at most ESTIMATE_STEPS steps).

Measured on 4 December 2026 on the shared 2-core machine (CPU time, medians of 3): the figures and
warnings cost under 10 ms (10 ms for the 500-line C program's 42 functions, against 59 ms to compile
it); the estimate's whole budget of 1,000,000 steps, run by a program that does not finish, 16 ms for an
endless loop and 76 ms for recursive Fibonacci (calls all the way); Python's example 42 ms.

    python compilers/bench/analysis_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers import driver, registry  # noqa: E402
from compilers.analysis.cost import estimate_cost  # noqa: E402
from compilers.analysis.functions import analyse_functions  # noqa: E402
from compilers.analysis.warnings import find_warnings  # noqa: E402
from compilers.bench import compile_speed  # noqa: E402
from compilers.examples import example  # noqa: E402


def _cpu(action: Callable[[], object], runs: int) -> float:
    """The median CPU seconds of `action()` over `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def measure(name: str, lang: str, source: str, runs: int) -> None:
    options = driver.CompileOptions(keep_lowered=True)
    result = driver.compile(lang, source, options)
    if not result.ok or result.lowered is None:
        print(f"{name:<14} does not compile: {result.render_diagnostics()}")
        return
    module = result.lowered
    compile_s = _cpu(lambda: driver.compile(lang, source, driver.CompileOptions(keep_lowered=True)), runs)
    figures_s = _cpu(
        lambda: (analyse_functions(module, result.frames, source), find_warnings(module, lang, source)), runs
    )
    cost_s = _cpu(lambda: estimate_cost(result, ""), runs)
    functions = len(analyse_functions(module, result.frames, source))
    print(
        f"{name:<14} {functions:>4} functions  compile {compile_s * 1000:8.1f} ms  "
        f"figures and warnings {figures_s * 1000:7.1f} ms  estimate's run {cost_s * 1000:7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for language in registry.LANGUAGES:
        if language.key not in ("assembly", "cards") and language.available:
            measure(f"{language.key} example", language.key, example(language.key), args.runs)
    measure("c 500 lines", "c", compile_speed.program(500), args.runs)
    # A program that does not finish: the estimate runs its whole budget.
    measure("c endless", "c", "int main(void) { while (1) { } return 0; }\n", args.runs)
    fib = "int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
    fib += "int main(void) { return fib(30); }\n"
    measure("c fib(30)", "c", fib, args.runs)  # calls all the way: the Engine's slowest kind of step


if __name__ == "__main__":
    main()
