"""Every Java block in the course's lessons runs on the Engine and prints what java prints (a lesson's
"Run on the Engine" button opens it in the playground); every Java exercise's expected outputs are what
java prints for its reference solution and the reference solution passes them on the Engine (that every
starter fails a test is checked for every exercise in execution/tests/test_content.py)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml

from compilers import driver
from compilers.tests.lesson_blocks import CONTENT, lesson_blocks

BLOCKS = lesson_blocks("java")


def java(source: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The source-file launcher, which compiles with javac and runs the file's first class."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Main.java"
        path.write_text(source, encoding="utf-8")
        return subprocess.run(["java", str(path)], capture_output=True, text=True, input=stdin, timeout=120)


def test_the_lessons_have_java_blocks() -> None:
    assert BLOCKS


@pytest.mark.parametrize(("where", "source"), BLOCKS, ids=[where for where, _ in BLOCKS])
def test_a_lesson_block_runs_as_in_java(where: str, source: str) -> None:
    reference = java(source)
    assert reference.returncode == 0, f"{where}: java: {reference.stderr}"
    result = driver.compile("java", source, driver.CompileOptions(), filename="Main.java")
    assert result.ok, f"{where}:\n{result.render_diagnostics()}"
    run = driver.run_compiled(result, max_steps=20_000_000)
    assert run.ok, f"{where}: {run.message}"
    assert run.output == reference.stdout


EXERCISES = sorted(CONTENT.glob("*/exercises/*.yaml"))
JAVA_EXERCISES = [p for p in EXERCISES if yaml.safe_load(p.read_text(encoding="utf-8"))["language"] == "java"]


def test_the_course_has_six_java_exercises() -> None:
    assert len(JAVA_EXERCISES) >= 6


@pytest.mark.parametrize("path", JAVA_EXERCISES, ids=[p.stem for p in JAVA_EXERCISES])
def test_an_exercises_expected_outputs_are_what_java_prints(path: Path) -> None:
    """The hidden tests' expected outputs come from the reference toolchain: java running the reference
    solution on each test's input; the reference solution prints them on the Engine too."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = driver.compile("java", data["solution"], driver.CompileOptions(), filename="Main.java")
    assert result.ok, result.render_diagnostics()
    for test in data["tests"]:
        reference = java(data["solution"], test["input"])
        assert reference.returncode == 0 and not reference.stderr, (test["name"], reference.stderr)
        assert reference.stdout == test["expected"], test["name"]
        run = driver.run_compiled(result, stdin=test["input"], max_steps=data["limits"]["max_steps"])
        assert run.ok, (test["name"], run.message)
        assert run.output == test["expected"], test["name"]
