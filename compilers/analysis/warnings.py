"""Warnings that matter to a student, found in the IR the front-end lowered."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.analysis import cfg
from compilers.analysis.functions import is_own
from compilers.ir.nodes import Function, Module


@dataclass(frozen=True, slots=True)
class Warning:
    code: str  # "unreachable"
    line: int
    function: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "line": self.line, "function": self.function, "message": self.message}


def _lines(fn: Function, labels: set[str]) -> set[int]:
    return {
        line
        for block in fn.blocks
        if block.label in labels
        for ins in block.instrs
        if (line := getattr(ins, "line", None))
    }


def unreachable_code(fn: Function) -> list[Warning]:
    """A line of the program whose code lies only in blocks no path reaches (code after a return, a
    break, an endless loop). A line with code on a reached path too (a `for` line's parts) is not one."""
    dead = set(cfg.unreachable(fn))
    if not dead:
        return []
    reached = {b.label for b in fn.blocks} - dead
    only_dead = sorted(_lines(fn, dead) - _lines(fn, reached))
    return [
        Warning(
            "unreachable", line, fn.name, f"line {line} can never run: no path through {fn.name} reaches it"
        )
        for line in only_dead
    ]


def find_warnings(module: Module) -> list[Warning]:
    found = [w for fn in module.functions if is_own(fn) and fn.blocks for w in unreachable_code(fn)]
    return sorted(found, key=lambda w: (w.line, w.code))
