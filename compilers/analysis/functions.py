"""Per function of the program's own source: its lines, cyclomatic complexity, loop nesting depth,
recursion and calls, read from the IR the front-end lowered (before optimising and linking)."""

from __future__ import annotations

import re
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
    source_name: str = ""  # the name the program gives it, found on its first line ("" when not found)

    @property
    def recursive(self) -> str:
        """ "direct", "mutual" or "" (for people and the API)."""
        if not self.recursion:
            return ""
        return "direct" if self.recursion == [self.name] else "mutual"

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "source_name": self.source_name,
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


_IDENTIFIER = re.compile(r"[A-Za-z_][\w\-?!*<>=/+]*")


def _plain(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def source_name(ir_name: str, line_text: str) -> str:
    """The name on the function's first source line that its IR name was made from: each front-end
    decorates the program's name its own way (`gcd`, `u.gcd.1`, `Main.gcd.0`, `core.gcd.1`, LISP's
    `f224_GCD2` for `gcd2`), so the IR name's parts (split at dots, and what follows a numbered prefix's
    underscore) are compared with the line's identifiers, case and punctuation aside; "" when none is."""
    parts = ir_name.split(".")
    parts += [part.split("_", 1)[1] for part in parts if "_" in part]
    wanted = {_plain(part) for part in parts} - {""}
    for word in _IDENTIFIER.findall(line_text):
        if _plain(word) in wanted:
            return word
    return ""


def name_near(ir_name: str, text: list[str], line: int) -> str:
    """The function's own name on its first line with code, or on one of the two before it (a LISP
    `defun`'s name sits on its own line when the body starts on the next)."""
    for number in range(line, max(line - 3, 0), -1):
        if number <= len(text) and (found := source_name(ir_name, text[number - 1])):
            return found
    return ""


def analyse_functions(module: Module, frames: dict[str, int], source: str = "") -> list[FunctionReport]:
    """A report for each of the program's own functions of `module`, in source order (`source`: the
    program's text, where each function's own name is found)."""
    text = source.splitlines()
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
                source_name=name_near(fn.name, text, lines[0]),
            )
        )
    reports.sort(key=lambda r: (r.first_line, r.name))
    return reports
