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


# Spans and tokens are frozen dataclasses, whose generated __init__ sets each field through
# object.__setattr__ by name. A lexer makes one of each for every token of a program, so `make_token`
# fills their slots through the slot descriptors instead: the same objects, built in about half the time.
_new = object.__new__
_SET_FILE, _SET_LINE, _SET_COLUMN, _SET_END_LINE, _SET_END_COLUMN = (
    Span.__dict__[name].__set__ for name in ("file", "line", "column", "end_line", "end_column")
)
_SET_KIND, _SET_TEXT, _SET_SPAN = (Token.__dict__[name].__set__ for name in ("kind", "text", "span"))


def make_token(kind: str, text: str, file: str, line: int, column: int, end_column: int) -> Token:
    """Token(kind, text, Span(file, line, column, line, end_column)), built faster."""
    span = _new(Span)
    _SET_FILE(span, file)
    _SET_LINE(span, line)
    _SET_COLUMN(span, column)
    _SET_END_LINE(span, line)
    _SET_END_COLUMN(span, end_column)
    token = _new(Token)
    _SET_KIND(token, kind)
    _SET_TEXT(token, text)
    _SET_SPAN(token, span)
    return token
