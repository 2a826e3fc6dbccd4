"""Warm compile time of one program, the median of several compiles, with the median of each stage: what
the language benchmarks (java_bench.py, lisp_bench.py, python_bench.py) print for their long programs."""

from __future__ import annotations

import statistics
import time

from compilers import driver


def compile_times(lang: str, source: str, runs: int, filename: str) -> tuple[float, dict[str, float]]:
    """(median seconds of a whole compile at -O1, median seconds of each stage) over `runs` compiles, after
    one compile that warms the caches; a program that does not compile stops the benchmark with its
    diagnostics."""
    options = driver.CompileOptions(opt_level=1)
    driver.compile(lang, source, options, filename=filename)
    totals: list[float] = []
    stages: dict[str, list[float]] = {}
    for _ in range(runs):
        start = time.perf_counter()
        result = driver.compile(lang, source, options, filename=filename)
        totals.append(time.perf_counter() - start)
        if not result.ok:
            raise SystemExit(result.render_diagnostics())
        for stage, seconds in result.stage_seconds.items():
            stages.setdefault(stage, []).append(seconds)
    return statistics.median(totals), {s: statistics.median(v) for s, v in stages.items()}
