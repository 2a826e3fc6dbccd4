"""Module 6's Haskell, checked against GHC (the registry's reference for Haskell): every Haskell block in
the course's lessons builds and runs to the end; every Haskell exercise's expected outputs are what GHC
prints for its reference solution; its starter builds and fails at least one test, or, when the exercise
names a `starter_diagnostic`, GHC rejects it too.

The Engine's runs of the same solutions are judged by execution/tests/test_content.py, now that the
exercises are published."""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import pytest
import yaml

from compilers.tests.lesson_blocks import CONTENT, lesson_blocks

BLOCKS = lesson_blocks("haskell")
EXERCISES = sorted(CONTENT.glob("*/exercises/*.yaml"))
HASKELL_EXERCISES = [
    p for p in EXERCISES if yaml.safe_load(p.read_text(encoding="utf-8"))["language"] == "haskell"
]
BUILDS = Path(tempfile.mkdtemp(prefix="haskell-lessons-"))
atexit.register(shutil.rmtree, BUILDS, ignore_errors=True)


@cache
def ghc_build(source: str) -> tuple[Path | None, str]:
    """The executable GHC builds from `source` as the reference does (`ghc -v0 -O0`), or None, and its
    report."""
    assert shutil.which("ghc"), "GHC is not installed: apt-get install -y ghc"
    where = Path(tempfile.mkdtemp(dir=BUILDS))
    (where / "Main.hs").write_text(source, encoding="utf-8")
    exe = where / "program"
    build = subprocess.run(
        ["ghc", "-v0", "-O0", "-outputdir", str(where), "-o", str(exe), str(where / "Main.hs")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return (exe if build.returncode == 0 else None), build.stderr


def ghc_run(source: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    exe, report = ghc_build(source)
    assert exe is not None, f"GHC rejects the program:\n{report}"
    return subprocess.run([str(exe)], capture_output=True, text=True, input=stdin, timeout=60)


def test_the_lessons_have_haskell_blocks() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize(("where", "source"), BLOCKS, ids=[where for where, _ in BLOCKS])
def test_a_lesson_block_builds_and_runs_with_ghc(where: str, source: str) -> None:
    run = ghc_run(source)
    assert run.returncode == 0 and not run.stderr, f"{where}: {run.stderr}"
    assert run.stdout, f"{where} prints nothing"


def test_the_course_has_six_haskell_exercises() -> None:
    assert len(HASKELL_EXERCISES) >= 6


@pytest.mark.parametrize("path", HASKELL_EXERCISES, ids=[p.stem for p in HASKELL_EXERCISES])
def test_an_exercises_expected_outputs_are_what_ghc_prints(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for test in data["tests"]:
        run = ghc_run(data["solution"], test["input"])
        assert run.returncode == 0 and not run.stderr, (test["name"], run.stderr)
        assert run.stdout == test["expected"], test["name"]


@pytest.mark.parametrize("path", HASKELL_EXERCISES, ids=[p.stem for p in HASKELL_EXERCISES])
def test_an_exercises_starter_fails_with_ghc(path: Path) -> None:
    """A student who submits the starter unchanged is not told it is solved: GHC rejects a starter meant
    not to compile, and a starter that compiles gets at least one test wrong."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    exe, report = ghc_build(data["starter"])
    if data.get("starter_diagnostic"):
        assert exe is None, "GHC accepts a starter that should not compile"
        assert data["starter_diagnostic"] in report.replace("\n", " ")
        return
    assert exe is not None, f"the starter does not compile:\n{report}"
    results = [ghc_run(data["starter"], test["input"]) for test in data["tests"]]
    assert any(
        run.returncode != 0 or run.stdout != test["expected"]
        for run, test in zip(results, data["tests"], strict=True)
    ), "the starter passes every test"
