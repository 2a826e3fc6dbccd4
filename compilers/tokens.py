"""The token every lexer produces, so that `emit --stage tokens` prints one shape for every language."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.diagnostics import Span


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "ident", "int", "string", "char", "keyword", "punct", "eof", ... (per language)
    text: str  # the exact source text
    span: Span

    def __str__(self) -> str:
        return f"{self.span.line}:{self.span.column} {self.kind} {self.text!r}"
