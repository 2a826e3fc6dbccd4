"""Diagnostics for card decks: a malformed card, a number out of range, an include that cannot be found.

Diagnostics are data (ARCHITECTURE.md principle 4): the command line renders them with a caret, the API
can send them as JSON, the editor can mark the line. Mounting reports every malformed card at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CardDiagnostic:
    file: str
    line: int  # 1-based line of the card in `file`
    column: int  # 1-based column the message points at
    message: str
    text: str = ""  # the card's line as written, so that cards from included decks render too
    severity: str = "error"
    code: str = "malformed_card"

    def header(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def render(self, source: str | None = None) -> str:
        """`FILE:LINE:COL: error: MESSAGE`, then the card's line and a caret under the column.

        `source` is the text of the deck named by `file`; without it the line stored at mount is used
        (always the case for cards that came from an included deck).
        """
        text = self.text
        if source is not None and not text:
            lines = source.splitlines()
            if 1 <= self.line <= len(lines):
                text = lines[self.line - 1]
        caret = " " * (max(self.column, 1) - 1) + "^"
        return f"{self.header()}\n{text}\n{caret}"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "severity": self.severity,
            "code": self.code,
        }


@dataclass
class CardError(Exception):
    """Raised by mount(): the deck cannot be mounted. Carries every diagnostic found."""

    diagnostics: list[CardDiagnostic] = field(default_factory=list)

    def __str__(self) -> str:
        if not self.diagnostics:
            return "the deck cannot be mounted"
        return "\n".join(d.header() for d in self.diagnostics)

    def render(self, source: str | None = None) -> str:
        return "\n".join(d.render(source) for d in self.diagnostics)
