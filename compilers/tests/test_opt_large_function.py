"""The optimiser's bound on large functions (opt.LARGE_FUNCTION): past it, a function gets one round of
the -O1 passes instead of rounds to a fixed point, and its code still computes what C says."""

from __future__ import annotations

import pytest

from compilers import driver, opt
from compilers.ir.nodes import Function

# Its output worked by hand: the loop adds 0 + 1 + ... + 9 = 45, then a = 45 * 2 + 1 = 91; the branch
# takes a > 50, so b = 91 - 50 = 41; and 45 + 91 + 41 = 177.
PROGRAM = """
#include <stdio.h>
int main(void) {
    int total = 0, a, b;
    for (int i = 0; i < 10; i++) total += i;
    a = total * 2 + 1;
    if (a > 50) b = a - 50; else b = 50 - a;
    printf("%d %d %d %d\\n", total, a, b, total + a + b);
    return 0;
}
"""


def _rounds(monkeypatch: pytest.MonkeyPatch, bound: int) -> tuple[str, dict[str, int]]:
    """The program's output at -O1 with the bound set, and the rounds each function was given."""
    monkeypatch.setattr(opt, "LARGE_FUNCTION", bound)
    rounds: dict[str, int] = {}
    propagate = opt.propagate_constants

    def counting(fn: Function, live: object = None) -> None:
        rounds[fn.name] = rounds.get(fn.name, 0) + 1
        propagate(fn, live)  # type: ignore[arg-type]

    monkeypatch.setattr(opt, "propagate_constants", counting)
    # a function of the same text is optimised once a process (driver's routine cache): not here
    monkeypatch.setattr(driver, "_use_routine_cache", False)
    result = driver.compile("c", PROGRAM, driver.CompileOptions(opt_level=1), filename="large.c")
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result)
    assert run.ok, run.message
    return run.output, rounds


def test_a_function_past_the_bound_gets_one_round_and_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    output, rounds = _rounds(monkeypatch, 10)
    assert output == "45 91 41 177\n"
    assert rounds["main"] == 1


def test_a_function_within_the_bound_gets_rounds_to_a_fixed_point(monkeypatch: pytest.MonkeyPatch) -> None:
    output, rounds = _rounds(monkeypatch, 10**9)
    assert output == "45 91 41 177\n"
    assert rounds["main"] >= 2  # a second round at least, to see that nothing changes


def test_the_bound_is_far_above_ordinary_functions() -> None:
    # The 500-line program of the compile-speed benchmark: every function well within the bound.
    from compilers.bench.compile_speed import program

    options = driver.CompileOptions(opt_level=0, keep_lowered=True)
    lowered = driver.compile("c", program(500), options, filename="bench.c").lowered
    assert lowered is not None
    assert max(opt.size(fn) for fn in lowered.functions) * 10 < opt.LARGE_FUNCTION
