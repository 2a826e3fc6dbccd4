"""Warnings that matter to a student, found in the IR the front-end lowered."""

from __future__ import annotations

from dataclasses import dataclass

from compilers import registry
from compilers.analysis import cfg, dataflow
from compilers.analysis.functions import is_own, name_near, source_lines
from compilers.ir.nodes import Function, Jump, Module
from compilers.runtime import runtime_library


@dataclass(frozen=True, slots=True)
class Warning:
    code: str  # "unreachable", "loop_never_changes", "used_before_set"
    line: int
    function: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "line": self.line, "function": self.function, "message": self.message}


def _lines(fn: Function, labels: set[str], jumps: bool = True) -> set[int]:
    """The lines the blocks' instructions carry; without `jumps`, a jump's left out (the lowering's glue:
    a `case` label's line marks the jump that falls into it, dead when the case before it ends)."""
    return {
        line
        for block in fn.blocks
        if block.label in labels
        for ins in block.instrs
        if (jumps or not isinstance(ins, Jump)) and (line := getattr(ins, "line", None))
    }


def unreachable_code(fn: Function, shown: str = "") -> list[Warning]:
    """A line of the program whose code lies only in blocks no path reaches (code after a return, a
    break, an endless loop). A line with code on a reached path too (a `for` line's parts) is not one."""
    dead = set(cfg.unreachable(fn))
    if not dead:
        return []
    reached = {b.label for b in fn.blocks} - dead
    only_dead = sorted(_lines(fn, dead, jumps=False) - _lines(fn, reached))
    return [
        Warning(
            "unreachable",
            line,
            fn.name,
            f"line {line} can never run: no path through {shown or fn.name} reaches it",
        )
        for line in only_dead
    ]


def find_warnings(module: Module, lang: str, source: str = "") -> list[Warning]:
    """Unreachable lines, loops that never end once entered, and (in C, whose locals start with no value)
    variables read before they are set, in the program's own functions."""
    language = registry.get(lang)
    stops = dataflow.halting(module, runtime_library(language.namespace if language else ""))
    found: list[Warning] = []
    text = source.splitlines()
    for fn in module.functions:
        if not is_own(fn) or not fn.blocks:
            continue
        lines = source_lines(fn)
        found += unreachable_code(fn, name_near(fn.name, text, lines[0]) if lines else "")
        for line, names in dataflow.unchanging_loops(fn, stops):
            where = line or fn.line or 0
            found.append(
                Warning(
                    "loop_never_changes",
                    where,
                    fn.name,
                    f"the loop at line {where} tests {', '.join(names)}, which nothing in the loop changes: "
                    "once it is entered it never ends",
                )
            )
        if lang == "c":
            for name, line in dataflow.used_before_set(fn):
                where = line or fn.line or 0
                found.append(
                    Warning(
                        "used_before_set",
                        where,
                        fn.name,
                        f"'{name}' may be used at line {where} before it is given a value",
                    )
                )
    return sorted(found, key=lambda w: (w.line, w.code))
