"""Compiled programs on the native engine (babbage/_native.c) against the step-by-step interpreter.

The compilers' output is what the native engine mostly runs: C's binary64 routines (bit patterns and
64-bit wrapping arithmetic in words past 2^63), Python's and LISP's runtimes (tagged values, a heap, deep
calls), Haskell's lazy evaluation and Java's int and long overflow. Each program runs whole and cut by
budgets on the way, with progress events; the result, the events and the runtime's words read back at the
end must be the interpreter's exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from babbage.emulator import run
from babbage.program import Program
from babbage.tests.conftest import observable
from compilers import driver, registry

TESTS = Path(__file__).parent
PROGRAMS = [
    "c/functions/fibonacci.c",
    "c/float/ieee_basics.c",
    "c/float/special_values.c",
    "c/float/literals.c",
    "c/traps/heap_exhausted.c",
    "c/traps/stack_overflow.c",
    "python/programs/gcd_lcm.py",
    "python/functions/recursion.py",
    "haskell/programs/fibonacci.hs",
    "lisp/lists/tree_recursion.lisp",
    "java/arith/long_overflow.java",
    "java/arith/int_overflow.java",
]
WHOLE = 600_000  # instructions at most (Haskell's fibonacci runs 4.5 million): the budget ends it


def compiled(path: str) -> driver.CompileResult:
    language = next(lang for lang in registry.LANGUAGES if path.endswith(lang.extension))
    result = driver.compile(
        language.key, (TESTS / path).read_text(encoding="utf-8"), filename=Path(path).name
    )
    assert result.ok and isinstance(result.program, Program), result.diagnostics
    return result


@pytest.mark.parametrize("path", PROGRAMS)
def test_compiled_programs_agree(path: str) -> None:
    result = compiled(path)
    assert isinstance(result.program, Program)
    program = result.program
    watched = [a for a in (result.heap_peak_address, result.exit_status_address) if a is not None]
    options: dict[str, object] = {
        "store_size": result.store_size,
        "read_words": watched,
        "event_interval": 50_000,
    }
    whole = run(program, engine="native", max_steps=WHOLE, **options)  # type: ignore[arg-type]
    length = whole.stats.instructions
    for budget in (length // 2 + 1, length - 1, WHOLE):
        events: list[object] = []
        want = run(program, engine="interpreter", max_steps=budget, on_event=events.append, **options)  # type: ignore[arg-type]
        seen: list[object] = []
        got = run(program, engine="native", max_steps=budget, on_event=seen.append, **options)  # type: ignore[arg-type]
        assert (observable(got), got.words, seen) == (observable(want), want.words, events), budget
