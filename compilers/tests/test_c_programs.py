"""The C test programs (compilers/tests/c/): one parametrized runner, every oracle.

For each program: its compile errors must be exactly the `// error:` lines; otherwise the IR interpreter's
run and the emulated Engine's run of the compiled deck must both give the `// expect:` output (and the
expected trap), so the two agree; and for every program that runs to the end, gcc's build of the same
source must print the same output, so every expectation is checked against the reference compiler.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compilers.tests.c.runner import (
    all_programs,
    front_end,
    gcc_outcome,
    program_id,
    read_expectations,
    run_engine,
    run_interpreter,
)

PROGRAMS = all_programs()
RUNNING = [p for p in PROGRAMS if not read_expectations(p.read_text(encoding="utf-8")).errors]
OUTPUT_ONLY = [p for p in RUNNING if read_expectations(p.read_text(encoding="utf-8")).runtime_error is None]


def test_there_are_enough_programs() -> None:
    assert len(PROGRAMS) >= 150


@pytest.mark.parametrize("path", PROGRAMS, ids=program_id)
def test_front_end_and_interpreter(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    expect = read_expectations(source)
    module, diags = front_end(source, program_id(path))
    if expect.errors:
        assert module is None, "the program compiled but errors were expected"
        found = [(d.span.line, d.span.column, d.message) for d in diags.sorted() if d.severity == "error"]
        for wanted in expect.errors:
            assert any(
                line == wanted.line and column == wanted.column and wanted.fragment in message
                for line, column, message in found
            ), f"missing {wanted.line}:{wanted.column}: {wanted.fragment}\nfound: {found}"
        assert len(found) == len(expect.errors), f"unexpected extra errors: {found}"
        return
    assert module is not None, diags.render(source)
    outcome = run_interpreter(module, expect)
    assert outcome.output == expect.output
    assert outcome.status == (expect.runtime_error or "halted")
    if expect.runtime_error_line is not None:
        assert outcome.line == expect.runtime_error_line


@pytest.mark.parametrize("path", OUTPUT_ONLY, ids=program_id)
def test_gcc_agrees(path: Path) -> None:
    expect = read_expectations(path.read_text(encoding="utf-8"))
    outcome = gcc_outcome(path)
    assert outcome.status == "halted", outcome.output
    assert outcome.output == expect.output
    assert outcome.exit_status == expect.exit_status


@pytest.mark.parametrize("opt_level", [0, 1], ids=["O0", "O1"])
@pytest.mark.parametrize("path", RUNNING, ids=program_id)
def test_engine(path: Path, opt_level: int) -> None:
    source = path.read_text(encoding="utf-8")
    expect = read_expectations(source)
    outcome = run_engine(source, program_id(path), expect, opt_level)
    assert outcome.status != "compile_error", outcome.output
    assert outcome.output == expect.output
    assert outcome.status == (expect.runtime_error or "halted")
    if expect.runtime_error_line is not None:
        assert (outcome.file, outcome.line) == (program_id(path), expect.runtime_error_line)
    if outcome.status == "halted":
        assert outcome.exit_status == expect.exit_status
