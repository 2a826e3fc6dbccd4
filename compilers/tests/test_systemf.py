"""System F beyond the shared harness: the core interpreter (System F's oracle) runs the elaborated core
of every test program and must print what the program expects; the elaborated core type-checks; every
compile says whether the program uses fix."""

from __future__ import annotations

import pytest

from compilers import driver, registry
from compilers.core.interp import run_program
from compilers.core.typecheck import check_program
from compilers.diagnostics import DiagnosticBag, Severity
from compilers.frontends.systemf.check import check
from compilers.frontends.systemf.lexer import lex
from compilers.frontends.systemf.lower import MADE_BY, to_core
from compilers.frontends.systemf.parser import parse
from compilers.tests.harness import Program, programs

LANGUAGE = registry.get("systemf")
assert LANGUAGE is not None
RUNNING = [p for p in programs(LANGUAGE) if p.expect.compiles]


def _checked(source: str, filename: str = "t.sf") -> tuple[object, DiagnosticBag]:
    diags = DiagnosticBag()
    tree = check(parse(lex(source, filename, diags), diags), diags)
    return tree, diags


@pytest.mark.parametrize("program", RUNNING, ids=lambda p: p.id)
def test_the_core_interpreter_agrees(program: Program) -> None:
    tree, diags = _checked(program.source, program.id)
    assert not diags.has_errors, diags.render(program.source)
    core = to_core(tree)  # type: ignore[arg-type]
    check_program(core, MADE_BY)
    run = run_program(core, stdin=program.expect.stdin, max_steps=program.expect.max_steps)
    assert run.output == program.expect.output
    assert run.status == program.expect.status, run.message
    if program.expect.trap_code is not None:
        assert run.trap_code == program.expect.trap_code


def _notes(source: str) -> list[tuple[int, int, str]]:
    _, diags = _checked(source)
    return [(d.span.line, d.span.column, d.message) for d in diags.items if d.severity is Severity.NOTE]


def test_a_program_without_fix_is_said_to_terminate() -> None:
    notes = _notes("let id = /\\A. \\x:A. x\nprint id [Int] 3\n")
    assert notes == [
        (
            1,
            1,
            "this program does not use fix: System F without fix is strongly normalising, so it terminates",
        )
    ]


def test_a_program_with_fix_is_told_where() -> None:
    source = (
        "print 1\nlet f = fix (\\f:Int -> Int. \\n:Int. n)\nprint f (fix (\\g:Int -> Int. \\m:Int. m) 2)\n"
    )
    [(line, column, message)] = _notes(source)
    assert (line, column) == (2, 9)
    assert message.startswith(
        "this program uses fix (line 2, 3): general recursion, so it need not terminate"
    )


def test_the_driver_compiles_and_runs_system_f() -> None:
    result = driver.compile("systemf", "print (/\\A. \\x:A. x) [Int] 5\n", filename="id.sf")
    assert result.ok, result.render_diagnostics()
    assert driver.run_compiled(result).output == "5\n"
    assert LANGUAGE is not None and LANGUAGE.available


def test_a_type_error_renders_with_its_caret() -> None:
    result = driver.compile("systemf", "let inc = \\n:Int. n + 1\nprint inc true\n", filename="e.sf")
    assert not result.ok
    text = result.render_diagnostics()
    assert "e.sf:2:11: error: in the argument of `inc`: `true` has type Bool, but Int was expected" in text
    assert "              ^~~~" in text
