"""A line diff of two programs, as data for a page to render (the submission history): hunks of context,
removed and added lines, each with its line numbers in the old and the new program. Pure: difflib only."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

CONTEXT_LINES = 3
# Past this many lines in either program the diff is not computed (difflib is quadratic in the worst case).
MAX_LINES = 5_000

Kind = Literal["hunk", "context", "removed", "added", "skipped"]


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: Kind
    text: str
    old: int | None = None  # line number in the old program (context and removed lines)
    new: int | None = None  # line number in the new program (context and added lines)

    @property
    def sign(self) -> str:
        return {"removed": "-", "added": "+"}.get(self.kind, " ")


def source_diff(old: str, new: str, *, context: int = CONTEXT_LINES) -> list[DiffLine]:
    """The changes from `old` to `new` in unified form; empty when the programs are the same line for line.
    A hunk line reads like a unified diff's header, "@@ -3,4 +3,6 @@"."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    if old_lines == new_lines:
        return []
    if max(len(old_lines), len(new_lines)) > MAX_LINES:
        return [DiffLine("skipped", f"The programs are too long to compare (over {MAX_LINES} lines).")]
    lines: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        first, last = group[0], group[-1]
        old_start, old_end, new_start, new_end = first[1], last[2], first[3], last[4]
        lines.append(
            DiffLine("hunk", f"@@ {_range('-', old_start, old_end)} {_range('+', new_start, new_end)} @@")
        )
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(
                    DiffLine("context", old_lines[i], old=i + 1, new=j + 1)
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                )
                continue
            if tag in ("replace", "delete"):
                lines.extend(DiffLine("removed", old_lines[i], old=i + 1) for i in range(i1, i2))
            if tag in ("replace", "insert"):
                lines.extend(DiffLine("added", new_lines[j], new=j + 1) for j in range(j1, j2))
    return lines


def _range(sign: str, start: int, end: int) -> str:
    """A unified diff's range as GNU diff -u writes it: first line (1-based) and count, the count left out
    when it is 1; an empty range names the line before it."""
    count = end - start
    first = start + 1 if count else start
    return f"{sign}{first}" if count == 1 else f"{sign}{first},{count}"
