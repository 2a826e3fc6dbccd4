"""Per function of the program's own source: its lines, cyclomatic complexity, loop nesting depth,
recursion and calls, read from the IR the front-end lowered (before optimising and linking)."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.analysis import calls, cfg
from compilers.ir.nodes import Function, Module


@dataclass(frozen=True, slots=True)
class FunctionReport:
    name: str  # the IR's name (a front-end's own spelling: `gcd`, `u.gcd.1`, `Main.gcd.0`)
    first_line: int
    last_line: int
    complexity: int
    loop_depth: int
    recursion: list[str]  # the functions of its recursion (itself included); empty: it does not recurse
    calls: list[str]  # the program's functions it calls by name, in order of first call
    library_calls: list[str]  # the runtime's and the prelude's routines it calls by name
    indirect_calls: int  # calls through a value, whose callee the run decides
    frame_words: int | None  # the words one activation takes on the stack (None: not compiled on its own)

    @property
    def recursive(self) -> str:
        """ "direct", "mutual" or "" (for people and the API)."""
        if not self.recursion:
            return ""
        return "direct" if self.recursion == [self.name] else "mutual"

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "lines": [self.first_line, self.last_line],
            "complexity": self.complexity,
            "loop_depth": self.loop_depth,
            "recursive": self.recursive,
            "recursion": self.recursion,
            "calls": self.calls,
            "library_calls": self.library_calls,
            "indirect_calls": self.indirect_calls,
            "frame_words": self.frame_words,
        }


def source_lines(fn: Function) -> list[int]:
    """The source lines the function's instructions carry, sorted."""
    lines = {line for block in fn.blocks for ins in block.instrs if (line := getattr(ins, "line", None))}
    if fn.line:
        lines.add(fn.line)
    return sorted(lines)


def is_own(fn: Function) -> bool:
    """Whether the function comes from the program's own source. The runtime's routines name their own
    file (Function.file) and are linked only after lowering; a front-end's prelude written in the
    language itself (LISP's FORMAT, Java's Object methods) is lowered with the program but carries no
    line of it. Either way, a function with no line of the program is not the program's."""
    return fn.file is None and bool(source_lines(fn))


def analyse_functions(module: Module, frames: dict[str, int]) -> list[FunctionReport]:
    """A report for each of the program's own functions of `module`, in source order."""
    graph = calls.call_graph(module)
    recursion = calls.recursions(graph)
    own = {fn.name for fn in module.functions if is_own(fn)}
    reports: list[FunctionReport] = []
    for fn in module.functions:
        if not is_own(fn) or not fn.blocks:
            continue
        lines = source_lines(fn)
        g = cfg.graph(fn)
        reports.append(
            FunctionReport(
                name=fn.name,
                first_line=lines[0],
                last_line=lines[-1],
                complexity=cfg.complexity(g),
                loop_depth=cfg.loop_depth(g),
                recursion=recursion.get(fn.name, []),
                calls=[c for c in calls.direct_callees(fn) if c in own],
                library_calls=[c for c in calls.direct_callees(fn) if c not in own],
                indirect_calls=calls.indirect_calls(fn),
                frame_words=frames.get(fn.name),
            )
        )
    reports.sort(key=lambda r: (r.first_line, r.name))
    return reports
