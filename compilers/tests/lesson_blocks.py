"""The fenced code blocks of one language in the course's lessons (curriculum/content/*/*.md): each one
has a "Run on the Engine" button, so the tests run each one."""

from __future__ import annotations

import re
from pathlib import Path

CONTENT = Path(__file__).resolve().parents[2] / "curriculum" / "content"


def lesson_blocks(fence: str) -> list[tuple[str, str]]:
    """(where, source) of every block fenced as ```fence, where is `module-dir/lesson.md#index`."""
    block = re.compile(r"```" + re.escape(fence) + r"\n(.*?)```", re.DOTALL)
    found = []
    for lesson in sorted(CONTENT.glob("*/*.md")):
        for index, match in enumerate(block.finditer(lesson.read_text(encoding="utf-8"))):
            found.append((f"{lesson.parent.name}/{lesson.name}#{index}", match.group(1)))
    return found
