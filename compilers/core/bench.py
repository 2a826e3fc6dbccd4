"""Benchmarks of the functional core and System F on the Engine (figures for compilers/core/README.md and
the System F README): `python -m compilers.core.bench`.

Prints, for each program compiled at -O1 and run on the emulated Engine: the instructions it took and the
columns it used (static data, plus the heap at its peak, plus the stack at its deepest), and the compile
time of a 200-line System F program."""

from __future__ import annotations

import time
from pathlib import Path

from compilers import driver
from compilers.core.pipeline import core_to_ir
from compilers.core.text import parse_program

TESTS = Path(__file__).resolve().parents[1] / "tests"

CHURCH_2_10 = (TESTS / "systemf" / "church" / "power.sf").read_text(encoding="utf-8")
MILLION = """
let loop = fix (\\loop:Int -> Int -> Int. \\n:Int. \\acc:Int. if n == 0 then acc else loop (n - 1) (acc + n))
print loop 1000000 0
"""


def primes_100() -> str:
    """compilers/tests/core_programs/primes.core, taking 100 primes instead of 12."""
    text = (TESTS / "core_programs" / "primes.core").read_text(encoding="utf-8")
    return text.replace("(app printN 12 (app sieve", "(app printN 100 (app sieve")


def foldl_million() -> str:
    """compilers/tests/core_programs/foldl_strict.core over [1..1000000] instead of [1..5000]."""
    text = (TESTS / "core_programs" / "foldl_strict.core").read_text(encoding="utf-8")
    return text.replace("(app upto 1 5000)", "(app upto 1 1000000)")


def two_hundred_lines() -> str:
    """A System F program of 200 lines: data, polymorphic and recursive definitions, prints."""
    lines = ["data List A = Nil | Cons A (List A)"]
    for i in range(33):
        lines += [
            f"let f{i} = /\\A. \\x:A. \\g:A -> A. g (g x)",
            f"let s{i} = fix (\\s:List Int -> Int. \\l:List Int. case l of Nil -> {i} | Cons h t -> h + s t)",
            f"let l{i} = Cons [Int] {i} (Cons [Int] {i + 1} (Nil [Int]))",
            f"let n{i} : Int = f{i} [Int] {i} (\\k:Int. k * 2 + 1)",
            f"print s{i} l{i} + n{i}",
            f"print if n{i} > {i * 3} then true else false",
        ]
    lines.append("print 0")
    return "\n".join(lines) + "\n"


def report(name: str, result: driver.CompileResult, max_steps: int = 1_000_000_000) -> None:
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result, max_steps=max_steps)
    out = run.output.strip().replace("\n", " ")
    # columns used = static data + the heap at its peak (the runtime's own record) + the deepest stack
    heap_peak = run.stats.columns_used - result.static_words - run.stats.max_stack_depth
    print(
        f"{name}: {run.status}, {run.stats.instructions:,} instructions, peak heap {heap_peak:,} words, "
        f"{run.stats.columns_used:,} columns used (static data {result.static_words:,}, "
        f"stack {run.stats.max_stack_depth:,}), output {out[:60]!r}"
    )


def main() -> None:
    options = driver.CompileOptions(opt_level=1)
    core = driver.compile_module(
        core_to_ir(parse_program(primes_100()), "the benchmark"), options, lang="systemf"
    )
    report("core: 100 primes from a lazy infinite list", core)
    small = driver.CompileOptions(opt_level=1, store_size=3000)
    folded = core_to_ir(parse_program(foldl_million()), "the benchmark")
    report(
        "core: foldl (+) 0 [1..1000000], 3,000-word Store",
        driver.compile_module(folded, small, lang="systemf"),
    )
    report(
        "System F: Church numeral 2^10", driver.compile("systemf", CHURCH_2_10, options, filename="power.sf")
    )
    report(
        "System F: a million-step tail-recursive loop", driver.compile("systemf", MILLION, options, "loop.sf")
    )
    source = two_hundred_lines()
    driver.compile("systemf", source, options, filename="warm.sf")  # imports and runtime parsed once
    start = time.perf_counter()
    result = driver.compile("systemf", source, options, filename="long.sf")
    took = time.perf_counter() - start
    assert result.ok, result.render_diagnostics()
    stages = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in result.stage_cpu_seconds.items())
    print(
        f"System F: compile of a {source.count(chr(10))}-line program: {took * 1000:.0f} ms wall "
        f"({stages} CPU)"
    )


if __name__ == "__main__":
    main()
