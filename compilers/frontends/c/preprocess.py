"""The C preprocessor: directives, macro expansion and the built-in standard headers.

It works on the raw tokens of lexer.tokenize (with their newline tokens) and returns the tokens the
parser reads. Supported: `#include` of the headers in headers.py, object-like and function-like
`#define` (with `#`, `##`, `...` and `__VA_ARGS__`, and gcc's `, ## __VA_ARGS__`), `#undef`,
`#if #ifdef #ifndef #elif #else #endif` with `defined` (`&&`, `||` and `?:` evaluate only the side they
need, as C does), `#error`, `#line`, `#pragma push_macro/pop_macro` (other pragmas are ignored), and the
macros gcc predefines on x86-64 (PREDEFINED, `__LINE__`, `__FILE__`). Each expanded token carries a hide
set, the names of the macros it came from, so that a macro never expands inside itself (Prosser's
algorithm, simplified); a macro's result is rescanned together with the tokens that follow it.
"""

from __future__ import annotations

import functools
import operator
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.c.headers import HEADERS
from compilers.frontends.c.lexer import decode_escapes, parse_int_literal, tokenize
from compilers.tokens import Token

VA_ARGS = "__VA_ARGS__"

# What gcc -std=gnu99 predefines on x86-64 Linux that a program can test or print (`gcc -dM -E`). Not
# __GNUC__: a program that sees it takes GNU extensions (statement expressions, __attribute__, typeof)
# that the subset does not have, while without it portable programs take their standard path.
PREDEFINED: dict[str, str] = {
    "__STDC__": "1", "__STDC_VERSION__": "199901L", "__STDC_HOSTED__": "1",
    "__x86_64__": "1", "__x86_64": "1", "__amd64__": "1", "__amd64": "1",
    "__linux__": "1", "__linux": "1", "__gnu_linux__": "1", "__unix__": "1", "__unix": "1", "__ELF__": "1",
    "__LP64__": "1", "_LP64": "1", "__CHAR_BIT__": "8",
    "__SIZEOF_SHORT__": "2", "__SIZEOF_INT__": "4", "__SIZEOF_LONG__": "8", "__SIZEOF_LONG_LONG__": "8",
    "__SIZEOF_POINTER__": "8", "__SIZEOF_SIZE_T__": "8", "__SIZEOF_PTRDIFF_T__": "8",
    "__SIZEOF_FLOAT__": "4", "__SIZEOF_DOUBLE__": "8", "__SIZEOF_LONG_DOUBLE__": "16",
    "__SIZEOF_WCHAR_T__": "4", "__SIZEOF_WINT_T__": "4",
    "__SCHAR_MAX__": "0x7f", "__SHRT_MAX__": "0x7fff", "__INT_MAX__": "0x7fffffff",
    "__LONG_MAX__": "0x7fffffffffffffffL", "__LONG_LONG_MAX__": "0x7fffffffffffffffLL",
    "__SIZE_MAX__": "0xffffffffffffffffUL", "__PTRDIFF_MAX__": "0x7fffffffffffffffL",
    "__INTMAX_MAX__": "0x7fffffffffffffffL", "__UINTMAX_MAX__": "0xffffffffffffffffUL",
    "__WCHAR_MAX__": "0x7fffffff", "__WCHAR_MIN__": "(-__WCHAR_MAX__ - 1)",
    "__ORDER_LITTLE_ENDIAN__": "1234", "__ORDER_BIG_ENDIAN__": "4321", "__ORDER_PDP_ENDIAN__": "3412",
    "__BYTE_ORDER__": "__ORDER_LITTLE_ENDIAN__",
    "__INT8_TYPE__": "signed char", "__INT16_TYPE__": "short int", "__INT32_TYPE__": "int",
    "__INT64_TYPE__": "long int", "__UINT8_TYPE__": "unsigned char", "__UINT16_TYPE__": "short unsigned int",
    "__UINT32_TYPE__": "unsigned int", "__UINT64_TYPE__": "long unsigned int",
    "__SIZE_TYPE__": "long unsigned int", "__PTRDIFF_TYPE__": "long int",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Macro:
    name: str
    body: tuple[Token, ...]
    params: tuple[str, ...] | None = None  # None for an object-like macro; a variadic one ends in VA_ARGS


@dataclass(frozen=True, slots=True)
class _Tok:
    token: Token
    hide: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Conditional:
    active: bool  # this branch's tokens are kept
    taken: bool  # some branch of this #if has been taken
    parent_active: bool
    seen_else: bool = False


@dataclass(slots=True)
class Preprocessor:
    diags: DiagnosticBag
    macros: dict[str, Macro] = field(default_factory=dict)
    included: set[str] = field(default_factory=set)
    pushed: dict[str, list[Macro | None]] = field(default_factory=dict)  # #pragma push_macro
    # #line: (the file's line where it took effect, the line number it gave, the file name it gave)
    line_override: tuple[int, int, str | None] | None = None

    def run(self, tokens: list[Token]) -> list[Token]:
        out: list[Token] = []
        self.predefine(tokens[0].span.file if tokens else "<input>")
        self.process_file(tokens, out)
        end = tokens[-1].span if tokens else Span.point("<input>", 1, 1)
        out.append(Token("eof", "", end))
        return out

    def process_file(self, tokens: list[Token], out: list[Token]) -> None:
        lines = _split_lines(tokens)
        stack: list[_Conditional] = []
        pending: list[Token] = []  # text lines are expanded together: a macro call may span lines
        for line in lines:
            if line and line[0].text == "#" and line[0].kind == "punct":
                self.flush(pending, out)
                pending = []
                self.directive(line, stack, out)
            elif not stack or stack[-1].active:
                pending.extend(line)
        self.flush(pending, out)
        if stack:
            last = lines[-1][0] if lines and lines[-1] else tokens[-1]
            self.diags.error("syntax", "unterminated #if", last.span)

    def predefine(self, filename: str) -> None:
        self.macros.update(predefined_macros())
        now = time.localtime()
        where = Span.point(filename, 1, 1)
        date = f"{time.strftime('%b', now)} {now.tm_mday:2d} {now.tm_year}"  # gcc's "Dec  4 2026"
        self.macros["__DATE__"] = Macro("__DATE__", (Token("string", quote(date), where),))
        self.macros["__TIME__"] = Macro(
            "__TIME__", (Token("string", quote(time.strftime("%H:%M:%S", now)), where),)
        )
        # Expanded where they are used (expand); entered so that #ifdef and defined() see them.
        for name in ("__LINE__", "__FILE__"):
            self.macros[name] = Macro(name, ())

    def flush(self, pending: list[Token], out: list[Token]) -> None:
        """Expand text lines into out. Most lines name no macro at all: they go through as they are,
        without the hide-set wrapping that expansion needs."""
        macros = self.macros
        if any(t.text in macros for t in pending):
            out.extend(t.token for t in self.expand([_Tok(t) for t in pending]))
        else:
            out.extend(pending)

    # Directives

    def directive(self, line: list[Token], stack: list[_Conditional], out: list[Token]) -> None:
        if len(line) == 1:
            return  # the null directive
        name_tok = line[1]
        name = name_tok.text
        args = line[2:]
        active = not stack or stack[-1].active
        if name in ("if", "ifdef", "ifndef"):
            if not active:
                stack.append(_Conditional(False, True, False))
                return
            if name == "if":
                value = self.evaluate(args, name_tok)
            else:
                if not args or args[0].kind not in ("ident", "keyword"):
                    self.diags.error("syntax", f"#{name} needs a macro name", name_tok.span)
                    value = False
                else:
                    value = (args[0].text in self.macros) == (name == "ifdef")
            stack.append(_Conditional(value, value, True))
            return
        if name in ("elif", "else", "endif"):
            if not stack:
                self.diags.error("syntax", f"#{name} without #if", name_tok.span)
                return
            cond = stack[-1]
            if name == "endif":
                stack.pop()
            elif cond.seen_else:
                self.diags.error("syntax", f"#{name} after #else", name_tok.span)
            elif name == "else":
                cond.seen_else = True
                cond.active = cond.parent_active and not cond.taken
                cond.taken = True
            else:
                value = cond.parent_active and not cond.taken and self.evaluate(args, name_tok)
                cond.active = value
                cond.taken = cond.taken or value
            return
        if not active:
            return
        if name == "include":
            self.include(args, name_tok, out)
        elif name == "define":
            self.define(args, name_tok)
        elif name == "undef":
            if args:
                self.macros.pop(args[0].text, None)
        elif name == "error":
            message = " ".join(t.text for t in args)
            self.diags.error("preprocessor", f"#error {message}".rstrip(), name_tok.span)
        elif name == "pragma":
            self.pragma(args)
        elif name == "line":
            self.line_directive(args, name_tok)
        else:
            self.diags.error("unsupported", f"unsupported preprocessor directive '#{name}'", name_tok.span)

    def pragma(self, args: list[Token]) -> None:
        """push_macro("X") saves X's definition (or that it had none); pop_macro("X") restores it."""
        texts = [t.text for t in args]
        if len(texts) != 4 or texts[0] not in ("push_macro", "pop_macro") or args[2].kind != "string":
            return  # other pragmas are ignored, as gcc ignores the ones it does not know
        name = args[2].text[1:-1]
        if texts[0] == "push_macro":
            self.pushed.setdefault(name, []).append(self.macros.get(name))
            return
        saved = self.pushed.get(name)
        if not saved:
            return
        macro = saved.pop()
        if macro is None:
            self.macros.pop(name, None)
        else:
            self.macros[name] = macro

    def line_directive(self, args: list[Token], name_tok: Token) -> None:
        expanded = [t.token for t in self.expand([_Tok(t) for t in args])]
        number = parse_int_literal(expanded[0].text) if expanded and expanded[0].kind == "int" else None
        if number is None or len(expanded) > 2 or (len(expanded) == 2 and expanded[1].kind != "string"):
            self.diags.error(
                "syntax", '#line expects a line number and an optional "file name"', name_tok.span
            )
            return
        previous = self.line_override[2] if self.line_override else None
        filename = expanded[1].text[1:-1] if len(expanded) == 2 else previous
        self.line_override = (name_tok.span.line + 1, number[0], filename)

    def presumed(self, span: Span) -> tuple[int, str]:
        """__LINE__ and __FILE__ at a token of the main file, after any #line."""
        override = self.line_override
        if override is None or span.file.startswith("<") or span.line < override[0]:
            return span.line, span.file
        return override[1] + span.line - override[0], override[2] or span.file

    def include(self, args: list[Token], name_tok: Token, out: list[Token]) -> None:
        if not args:
            self.diags.error("syntax", '#include expects <FILE> or "FILE"', name_tok.span)
            return
        if args[0].kind == "string":
            header = args[0].text[1:-1]
        elif args[0].text == "<":
            header = "".join(t.text for t in args[1:] if t.text != ">")
        else:
            self.diags.error("syntax", '#include expects <FILE> or "FILE"', args[0].span)
            return
        text = HEADERS.get(header)
        span = args[0].span.to(args[-1].span)
        if text is None:
            self.diags.error(
                "unsupported",
                f"unsupported header '{header}': the subset has "
                + ", ".join(f"<{h}>" for h in sorted(HEADERS)),
                span,
            )
            return
        if header in self.included and header != "assert.h":  # assert.h may be included again (C99 7.2)
            return
        self.included.add(header)
        self.process_file(list(header_tokens(header)), out)

    def define(self, args: list[Token], name_tok: Token) -> None:
        if not args or args[0].kind not in ("ident", "keyword"):
            self.diags.error("syntax", "#define needs a macro name", name_tok.span)
            return
        name = args[0]
        rest = args[1:]
        function_like = bool(rest) and rest[0].text == "(" and rest[0].span.column == name.span.end_column
        if not function_like:
            self.macros[name.text] = Macro(name.text, tuple(rest))
            return
        params: list[str] = []
        i = 1
        want_name = True
        body_names: dict[str, str] = {}  # gcc's named variadic parameter `args...` is __VA_ARGS__
        while i < len(rest) and rest[i].text != ")":
            tok = rest[i]
            if tok.kind == "ident" and want_name:
                params.append(tok.text)
                want_name = False
            elif tok.text == "," and not want_name:
                want_name = True
            elif tok.text == "..." and VA_ARGS not in params:
                if want_name:
                    params.append(VA_ARGS)
                else:
                    body_names[params[-1]] = VA_ARGS
                    params[-1] = VA_ARGS
                want_name = False
            else:
                self.diags.error("syntax", f"unexpected '{tok.text}' in macro parameters", tok.span)
            i += 1
        if i >= len(rest):
            self.diags.error("syntax", "missing ')' in macro parameter list", name.span)
            return
        body = tuple(
            Token(t.kind, body_names[t.text], t.span) if t.text in body_names else t for t in rest[i + 1 :]
        )
        self.macros[name.text] = Macro(name.text, body, tuple(params))

    # Expansion

    def expand(self, tokens: list[_Tok]) -> list[_Tok]:
        out: list[_Tok] = []
        work = list(reversed(tokens))  # a stack: the next token is at the end
        while work:
            tok = work.pop()
            macro = self.macros.get(tok.token.text)
            if tok.token.kind not in ("ident", "keyword") or macro is None or macro.name in tok.hide:
                out.append(tok)
                continue
            if macro.name in ("__LINE__", "__FILE__"):
                line, file = self.presumed(tok.token.span)
                kind, text = ("int", str(line)) if macro.name == "__LINE__" else ("string", quote(file))
                out.append(_Tok(Token(kind, text, tok.token.span), tok.hide))
                continue
            if macro.params is None:
                body = self.substitute(macro, {}, tok)
                work.extend(reversed(body))
                continue
            if not work or work[-1].token.text != "(":
                out.append(tok)  # a function-like macro's name without arguments is an ordinary name
                continue
            collected = self.collect_args(work, tok)
            if collected is None:
                continue
            args, commas = collected
            variadic = bool(macro.params) and macro.params[-1] == VA_ARGS
            if variadic and len(args) >= len(macro.params):
                # The variable arguments are one argument, their commas kept.
                fixed = len(macro.params) - 1
                joined = args[fixed]
                for comma, extra in zip(commas[fixed:], args[fixed + 1 :], strict=True):
                    joined = [*joined, comma, *extra]
                args = [*args[:fixed], joined]
            elif variadic and len(args) == len(macro.params) - 1:
                args = [*args, []]  # no variable arguments at all
            if len(args) != len(macro.params) and not (len(macro.params) == 0 and args == [[]]):
                expected = f"at least {len(macro.params) - 1}" if variadic else str(len(macro.params))
                self.diags.error(
                    "syntax",
                    f"macro '{macro.name}' expects {expected} arguments, got {len(args)}",
                    tok.token.span,
                )
                continue
            body = self.substitute(macro, dict(zip(macro.params, args, strict=False)), tok)
            work.extend(reversed(body))
        return out

    def collect_args(self, work: list[_Tok], name: _Tok) -> tuple[list[list[_Tok]], list[_Tok]] | None:
        """The arguments of a macro call, and the commas between them."""
        work.pop()  # "("
        args: list[list[_Tok]] = [[]]
        commas: list[_Tok] = []
        depth = 0
        while work:
            tok = work.pop()
            text = tok.token.text
            if text == "(":
                depth += 1
            elif text == ")":
                if depth == 0:
                    return args, commas
                depth -= 1
            elif text == "," and depth == 0:
                args.append([])
                commas.append(tok)
                continue
            args[-1].append(tok)
        self.diags.error("syntax", f"unterminated call of macro '{name.token.text}'", name.token.span)
        return None

    def substitute(self, macro: Macro, args: dict[str, list[_Tok]], site: _Tok) -> list[_Tok]:
        hide = site.hide | {macro.name}
        span = site.token.span
        out: list[_Tok] = []
        body = macro.body
        i = 0
        while i < len(body):
            tok = body[i]
            if tok.text == "#" and args and i + 1 < len(body) and body[i + 1].text in args:
                out.append(_Tok(Token("string", quote(spell(args[body[i + 1].text])), span), hide))
                i += 2
                continue
            if tok.text == "##" and out and i + 1 < len(body):
                right = body[i + 1]
                if right.text == VA_ARGS and out[-1].token.text == "," and right.text in args:
                    # gcc's `, ## __VA_ARGS__`: the comma goes when there are no variable arguments.
                    if not args[VA_ARGS]:
                        out.pop()
                    else:
                        out.extend(_Tok(t.token, t.hide | hide) for t in self.expand(args[VA_ARGS]))
                    i += 2
                    continue
                right_text = (
                    "".join(t.token.text for t in args[right.text]) if right.text in args else right.text
                )
                left = out.pop()
                pasted = tokenize(left.token.text + right_text, span.file, self.diags)
                out.extend(
                    _Tok(Token(t.kind, t.text, span), hide)
                    for t in pasted
                    if t.kind not in ("newline", "eof")
                )
                i += 2
                continue
            if tok.kind in ("ident", "keyword") and tok.text in args:
                # Arguments are fully expanded before they are substituted.
                out.extend(_Tok(t.token, t.hide | hide) for t in self.expand(args[tok.text]))
            else:
                out.append(_Tok(Token(tok.kind, tok.text, span), hide))
            i += 1
        return out

    # #if expressions

    def evaluate(self, args: list[Token], where: Token) -> bool:
        replaced: list[_Tok] = []
        i = 0
        while i < len(args):
            tok = args[i]
            if tok.text == "defined":
                name, step = None, 1
                if i + 1 < len(args) and args[i + 1].text == "(" and i + 3 < len(args):
                    name, step = args[i + 2].text, 4
                elif i + 1 < len(args):
                    name, step = args[i + 1].text, 2
                known = "1" if name is not None and name in self.macros else "0"
                replaced.append(_Tok(Token("int", known, tok.span)))
                i += step
                continue
            replaced.append(_Tok(tok))
            i += 1
        tokens = [t.token for t in self.expand(replaced)]
        if not tokens:
            self.diags.error("syntax", "#if with no expression", where.span)
            return False
        evaluator = _IfEvaluator(tokens, self.diags, where)
        try:
            value = evaluator.conditional()
            if evaluator.pos < len(tokens):
                raise _IfError(tokens[evaluator.pos])
        except _IfError as error:
            self.diags.error("syntax", f"unexpected '{error.token.text}' in #if expression", error.token.span)
            return False
        return value != 0


class _IfError(Exception):
    def __init__(self, token: Token) -> None:
        super().__init__(token.text)
        self.token = token


_IF_OPERATORS: dict[str, Callable[[int, int], int]] = {
    "||": lambda a, b: int(bool(a) or bool(b)),
    "&&": lambda a, b: int(bool(a) and bool(b)),
    "|": operator.or_,
    "^": operator.xor,
    "&": operator.and_,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
    "<<": operator.lshift,
    ">>": operator.rshift,
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
}


class _IfEvaluator:
    """Integer expressions of #if: names left after expansion are 0, as in C."""

    BINARY = {
        "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6, "<": 7, ">": 7, "<=": 7, ">=": 7,
        "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
    }  # fmt: skip

    def __init__(self, tokens: list[Token], diags: DiagnosticBag, where: Token) -> None:
        self.tokens = tokens
        self.pos = 0
        self.diags = diags
        self.where = where
        self.unevaluated = 0  # inside the side of && || ?: that C does not evaluate

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise _IfError(Token("eof", "end of line", self.tokens[-1].span))
        self.pos += 1
        return tok

    def conditional(self) -> int:
        cond = self.binary(1)
        tok = self.peek()
        if tok is not None and tok.text == "?":
            self.pos += 1
            yes = self.skipped(self.conditional, not cond)
            if self.take().text != ":":
                raise _IfError(self.tokens[self.pos - 1])
            no = self.skipped(self.conditional, bool(cond))
            return yes if cond else no
        return cond

    def skipped(self, parse: Callable[[], int], skip: bool) -> int:
        """Parse an operand, as not evaluated when skip: its errors (a division by zero) are not C's."""
        self.unevaluated += skip
        try:
            return parse()
        finally:
            self.unevaluated -= skip

    def binary(self, level: int) -> int:
        left = self.unary()
        while True:
            tok = self.peek()
            prec = self.BINARY.get(tok.text, 0) if tok is not None and tok.kind == "punct" else 0
            if prec < level or tok is None:
                return left
            self.pos += 1
            skip = (tok.text == "&&" and not left) or (tok.text == "||" and bool(left))
            right = self.skipped(functools.partial(self.binary, prec + 1), skip)
            left = self.apply(tok, left, right)

    def apply(self, tok: Token, left: int, right: int) -> int:
        op = tok.text
        if op in ("/", "%") and right == 0:
            if not self.unevaluated:
                self.diags.error("syntax", "division by zero in #if", tok.span)
            return 0
        if op == "/":
            return abs(left) // abs(right) * (1 if (left < 0) == (right < 0) else -1)
        if op == "%":
            return left - right * (abs(left) // abs(right) * (1 if (left < 0) == (right < 0) else -1))
        return _IF_OPERATORS[op](left, right)

    def unary(self) -> int:
        tok = self.take()
        if tok.text == "(":
            value = self.conditional()
            if self.take().text != ")":
                raise _IfError(self.tokens[self.pos - 1])
            return value
        if tok.text in ("-", "+", "!", "~") and tok.kind == "punct":
            value = self.unary()
            return {"-": -value, "+": value, "!": int(not value), "~": ~value}[tok.text]
        if tok.kind == "int":
            parsed = parse_int_literal(tok.text)
            return parsed[0] if parsed else 0
        if tok.kind == "char":
            codes = decode_escapes(tok.text[1:-1])
            return codes[0] if codes else 0
        if tok.kind in ("ident", "keyword"):
            return 0
        raise _IfError(tok)


@functools.cache
def predefined_macros() -> dict[str, Macro]:
    """PREDEFINED as macros, made once per process (macros and tokens are never changed)."""
    bag = DiagnosticBag()
    return {
        name: Macro(
            name, tuple(t for t in tokenize(text, "<built-in>", bag) if t.kind not in ("newline", "eof"))
        )
        for name, text in PREDEFINED.items()
    }


@functools.cache
def header_tokens(header: str) -> tuple[Token, ...]:
    """A standard header's raw tokens, made once per process (headers.py's text has no errors)."""
    return tuple(tokenize(HEADERS[header], f"<{header}>", DiagnosticBag()))


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def spell(tokens: list[_Tok]) -> str:
    """The text of a macro argument for `#`: a space only where the source had white space."""
    out: list[str] = []
    previous: Token | None = None
    for tok in tokens:
        token = tok.token
        if previous is not None and (
            token.span.line != previous.span.end_line or token.span.column != previous.span.end_column
        ):
            out.append(" ")
        out.append(token.text)
        previous = token
    return "".join(out)


def _split_lines(tokens: list[Token]) -> list[list[Token]]:
    lines: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        if tok.kind == "newline":
            if current:
                lines.append(current)
            current = []
        elif tok.kind != "eof":
            current.append(tok)
    if current:
        lines.append(current)
    return lines


def preprocess(tokens: list[Token], diags: DiagnosticBag) -> list[Token]:
    """Run the directives and expand the macros of one file's raw tokens."""
    return Preprocessor(diags).run(tokens)
