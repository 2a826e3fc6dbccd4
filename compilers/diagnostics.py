"""Diagnostics as data: one type for every stage, rendered for the command line, the API and the editor.

Every token and node carries a Span; a stage that finds a problem adds a Diagnostic to the DiagnosticBag
and goes on, so that one compile reports every error it can (ARCHITECTURE.md principle 4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Span:
    """A region of one source file. Lines and columns count from 1; end is exclusive."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def point(cls, file: str, line: int, column: int, length: int = 1) -> Span:
        return cls(file, line, column, line, column + max(length, 1))

    def to(self, other: Span) -> Span:
        """The span from the start of self to the end of other (for a node built from its parts)."""
        return Span(self.file, self.line, self.column, other.end_line, other.end_column)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Note:
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    code: str  # stable, machine-readable: "syntax", "undeclared", "type_mismatch", "unsupported", ...
    message: str
    span: Span
    notes: tuple[Note, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The JSON form the API returns and the editor reads for its line markers."""
        return {
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
            "file": self.span.file,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "notes": [
                {
                    "message": n.message,
                    "line": n.span.line if n.span else None,
                    "column": n.span.column if n.span else None,
                }
                for n in self.notes
            ],
        }

    def render(self, source: str | None) -> str:
        """`FILE:LINE:COL: error: MESSAGE`, then the source line and a caret under the column."""
        lines = [f"{self.span}: {self.severity}: {self.message}"]
        if source is not None:
            lines.extend(_excerpt(source, self.span))
        for note in self.notes:
            where = f"{note.span}: " if note.span else ""
            lines.append(f"{where}note: {note.message}")
        return "\n".join(lines)


def _excerpt(source: str, span: Span) -> list[str]:
    source_lines = source.splitlines()
    if not 1 <= span.line <= len(source_lines):
        return []
    text = source_lines[span.line - 1].replace("\t", " ")
    width = span.end_column - span.column if span.end_line == span.line else 1
    caret = " " * (span.column - 1) + "^" + "~" * max(width - 1, 0)
    return [f"    {text}", f"    {caret}"]


@dataclass(slots=True)
class DiagnosticBag:
    """Collects the diagnostics of one compile, in the order found."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, code: str, message: str, span: Span, *notes: Note) -> Diagnostic:
        diagnostic = Diagnostic(Severity.ERROR, code, message, span, tuple(notes))
        self.items.append(diagnostic)
        return diagnostic

    def warning(self, code: str, message: str, span: Span, *notes: Note) -> Diagnostic:
        diagnostic = Diagnostic(Severity.WARNING, code, message, span, tuple(notes))
        self.items.append(diagnostic)
        return diagnostic

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=lambda d: (d.span.file, d.span.line, d.span.column))

    def render(self, source: str | None) -> str:
        return "\n".join(d.render(source) for d in self.sorted())


class CompileError(Exception):
    """Raised by a stage that cannot go on at all; carries every diagnostic found so far."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(f"{d.span}: {d.message}" for d in diagnostics))
        self.diagnostics = diagnostics
