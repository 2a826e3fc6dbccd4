"""Tokens of one line of Babbage assembly (ISA.md section 4).

Assembly is line-oriented, so the lexer works a line at a time; a lexical error ends that line's tokens and
the assembler goes on with the next line, so that one assembly reports every error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PUNCTUATION = ",:[]+-"
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "0": "\0"}


@dataclass(slots=True)
class Token:  # not frozen: a frozen dataclass is slower to build, and lines have many tokens
    kind: str  # "ident", "int", "char", "string" or one character of PUNCTUATION
    text: str
    column: int  # from 1
    value: int = 0  # the integer of an "int", the code point of a "char"
    string: str = ""  # the decoded text of a "string"


@dataclass(frozen=True, slots=True)
class LexError:
    column: int
    message: str


def _read_quoted(line: str, start: int, quote: str) -> tuple[str, int] | LexError:
    """Decode a quoted literal starting at line[start] == quote; returns (text, index after it)."""
    out: list[str] = []
    i = start + 1
    while i < len(line):
        ch = line[i]
        if ch == quote:
            return "".join(out), i + 1
        if ch == "\\":
            if i + 1 >= len(line):
                break
            escape = line[i + 1]
            if escape not in ESCAPES:
                return LexError(i + 1, f"unknown escape '\\{escape}'")
            out.append(ESCAPES[escape])
            i += 2
            continue
        out.append(ch)
        i += 1
    what = "string" if quote == '"' else "character literal"
    return LexError(start + 1, f"unterminated {what}")


# One token at a position; quoted literals are decoded by _read_quoted, escapes and all.
TOKEN = re.compile(
    r"(?P<space>[ \t\r\f\v]+)"
    r"|(?P<comment>;)"
    r"|(?P<int>[0-9]+)(?P<tail>[A-Za-z_.]?)"
    r"|(?P<ident>[A-Za-z_.][A-Za-z0-9_.]*)"
    r"|(?P<punct>[,:\[\]+-])"
    r"|(?P<quote>['\"])"
)


def tokenize(line: str) -> tuple[list[Token], LexError | None]:
    """The tokens of one line up to its comment, and the first lexical error if there is one."""
    tokens: list[Token] = []
    i = 0
    while i < len(line):
        column = i + 1
        match = TOKEN.match(line, i)
        if match is None:
            return tokens, LexError(column, f"unexpected character {line[i]!r}")
        kind = match.lastgroup
        if kind == "comment":
            break
        if kind == "int" or kind == "tail":
            if match.group("tail"):
                return tokens, LexError(column, f"malformed number '{match.group(0)}'")
            text = match.group("int")
            tokens.append(Token("int", text, column, value=int(text)))
        elif kind == "ident":
            tokens.append(Token("ident", match.group(0), column))
        elif kind == "punct":
            tokens.append(Token(match.group(0), match.group(0), column))
        elif kind == "quote":
            quote = match.group(0)
            decoded = _read_quoted(line, i, quote)
            if isinstance(decoded, LexError):
                return tokens, decoded
            text, end = decoded
            if quote == '"':
                tokens.append(Token("string", line[i:end], column, string=text))
            elif len(text) != 1:
                return tokens, LexError(column, "a character literal holds exactly one character")
            else:
                tokens.append(Token("char", line[i:end], column, value=ord(text)))
            i = end
            continue
        i = match.end()
    return tokens, None
