"""The deterministic explainer: every diagnostic code, trap and way a run ends has an explanation, and each
explanation names the program's own facts. No database: the explainer is pure."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from babbage.result import LIMIT_TRAPS, TRAPS
from compilers import driver
from compilers.tests.harness.discovery import Program, all_programs
from execution.explain import RunFacts, TestFacts, explain
from execution.explain.catalog import DIAGNOSTICS, STATUSES, TRAP_NUMBERS
from execution.explain.catalog import TRAPS as TRAP_ADVICE
from execution.explain.difference import first_difference
from execution.explain.inventory import diagnostic_codes
from execution.models import FINAL_STATUSES, RunStatus

CODES = diagnostic_codes()
# Final statuses explained by something else: diagnostics (compile_error), traps (runtime_error and the
# limits), the tests (wrong_answer), or nothing to explain (completed, accepted).
_STATUSES_EXPLAINED_ELSEWHERE = {
    RunStatus.COMPLETED,
    RunStatus.ACCEPTED,
    RunStatus.COMPILE_ERROR,
    RunStatus.RUNTIME_ERROR,
    *LIMIT_TRAPS,
}


def test_the_inventory_finds_the_codes_of_every_kind_of_reporter() -> None:
    # One of each way a code is written: DiagnosticBag, a checker's own helper with a default code, a card
    # diagnostic's field, a constructor's positional code.
    kinds = ("syntax", "type", "type_mismatch", "undeclared", "malformed_card", "out_of_range", "assembly")
    for code in kinds:
        assert code in CODES, code


def test_every_diagnostic_code_of_every_language_has_an_explanation() -> None:
    missing = {code: f"{use[0].path}:{use[0].line}" for code, use in CODES.items() if code not in DIAGNOSTICS}
    assert not missing, f"codes without an explanation in execution/explain/catalog.py: {missing}"


def test_no_explanation_is_kept_for_a_code_no_one_reports() -> None:
    assert set(DIAGNOSTICS) <= set(CODES), set(DIAGNOSTICS) - set(CODES)


def test_every_trap_of_the_engine_and_of_the_runtime_has_an_explanation() -> None:
    assert set(TRAP_ADVICE) == set(TRAPS)
    assert set(TRAP_NUMBERS) == set(driver.TRAP_MESSAGES)


def test_every_other_final_status_has_an_explanation() -> None:
    assert {str(s) for s in FINAL_STATUSES} - _STATUSES_EXPLAINED_ELSEWHERE <= set(STATUSES)


def test_a_new_code_without_an_explanation_is_found(tmp_path: Path) -> None:
    package = tmp_path / "compilers" / "frontends" / "newlang"
    package.mkdir(parents=True)
    (package / "check.py").write_text(
        textwrap.dedent(
            """
            class Checker:
                def error(self, message, span, code="newlang_type"):
                    self.diags.error(code, message, span)

                def visit(self, node):
                    self.error("no", node.span, "newlang_scope")
                    self.bag.error("newlang_syntax", "no", node.span)
            """
        )
    )
    found = diagnostic_codes([tmp_path / "compilers"])
    assert {"newlang_type", "newlang_scope", "newlang_syntax"} <= set(found)
    assert not {"newlang_type", "newlang_scope", "newlang_syntax"} <= set(DIAGNOSTICS)


# --- Real programs: the compilers' error programs and runtime-error programs -----------------------------
_ERRORS = [p for p in all_programs() if p.expect.errors]
_TRAPS = [p for p in all_programs() if p.expect.runtime_error]


@pytest.mark.parametrize("program", _ERRORS, ids=lambda p: p.id)
def test_each_compile_error_is_explained_with_its_own_line(program: Program) -> None:
    compiled = driver.compile(program.language.key, program.source, filename=program.path.name)
    diagnostics = [d.as_dict() for d in compiled.diagnostics]
    facts = RunFacts(program.language.key, program.source, "compile_error", diagnostics=tuple(diagnostics))
    explained = explain(facts)
    errors = [d for d in diagnostics if d["severity"] == "error"]
    assert errors and len(explained) == len(errors)
    lines = program.source.splitlines()
    for diagnostic, explanation in zip(errors, explained, strict=True):
        assert explanation.key == diagnostic["code"]
        assert explanation.key in DIAGNOSTICS  # never the generic text
        assert str(diagnostic["message"]).splitlines()[0] in explanation.what
        line = int(str(diagnostic["line"]))
        if 1 <= line <= len(lines):
            assert explanation.source_text == lines[line - 1]
            assert f"Line {line}, column {diagnostic['column']}" in explanation.what


@pytest.mark.parametrize("program", _TRAPS, ids=lambda p: p.id)
def test_each_runtime_error_is_explained_by_its_trap(program: Program) -> None:
    # The trap, its number and its line as the harness checks them against the real run.
    expect = program.expect
    trap = str(expect.runtime_error)
    number = expect.trap_code
    message = f"TRAP {number}: {driver.TRAP_MESSAGES[number]}" if number in driver.TRAP_MESSAGES else trap
    status = trap if trap in LIMIT_TRAPS else "runtime_error"
    facts = RunFacts(
        program.language.key,
        program.source,
        status,
        trap=trap,
        trap_message=message,
        trap_line=expect.runtime_error_line,
        max_steps=expect.max_steps,
    )
    [explanation] = explain(facts)
    assert explanation.key == (f"trap_{number}" if trap == "trap" and number in TRAP_NUMBERS else trap)
    if expect.runtime_error_line:
        line = program.source.splitlines()[expect.runtime_error_line - 1]
        assert explanation.source_text == line
        if line.strip():
            assert f"line {expect.runtime_error_line} (`{line.strip()}`)" in explanation.what


def test_the_next_step_is_written_for_the_language() -> None:
    c = explain(RunFacts("c", "x\n", "runtime_error", trap="division_by_zero", trap_line=1))[0]
    py = explain(RunFacts("python", "x\n", "runtime_error", trap="division_by_zero", trap_line=1))[0]
    assert "if (n != 0)" in c.next_step
    assert "if n != 0:" in py.next_step


def test_an_uncaught_exception_is_trap_4_with_its_report() -> None:
    source = "def f():\n    raise ValueError('bad')\nf()\n"
    report = 'Traceback (most recent call last):\n  File "<input>", line 2, in f\nValueError: bad'
    [e] = explain(RunFacts("python", source, "runtime_error", trap="trap", trap_message=report, trap_line=2))
    assert e.key == "trap_4"
    assert "ValueError: bad" in e.what
    assert e.source_text == "    raise ValueError('bad')"
    assert "try" in e.next_step


def test_the_budget_names_its_size_and_the_line_it_was_at() -> None:
    source = "int main(void) {\n  while (1) { }\n}\n"
    facts = RunFacts("c", source, "budget_exhausted", trap="budget_exhausted", trap_line=2, max_steps=1000)
    [e] = explain(facts)
    assert e.kind == "limit"
    assert "1,000 instructions" in e.what and "while (1) { }" in e.what


def test_a_wrong_answer_marks_the_first_difference() -> None:
    test = TestFacts("sums", "wrong_answer", True, input="2 3\n", expected="5\n10\n", actual="5\n11\n")
    [e] = explain(RunFacts("c", "", "wrong_answer", tests=(test,)))
    assert e.test == "sums" and e.difference is not None
    assert (e.difference.line, e.difference.column) == (2, 2)
    assert "line 2, column 2: expected '0', got '1'" in e.what
    assert e.difference.marker == " ^"
    assert "'2 3'" in e.what  # the test's own input
    assert e.notes == ()  # no program given: no line that prints


def test_a_wrong_answer_names_the_lines_that_print() -> None:
    source = '#include <stdio.h>\nint main(void) {\n    int x = 2;\n    printf("%d\\n", x + x);\n}\n'
    test = TestFacts("t", "wrong_answer", True, expected="5\n", actual="4\n")
    [e] = explain(RunFacts("c", source, "wrong_answer", tests=(test,)))
    assert e.notes == ('Your program prints at line 4 `printf("%d\\n", x + x);`.',)


def test_a_missing_line_break_gets_the_language_s_way_to_end_a_line() -> None:
    test = TestFacts("lines", "wrong_answer", True, expected="1\n2\n", actual="12\n")
    [c] = explain(RunFacts("c", "", "wrong_answer", tests=(test,)))
    [java] = explain(RunFacts("java", "", "wrong_answer", tests=(test,)))
    assert '"\\n"' in c.next_step
    assert "println" in java.next_step


def test_a_hidden_test_is_explained_by_its_status_only() -> None:
    test = TestFacts("secret", "wrong_answer", False, message="A hidden test gave a different output.")
    [e] = explain(RunFacts("c", "", "wrong_answer", tests=(test,)))
    assert e.difference is None
    assert "A hidden test gave a different output." in e.what
    assert "edges" in e.next_step


def test_a_test_that_trapped_is_explained_by_its_trap() -> None:
    test = TestFacts(
        "big",
        "runtime_error",
        True,
        input="5\n",
        expected="1\n",
        message="The Engine stopped with trap at line 1: TRAP 5: assertion or bounds check failed",
        trap="trap",
        trap_line=1,
    )
    [e] = explain(RunFacts("python", "print([][3])\n", "runtime_error", tests=(test,)))
    assert e.key == "trap_5" and e.test == "big"
    assert e.source_text == "print([][3])"


def test_a_test_the_site_failed_is_not_called_a_wrong_answer() -> None:
    test = TestFacts(
        "t", "internal_error", True, expected="1\n", message="The test's cards could not be loaded"
    )
    [e] = explain(RunFacts("cards", "", "internal_error", tests=(test,)))
    assert (e.key, e.difference) == ("internal_error", None)
    assert "could not be loaded" in e.what and "our side" in e.title


def test_a_run_that_went_well_needs_no_explanation() -> None:
    assert explain(RunFacts("c", "", "completed", exit_status=0)) == []
    [e] = explain(RunFacts("c", "", "completed", exit_status=3))
    assert e.key == "exit_status" and "exit status 3" in e.what


@pytest.mark.parametrize(
    ("expected", "actual", "summary"),
    [
        ("1\n2\n", "1\n3\n", "line 2, column 1: expected '2', got '3'"),
        ("1\n2\n", "1\n2", "line 2: the output lacks the newline that ends this line"),
        ("1\n2", "1\n2\n", "line 2: the output has an extra newline at the end of this line"),
        ("1\n2\n", "1\n", "line 2: the output stops here; the expected output goes on with '2'"),
        ("1\n", "1\n2\n", "line 2: the output goes on with '2' where the expected output ends"),
        ("ab\n", "abc\n", "line 1, column 3: expected the end of the line, got 'c'"),
        ("a \n", "a\n", "line 1, column 2: the line differs only in spaces at its end"),
    ],
)
def test_first_difference(expected: str, actual: str, summary: str) -> None:
    found = first_difference(expected, actual)
    assert found is not None and found.summary == summary
    assert first_difference(expected, expected) is None
