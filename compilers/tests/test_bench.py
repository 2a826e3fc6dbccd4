"""The benchmarks still run, and compiled C stays within twice the hand-written assembly's instructions."""

from __future__ import annotations

import pytest

from compilers.bench import compile_speed, quality


@pytest.mark.parametrize("name", quality.PROGRAMS)
def test_compiled_c_is_within_twice_hand_written_assembly(name: str) -> None:
    compiled, hand = quality.measure(name)  # also checks both outputs against gcc's
    assert compiled <= quality.TARGET * hand


def test_the_speed_benchmark_program_compiles() -> None:
    source = compile_speed.program(200)
    assert 180 <= source.count("\n") <= 220
    from compilers import driver

    result = driver.compile("c", source, filename="speed.c")
    assert result.ok, result.render_diagnostics()
    assert set(result.stage_seconds) >= {"lex", "optimise", "codegen", "assemble"}
