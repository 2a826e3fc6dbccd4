"""System F beyond the shared harness: the core interpreter (System F's oracle) runs the elaborated core
of every test program and must print what the program expects; the elaborated core type-checks; every
compile says whether the program uses fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from compilers import cli, driver, registry
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


def test_the_core_is_a_stage_typed_and_then_erased(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The elaboration is a stage of the driver (Frontend.elaborate): its core, with types and after
    erasure, comes between the syntax tree and the IR, and `emit --stage core|erased` prints it."""
    source = "let id = /\\A. \\x:A. x\nprint id [Int] 5\n"
    result = driver.compile("systemf", source, filename="id.sf")
    assert result.ok, result.render_diagnostics()
    assert "elaborate" in result.stage_seconds
    keys = [stage.key for stage, _ in result.stage_texts()]
    assert keys == ["tokens", "ast", "core", "erased", "ir", "asm", "deck"]
    typed = result.stage_text("core")
    assert "(let! id (forall A (-> 'A 'A)) (tylam A" in typed and "(tyapp id Int)" in typed
    erased = result.stage_text("erased")
    assert "(let! id.1 = (\\!x.2. x.2) in" in erased and "tyapp" not in erased
    path = tmp_path / "id.sf"
    path.write_text(source, encoding="utf-8")
    assert cli.main(["emit", str(path), "--stage", "core"]) == 0
    assert capsys.readouterr().out == typed
    assert cli.main(["emit", str(path), "--stage", "erased"]) == 0
    assert capsys.readouterr().out == erased
    c_file = tmp_path / "m.c"
    c_file.write_text("int main(void) { return 0; }\n", encoding="utf-8")
    assert cli.main(["emit", str(c_file), "--stage", "core"]) == 2
    assert "c has no core stage" in capsys.readouterr().err
