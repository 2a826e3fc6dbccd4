"""Every C block in the course's lessons runs on the Engine and prints what gcc's build prints (a lesson's
"Run on the Engine" button opens it in the playground)."""

from __future__ import annotations

import pytest

from compilers import driver, registry
from compilers.tests.harness import ReferenceRunner, outcome_or_fail
from compilers.tests.lesson_blocks import lesson_blocks

BLOCKS = lesson_blocks("c")
REFERENCE = ReferenceRunner()


def test_the_lessons_have_c_blocks() -> None:
    assert BLOCKS


@pytest.mark.parametrize(("where", "source"), BLOCKS, ids=[where for where, _ in BLOCKS])
def test_a_lesson_block_runs_as_gcc_builds_it(where: str, source: str) -> None:
    language = registry.get("c")
    assert language is not None and language.reference is not None
    reference = language.reference
    found = outcome_or_fail(REFERENCE, reference, source, "lesson.c", "")
    assert found.status == "exited" and found.exit_status == 0, f"{where}: gcc: {found.stderr_last}"
    result = driver.compile("c", source, driver.CompileOptions(), filename="lesson.c")
    assert result.ok, f"{where}:\n{result.render_diagnostics()}"
    run = driver.run_compiled(result, max_steps=20_000_000)
    assert run.ok, f"{where}: {run.message}"
    assert run.output == found.stdout
