"""Reading the expectations written in an IR test program's comments (ARCHITECTURE.md principle 5).

; expect: LINE                    one line of output, in order
; stdin: TEXT                     one line of the program's input
; expect runtime error: NAME [N]  the run stops with that trap (N: the code of `trap N`)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "ir"


@dataclass(slots=True)
class Expectations:
    output_lines: list[str] = field(default_factory=list)
    stdin: str = ""
    status: str = "halted"
    trap_code: int | None = None

    @property
    def output(self) -> str:
        return "".join(line + "\n" for line in self.output_lines)


def read_expectations(source: str) -> Expectations:
    expect = Expectations()
    stdin: list[str] = []
    for line in source.splitlines():
        if m := re.match(r"; expect: ?(.*)$", line):
            expect.output_lines.append(m.group(1).rstrip())
        elif m := re.match(r"; stdin: ?(.*)$", line):
            stdin.append(m.group(1))
        elif m := re.match(r"; expect runtime error: (\w+)(?: (\d+))?", line):
            expect.status = m.group(1)
            expect.trap_code = int(m.group(2)) if m.group(2) else None
    if stdin:
        expect.stdin = "\n".join(stdin) + "\n"
    return expect


def all_programs() -> list[Path]:
    return sorted(PROGRAMS.glob("*.ir"))
