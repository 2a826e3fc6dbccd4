"""The reader's second half: tokens to LISP data (lists, symbols upcased, integers, strings, characters,
vectors). Quote, backquote, unquote and #' become (QUOTE x), (QUASIQUOTE x), (UNQUOTE x),
(UNQUOTE-SPLICING x) and (FUNCTION x). Ratios and floats are diagnosed: the Engine's numbers are integers."""

from __future__ import annotations

import re

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.lisp.ast import CHAR_BY_NAME, NIL, Char, Cons, LString, Symbol, lisp_list
from compilers.tokens import Token

INTEGER = re.compile(r"[+-]?\d+\.?$")
RATIO = re.compile(r"[+-]?\d+/\d+$")
FLOAT = re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)([eEdDfFsS][+-]?\d+)?$")
QUOTES = {"'": "QUOTE", "`": "QUASIQUOTE", ",": "UNQUOTE", ",@": "UNQUOTE-SPLICING", "#'": "FUNCTION"}


class _Reader:
    def __init__(self, tokens: list[Token], diags: DiagnosticBag) -> None:
        self.tokens = tokens
        self.pos = 0
        self.diags = diags

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def next(self) -> Token:
        tok = self.tokens[self.pos]
        if tok.kind != "eof":
            self.pos += 1
        return tok

    def read(self) -> object:
        tok = self.next()
        if tok.kind == "eof":
            self.diags.error("syntax", "unexpected end of file: a form is missing", tok.span)
            return NIL
        if tok.kind == "string":
            return LString(tok.text)
        if tok.kind == "char":
            return self.char(tok)
        if tok.kind == "atom":
            return self.atom(tok)
        if tok.text in QUOTES:
            inner = self.read()
            return Cons(Symbol.of(QUOTES[tok.text]), Cons(inner, NIL), tok.span)
        if tok.text == "(":
            return self.list_(tok)
        if tok.text == "#(":
            return self.items(tok)  # a vector constant: a Python list
        self.diags.error("syntax", "unexpected ')'", tok.span)
        return NIL

    def items(self, opener: Token) -> list[object]:
        items: list[object] = []
        while True:
            tok = self.peek()
            if tok.kind == "eof":
                self.diags.error("syntax", "unbalanced parenthesis: this list is never closed", opener.span)
                return items
            if tok.kind == "punct" and tok.text == ")":
                self.next()
                return items
            items.append(self.read())

    def list_(self, opener: Token) -> object:
        items: list[object] = []
        tail: object = NIL
        while True:
            tok = self.peek()
            if tok.kind == "eof":
                self.diags.error("syntax", "unbalanced parenthesis: this list is never closed", opener.span)
                break
            if tok.kind == "punct" and tok.text == ")":
                self.next()
                break
            if tok.kind == "atom" and tok.text == ".":
                self.next()
                if not items:
                    self.diags.error("syntax", "nothing before the dot of a dotted list", tok.span)
                tail = self.read()
                end = self.next()
                if not (end.kind == "punct" and end.text == ")"):
                    self.diags.error("syntax", "expected ')' after the tail of a dotted list", end.span)
                break
            items.append(self.read())
        if not items:
            return NIL
        out = lisp_list(items, tail)
        assert isinstance(out, Cons)
        out.span = opener.span
        return out

    def char(self, tok: Token) -> object:
        text = tok.text
        if len(text) == 1:
            return Char(ord(text))
        named = CHAR_BY_NAME.get(text.upper())
        if named is None:
            self.diags.error("syntax", f"unknown character name #\\{text}", tok.span)
            return Char(0)
        return Char(ord(named))

    def atom(self, tok: Token) -> object:
        text = tok.text
        if INTEGER.match(text):
            return int(text.rstrip("."))
        if RATIO.match(text):
            self.diags.error("unsupported", f"ratio {text}: only integers are supported", tok.span)
            return 0
        if FLOAT.match(text) and any(c.isdigit() for c in text):
            self.diags.error(
                "unsupported", f"floating-point number {text}: only integers are supported", tok.span
            )
            return 0
        if ":" in text[1:]:
            self.diags.error("unsupported", f"package-qualified symbol {text}", tok.span)
        return Symbol.of(text.upper())


def parse(tokens: list[Token], diags: DiagnosticBag) -> list[object]:
    """Every top-level form of the program, in order."""
    reader = _Reader(tokens, diags)
    forms: list[object] = []
    while reader.peek().kind != "eof":
        forms.append(reader.read())
    return forms
