"""Every System F block in the course's lessons runs on the Engine (a lesson's "Run on the Engine" button
opens it in the playground) and prints what the core interpreter, System F's oracle, prints, and what the
lesson's text says it prints (the outputs below are the text's, each worked by hand there)."""

from __future__ import annotations

import pytest

from compilers import driver
from compilers.core.interp import run_program
from compilers.diagnostics import DiagnosticBag
from compilers.frontends.systemf.check import check
from compilers.frontends.systemf.lexer import lex
from compilers.frontends.systemf.lower import to_core
from compilers.frontends.systemf.parser import parse
from compilers.tests.lesson_blocks import lesson_blocks

# (input, output) runs of each block, as the lesson's text states them.
SAID = {
    "06-the-lambda-calculus-and-types/03-system-f.md#0": [("", "42\ntrue\ntrue\n")],
    "06-the-lambda-calculus-and-types/03-system-f.md#1": [("", "5\n6\n8\n")],
    "06-the-lambda-calculus-and-types/03-system-f.md#2": [("", "true\nfalse\n")],
    "06-the-lambda-calculus-and-types/05-fix-and-normalisation.md#0": [("", "42\n3\n")],
    "06-the-lambda-calculus-and-types/05-fix-and-normalisation.md#1": [("", "3628800\n5000050000\n")],
    "06-the-lambda-calculus-and-types/05-fix-and-normalisation.md#2": [("1 2 3\n", "6\n"), ("", "0\n")],
}


BLOCKS = lesson_blocks("systemf")


def test_every_block_has_what_its_lesson_says_it_prints() -> None:
    assert sorted(where for where, _ in BLOCKS) == sorted(SAID)


@pytest.mark.parametrize(("where", "source"), BLOCKS, ids=[where for where, _ in BLOCKS])
def test_a_lesson_block_runs_as_its_lesson_says(where: str, source: str) -> None:
    result = driver.compile("systemf", source, driver.CompileOptions(), filename="lesson.sf")
    assert result.ok, f"{where}:\n{result.render_diagnostics()}"
    diags = DiagnosticBag()
    core = to_core(check(parse(lex(source, "lesson.sf", diags), diags), diags))
    for stdin, output in SAID.get(where, []):
        run = driver.run_compiled(result, stdin=stdin, max_steps=20_000_000)
        assert run.ok, f"{where}: {run.message}"
        assert run.output == output
        oracle = run_program(core, stdin=stdin, max_steps=20_000_000)
        assert oracle.output == output, where


def test_the_notes_on_fix_the_lesson_quotes() -> None:
    said = dict(BLOCKS)
    lesson = "06-the-lambda-calculus-and-types/05-fix-and-normalisation.md"
    folds = driver.compile("systemf", said[f"{lesson}#0"], filename="lesson.sf")
    assert any(
        d.message
        == "this program does not use fix: System F without fix is strongly normalising, so it terminates"
        for d in folds.diagnostics
    )
    recursive = driver.compile("systemf", said[f"{lesson}#1"], filename="lesson.sf")
    assert any(
        d.message.startswith("this program uses fix (line 1, 4): general recursion, so it need not terminate")
        for d in recursive.diagnostics
    )
