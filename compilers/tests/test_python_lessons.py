"""Every Python block in the course's lessons runs on the Engine and prints what CPython prints (a lesson's
"Run on the Engine" button opens it in the playground)."""

from __future__ import annotations

import subprocess

import pytest

from compilers import driver
from compilers.tests.lesson_blocks import lesson_blocks

BLOCKS = lesson_blocks("python")


def test_the_lessons_have_python_blocks() -> None:
    assert BLOCKS


@pytest.mark.parametrize(("where", "source"), BLOCKS, ids=[where for where, _ in BLOCKS])
def test_a_lesson_block_runs_as_in_cpython(where: str, source: str) -> None:
    reference = subprocess.run(
        ["python3", "-c", source], capture_output=True, text=True, input="", timeout=60
    )
    assert reference.returncode == 0, f"{where}: CPython: {reference.stderr}"
    result = driver.compile("python", source, driver.CompileOptions(), filename="lesson.py")
    assert result.ok, f"{where}:\n{result.render_diagnostics()}"
    run = driver.run_compiled(result, max_steps=20_000_000)
    assert run.ok, f"{where}: {run.message}"
    assert run.output == reference.stdout
