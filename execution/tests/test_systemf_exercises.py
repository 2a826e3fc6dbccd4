"""Module 6's System F exercises, beyond what test_content checks for every exercise: the type-error
exercise's starter is refused by the type checker with the expression and both types, and the
compiler's note on fix tells the fix exercise's starter (sure to terminate) from its solution (need
not)."""

from __future__ import annotations

from execution import judge, toolchain
from execution.tests.test_content import CONTENT, load

FILES = sorted(CONTENT.glob("06-*/exercises/*.yaml"))


def _tests(data: dict[str, object]) -> list[judge.TestSpec]:
    raw = data["tests"]
    assert isinstance(raw, list)
    return [
        judge.TestSpec(t["name"], t.get("input", ""), t["expected"], t.get("visible", False)) for t in raw
    ]


def test_module_six_has_four_system_f_exercises_at_least() -> None:
    languages = [load(path)["language"] for path in FILES]
    assert languages.count("systemf") >= 4


def test_the_type_error_starter_shows_the_expression_and_both_types() -> None:
    data = load(next(p for p in FILES if p.stem == "fix-the-types"))
    compiled = toolchain.compile_program("systemf", data["starter"], store_size=None)
    assert not compiled.ok
    errors = [(d.span.line, d.span.column, d.message) for d in compiled.diagnostics if d.severity == "error"]
    assert (2, 63, "in the argument of `g`: `x` has type A, but B was expected") in errors


def test_the_note_on_fix_changes_when_the_starter_is_solved() -> None:
    data = load(next(p for p in FILES if p.stem == "collatz-with-fix"))
    notes = {}
    for which in ("starter", "solution"):
        compiled = toolchain.compile_program("systemf", data[which], store_size=None)
        assert compiled.ok
        notes[which] = [d.message for d in compiled.diagnostics if d.severity == "note"]
    assert notes["starter"][0].startswith("this program does not use fix")
    assert notes["solution"][0].startswith("this program uses fix (line 6, 9)")
