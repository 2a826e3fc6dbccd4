"""Haskell source to tokens (Haskell 2010 report, chapter 2): identifiers (qualified ones such as `M.lookup`
as one token), operators, reserved words and operators, integer, float, character and string literals with
their escapes; `--` comments (a run of two or more dashes that is not part of an operator) and nested
`{- -}` comments.

The layout rule is not applied here: `layout.py` turns these tokens into the stream the parser reads,
inserting the implicit braces and semicolons (algorithm L), with the parser's help for parse-error(t).
"""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag, Span
from compilers.tokens import Token

KEYWORDS = frozenset(
    {
        "case",
        "class",
        "data",
        "default",
        "deriving",
        "do",
        "else",
        "foreign",
        "if",
        "import",
        "in",
        "infix",
        "infixl",
        "infixr",
        "instance",
        "let",
        "module",
        "newtype",
        "of",
        "then",
        "type",
        "where",
        "_",
    }
)
RESERVED_OPS = frozenset({"..", ":", "::", "=", "\\", "|", "<-", "->", "@", "~", "=>"})
SYMBOL_CHARS = frozenset("!#$%&*+./<=>?@\\^|-~:")
SPECIAL = frozenset("(),;[]`{}")

# Character escapes by name (report 2.6), and the control escapes \^A...
ASCII_NAMES = {
    "NUL": 0,
    "SOH": 1,
    "STX": 2,
    "ETX": 3,
    "EOT": 4,
    "ENQ": 5,
    "ACK": 6,
    "BEL": 7,
    "BS": 8,
    "HT": 9,
    "LF": 10,
    "VT": 11,
    "FF": 12,
    "CR": 13,
    "SO": 14,
    "SI": 15,
    "DLE": 16,
    "DC1": 17,
    "DC2": 18,
    "DC3": 19,
    "DC4": 20,
    "NAK": 21,
    "SYN": 22,
    "ETB": 23,
    "CAN": 24,
    "EM": 25,
    "SUB": 26,
    "ESC": 27,
    "FS": 28,
    "GS": 29,
    "RS": 30,
    "US": 31,
    "SP": 32,
    "DEL": 127,
}
SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, '"': 34, "'": 39}


class LexError(Exception):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


def _is_ident_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'"


def decode_escape(text: str, i: int) -> tuple[int | None, int]:
    """The code point of the escape whose backslash is at text[i] (None for the empty escape \\&), and the
    index after it. LexError for a malformed escape."""
    j = i + 1
    if j >= len(text):
        raise LexError("unfinished escape", i)
    ch = text[j]
    if ch in SIMPLE_ESCAPES:
        return SIMPLE_ESCAPES[ch], j + 1
    if ch == "&":
        return None, j + 1
    if ch == "^" and j + 1 < len(text) and "@" <= text[j + 1] <= "_":
        return ord(text[j + 1]) - 64, j + 2
    base, digits = 10, "0123456789"
    if ch in "xo":
        base, digits = (16, "0123456789abcdefABCDEF") if ch == "x" else (8, "01234567")
        j += 1
    k = j
    while k < len(text) and text[k] in digits:
        k += 1
    if k > j:
        value = int(text[j:k], base)
        if value > 0x10FFFF:
            raise LexError("numeric escape sequence out of range", i)
        return value, k
    # Longest name first (SO before SOH would be wrong: "SOH" must win).
    for name in sorted(ASCII_NAMES, key=len, reverse=True):
        if text.startswith(name, j):
            return ASCII_NAMES[name], j + len(name)
    raise LexError(f"lexical error in string/character literal at character {ch!r}", i)


def string_value(text: str) -> str:
    """The characters a lexed string literal (with its quotes) stands for."""
    out: list[str] = []
    i, end = 1, len(text) - 1
    while i < end:
        ch = text[i]
        if ch == "\\":
            if i + 1 < end and text[i + 1] in " \t\n\r":
                # A gap: backslash, white space, backslash.
                k = i + 1
                while k < end and text[k] != "\\":
                    k += 1
                i = k + 1
                continue
            code, i = decode_escape(text, i)
            if code is not None:
                out.append(chr(code))
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def char_value(text: str) -> int:
    """The code point of a lexed character literal (with its quotes)."""
    if text[1] == "\\":
        code, _ = decode_escape(text, 1)
        return 0 if code is None else code
    return ord(text[1])


def _qualified(source: str, i: int, j: int) -> tuple[str, int] | None:
    """A qualified name starting at source[i] whose first module segment ends at j: (kind, end), or None
    when the conid at i is not followed by `.name` (report 2.4: `M.x`, `M.N.T`, `M.+`)."""
    n = len(source)
    kind: str | None = None
    end = j
    while j + 1 < n and source[j] == ".":
        nxt = source[j + 1]
        k = j + 1
        if nxt.isupper():
            while k < n and _is_ident_char(source[k]):
                k += 1
            j, end, kind = k, k, "qconid"
            continue
        if nxt.isalpha() or nxt == "_":
            while k < n and _is_ident_char(source[k]):
                k += 1
            if source[j + 1 : k] in KEYWORDS:
                break
            return "qvarid", k
        if nxt in SYMBOL_CHARS:
            while k < n and source[k] in SYMBOL_CHARS:
                k += 1
            return ("qconsym" if nxt == ":" else "qvarsym"), k
        break
    return None if kind is None else (kind, end)


def lex(source: str, filename: str, diags: DiagnosticBag) -> list[Token]:
    tokens: list[Token] = []
    i, line, col, n = 0, 1, 1, len(source)
    bangs = False  # a LANGUAGE BangPatterns pragma seen

    def advance_to(j: int) -> None:
        nonlocal i, line, col
        while i < j:
            if source[i] == "\n":
                line, col = line + 1, 1
            elif source[i] == "\t":
                col += 8 - (col - 1) % 8  # tab stops every 8 columns (report 10.3)
            else:
                col += 1
            i += 1

    def emit(kind: str, j: int, sl: int, sc: int) -> None:
        text = source[i:j]
        span = Span(filename, sl, sc, sl, sc + max(1, j - i))
        tokens.append(Token(kind, text, span))
        advance_to(j)

    while i < n:
        ch = source[i]
        if ch in " \t\r\n\f\v":
            advance_to(i + 1)
            continue
        sl, sc = line, col
        if ch == "-" and source.startswith("--", i):
            j = i
            while j < n and source[j] == "-":
                j += 1
            if j >= n or source[j] not in SYMBOL_CHARS:
                while j < n and source[j] != "\n":
                    j += 1
                advance_to(j)
                continue
        if source.startswith("{-", i):
            depth, j = 0, i
            while j < n:
                if source.startswith("{-", j):
                    depth, j = depth + 1, j + 2
                elif source.startswith("-}", j):
                    depth, j = depth - 1, j + 2
                    if depth == 0:
                        break
                else:
                    j += 1
            if depth:
                diags.error("syntax", "unterminated `{-'", Span.point(filename, sl, sc, 2))
            elif source.startswith("{-#", i):
                pragma = source[i + 3 : j - 2].rstrip("#")
                bangs |= _check_pragma(pragma, Span.point(filename, sl, sc, j - i), diags)
            advance_to(j)
            continue
        if ch.isdigit():
            j = i
            kind = "int"
            if source[i] == "0" and i + 2 < n and source[i + 1] in "xXoObB":
                digits = {"x": "0123456789abcdefABCDEF", "o": "01234567", "b": "01"}[source[i + 1].lower()]
                if source[i + 2] in digits:
                    j = i + 2
                    while j < n and source[j] in digits:
                        j += 1
                    emit("int", j, sl, sc)
                    continue
            while j < n and source[j].isdigit():
                j += 1
            if j + 1 < n and source[j] == "." and source[j + 1].isdigit():
                kind = "float"
                j += 1
                while j < n and source[j].isdigit():
                    j += 1
            if j < n and source[j] in "eE":
                k = j + 1
                if k < n and source[k] in "+-":
                    k += 1
                if k < n and source[k].isdigit():
                    kind = "float"
                    j = k
                    while j < n and source[j].isdigit():
                        j += 1
            emit(kind, j, sl, sc)
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < n and _is_ident_char(source[j]):
                j += 1
            if ch.isupper():
                qual = _qualified(source, i, j)
                if qual is not None:
                    emit(qual[0], qual[1], sl, sc)
                    continue
            text = source[i:j]
            if text in KEYWORDS:
                emit("keyword", j, sl, sc)
            else:
                emit("conid" if text[0].isupper() else "varid", j, sl, sc)
            continue
        if ch in SYMBOL_CHARS:
            j = i
            while j < n and source[j] in SYMBOL_CHARS:
                j += 1
            text = source[i:j]
            if text in RESERVED_OPS:
                emit("reservedop", j, sl, sc)
            elif text == "!" and _prefix_occurrence(source, i, j):
                # GHC 9.0's bang pattern: `!` after a space, before its operand; without BangPatterns an
                # error where it makes a pattern (parser.py), and a strictness mark in a data declaration.
                emit("bang" if bangs else "bang_off", j, sl, sc)
            else:
                emit("consym" if ch == ":" else "varsym", j, sl, sc)
            continue
        if ch in SPECIAL:
            emit("special", i + 1, sl, sc)
            continue
        if ch == "'":
            # A character literal; a quote after an identifier was taken by the identifier above.
            try:
                if i + 1 < n and source[i + 1] == "\\":
                    _, j = decode_escape(source, i + 1)
                else:
                    j = i + 2
                if j >= n or source[j] != "'" or source[i + 1] in "'\n":
                    raise LexError("lexical error in character literal", i)
            except LexError as exc:
                diags.error("syntax", exc.message, Span.point(filename, sl, sc))
                advance_to(i + 1)
                continue
            emit("char", j + 1, sl, sc)
            continue
        if ch == '"':
            j = i + 1
            ok = False
            try:
                while j < n:
                    c = source[j]
                    if c == '"':
                        ok = True
                        break
                    if c == "\n":
                        break
                    if c == "\\":
                        if j + 1 < n and source[j + 1] in " \t\n\r":
                            k = j + 1
                            while k < n and source[k] in " \t\n\r":
                                k += 1
                            if k >= n or source[k] != "\\":
                                raise LexError("lexical error in string gap", j)
                            j = k + 1
                            continue
                        _, j = decode_escape(source, j)
                        continue
                    j += 1
            except LexError as exc:
                diags.error("syntax", exc.message, Span.point(filename, sl, sc))
                advance_to(n if "\n" not in source[i:] else source.index("\n", i))
                continue
            if not ok:
                diags.error(
                    "syntax",
                    "lexical error in string/character literal at end of line",
                    Span.point(filename, sl, sc),
                )
                advance_to(j)
                continue
            emit("string", j + 1, sl, sc)
            continue
        diags.error("syntax", f"lexical error at character {ch!r}", Span.point(filename, sl, sc))
        advance_to(i + 1)
    tokens.append(Token("eof", "", Span.point(filename, line, col)))
    return tokens


def _prefix_occurrence(source: str, i: int, j: int) -> bool:
    """Whether the operator at source[i:j] is a prefix occurrence (GHC 9.0, proposal 229): after a space or
    an opening bracket, and right before its operand (`go !acc`, not `m ! k` nor `m!k`)."""
    before = source[i - 1] if i > 0 else " "
    after = source[j] if j < len(source) else " "
    return (before.isspace() or before in "([,;{") and not after.isspace() and after not in ")]},;"


def _check_pragma(text: str, span: Span, diags: DiagnosticBag) -> bool:
    """A LANGUAGE pragma: any extension of Haskell 2010 but BangPatterns is outside the subset, and saying
    so at the pragma spares the student the parse or type error the extension's syntax would otherwise meet.
    Other pragmas (OPTIONS_GHC, INLINE ...) change nothing a program prints and are ignored, as GHC ignores
    unknown ones. Whether the pragma turns BangPatterns on."""
    words = text.split(None, 1)
    if not words or words[0].upper() != "LANGUAGE":
        return False
    exts = [e.strip() for e in (words[1] if len(words) > 1 else "").split(",")]
    for ext in exts:
        if ext and ext not in ("Haskell2010", "Haskell98", "BangPatterns"):
            diags.error(
                "unsupported",
                f"the language extension {ext} is not in this subset of Haskell (Haskell 2010 without"
                " extensions): write the program without it",
                span,
            )
    return "BangPatterns" in exts
