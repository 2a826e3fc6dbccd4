"""Instructions per second on three programs, and the ratio to CPython running the same algorithm.

The ratio is CPython's time divided by the Engine's time for the same work (same n), measured in this
process: 1.0 means as fast as plain Python, 0.5 means twice as slow. The Engine's time is a whole run()
(loading, the step-by-step warm-up, translation, statistics), as the product runs a program. Each time is
the best of --repeat runs, taken turn about with the other, so that a busy machine slows both alike; the
load average is printed because a shared machine still moves the figures. The Engine's rate is also
given in this process's CPU time (best of the runs), which a loaded machine moves far less than the
wall clock, and the last line compares call-heavy Fibonacci with the counting loop on that rate (the
target is at least half the loop's rate).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from babbage.assembler import assemble
from babbage.emulator import ENGINES, run
from babbage.native import AVAILABLE as NATIVE_AVAILABLE

TARGET = 0.5  # the Engine should run at least half as fast as CPython on the same algorithm
CALLS_TARGET = 0.5  # recursive Fibonacci should run at least half as many instructions a second as the loop

COUNT = """\
; Count to n.
        .data
n:      .word {n}
        .text
        LOAD A, 0
        LOAD B, [n]
loop:   ADD A, 1
        CMP A, B
        JLT loop
        PRINT A
        HALT
"""

ARRAY_SUM = """\
; Sum an array of {size} words, {repeat} times, with based addressing.
        .data
arr:    .word {words}
        .text
        LOAD A, 0
        LOAD B, {repeat}
outer:  LOAD C, 0
inner:  ADD A, [C+arr]
        ADD C, 1
        CMP C, {size}
        JLT inner
        SUB B, 1
        JNZ outer
        PRINT A
        HALT
"""

FIB = """\
; Recursive Fibonacci with CALL and RET, frames on the stack.
        .text
        LOAD A, {n}
        CALL fib
        PRINT A
        HALT
fib:    CMP A, 2
        JLT done
        PUSH A
        SUB A, 1
        CALL fib
        POP B
        PUSH A
        LOAD A, B
        SUB A, 2
        CALL fib
        POP B
        ADD A, B
done:   RET
"""


def python_count(n: int) -> int:
    a = 0
    while a < n:
        a += 1
    return a


def python_array_sum(arr: list[int], repeat: int) -> int:
    total = 0
    size = len(arr)
    for _ in range(repeat):
        i = 0
        while i < size:
            total += arr[i]
            i += 1
    return total


def python_fib(n: int) -> int:
    if n < 2:
        return n
    return python_fib(n - 1) + python_fib(n - 2)


@dataclass
class Case:
    name: str
    source: str
    expected: str
    python: Callable[[], object]


def cases(scale: float) -> list[Case]:
    n = int(1_000_000 * scale)
    size, repeat = 1000, max(1, int(300 * scale))
    words = list(range(1, size + 1))
    fib_n = 22 if scale >= 1 else 16
    return [
        Case("counting loop", COUNT.format(n=n), str(n), lambda: python_count(n)),
        Case(
            "array sum (based)",
            ARRAY_SUM.format(size=size, repeat=repeat, words=", ".join(map(str, words))),
            str(sum(words) * repeat),
            lambda: python_array_sum(words, repeat),
        ),
        Case("fibonacci (CALL/RET)", FIB.format(n=fib_n), str(python_fib(fib_n)), lambda: python_fib(fib_n)),
    ]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def best_cpu_time(times: int, action: Callable[[], object]) -> float:
    """The least CPU time this process spent on the action in `times` runs."""
    best = float("inf")
    for _ in range(times):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def best_of_interleaved(
    times: int, first: Callable[[], object], second: Callable[[], object]
) -> tuple[float, float]:
    """The best time of each, running them turn about so that a busy machine slows both alike."""
    best_first = best_second = float("inf")
    for _ in range(times):
        best_first = min(best_first, timed(first))
        best_second = min(best_second, timed(second))
    return best_first, best_second


def bench_engine(engine: str, scale: float, repeat: int) -> None:
    """The three programs on one engine, and the ratio of Fibonacci's rate to the loop's."""
    print(f"engine {engine}")
    print(
        f"{'program':<22} {'instructions':>13} {'instr/s':>13} {'CPU instr/s':>13} {'vs CPython':>11}"
        f" {'target':>7}"
    )
    cpu_rates: list[float] = []
    for case in cases(scale):
        program = assemble(case.source)
        result = run(program, max_steps=10**10, engine=engine)
        if result.output != case.expected:
            raise SystemExit(f"{case.name}: printed {result.output!r}, expected {case.expected!r}")
        engine_time, python_time = best_of_interleaved(
            repeat, partial(run, program, max_steps=10**10, engine=engine), case.python
        )
        cpu_time = best_cpu_time(repeat, partial(run, program, max_steps=10**10, engine=engine))
        rate = result.stats.instructions / engine_time
        cpu_rates.append(result.stats.instructions / cpu_time)
        ratio = python_time / engine_time
        verdict = "met" if ratio >= TARGET else "missed"
        print(
            f"{case.name:<22} {result.stats.instructions:>13,} {rate:>13,.0f} {cpu_rates[-1]:>13,.0f}"
            f" {ratio:>10.2f}x {TARGET:>6.2f}x {verdict}"
        )
    calls = cpu_rates[2] / cpu_rates[0]
    verdict = "met" if calls >= CALLS_TARGET else "missed"
    print(f"fibonacci / counting loop, CPU instr/s: {calls:.2f} (target {CALLS_TARGET:.2f}: {verdict})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m babbage bench")
    parser.add_argument("--scale", type=float, default=1.0, help="work per program (default 1.0)")
    parser.add_argument("--repeat", type=int, default=5, help="best of this many runs")
    parser.add_argument(
        "--engine",
        action="append",
        choices=ENGINES,
        help="an engine to measure, or several (default: native when it is built, and python)",
    )
    args = parser.parse_args(argv)
    engines = args.engine or [*(["native"] if NATIVE_AVAILABLE else []), "python"]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"best of {args.repeat}, load average {load}")
    for number, engine in enumerate(engines):
        if number:
            print()
        bench_engine(engine, args.scale, args.repeat)
    return 0
