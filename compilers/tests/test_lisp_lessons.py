"""Every LISP block in the course's lessons runs on the Engine and prints what SBCL prints (a lesson's
"Run on the Engine" button opens it in the playground); every LISP exercise's expected outputs are SBCL's,
(that every starter fails a test is checked for every exercise in execution/tests/test_content.py)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml

from compilers import driver
from compilers.tests.lesson_blocks import CONTENT, lesson_blocks

BLOCKS = lesson_blocks("lisp")


def sbcl(source: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".lisp", encoding="utf-8") as file:
        file.write(source)
        file.flush()
        return subprocess.run(
            ["sbcl", "--script", file.name], capture_output=True, text=True, input=stdin, timeout=60
        )


def test_the_lessons_have_lisp_blocks() -> None:
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize(("where", "source"), BLOCKS, ids=[where for where, _ in BLOCKS])
def test_a_lesson_block_runs_as_in_sbcl(where: str, source: str) -> None:
    reference = sbcl(source)
    assert reference.returncode == 0, f"{where}: SBCL: {reference.stderr}"
    result = driver.compile("lisp", source, driver.CompileOptions(), filename="lesson.lisp")
    assert result.ok, f"{where}:\n{result.render_diagnostics()}"
    run = driver.run_compiled(result, max_steps=20_000_000)
    assert run.ok, f"{where}: {run.message}"
    assert run.output == reference.stdout


EXERCISES = sorted(CONTENT.glob("*/exercises/*.yaml"))
LISP_EXERCISES = [p for p in EXERCISES if yaml.safe_load(p.read_text(encoding="utf-8"))["language"] == "lisp"]


def test_the_course_has_six_lisp_exercises() -> None:
    assert len(LISP_EXERCISES) >= 6


@pytest.mark.parametrize("path", LISP_EXERCISES, ids=[p.stem for p in LISP_EXERCISES])
def test_an_exercises_expected_outputs_are_what_sbcl_prints(path: Path) -> None:
    """The hidden tests' expected outputs come from the reference toolchain: SBCL running the reference
    solution on each test's input (the judge's own test, execution/tests/test_content.py, runs the
    reference on the Engine)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for test in data["tests"]:
        reference = sbcl(data["solution"], test["input"])
        assert reference.returncode == 0 and not reference.stderr, (test["name"], reference.stderr)
        assert reference.stdout == test["expected"], test["name"]
