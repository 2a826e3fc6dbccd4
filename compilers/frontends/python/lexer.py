"""The Python lexer: source text to tokens, with NEWLINE, INDENT and DEDENT as CPython's tokenizer makes them.

Indentation follows CPython: a tab advances the column to the next multiple of 8, and a line's indentation
is also measured with tabs counted as one column; when the two measures order the line differently from
the enclosing block's, the mix of tabs and spaces is ambiguous and is a TabError. Inside brackets, and after
a backslash at the end of a line, lines are joined. Token kinds: name, keyword, int, float, string,
fstring, op, newline, indent, dedent, eof, and error (a lexical error the parser reports: the lexer's and
the parser's errors come out of one pass). A string token's text is its source text (prefix and quotes
included); `string_value` decodes it.
"""

from __future__ import annotations

import re

from compilers.diagnostics import DiagnosticBag, Span
from compilers.tokens import Token, make_token

KEYWORDS = frozenset(
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    }
)  # fmt: skip

OPERATORS = (
    "**=", "//=", ">>=", "<<=", "...", "->", ":=",
    "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    "+", "-", "*", "/", "%", "@", "<", ">", "=", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}",
    "&", "|", "^", "~",
)  # fmt: skip

# Longest first (OPERATORS is in that order), so the alternation takes `**=` before `**` before `*`.
_OPERATOR = re.compile("|".join(re.escape(op) for op in OPERATORS))
_NUMBER = re.compile(
    r"0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+"
    r"|(?:\d(?:_?\d)*)?\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?"
    r"|\d(?:_?\d)*\.(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?"
    r"|\d(?:_?\d)*[eE][+-]?\d(?:_?\d)*[jJ]?"
    r"|\d(?:_?\d)*[jJ]?"
)
_NAME = re.compile(r"[^\W\d]\w*")
_STRING_START = re.compile(r"([rRbBfFuU]{0,2})('''|\"\"\"|'|\")")
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_BRACKET_CHARS = frozenset("()[]{}")
_INDENT = re.compile(r"[ \t\f]*")
# The tokens most of a program is, in one expression tried at each token's start (a test per token
# class, each a method call or a match of its own, was most of the lexer's time), in the order the
# lexer decides between them: spaces, a comment, a line's end, a string (a prefix and a quote, so before
# names), a number (a digit, or a point and a digit), a name starting with an ASCII letter or an
# underscore, an operator. Anything else (a backslash, a name or number starting outside ASCII, a
# stray character) is left to the tests one by one.
_TOKEN = re.compile(
    r"(?P<space>[ \t\f]+)|(?P<comment>#[^\n]*)|(?P<newline>\n)"
    r"|(?P<string>(?P<prefix>[rRbBfFuU]{0,2})(?P<quote>'''|\"\"\"|'|\"))"
    r"|(?P<number>(?=\d|\.\d))"
    r"|(?P<name>[A-Za-z_]\w*)"
    r"|(?P<op>" + _OPERATOR.pattern + ")"
)


class _Lexer:
    def __init__(self, source: str, filename: str, diags: DiagnosticBag) -> None:
        self.src = source.replace("\r\n", "\n").replace("\r", "\n")
        self.file = filename
        self.diags = diags
        self.tokens: list[Token] = []
        self.pos = 0
        self.line = 1
        self.line_start = 0
        # The indentation stack, each level measured twice: tabs to multiples of 8, and tabs as 1.
        self.indents: list[tuple[int, int]] = [(0, 0)]
        self.brackets: list[tuple[str, Span]] = []
        self.errors: list[Token] = []

    def span(self, start: int, end: int | None = None) -> Span:
        column = start - self.line_start + 1
        length = max(1, (end if end is not None else start + 1) - start)
        return Span.point(self.file, self.line, column, length)

    def add(self, kind: str, text: str, start: int) -> None:
        # Token(kind, text, self.span(start, start + len(text))), made directly
        column = start - self.line_start + 1
        self.tokens.append(make_token(kind, text, self.file, self.line, column, column + max(1, len(text))))

    def error(self, code: str, message: str, span: Span) -> None:
        # Reported by the parser (see parser.parse), so that one pass gives the lexer's errors and the
        # parser's together; the token's text is "code: message".
        self.errors.append(Token("error", f"{code}: {message}", span))

    def run(self) -> list[Token]:
        src = self.src
        size = len(src)
        file = self.file
        tokens = self.tokens
        append = tokens.append
        match = _TOKEN.match
        at_line_start = True
        while self.pos < size:
            if at_line_start:
                # a line inside brackets has no indentation, even when they close on it: [[x]\n] if c else y
                at_line_start = False
                if not self.brackets and self.indentation():
                    continue  # a blank or comment-only line
            pos = self.pos
            found = match(src, pos)
            group = found.lastgroup if found is not None else None
            if group == "name" or group == "op":
                text = found.group()  # type: ignore[union-attr]
                if group == "op":
                    if text in _BRACKET_CHARS:
                        self.operator(text)
                        continue
                    kind = "op"
                else:
                    kind = "keyword" if text in KEYWORDS else "name"
                # self.add's token, made here: this is the lexer's innermost loop.
                column = pos - self.line_start + 1
                append(make_token(kind, text, file, self.line, column, column + len(text)))
                self.pos = pos + len(text)
                continue
            if group == "space" or group == "comment":
                self.pos = found.end()  # type: ignore[union-attr]
                continue
            if group == "newline":
                if not self.brackets and tokens and tokens[-1].kind not in ("newline", "indent"):
                    self.add("newline", "\n", pos)
                self.newline()
                at_line_start = True
                continue
            if group == "string":
                self.string(found.group("prefix"), found.group("quote"))  # type: ignore[union-attr]
                continue
            if group == "number":
                self.number()
                continue
            char = src[pos]
            if char == "\\":
                if src.startswith("\\\n", pos):
                    self.pos += 1
                    self.newline()
                    continue
                self.error(
                    "syntax",
                    "SyntaxError: unexpected character after line continuation character",
                    self.span(pos),
                )
                self.pos += 1
                continue
            # What _TOKEN leaves but a backslash: a number or name that starts outside ASCII, a stray
            # character.
            if char.isdigit() or (char == "." and pos + 1 < size and src[pos + 1].isdigit()):
                self.number()
                continue
            name = _NAME.match(src, pos)
            if name:
                text = name.group()
                self.add("keyword" if text in KEYWORDS else "name", text, pos)
                self.pos = name.end()
                continue
            op_match = _OPERATOR.match(src, pos)
            if op_match:
                self.operator(op_match.group())
            else:
                # CPython's words: a stray ASCII character ($ ? !) is invalid syntax
                if char.isascii() and char.isprintable():
                    message = "invalid syntax"
                elif char.isprintable():
                    message = f"invalid character '{char}' (U+{ord(char):04X})"
                else:
                    message = f"invalid non-printable character U+{ord(char):04X}"
                self.error("syntax", f"SyntaxError: {message}", self.span(pos))
                self.pos += 1
        if self.brackets and not any("unterminated" in e.text for e in self.errors):
            opener, where = self.brackets[-1]
            self.error("syntax", f"SyntaxError: '{opener}' was never closed", where)
        if self.tokens and self.tokens[-1].kind not in ("newline", "dedent"):
            self.add("newline", "", self.pos)
        while len(self.indents) > 1:
            self.indents.pop()
            self.add("dedent", "", self.pos)
        self.add("eof", "", self.pos)
        return self.errors + self.tokens

    def newline(self) -> None:
        self.pos += 1
        self.line += 1
        self.line_start = self.pos

    def indentation(self) -> bool:
        """Measure the indentation of the line starting at pos; emit INDENT/DEDENT. True for a blank line."""
        src = self.src
        start = self.pos
        pos = _INDENT.match(src, start).end()  # type: ignore[union-attr]
        col = alt = pos - start  # spaces only: both measures are the count
        if "\t" in src[start:pos] or "\f" in src[start:pos]:
            col = alt = 0
            for char in src[start:pos]:
                if char == " ":
                    col += 1
                    alt += 1
                elif char == "\t":
                    col = (col // 8 + 1) * 8
                    alt += 1
                else:  # a form feed resets the count, as in CPython
                    col = alt = 0
        self.pos = pos
        if pos >= len(src) or src[pos] in "#\n" or src.startswith("\\\n", pos):
            return pos < len(src) and src[pos] != "\\"
        top_col, top_alt = self.indents[-1]
        if col == top_col and alt == top_alt:
            return False  # the same block: nothing to emit (most lines)
        # CPython's places: a TabError at the line's first column, an unindent that matches no outer
        # level after the line's last character
        where = Span.point(self.file, self.line, 1)
        line_end = src.find("\n", pos)
        end = Span.point(self.file, self.line, (len(src) if line_end < 0 else line_end) - self.line_start + 1)
        if col > top_col:
            if alt <= top_alt:
                self.error(
                    "indentation", "TabError: inconsistent use of tabs and spaces in indentation", where
                )
            self.indents.append((col, alt))
            self.add("indent", src[self.line_start : pos], self.line_start)
        elif col < top_col:
            while len(self.indents) > 1 and col < self.indents[-1][0]:
                self.indents.pop()
                self.add("dedent", "", pos)
            if col != self.indents[-1][0]:
                self.error(
                    "indentation",
                    "IndentationError: unindent does not match any outer indentation level",
                    end,
                )
            elif alt != self.indents[-1][1]:
                self.error(
                    "indentation", "TabError: inconsistent use of tabs and spaces in indentation", where
                )
        elif alt != top_alt:
            self.error("indentation", "TabError: inconsistent use of tabs and spaces in indentation", where)
        return False

    def operator(self, op: str) -> None:
        start = self.pos
        if op in _BRACKETS:
            self.brackets.append((op, self.span(start)))
        elif op in (")", "]", "}"):
            if not self.brackets:
                self.error("syntax", f"SyntaxError: unmatched '{op}'", self.span(start))
            elif _BRACKETS[self.brackets[-1][0]] != op:
                opener, opened = self.brackets[-1]
                here = self.span(start)
                where = f" on line {opened.line}" if opened.line != here.line else ""
                message = f"closing parenthesis '{op}' does not match opening parenthesis '{opener}'{where}"
                self.error("syntax", f"SyntaxError: {message}", here)
                self.brackets.pop()
            else:
                self.brackets.pop()
        self.add("op", op, start)
        self.pos += len(op)

    def number(self) -> None:
        match = _NUMBER.match(self.src, self.pos)
        assert match is not None
        text = match.group()
        start = self.pos
        self.pos = match.end()
        follow = _NAME.match(self.src, self.pos)
        if follow:
            # CPython's place: the number's last character (the first '_' of a doubled one)
            at = self.pos - (0 if follow.group().startswith("_") else 1)
            kind = {"0x": "hexadecimal", "0o": "octal", "0b": "binary"}.get(text[:2].lower(), "decimal")
            self.error("syntax", f"SyntaxError: invalid {kind} literal", self.span(at))
            self.pos = follow.end()
            return
        is_int = not any(c in text for c in ".jJ") and (
            text[:2].lower() in ("0x", "0o", "0b") or ("e" not in text.lower())
        )
        if is_int and len(text) > 1 and text[0] == "0" and text[1].isdigit() and text.strip("0_"):
            self.error(
                "syntax",
                "SyntaxError: leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers",
                self.span(start, self.pos),
            )
        self.add("int" if is_int else "float", text, start)

    def string(self, prefix: str, quote: str) -> None:
        src = self.src
        start = self.pos
        start_line, start_line_start = self.line, self.line_start
        pos = start + len(prefix) + len(quote)
        raw = "r" in prefix.lower()
        while True:
            if pos >= len(src) or (len(quote) == 1 and src[pos] == "\n"):
                kind = "triple-quoted string literal" if len(quote) == 3 else "string literal"
                message = f"SyntaxError: unterminated {kind} (detected at line {self.line})"
                self.line, self.line_start = start_line, start_line_start
                self.error("syntax", message, self.span(start))
                self.pos = pos
                return
            if src.startswith(quote, pos):
                pos += len(quote)
                break
            if src[pos] == "\\" and pos + 1 < len(src):
                if src[pos + 1] == "\n":
                    self.line += 1
                    self.line_start = pos + 2
                pos += 2
                continue
            if src[pos] == "\n":
                self.line += 1
                self.line_start = pos + 1
            pos += 1
        del raw
        text = src[start:pos]
        kind = "fstring" if "f" in prefix.lower() else "string"
        end_line, end_line_start = self.line, self.line_start
        self.line, self.line_start = start_line, start_line_start
        span = Span(self.file, start_line, start - start_line_start + 1, end_line, pos - end_line_start + 1)
        self.tokens.append(Token(kind, text, span))
        self.line, self.line_start = end_line, end_line_start
        self.pos = pos


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0", "a": "\a",
            "b": "\b", "f": "\f", "v": "\v", "\n": ""}  # fmt: skip


def split_string(text: str) -> tuple[str, str]:
    """A string token's prefix (lower case) and body (between the quotes)."""
    match = _STRING_START.match(text)
    assert match is not None
    prefix, quote = match.group(1), match.group(2)
    return prefix.lower(), text[len(prefix) + len(quote) : len(text) - len(quote)]


def decode_escapes(body: str) -> str:
    """The value of a string body with its backslash escapes (\\n \\t \\xHH \\uHHHH \\ooo ...)."""
    if "\\" not in body:
        return body
    out: list[str] = []
    i = 0
    while i < len(body):
        char = body[i]
        if char != "\\" or i + 1 >= len(body):
            out.append(char)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", body[i + 2 : i + 4]):
            out.append(chr(int(body[i + 2 : i + 4], 16)))
            i += 4
        elif nxt in "uU":
            size = 4 if nxt == "u" else 8
            digits = body[i + 2 : i + 2 + size]
            if len(digits) == size and all(c in "0123456789abcdefABCDEF" for c in digits):
                out.append(chr(int(digits, 16)))
                i += 2 + size
            else:
                out.append(char)
                i += 1
        elif nxt in "01234567":
            octal = re.match(r"[0-7]{1,3}", body[i + 1 : i + 4])
            assert octal is not None
            out.append(chr(int(octal.group(), 8)))
            i += 1 + len(octal.group())
        else:
            out.append(char)
            i += 1
    return "".join(out)


def string_value(text: str) -> str:
    prefix, body = split_string(text)
    return body if "r" in prefix else decode_escapes(body)


def lex(source: str, filename: str, diags: DiagnosticBag) -> list[Token]:
    return _Lexer(source, filename, diags).run()
