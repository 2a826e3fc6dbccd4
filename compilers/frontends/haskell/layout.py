"""The layout rule (Haskell 2010 report, section 10.3): the token stream the parser reads, with the implicit
braces and semicolons inserted by algorithm L, computed one token at a time so that the parser can apply
the rule's parse-error(t) case (`let x = 1 in x`, `(case e of p -> x)`): when the parser meets a token that
cannot continue an implicit block, it calls `close_implicit()` and reads a virtual `}` first.

Virtual tokens have the kinds "vlbrace", "vsemi" and "vrbrace"; explicit braces and semicolons stay
"special".
"""

from __future__ import annotations

from compilers.diagnostics import Span
from compilers.tokens import Token

LAYOUT_KEYWORDS = frozenset({"let", "where", "do", "of"})


class _Open:
    """The {n} marker: an implicit block opens at column n."""

    __slots__ = ("column", "span")

    def __init__(self, column: int, span: Span) -> None:
        self.column = column
        self.span = span


class _Line:
    """The <n> marker: the first token of a line, at column n."""

    __slots__ = ("column", "span")

    def __init__(self, column: int, span: Span) -> None:
        self.column = column
        self.span = span


def _markers(tokens: list[Token]) -> list[Token | _Open | _Line]:
    """The tokens with the {n} and <n> markers of report 10.3 inserted."""
    out: list[Token | _Open | _Line] = []
    if not tokens:
        return out
    first = tokens[0]
    opened = False
    if not (first.kind == "special" and first.text == "{") and not (
        first.kind == "keyword" and first.text == "module"
    ):
        column = first.span.column if first.kind != "eof" else 0
        out.append(_Open(column, first.span))
        opened = True
    prev_line = 0
    for idx, tok in enumerate(tokens):
        if tok.kind == "eof":
            out.append(tok)
            break
        if tok.span.line != prev_line and not opened:
            out.append(_Line(tok.span.column, tok.span))
        opened = False
        prev_line = tok.span.line
        out.append(tok)
        if tok.kind == "keyword" and tok.text in LAYOUT_KEYWORDS:
            nxt = tokens[idx + 1]
            if not (nxt.kind == "special" and nxt.text == "{"):
                out.append(_Open(nxt.span.column if nxt.kind != "eof" else 0, nxt.span))
                opened = True
    return out


class LayoutStream:
    """Algorithm L over a token list, one output token at a time."""

    def __init__(self, tokens: list[Token]) -> None:
        self._input = _markers(tokens)
        self._pos = 0
        self._context: list[int] = []
        self._pending: list[Token] = []  # output tokens computed and not yet read
        self._eof = tokens[-1]
        self.errors: list[tuple[str, Span]] = []

    def _virtual(self, kind: str, text: str, span: Span) -> Token:
        return Token(kind, text, Span(span.file, span.line, span.column, span.line, span.column))

    def _step(self) -> None:
        """Compute at least one more output token into _pending."""
        ctx = self._context
        while not self._pending:
            if self._pos >= len(self._input):
                if ctx and ctx[-1] != 0:
                    ctx.pop()
                    self._pending.append(self._virtual("vrbrace", "}", self._eof.span))
                else:
                    self._pending.append(self._eof)
                return
            item = self._input[self._pos]
            if isinstance(item, _Line):
                if ctx and ctx[-1] == item.column:
                    self._pos += 1
                    self._pending.append(self._virtual("vsemi", ";", item.span))
                elif ctx and item.column < ctx[-1]:
                    ctx.pop()
                    self._pending.append(self._virtual("vrbrace", "}", item.span))
                else:
                    self._pos += 1
                continue
            if isinstance(item, _Open):
                self._pos += 1
                m = ctx[-1] if ctx else 0
                if item.column > m or (not ctx and item.column > 0):
                    ctx.append(item.column)
                    self._pending.append(self._virtual("vlbrace", "{", item.span))
                else:
                    self._pending.append(self._virtual("vlbrace", "{", item.span))
                    self._pending.append(self._virtual("vrbrace", "}", item.span))
                    self._input.insert(self._pos, _Line(item.column, item.span))
                return
            tok = item
            if tok.kind == "eof":
                if ctx and ctx[-1] != 0:
                    ctx.pop()
                    self._pending.append(self._virtual("vrbrace", "}", tok.span))
                else:
                    if ctx:
                        self.errors.append(("missing `}'", tok.span))
                        ctx.pop()
                        continue
                    self._pending.append(tok)
                return
            self._pos += 1
            if tok.kind == "special" and tok.text == "}":
                if ctx and ctx[-1] == 0:
                    ctx.pop()
                else:
                    self.errors.append(("unexpected `}'", tok.span))
            elif tok.kind == "special" and tok.text == "{":
                ctx.append(0)
            self._pending.append(tok)
            return

    def peek(self) -> Token:
        if not self._pending:
            self._step()
        return self._pending[0]

    def next(self) -> Token:
        tok = self.peek()
        self._pending.pop(0)
        return tok

    def close_implicit(self) -> bool:
        """parse-error(t): the current token t cannot continue the innermost implicit block, so that block
        ends here. True when there was an implicit block to close (a virtual `}` is read next)."""
        tok = self.peek()
        if not self._context or self._context[-1] == 0 or tok.kind in ("vrbrace", "vsemi", "vlbrace"):
            return False
        self._context.pop()
        self._pending.insert(0, self._virtual("vrbrace", "}", tok.span))
        return True
