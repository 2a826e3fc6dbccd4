"""Assembly and load errors as data, rendered with file, line, column and a caret."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One error in a source file. Lines and columns count from 1."""

    file: str
    line: int
    column: int
    message: str

    def header(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: error: {self.message}"

    def render(self, source: str) -> str:
        """`FILE:LINE:COL: error: MESSAGE`, then the source line and a caret under the column."""
        lines = source.splitlines()
        if not 1 <= self.line <= len(lines):
            return self.header()
        text = lines[self.line - 1]
        # Keep tabs so that the caret lines up however the terminal expands them.
        pad = "".join("\t" if ch == "\t" else " " for ch in text[: self.column - 1])
        return f"{self.header()}\n{text}\n{pad}^"

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "column": self.column, "message": self.message}


class AssemblyError(Exception):
    """Every error of one assembly, in source order."""

    def __init__(self, diagnostics: list[Diagnostic], source: str = "") -> None:
        self.diagnostics = diagnostics
        self.source = source
        super().__init__(self.render())

    def render(self) -> str:
        return "\n".join(d.render(self.source) for d in self.diagnostics)

    def __str__(self) -> str:
        return self.render()


class LoadError(Exception):
    """A program that cannot be loaded: a bad deck, or a Store too small for its data and heap."""
