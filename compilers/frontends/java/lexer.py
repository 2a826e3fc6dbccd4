"""The Java lexer: source text to tokens (JLS chapter 3, for the subset of the front-end's README).

Unicode escapes (`\\uXXXX`) are translated first, as javac does, so they may appear anywhere; a token
after one on the same line reports its column in the translated line. Token kinds: ident, keyword, int
(text as written, with any `L`), double and float (text as written, a float's with its `f`), char and
string (text as written; `literal_value` decodes them), punct, eof. Text blocks (`\"\"\"`) are reported as
unsupported.
"""

from __future__ import annotations

import re

from compilers.diagnostics import DiagnosticBag, Span
from compilers.tokens import Token

KEYWORDS = frozenset(
    """abstract assert boolean break byte case catch char class const continue default do double else enum
    extends final finally float for goto if implements import instanceof int interface long native new
    package private protected public return short static strictfp super switch synchronized this throw
    throws transient try void volatile while true false null""".split()  # noqa: SIM905
)

PUNCTS = sorted(
    """>>>= <<= >>= >>> ... -> :: ++ -- && || == != <= >= += -= *= /= %= &= |= ^= << >>
    ( ) { } [ ] ; , . @ = > < ! ~ ? : + - * / & | ^ %""".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)

_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "s": " ", '"': '"', "'": "'", "\\": "\\"}
_NUMBER = re.compile(
    r"0[xX](?:[0-9a-fA-F_]*\.[0-9a-fA-F_]*|[0-9a-fA-F_]+)[pP][+-]?\d+[fFdD]?"  # a hexadecimal double
    r"|0[xX][0-9a-fA-F_]+[lL]?|0[bB][01_]+[lL]?|\d[\d_]*(\.\d*)?([eE][+-]?\d+)?[lLfFdD]?"
    r"|\.\d[\d_]*()([eE][+-]?\d+)?[fFdD]?"
)
# Java's identifiers: letters of any script (javac takes `int zähler`), `_` and `$`, then digits as well.
_IDENT = re.compile(r"(?:[^\W\d]|\$)(?:\w|\$)*")
_UNICODE = re.compile(r"(?<!\\)((?:\\\\)*)\\u+([0-9a-fA-F]{4})")


def _translate_unicode(source: str) -> str:
    return _UNICODE.sub(lambda m: m.group(1) + chr(int(m.group(2), 16)), source)


def decode_escapes(body: str, joins: bool = False) -> str | None:
    """The characters a char or string literal's body stands for; None if an escape is invalid.
    joins: a text block's, where a backslash ending a line joins it to the next."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(body):
            return None
        e = body[i + 1]
        if e == "\n" and joins:
            i += 2
        elif e in _ESCAPES:
            out.append(_ESCAPES[e])
            i += 2
        elif e in "01234567":
            j = i + 1
            limit = 3 if e in "0123" else 2
            while j < len(body) and j - (i + 1) < limit and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1 : j], 8)))
            i = j
        else:
            return None
    return "".join(out)


def text_block(src: str, pos: int) -> tuple[int, str | None, str]:
    """The text block opening at pos (JLS 3.10.6): where it ends, its value (None when an escape is
    invalid) and javac's error when it is malformed. Its lines lose the indentation they share with
    the closing delimiter's line (a line of blanks counts only there) and their trailing blanks, as
    String.stripIndent takes them off, then its escapes are translated (a backslash ending a line joins
    it to the next)."""
    j = pos + 3
    while j < len(src) and src[j] in " \t\f":
        j += 1
    if j >= len(src) or src[j] != "\n":  # what follows on the line, to a closing delimiter, is skipped
        close, eol = src.find('"""', j), src.find("\n", j)
        eol = len(src) if eol < 0 else eol
        return (
            close + 3 if 0 <= close < eol else eol,
            None,
            "illegal text block open delimiter sequence, missing line terminator",
        )
    k = j + 1
    while k < len(src) and not src.startswith('"""', k):
        k += 2 if src[k] == "\\" else 1
    if k >= len(src):
        return len(src), None, "unclosed text block"
    lines = src[j + 1 : k].split("\n")

    def indent(text: str) -> int:
        return len(text) - len(text.lstrip(" \t\f"))

    last_blank = not lines[-1].strip(" \t\f")
    widths = [indent(x) for x in lines[:-1] if x.strip(" \t\f")]
    widths.append(len(lines[-1]) if last_blank else indent(lines[-1]))
    cut = min(widths)
    kept = [x[cut:].rstrip(" \t\f") if x.strip(" \t\f") else "" for x in lines]
    text = "\n".join(kept)
    return k + 3, decode_escapes(text, joins=True), ""


def encode_string(value: str) -> str:
    """A string literal's body whose value is value (decode_escapes's inverse)."""
    out = []
    for ch in value:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return "".join(out)


def literal_value(token: Token) -> str:
    """The decoded text of a char or string token (the lexer has already checked its escapes)."""
    return decode_escapes(token.text[1:-1]) or ""


def lex(source: str, filename: str, diags: DiagnosticBag) -> list[Token]:
    src = _translate_unicode(source.replace("\r\n", "\n").replace("\r", "\n"))
    tokens: list[Token] = []
    pos, line, line_start = 0, 1, 0
    n = len(src)

    def span(start: int, end: int) -> Span:
        return Span(filename, line, start - line_start + 1, line, end - line_start + 1)

    while pos < n:
        c = src[pos]
        if c == "\n":
            pos += 1
            line += 1
            line_start = pos
            continue
        if c in " \t\f":
            pos += 1
            continue
        if src.startswith("//", pos):
            end = src.find("\n", pos)
            pos = n if end < 0 else end
            continue
        if src.startswith("/*", pos):
            end = src.find("*/", pos + 2)
            if end < 0:
                diags.error("syntax", "unterminated comment", span(pos, pos + 2))
                end = n
            else:
                end += 2
            for k in range(pos, end):
                if src[k] == "\n":
                    line += 1
                    line_start = k + 1
            pos = end
            continue
        if src.startswith('"""', pos):
            first = span(pos, pos + 3)
            end, value, why = text_block(src, pos)
            if why:  # javac's caret: after the delimiter and its blanks
                after = len(src[pos + 3 : end]) - len(src[pos + 3 : end].lstrip(" \t\f"))
                diags.error("syntax", why, span(pos + 3 + after, pos + 4 + after))
            elif value is None:
                diags.error("syntax", "illegal escape character in literal", first)
            for k in range(pos, end):
                if src[k] == "\n":
                    line += 1
                    line_start = k + 1
            pos = end
            if not why and value is not None:  # as the string literal of its value
                tokens.append(Token("string", '"' + encode_string(value) + '"', first))
            continue
        if c in "\"'":
            j = pos + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            if j >= n or src[j] != c:
                what = "string" if c == '"' else "character"
                diags.error("syntax", f"unclosed {what} literal", span(pos, pos + 1))
                pos = j
                continue
            text = src[pos : j + 1]
            value = decode_escapes(text[1:-1])
            if value is None:
                diags.error("syntax", "illegal escape character in literal", span(pos, j + 1))
            elif c == "'" and len(value) != 1:
                msg = "empty character literal" if not value else "unclosed character literal"
                diags.error("syntax", msg, span(pos, j + 1))
            tokens.append(Token("string" if c == '"' else "char", text, span(pos, j + 1)))
            pos = j + 1
            continue
        if c.isdigit() or (c == "." and pos + 1 < n and src[pos + 1].isdigit()):
            m = _NUMBER.match(src, pos)
            text = m.group(0) if m else c
            hexa = text.lower().startswith("0x")
            floating = (
                m is None
                or m.group(1) is not None
                or m.group(2) is not None
                or m.group(3) is not None
                or (text[-1] in "fFdD" and not hexa)
                or (hexa and "p" in text.lower())
            )
            kind = ("float" if text[-1] in "fF" else "double") if floating else "int"
            tokens.append(Token(kind, text, span(pos, pos + len(text))))
            pos += len(text)
            continue
        m = _IDENT.match(src, pos)
        if m:
            word = m.group(0)
            tokens.append(Token("keyword" if word in KEYWORDS else "ident", word, span(pos, m.end())))
            pos = m.end()
            continue
        for p in PUNCTS:
            if src.startswith(p, pos):
                tokens.append(Token("punct", p, span(pos, pos + len(p))))
                pos += len(p)
                break
        else:
            diags.error("syntax", f"illegal character: {c!r}", span(pos, pos + 1))
            pos += 1
    tokens.append(Token("eof", "", span(pos, pos)))
    return tokens
