"""Assembly as data, so the peephole pass can look at instructions rather than text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

REGISTERS = ("A", "B", "C", "D", "SP", "FP")


@dataclass(slots=True)
class Asm:
    """One line of assembly: a label (op is None) or an instruction with its source line."""

    op: str | None = None
    args: tuple[str, ...] = ()
    label: str | None = None
    line: int | None = None

    @property
    def is_label(self) -> bool:
        return self.label is not None

    def text(self) -> str:
        if self.label is not None:
            return f"{self.label}:"
        assert self.op is not None
        if not self.args:
            return f"        {self.op}"
        return f"        {self.op:<6} " + ", ".join(self.args)


def instr(op: str, *args: str, line: int | None = None) -> Asm:
    return Asm(op, tuple(args), None, line)


def label(name: str) -> Asm:
    return Asm(None, (), name)


def quote_file(name: str) -> str:
    """A file name as the string operand of `.file`."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def render(lines: list[Asm], files: dict[str, str] | None = None, file: str | None = None) -> list[str]:
    """Text lines, with a `.line N` directive wherever the source line changes (ISA.md section 4).

    files: function label -> the file its lines refer to; a `.file` directive goes before a function
    whose file is not the one in force (`file`, what the caller declared first), so that a runtime
    routine's lines are read as lines of its own file, and the program's as the program's."""
    out: list[str] = []
    render_into(out, lines, files, file, None)
    return out


def render_into(
    out: list[str],
    lines: Sequence[Asm],
    files: dict[str, str] | None,
    file: str | None,
    current: int | None,
) -> tuple[str | None, int | None]:
    """render's work on part of a listing: appends to `out`, starting with the file and the source
    line in force (None: none yet), and returns the two as they stand after it, for the next part."""
    append = out.append
    for item in lines:  # every line of a compile's own code passes here: Asm.text is inlined below
        name, op = item.label, item.op
        if name is not None and files is not None:
            owner = files.get(name)
            if owner is not None and owner != file:
                append(f"        .file {quote_file(owner)}")
                file = owner
                current = None  # the same number in another file is another line
        if op is not None:
            line = item.line
            if line is not None and line != current:
                append(f"        .line {line}")
                current = line
        if name is not None:
            append(name + ":")
        elif item.args:
            append(f"        {op:<6} " + ", ".join(item.args))
        else:
            append(f"        {op}")
    return file, current
