"""Idris source to tokens: names (a capital starts a type or a constructor; `Prelude.show` is one
qualified name), holes `?name`, integers, strings and characters with Idris's escapes, keywords,
operators (any run of symbol characters), `%default`-style pragmas; `--` comments run to the end of the
line, `{- -}` comments nest.

Layout is not resolved here: every token keeps its line and column, and the parser opens a block at
the column of the first token after `where`, `of`, `do` and `let` (and the top level at column 1), so
that an item of a block continues while its tokens stand to the right of the block's column."""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag, Span
from compilers.tokens import Token

KEYWORDS = frozenset(
    {
        "data",
        "where",
        "case",
        "of",
        "let",
        "in",
        "if",
        "then",
        "else",
        "do",
        "interface",
        "implementation",
        "total",
        "partial",
        "covering",
        "impossible",
        "with",
        "rewrite",
        "public",
        "export",
        "private",
        "module",
        "import",
        "mutual",
        "record",
        "infixl",
        "infixr",
        "infix",
        "auto",
        "forall",
    }
)
SYMBOLS = set("!#$%&*+./<=>@\\^|-~:?")
# Symbol runs that are punctuation, not operators.
RESERVED_OPS = frozenset({"=>", "->", "<-", ":", "=", "|", "\\", "@", "?", "."})
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "r": "\r", "0": "\0", "a": "\a", "b": "\b"}


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

    def add(kind: str, start: int, sl: int, sc: int) -> None:
        tokens.append(Token(kind, source[start:i], Span(filename, sl, sc, line, col)))

    while i < n:
        ch = source[i]
        sl, sc, start = line, col, i
        if ch in " \t\r\n\f":
            advance(1)
            continue
        if source.startswith("|||", i):  # a documentation comment
            while i < n and source[i] != "\n":
                advance(1)
            continue
        if source.startswith("--", i) and (i + 2 >= n or source[i + 2] not in SYMBOLS - {"-"}):
            while i < n and source[i] != "\n":
                advance(1)
            continue
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
                diags.error("syntax", "unterminated comment", Span.point(filename, sl, sc, 2))
            continue
        if ch.isalpha() or ch == "_":
            while True:
                while i < n and (source[i].isalnum() or source[i] in "_'"):
                    advance(1)
                # A qualified name: Module.name (a capitalised part followed by a dot and a name).
                if (
                    i + 1 < n
                    and source[i] == "."
                    and source[start].isupper()
                    and (source[i + 1].isalpha() or source[i + 1] == "_")
                    and source[start:i].replace(".", "").isalnum()
                    and all(p[:1].isupper() for p in source[start:i].split("."))
                ):
                    advance(1)
                    continue
                break
            text = source[start:i]
            add("keyword" if text in KEYWORDS else "name", start, sl, sc)
            continue
        if ch == "?" and i + 1 < n and (source[i + 1].isalpha() or source[i + 1] == "_"):
            advance(1)
            while i < n and (source[i].isalnum() or source[i] in "_'"):
                advance(1)
            add("hole", start, sl, sc)
            continue
        if ch == "%" and i + 1 < n and source[i + 1].isalpha():
            advance(1)
            while i < n and source[i].isalnum():
                advance(1)
            add("pragma", start, sl, sc)
            continue
        if ch.isdigit():
            while i < n and source[i].isdigit():
                advance(1)
            add("int", start, sl, sc)
            continue
        if ch == '"':
            advance(1)
            ok = False
            while i < n and source[i] != "\n":
                if source[i] == "\\":
                    advance(2)
                    continue
                if source[i] == '"':
                    advance(1)
                    ok = True
                    break
                advance(1)
            if not ok:
                diags.error("syntax", "unterminated string literal", Span.point(filename, sl, sc))
            add("string", start, sl, sc)
            continue
        if (
            ch == "'"
            and i + 2 < n
            and (source[i + 2] == "'" or (source[i + 1] == "\\" and "'" in source[i + 2 : i + 6]))
        ):
            advance(1)
            if source[i] == "\\":
                advance(2)
                while i < n and source[i] != "'":
                    advance(1)
            else:
                advance(1)
            advance(1)
            add("char", start, sl, sc)
            continue
        if ch in "()[]{},;`":
            advance(1)
            add("punct", start, sl, sc)
            continue
        if ch in SYMBOLS:
            while i < n and source[i] in SYMBOLS:
                advance(1)
            text = source[start:i]
            add("punct" if text in RESERVED_OPS else "op", start, sl, sc)
            continue
        advance(1)
        diags.error("syntax", f"unexpected character {ch!r}", Span.point(filename, sl, sc))
    tokens.append(Token("eof", "", Span.point(filename, line, col)))
    return tokens


def unescape(text: str) -> str:
    """The value of a string or character literal's text (without its quotes)."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in ESCAPES:
                out.append(ESCAPES[nxt])
                i += 2
                continue
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            if j > i + 1:
                out.append(chr(int(text[i + 1 : j])))
                i = j
                continue
            out.append(nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)
