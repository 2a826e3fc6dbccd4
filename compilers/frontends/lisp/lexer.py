"""The reader's first half: LISP source to tokens. Parentheses, the quote characters (' ` , ,@ #' #(),
strings, characters (#\\a, #\\Space), and atoms (numbers and symbols, told apart by the parser). Comments
(`;` to the end of the line, `#| |#` nested) are dropped."""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag, Span
from compilers.tokens import Token

DELIMITERS = frozenset("()'`,\";")


def lex(source: str, filename: str, diags: DiagnosticBag) -> list[Token]:
    tokens: list[Token] = []
    i, line, col = 0, 1, 1
    n = len(source)

    def span(start_line: int, start_col: int, length: int) -> Span:
        return Span.point(filename, start_line, start_col, max(length, 1))

    def advance(count: int) -> None:
        nonlocal i, line, col
        for _ in range(count):
            if i < n and source[i] == "\n":
                line += 1
                col = 1
            else:
                col += 1
            i += 1

    while i < n:
        ch = source[i]
        if ch in " \t\r\n\f":
            advance(1)
            continue
        if ch == ";":
            while i < n and source[i] != "\n":
                advance(1)
            continue
        sl, sc, start = line, col, i
        if ch == "#" and source.startswith("#|", i):
            depth = 0
            while i < n:
                if source.startswith("#|", i):
                    depth += 1
                    advance(2)
                elif source.startswith("|#", i):
                    depth -= 1
                    advance(2)
                    if depth == 0:
                        break
                else:
                    advance(1)
            if depth:
                diags.error("syntax", "unterminated #| comment", span(sl, sc, 2))
            continue
        if ch in "()'`":
            advance(1)
            tokens.append(Token("punct", ch, span(sl, sc, 1)))
            continue
        if ch == ",":
            if source.startswith(",@", i):
                advance(2)
                tokens.append(Token("punct", ",@", span(sl, sc, 2)))
            else:
                advance(1)
                tokens.append(Token("punct", ",", span(sl, sc, 1)))
            continue
        if ch == '"':
            advance(1)
            chars: list[str] = []
            closed = False
            while i < n:
                c = source[i]
                if c == "\\" and i + 1 < n:
                    chars.append(source[i + 1])
                    advance(2)
                    continue
                advance(1)
                if c == '"':
                    closed = True
                    break
                chars.append(c)
            if not closed:
                diags.error("syntax", "unterminated string", span(sl, sc, 1))
            tokens.append(Token("string", "".join(chars), span(sl, sc, i - start)))
            continue
        if ch == "#":
            nxt = source[i + 1] if i + 1 < n else ""
            if nxt == "'":
                advance(2)
                tokens.append(Token("punct", "#'", span(sl, sc, 2)))
                continue
            if nxt == "(":
                advance(2)
                tokens.append(Token("punct", "#(", span(sl, sc, 2)))
                continue
            if nxt == "\\":
                advance(2)
                j = i + 1 if i < n else i  # the character itself, even a delimiter
                while j < n and source[j] not in DELIMITERS and not source[j].isspace():
                    j += 1
                advance(j - i)
                tokens.append(Token("char", source[start + 2 : i], span(sl, sc, i - start)))
                continue
            advance(2)
            diags.error("syntax", f"the reader macro #{nxt} is not supported", span(sl, sc, 2))
            continue
        while i < n and source[i] not in DELIMITERS and not source[i].isspace():
            if source[i] == "|":
                diags.error("syntax", "symbols with |...| are not supported", span(line, col, 1))
            advance(1)
        tokens.append(Token("atom", source[start:i], span(sl, sc, i - start)))
    tokens.append(Token("eof", "", span(line, col, 1)))
    return tokens
