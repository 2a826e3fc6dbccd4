"""The Store sized for the program, the columns a run used, and the program's own exit status: through
the driver and the command line (python -m compilers run)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from babbage import assemble, run
from babbage.result import columns_text
from compilers import driver
from compilers.cli import main
from compilers.ir import parse_module
from compilers.ir.layout import DEFAULT_STORE_CAP, STACK_SLACK, fitted_store_size
from compilers.tests.harness import read_expectations, run_engine

PROGRAMS = Path(__file__).resolve().parent / "c"
RECURSION = PROGRAMS / "store" / "recursion_10000.c"
ARRAYS = PROGRAMS / "store" / "array_100000.c"


@pytest.fixture(autouse=True)
def _no_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


# --- The Store sized for the program -------------------------------------------------------------------


def test_a_bounded_program_gets_its_static_data_and_stack_need() -> None:
    assert fitted_store_size(300, 0, 40, DEFAULT_STORE_CAP) == 300 + 40 + STACK_SLACK
    assert fitted_store_size(3, 0, 4, DEFAULT_STORE_CAP) == 100  # never under the Engine's smallest Store
    assert fitted_store_size(300, 0, None, 50_000) == 50_000  # a recursion grows up to the cap
    assert fitted_store_size(300, 1000, 40, 50_000) == 50_000  # so does a heap
    assert fitted_store_size(300, 0, 60_000, 50_000) == 50_000  # a need past the cap gets the cap


def test_recursion_10000_deep_runs_in_the_default_store_and_overflows_a_fixed_2000() -> None:
    source = RECURSION.read_text(encoding="utf-8")
    fitted = driver.compile("c", source, filename="deep.c")
    assert fitted.ok and not fitted.store_fixed and fitted.store_size == DEFAULT_STORE_CAP
    outcome = driver.run_compiled(fitted)
    assert (outcome.status, outcome.output) == ("halted", "50005000\n")  # 10000 * 10001 / 2, by hand
    assert outcome.stats.store_size == DEFAULT_STORE_CAP
    assert outcome.stats.max_stack_depth > 10_000 * 5
    fixed = driver.compile("c", source, driver.CompileOptions(store_size=2000), filename="deep.c")
    assert fixed.store_fixed and fixed.store_size == 2000
    overflow = driver.run_compiled(fixed)
    assert overflow.status == "stack_overflow"
    assert overflow.stats.store_size == 2000


def test_the_cap_bounds_the_sized_store() -> None:
    result = driver.compile(
        "c", RECURSION.read_text(encoding="utf-8"), driver.CompileOptions(store_cap=20_000)
    )
    assert result.store_size == 20_000
    assert driver.run_compiled(result).status == "stack_overflow"


def test_columns_used_count_static_data_the_heap_at_its_peak_and_the_deepest_stack() -> None:
    source = ARRAYS.read_text(encoding="utf-8")
    result = driver.compile("c", source, filename="arrays.c")
    outcome = driver.run_compiled(result)
    assert outcome.status == "halted"
    stats = outcome.stats
    heap_used = stats.columns_used - result.static_words - stats.max_stack_depth
    # malloc's one block: 100,000 words and its header word.
    assert heap_used == 100_001
    assert stats.max_stack_depth > 100_000  # the local table of 100,000 words
    assert result.static_words > 100_000  # the global one


def test_the_heap_counts_what_malloc_handed_out_not_what_was_written() -> None:
    # Two blocks of 50 and 30 words, never written: the heap's peak is both, with their headers.
    text = "func @main() -> w {\nentry:\n  %p = alloc 50\n  %q = alloc 30\n  ret 0\n}\n"
    result = driver.compile_module(parse_module(text))
    outcome = driver.run_compiled(result)
    assert outcome.status == "halted"
    assert outcome.stats.columns_used == result.static_words + 51 + 31 + outcome.stats.max_stack_depth


def test_assembly_keeps_the_engines_store_and_counts_the_heap_it_wrote() -> None:
    source = (
        "        .heap 10\n        LOAD A, 7\n        STOR A, [__h+4]\n        HALT\n        .data\n__h:\n"
    )
    result = driver.compile("assembly", source)
    assert result.store_size == 2000 and not result.store_fixed
    outcome = driver.run_compiled(result)
    assert outcome.stats.store_size == 2000
    assert outcome.stats.columns_used == 5  # no static data; the heap up to address 4; no stack


def test_cards_report_the_columns_their_cards_name() -> None:
    result = driver.compile("cards", "N0 5\nN1 7\n+\nL0\nL1\nS2\nP\nH\n")
    outcome = driver.run_compiled(result)
    assert outcome.stats.store_size == 1000
    assert outcome.stats.columns_used == 3  # columns 0, 1 and 2


def test_a_run_returns_the_store_words_asked_for() -> None:
    program = assemble("        LOAD A, 9\n        STOR A, [5]\n        HALT\n")
    outcome = run(program, read_words=[5, 6, 5_000])
    assert outcome.words == {5: 9, 6: 0}  # an address outside the Store is left out


def test_the_columns_are_said_beside_babbages_thousand() -> None:
    assert (
        columns_text(14_210)
        == "this run used 14,210 columns: 14 times the Store Babbage planned (1,000 columns)"
    )
    assert columns_text(1_450).startswith("this run used 1,450 columns: 1.4 times")
    assert columns_text(312).startswith("this run used 312 columns: 31% of")
    assert columns_text(3).startswith("this run used 3 columns: under 1% of")


# --- Exit status ---------------------------------------------------------------------------------------


def test_main_returning_and_exit_set_the_programs_status() -> None:
    # gcc's builds of these programs exit with 3, 7 and 0 (checked with `echo $?`).
    cases = {
        "int main(void) { return 3; }\n": 3,
        "#include <stdlib.h>\nint main(void) { exit(7); return 1; }\n": 7,
        "int main(void) { }\n": 0,
        "int main(void) { return -1; }\n": 255,
    }
    for source, status in cases.items():
        outcome = driver.run_compiled(driver.compile("c", source))
        assert (outcome.status, outcome.exit_code) == ("halted", status), source


def test_run_exits_with_the_programs_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "fail.c", '#include <stdio.h>\nint main(void) { printf("no\\n"); return 1; }\n')
    assert main(["run", path]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("no\n", "")


def test_a_status_that_collides_with_the_command_lines_own_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "seventy.c", "int main(void) { return 70; }\n")
    assert main(["run", path]) == 70
    assert "the program exited with status 70 (its own status, not a runtime trap)" in capsys.readouterr().err


def test_stats_show_the_store_the_columns_and_the_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", str(RECURSION), "--stats"]) == 0
    out, err = capsys.readouterr()
    assert out == "50005000\n"
    assert "store: 1,000,000 words (sized for the program); this run used " in err
    assert "times the Store Babbage planned (1,000 columns)" in err
    assert "exit status: 0" in err


def test_a_fixed_store_on_the_command_line_overflows_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(RECURSION), "--store", "2000", "--stats"]) == 70
    err = capsys.readouterr().err
    assert "runtime error: stack_overflow" in err
    assert "store: 2,000 words (fixed)" in err
    assert "exit status: none (the run did not halt)" in err


def test_arrays_of_100000_elements_run_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(ARRAYS)]) == 0  # within the default budget of instructions
    assert capsys.readouterr().out.splitlines()[-1] == "99999 199998 299997"


def test_a_harness_program_that_returns_1_is_seen_to_fail() -> None:
    # A test program that reports its own failure with `return 1` and whose expectations do not say so:
    # the harness compares the status with its `expect exit:` (0 when not written), as test_programs does.
    source = '#include <stdio.h>\nint main(void) { printf("ok\\n"); return 1; }\n// expect: ok\n'
    expect = read_expectations(source, "//")
    outcome = run_engine("c", source, "reports_failure.c", expect, 1)
    assert outcome.output == expect.output and outcome.status == "halted"
    assert outcome.exit_status == 1 != (expect.exit_status or 0)
