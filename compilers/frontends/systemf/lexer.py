"""System F source to tokens: identifiers (a capital starts a type, a type variable or a constructor),
integers, keywords, operators; `--` comments run to the end of the line, `{- -}` comments nest."""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag, Span
from compilers.tokens import Token

KEYWORDS = frozenset(
    {"let", "in", "if", "then", "else", "case", "of", "data", "print", "forall", "fix", "readInt"}
    | {"true", "false"}
)
# Longest first, so that "->" is not read as "-".
PUNCT = (
    "/\\",
    "->",
    "==",
    "!=",
    "<=",
    ">=",
    "&&",
    "||",
    "\\",
    "(",
    ")",
    "[",
    "]",
    ".",
    ":",
    "=",
    "|",
    "+",
    "-",
    "*",
    "/",
    "%",
    "<",
    ">",
    ",",
    "_",
)


def lex(source: str, filename: str, diags: DiagnosticBag) -> list[Token]:
    tokens: list[Token] = []
    i, line, col, n = 0, 1, 1, len(source)

    def advance(count: int) -> None:
        nonlocal i, line, col
        for _ in range(count):
            if i < n and source[i] == "\n":
                line, col = line + 1, 1
            else:
                col += 1
            i += 1

    while i < n:
        ch = source[i]
        if ch in " \t\r\n\f":
            advance(1)
            continue
        if source.startswith("--", i):
            while i < n and source[i] != "\n":
                advance(1)
            continue
        sl, sc = line, col
        if source.startswith("{-", i):
            depth = 0
            while i < n:
                if source.startswith("{-", i):
                    depth += 1
                    advance(2)
                elif source.startswith("-}", i):
                    depth -= 1
                    advance(2)
                    if depth == 0:
                        break
                else:
                    advance(1)
            if depth:
                diags.error("syntax", "unterminated {- comment", Span.point(filename, sl, sc, 2))
            continue
        start = i
        if ch.isdigit():
            while i < n and source[i].isdigit():
                advance(1)
            tokens.append(Token("int", source[start:i], Span.point(filename, sl, sc, i - start)))
            continue
        if ch.isalpha() or (ch == "_" and i + 1 < n and (source[i + 1].isalnum() or source[i + 1] == "_")):
            while i < n and (source[i].isalnum() or source[i] in "_'"):
                advance(1)
            text = source[start:i]
            kind = "keyword" if text in KEYWORDS else ("upper" if text[0].isupper() else "ident")
            tokens.append(Token(kind, text, Span.point(filename, sl, sc, i - start)))
            continue
        for p in PUNCT:
            if source.startswith(p, i):
                advance(len(p))
                tokens.append(Token("punct", p, Span.point(filename, sl, sc, len(p))))
                break
        else:
            diags.error("syntax", f"unexpected character {ch!r}", Span.point(filename, sl, sc))
            advance(1)
    tokens.append(Token("eof", "", Span.point(filename, line, col)))
    return tokens
