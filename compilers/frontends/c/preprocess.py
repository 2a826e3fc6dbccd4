"""The C preprocessor: directives, macro expansion and the built-in standard headers.

It works on the raw tokens of lexer.tokenize (with their newline tokens) and returns the tokens the
parser reads. Supported: `#include` of the headers in headers.py, object-like and function-like
`#define` (with `#` and `##`), `#undef`, `#if #ifdef #ifndef #elif #else #endif` with `defined`,
`#error`, and `#pragma` (ignored). Each expanded token carries a hide set, the names of the macros it
came from, so that a macro never expands inside itself (Prosser's algorithm, simplified).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.c.headers import HEADERS
from compilers.frontends.c.lexer import decode_escapes, parse_int_literal, tokenize
from compilers.tokens import Token


@dataclass(frozen=True, slots=True)
class Macro:
    name: str
    body: tuple[Token, ...]
    params: tuple[str, ...] | None = None  # None for an object-like macro


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

    def run(self, tokens: list[Token]) -> list[Token]:
        out: list[Token] = []
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
        elif name in ("pragma", "line"):
            return
        else:
            self.diags.error("unsupported", f"unsupported preprocessor directive '#{name}'", name_tok.span)

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
        if header in self.included:
            return
        self.included.add(header)
        self.process_file(tokenize(text, f"<{header}>", self.diags), out)

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
        while i < len(rest) and rest[i].text != ")":
            tok = rest[i]
            if tok.kind == "ident" and want_name:
                params.append(tok.text)
                want_name = False
            elif tok.text == "," and not want_name:
                want_name = True
            elif tok.text == "...":
                self.diags.error("unsupported", "variadic macros are not supported", tok.span)
            else:
                self.diags.error("syntax", f"unexpected '{tok.text}' in macro parameters", tok.span)
            i += 1
        if i >= len(rest):
            self.diags.error("syntax", "missing ')' in macro parameter list", name.span)
            return
        self.macros[name.text] = Macro(name.text, tuple(rest[i + 1 :]), tuple(params))

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
            if macro.params is None:
                body = self.substitute(macro, {}, tok)
                work.extend(reversed(body))
                continue
            if not work or work[-1].token.text != "(":
                out.append(tok)  # a function-like macro's name without arguments is an ordinary name
                continue
            args = self.collect_args(work, tok)
            if args is None:
                continue
            if len(args) != len(macro.params) and not (len(macro.params) == 0 and args == [[]]):
                self.diags.error(
                    "syntax",
                    f"macro '{macro.name}' expects {len(macro.params)} arguments, got {len(args)}",
                    tok.token.span,
                )
                continue
            body = self.substitute(macro, dict(zip(macro.params, args, strict=False)), tok)
            work.extend(reversed(body))
        return out

    def collect_args(self, work: list[_Tok], name: _Tok) -> list[list[_Tok]] | None:
        work.pop()  # "("
        args: list[list[_Tok]] = [[]]
        depth = 0
        while work:
            tok = work.pop()
            text = tok.token.text
            if text == "(":
                depth += 1
            elif text == ")":
                if depth == 0:
                    return args
                depth -= 1
            elif text == "," and depth == 0:
                args.append([])
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
                text = spell(args[body[i + 1].text])
                escaped = text.replace("\\", "\\\\").replace('"', '\\"')
                out.append(_Tok(Token("string", f'"{escaped}"', span), hide))
                i += 2
                continue
            if tok.text == "##" and out and i + 1 < len(body):
                right = body[i + 1]
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
            if tok.kind == "ident" and tok.text in args:
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
            yes = self.conditional()
            if self.take().text != ":":
                raise _IfError(self.tokens[self.pos - 1])
            no = self.conditional()
            return yes if cond else no
        return cond

    def binary(self, level: int) -> int:
        left = self.unary()
        while True:
            tok = self.peek()
            prec = self.BINARY.get(tok.text, 0) if tok is not None and tok.kind == "punct" else 0
            if prec < level or tok is None:
                return left
            self.pos += 1
            right = self.binary(prec + 1)
            left = self.apply(tok, left, right)

    def apply(self, tok: Token, left: int, right: int) -> int:
        op = tok.text
        if op in ("/", "%") and right == 0:
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
