"""The course's runnable code blocks: each fenced block of a language in the lessons, with where it is."""

from __future__ import annotations

import re
from pathlib import Path

CONTENT = Path(__file__).resolve().parents[2] / "curriculum" / "content"


def code_blocks(fence: str) -> list[tuple[str, str]]:
    """(lesson file#index, source) of every ```fence block in the lessons, in course order."""
    block = re.compile(rf"```{re.escape(fence)}\n(.*?)```", re.DOTALL)
    found = []
    for lesson in sorted(CONTENT.glob("*/*.md")):
        for index, match in enumerate(block.finditer(lesson.read_text(encoding="utf-8"))):
            found.append((f"{lesson.parent.name}/{lesson.name}#{index}", match.group(1)))
    return found
