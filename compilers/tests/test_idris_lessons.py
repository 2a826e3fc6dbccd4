"""Module 7's Idris: every Idris block of the course's lessons, and the Idris exercises.

Each block checks and prints what its lesson says it prints, or reports the hole its lesson shows; the
exercises are published, and their reference solutions are judged against their tests by
execution/tests/test_content.py, which also checks that each starter gives the diagnostic its file
names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from compilers import driver, registry
from compilers.tests.lesson_blocks import CONTENT, lesson_blocks

BLOCKS = lesson_blocks("idris")


def _idris_runs() -> bool:
    """Whether Idris programs can run (a front-end that exists but fails to import raises: an error to
    see, as everywhere in the registry)."""
    idris = registry.get("idris")
    assert idris is not None
    return idris.available


# What each block prints, as its lesson's text says (each worked by hand there).
SAID = {
    "07-types-as-proofs/01-propositions-as-types.md#0": 'All proofs checked.\n("Note G", 1843)\n',
    "07-types-as-proofs/02-martin-lof-and-dependent-types.md#0": (
        "2\n[2, 3, 5, 7, 1, 4, 9]\n[(1, \"one\"), (4, \"four\"), (9, \"nine\")]\n['x', 'x', 'x']\n2\n[2, 4]\n"
    ),
    "07-types-as-proofs/03-proofs-by-induction.md#0": (
        "plusZeroRight, plusSuccRight and plusComm are proved.\n"
    ),
    "07-types-as-proofs/04-idris-and-totality.md#0": "Printer\n4\n111\nNothing\nJust 111\n",
}
# Blocks with a hole: the checker reports the hole's goal (the lesson's text shows it) instead of running.
HOLES = {
    "07-types-as-proofs/03-proofs-by-induction.md#1": "help : plus k 0 = k",
}

EXERCISES = [
    path
    for path in sorted(CONTENT.glob("*/exercises/*.yaml"))
    if yaml.safe_load(path.read_text(encoding="utf-8"))["language"] == "idris"
]


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def test_every_idris_block_is_accounted_for() -> None:
    assert sorted(where for where, _ in BLOCKS) == sorted([*SAID, *HOLES])


@pytest.mark.parametrize(("where", "source"), BLOCKS, ids=[where for where, _ in BLOCKS])
def test_a_lesson_block_runs_as_its_lesson_says(where: str, source: str) -> None:
    result = driver.compile("idris", source, driver.CompileOptions(), filename="lesson.idr")
    if where in HOLES:
        assert not result.ok, f"{where}: the hole was not reported"
        assert any(HOLES[where] in d.message for d in result.diagnostics), result.render_diagnostics()
        return
    assert result.ok, f"{where}:\n{result.render_diagnostics()}"
    run = driver.run_compiled(result, max_steps=20_000_000)
    assert run.ok, f"{where}: {run.message}"
    assert run.output == SAID[where]


def test_the_course_has_six_idris_exercises_for_module_7() -> None:
    lessons = {_load(path)["lesson"] for path in EXERCISES}
    assert len(EXERCISES) >= 6
    assert all(path.parent.parent.name == "07-types-as-proofs" for path in EXERCISES)
    assert lessons == {"martin-lof-and-dependent-types", "proofs-by-induction", "idris-and-totality"}


@pytest.mark.parametrize("path", EXERCISES, ids=[p.stem for p in EXERCISES])
def test_an_idris_exercise_has_hidden_tests_hints_and_a_reference(path: Path) -> None:
    data = _load(path)
    tests = data["tests"]
    assert any(t["visible"] for t in tests) and any(not t["visible"] for t in tests)
    assert all(t["expected"].endswith("\n") for t in tests)
    assert len(data["hints"]) >= 2
    assert data["solution"].strip() != data["starter"].strip()
    # Every starter is refused by the checker (a hole to fill, or a type error to repair), and its
    # file names a fragment of that diagnostic.
    assert data["starter_diagnostic"]
    assert data["starter_diagnostic"] not in data["solution"]


@pytest.mark.parametrize("path", EXERCISES, ids=[p.stem for p in EXERCISES])
def test_an_idris_exercise_is_published_and_its_solution_checks(path: Path) -> None:
    # Idris programs run, so students see the exercise; the judge runs the reference solution against
    # its tests in execution/tests/test_content.py.
    assert _idris_runs()
    assert _load(path).get("published") is True
    compiled = driver.compile("idris", _load(path)["solution"], filename=f"{path.stem}.idr")
    assert compiled.ok, compiled.render_diagnostics()
