"""The benchmarks still run, and compiled C stays within twice the hand-written assembly's instructions."""

from __future__ import annotations

import pytest

from compilers.bench import compile_speed, float_bench, quality, switch_dispatch


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


def test_the_switch_benchmark_runs_and_the_jump_table_dispatches_in_fewer_instructions() -> None:
    want = switch_dispatch.expected()  # 125 2000, as gcc prints (the bench's docstring)
    table_out, table_count = switch_dispatch.run(switch_dispatch.lowered())
    chain_out, chain_count = switch_dispatch.run(switch_dispatch.as_compare_chain(switch_dispatch.lowered()))
    assert table_out == chain_out == want == "125 2000\n"
    assert table_count < chain_count


def test_the_float_benchmark_checks_its_results_and_prints_each_figure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert float_bench.main(["--count", "4"]) == 0  # 0: every result agreed with its reference
    printed = capsys.readouterr().out
    assert all(name in printed for name in [*float_bench.BINARY, *float_bench.PRINTS])
