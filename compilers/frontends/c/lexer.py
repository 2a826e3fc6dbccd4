"""The C lexer: source text to tokens, each with its span.

The raw token list keeps a "newline" token at the end of every logical line (a backslash-newline joins
two lines), because the preprocessor works line by line; `lex` then runs the preprocessor, which drops
them. Token kinds: ident, keyword, int, float, char, string, punct, newline, eof.
"""

from __future__ import annotations

import re

from compilers.diagnostics import DiagnosticBag, Span
from compilers.tokens import Token
from compilers.tokens import make_token as _token

KEYWORDS = frozenset(
    {
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
        "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
        "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
        "volatile", "while", "_Bool", "_Complex", "_Imaginary",
    }
)  # fmt: skip

# Longest first, so that the scanner can take the first match.
PUNCTUATORS = (
    "<<=", ">>=", "...",
    "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
    "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "##",
    "[", "]", "(", ")", "{", "}", ".", "&", "*", "+", "-", "~", "!", "/", "%", "<", ">", "^", "|",
    "?", ":", ";", "=", ",", "#",
)  # fmt: skip

SIMPLE_ESCAPES = {
    "n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, "'": 39, '"': 34, "?": 63, "a": 7, "b": 8, "f": 12, "v": 11,
}  # fmt: skip


class _Scanner:
    """Walks the source keeping line and column; a backslash-newline is invisible to everything."""

    def __init__(self, source: str, filename: str, diags: DiagnosticBag) -> None:
        self.src = source
        self.file = filename
        self.diags = diags
        self.pos = 0
        self.line = 1
        self.col = 1
        self.tokens: list[Token] = []

    def peek(self, ahead: int = 0) -> str:
        index = self.pos + ahead
        return self.src[index] if index < len(self.src) else ""

    def advance(self) -> str:
        char = self.src[self.pos]
        self.pos += 1
        if char == "\n":
            self.line += 1
            self.col = 1
        else:
            self.col += 1
        return char

    def skip_splices(self) -> None:
        while self.peek() == "\\" and self.peek(1) == "\n":
            self.advance()
            self.advance()

    def error(self, message: str, line: int, col: int, length: int = 1) -> None:
        self.diags.error("syntax", message, Span.point(self.file, line, col, length))

    def emit(self, kind: str, text: str, line: int, col: int) -> None:
        span = Span(self.file, line, col, self.line, self.col)
        self.tokens.append(Token(kind, text, span))

    def run(self) -> list[Token]:
        while True:
            self.skip_splices()
            char = self.peek()
            if char == "":
                break
            line, col = self.line, self.col
            if char == "\n":
                self.advance()
                self.tokens.append(Token("newline", "\n", Span.point(self.file, line, col)))
            elif char in " \t\r\f\v":
                self.advance()
            elif char == "\0":  # gcc ignores NULs outside literals, with one warning for each run of them
                self.take_while(lambda c: c == "\0")
                at = Span.point(self.file, line, col)
                self.diags.warning("null_character", "null character(s) ignored", at)
            elif char == "/" and self.peek(1) == "/":
                while self.peek() not in ("", "\n"):
                    self.advance()
                    self.skip_splices()
            elif char == "/" and self.peek(1) == "*":
                self.block_comment(line, col)
            elif char.isalpha() or char == "_":
                text = self.take_while(lambda c: c.isalnum() or c == "_")
                self.emit("keyword" if text in KEYWORDS else "ident", text, line, col)
            elif char.isdigit() or (char == "." and self.peek(1).isdigit()):
                self.number(line, col)
            elif char == "'":
                self.quoted("'", "char", line, col)
            elif char == '"':
                self.quoted('"', "string", line, col)
            else:
                self.punctuator(line, col)
        end = Span.point(self.file, self.line, self.col)
        if self.tokens and self.tokens[-1].kind != "newline":
            self.tokens.append(Token("newline", "\n", end))
        self.tokens.append(Token("eof", "", end))
        return self.tokens

    def take_while(self, accept: object) -> str:
        assert callable(accept)
        out: list[str] = []
        while True:
            self.skip_splices()
            char = self.peek()
            if char == "" or not accept(char):
                return "".join(out)
            out.append(self.advance())

    def block_comment(self, line: int, col: int) -> None:
        self.advance()
        self.advance()
        while not (self.peek() == "*" and self.peek(1) == "/"):
            if self.peek() == "":
                self.error("unterminated comment", line, col, 2)
                return
            self.advance()
        self.advance()
        self.advance()

    def number(self, line: int, col: int) -> None:
        # A preprocessing number: digits, letters, dots and exponent signs; classified afterwards.
        out: list[str] = []
        while True:
            self.skip_splices()
            char = self.peek()
            if char == "":
                break
            # A sign belongs to the number after a decimal exponent (1e+5), not after a hex digit (0xE+1).
            # After a hexadecimal floating constant's binary exponent (0x1p-3) as well.
            hexadecimal = out[0:2] in (["0", "x"], ["0", "X"])
            exponent_sign = char in "+-" and out[-1] in ("pP" if hexadecimal else "eE")
            if char.isalnum() or char in "._" or exponent_sign:
                out.append(self.advance())
            else:
                break
        text = "".join(out)
        kind = "int"
        if any(c in text for c in (".pP" if text.lower().startswith("0x") else ".eE")):
            kind = "float"
        if kind == "int" and parse_int_literal(text) is None:
            self.error(f"invalid integer constant '{text}'", line, col, len(text))
        self.emit(kind, text, line, col)

    def quoted(self, quote: str, kind: str, line: int, col: int) -> None:
        out = [self.advance()]
        while True:
            self.skip_splices()
            char = self.peek()
            if char in ("", "\n"):
                what = "character constant" if kind == "char" else "string literal"
                self.error(f"unterminated {what}", line, col)
                break
            out.append(self.advance())
            if char == "\\":
                self.skip_splices()
                if self.peek() not in ("", "\n"):
                    out.append(self.advance())
            elif char == quote:
                break
        text = "".join(out)
        if "\0" in text:  # kept as the character 0, with gcc's warning at the literal
            at = Span.point(self.file, line, col)
            self.diags.warning("null_character", "null character(s) preserved in literal", at)
        if kind == "char" and text.endswith("'") and len(decode_escapes(text[1:-1])) != 1:
            self.error("a character constant must hold exactly one character", line, col, len(text))
        self.emit(kind, text, line, col)

    def punctuator(self, line: int, col: int) -> None:
        for punct in PUNCTUATORS:
            if self.src.startswith(punct, self.pos):
                for _ in punct:
                    self.advance()
                self.emit("punct", punct, line, col)
                return
        char = self.advance()
        self.error(f"stray '{char}' in program", line, col)


def tokenize(source: str, filename: str, diags: DiagnosticBag) -> list[Token]:
    """The raw tokens of one file, with newline tokens, before preprocessing.

    Most files have no backslash-newline and no lexical error: one regular expression tokenizes those
    quickly. Anything else (a NUL included, which gets gcc's warnings) goes to the character-by-character
    scanner, which gives the same tokens and reports the errors.
    """
    if "\\\n" not in source and "\0" not in source:
        fast = _fast_tokenize(source, filename)
        if fast is not None:
            return fast
    return _Scanner(source, filename, diags).run()


_TOKEN = re.compile(
    r"""
    (?P<newline>\n)
    |(?P<space>[ \t\r\f\v]+)
    |(?P<comment>//[^\n]*|/\*.*?\*/)
    |(?P<ident>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<number>\.?[0-9](?:[eE][+-]|[A-Za-z0-9_.])*)
    |(?P<char>'(?:[^'\\\n]|\\[^\n])*')
    |(?P<string>"(?:[^"\\\n]|\\[^\n])*")
    |(?P<bad>/\*|['"])
    |(?P<punct><<=|>>=|\.\.\.|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[*/%+\-&^|]=|\#\#
        |[\[\](){}.&*+\-~!/%<>^|?:;=,\#])
    """,
    re.VERBOSE | re.DOTALL,
)


def _fast_tokenize(source: str, filename: str) -> list[Token] | None:
    """The tokens of a file without splices or errors; None when the careful scanner is needed."""
    tokens: list[Token] = []
    line, line_start, pos = 1, 0, 0
    end = len(source)
    match = _TOKEN.match
    while pos < end:
        found = match(source, pos)
        if found is None:
            return None
        kind = found.lastgroup
        text = found.group()
        col = pos - line_start + 1
        if kind == "newline":
            tokens.append(_token("newline", "\n", filename, line, col, col + 1))
            line += 1
            line_start = found.end()
        elif kind == "comment":
            breaks = text.count("\n")
            if breaks:
                line += breaks
                line_start = pos + text.rindex("\n") + 1
        elif kind == "bad":
            return None
        elif kind != "space":
            if kind == "ident" and text in KEYWORDS:
                kind = "keyword"
            elif kind == "number":
                hexadecimal = text[:2] in ("0x", "0X")
                if any(c in text for c in ".eE") and not hexadecimal:
                    kind = "float"
                elif hexadecimal and any(c in text for c in "+-.pP"):
                    return None
                else:
                    kind = "int"
                    if parse_int_literal(text) is None:
                        return None
            elif kind == "char" and len(decode_escapes(text[1:-1])) != 1:
                return None
            assert kind is not None
            tokens.append(_token(kind, text, filename, line, col, col + len(text)))
        pos = found.end()
    col = pos - line_start + 1
    last = Span(filename, line, col, line, col + 1)
    if tokens and tokens[-1].kind != "newline":
        tokens.append(Token("newline", "\n", last))
    tokens.append(Token("eof", "", last))
    return tokens


def lex(source: str, filename: str, diags: DiagnosticBag) -> list[Token]:
    """The front-end's lex stage: tokens after preprocessing, ending in eof."""
    from compilers.frontends.c.preprocess import preprocess

    return preprocess(tokenize(source, filename, diags), diags)


def parse_int_literal(text: str) -> tuple[int, bool, bool] | None:
    """(value, unsigned suffix, long suffix) of an integer constant, or None when it is malformed."""
    body = text.rstrip("uUlL")
    suffix = text[len(body) :].lower()
    if suffix not in ("", "u", "l", "ul", "lu", "ll", "ull", "llu"):
        return None
    try:
        if body.lower().startswith("0x"):
            value = int(body[2:], 16)
        elif body.startswith("0") and len(body) > 1:
            value = int(body[1:], 8)
        else:
            value = int(body, 10)
    except ValueError:
        return None
    return value, "u" in suffix, "l" in suffix


def decode_escapes(body: str, signed_bytes: bool = False) -> list[int]:
    """The code points of the text between the quotes of a character or string literal. With
    signed_bytes, a byte written as an escape (`\\xff`, `\\377`) is read as a signed char (-1), as gcc
    reads it in a string of chars; characters of the source text keep their code points."""
    out: list[int] = []
    high = 256 if signed_bytes else 0
    i = 0
    while i < len(body):
        char = body[i]
        if char != "\\" or i + 1 >= len(body):
            out.append(ord(char))
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "x":
            j = i + 2
            while j < len(body) and body[j] in "0123456789abcdefABCDEF":
                j += 1
            byte = int(body[i + 2 : j] or "0", 16) & 0xFF
            out.append(byte - high if byte >= 128 else byte)
            i = j
        elif nxt in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            byte = int(body[i + 1 : j], 8) & 0xFF
            out.append(byte - high if byte >= 128 else byte)
            i = j
        else:
            out.append(SIMPLE_ESCAPES.get(nxt, ord(nxt)))
            i += 2
    return out
