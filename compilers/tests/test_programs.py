"""Every language's example programs (compilers/tests/<key>/**/*<extension>), through every oracle.

For each program of each language that has a front-end: its compile errors must be exactly its `error:`
lines; otherwise the IR interpreter's run and the emulated Engine's runs at -O0 and -O1 must each give the
expected output, trap and line, so they agree with each other; and the language's real toolchain
(`registry.Language.reference`: gcc, CPython, GHC, SBCL, java) must print the same output and exit with
the expected status for every program that runs to the end (and give the expected last line of standard
error where one is written), so every expectation is checked against the reference. A reference that is
not installed fails with what to install. The expectation forms are in harness/expectations.py.
"""

from __future__ import annotations

import pytest

from compilers.frontends.base import UNCAUGHT_EXIT_STATUS
from compilers.tests.harness import (
    Program,
    ReferenceRunner,
    all_programs,
    compile_errors,
    compiled_languages,
    front_end,
    outcome_or_fail,
    programs,
    run_engine,
    run_interpreter,
)

PROGRAMS = all_programs()
RUNNING = [p for p in PROGRAMS if p.expect.compiles]
# The reference checks programs that run to the end, and those whose error report or exit status it
# can confirm (a trap's name is the Engine's own: gcc dies of a signal, or of undefined behaviour).
REFERENCED = [
    p
    for p in RUNNING
    if p.language.reference is not None
    and (p.expect.runtime_error is None or p.expect.stderr is not None or p.expect.exit_status is not None)
]
REFERENCE = ReferenceRunner()


def _ids(program: Program) -> str:
    return program.id


def test_every_language_with_a_front_end_has_programs() -> None:
    for language in compiled_languages():
        assert programs(language), f"{language.name} has a front-end but no programs in compilers/tests/"


def test_there_are_enough_c_programs() -> None:
    assert len([p for p in PROGRAMS if p.language.key == "c"]) >= 150


@pytest.mark.parametrize("program", PROGRAMS, ids=_ids)
def test_front_end_and_interpreter(program: Program) -> None:
    expect = program.expect
    module, diags = front_end(program.language.key, program.source, program.id)
    if expect.errors:
        assert module is None, "the program compiled but errors were expected"
        found = compile_errors(diags)
        for wanted in expect.errors:
            assert any(
                line == wanted.line and column == wanted.column and wanted.fragment in message
                for line, column, message in found
            ), f"missing {wanted.line}:{wanted.column}: {wanted.fragment}\nfound: {found}"
        assert len(found) == len(expect.errors), f"unexpected extra errors: {found}"
        return
    assert module is not None, diags.render(program.source)
    outcome = run_interpreter(module, expect, program.language.namespace)
    assert outcome.output == expect.output
    assert outcome.status == expect.status, outcome.message
    if expect.trap_code is not None:
        assert outcome.trap_code == expect.trap_code
    if expect.runtime_error_line is not None:
        assert outcome.line == expect.runtime_error_line


@pytest.mark.parametrize("opt_level", [0, 1], ids=["O0", "O1"])
@pytest.mark.parametrize("program", RUNNING, ids=_ids)
def test_engine(program: Program, opt_level: int) -> None:
    expect = program.expect
    outcome = run_engine(program.language.key, program.source, program.id, expect, opt_level)
    assert outcome.status != "compile_error", outcome.message
    assert outcome.output == expect.output
    assert outcome.status == expect.status, outcome.message
    if expect.trap_code is not None:
        assert outcome.trap_code == expect.trap_code
    if expect.runtime_error_line is not None:
        assert (outcome.file, outcome.line) == (program.id, expect.runtime_error_line)
    if outcome.exit_status is not None:  # it halted, or stopped on its own uncaught error
        default = 0 if outcome.status == "halted" else UNCAUGHT_EXIT_STATUS
        assert outcome.exit_status == (expect.exit_status if expect.exit_status is not None else default)
    if expect.stderr is not None:
        # The driver's error report ends with what the language itself would say (its indentation
        # aside, as the reference's last line is compared: java indents its stack trace with a tab).
        # A run that halted: the last line the program itself wrote to its standard error.
        report = outcome.stderr if outcome.status == "halted" else outcome.message
        last = [line.strip() for line in report.splitlines()[-1:]]
        assert last == [expect.stderr], outcome.message


@pytest.mark.parametrize("program", REFERENCED, ids=_ids)
def test_reference_agrees(program: Program) -> None:
    reference = program.language.reference
    assert reference is not None
    expect = program.expect
    found = outcome_or_fail(REFERENCE, reference, program.source, program.path.name, expect.stdin)
    assert found.status == "exited", f"{reference.name}: {found.status}\n{found.stderr_last}"
    assert found.stdout == expect.output
    if expect.runtime_error is None or expect.exit_status is not None:  # a run to the end exits with 0
        wanted = expect.exit_status or 0
        assert found.exit_status == wanted, f"{reference.name}'s exit status; stderr: {found.stderr_last}"
    if expect.stderr is not None:
        assert found.stderr_last == expect.stderr
