"""System F tokens to a syntax tree (README.md in this folder has the grammar). A syntax error is
reported at its token; the parser then skips to the next declaration and goes on."""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.systemf import ast as A
from compilers.tokens import Token


class _Error(Exception):
    pass


# Binary operators by precedence level, loosest first.
LEVELS: list[tuple[str, ...]] = [
    ("||",),
    ("&&",),
    ("==", "!=", "<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "/", "%"),
]
DECL_START = frozenset({"data", "let", "print"})


class Parser:
    def __init__(self, tokens: list[Token], diags: DiagnosticBag) -> None:
        self.toks = tokens
        self.pos = 0
        self.diags = diags

    @property
    def tok(self) -> Token:
        return self.toks[self.pos]

    def at(self, text: str) -> bool:
        t = self.tok
        return t.text == text and t.kind in ("punct", "keyword")

    def next(self) -> Token:
        t = self.tok
        if t.kind != "eof":
            self.pos += 1
        return t

    def fail(self, message: str, tok: Token | None = None) -> _Error:
        t = tok or self.tok
        found = "the end of the program" if t.kind == "eof" else f"'{t.text}'"
        self.diags.error("syntax", f"{message}, found {found}", t.span)
        return _Error()

    def expect(self, text: str, what: str | None = None) -> Token:
        if not self.at(text):
            raise self.fail(f"expected {what or repr(text)}")
        return self.next()

    def ident(self, kind: str, what: str) -> Token:
        if self.tok.kind != kind:
            raise self.fail(f"expected {what}")
        return self.next()

    # ------------------------------------------------------------ declarations

    def program(self, filename: str) -> A.SFProgram:
        decls: list[A.Decl] = []
        while self.tok.kind != "eof":
            try:
                decls.append(self.decl())
            except _Error:
                self.next()
                while self.tok.kind != "eof" and not (
                    self.tok.kind == "keyword" and self.tok.text in DECL_START and self.tok.span.column == 1
                ):
                    self.next()
        return A.SFProgram(decls, filename)

    def decl(self) -> A.Decl:
        t = self.tok
        if self.at("data"):
            self.next()
            name = self.ident("upper", "a data type name (capitalised)")
            params = []
            while self.tok.kind == "upper":
                params.append(self.next().text)
            self.expect("=", "'=' and the constructors")
            cons = [self.con_spec()]
            while self.at("|"):
                self.next()
                cons.append(self.con_spec())
            return A.DataDef(name.text, params, cons, t.span)
        if self.at("let"):
            self.next()
            name = self.ident("ident", "a name to define")
            annot = None
            if self.at(":"):
                self.next()
                annot = self.type_()
            self.expect("=")
            rhs = self.expr()
            if self.at("in"):
                raise self.fail("a top-level 'let' defines a name for the rest of the program (no 'in')")
            return A.LetDef(name.text, annot, rhs, name.span)
        if self.at("print"):
            self.next()
            return A.PrintDef(self.expr(), t.span)
        raise self.fail("expected 'let', 'data' or 'print' to start a declaration")

    def con_spec(self) -> A.ConSpec:
        name = self.ident("upper", "a constructor name (capitalised)")
        fields = []
        while self.tok.kind == "upper" or self.at("("):
            fields.append(self.atype())
        return A.ConSpec(name.text, fields, name.span)

    # ------------------------------------------------------------ types

    def type_(self) -> A.SType:
        t = self.tok
        if self.at("forall"):
            self.next()
            names = [self.ident("upper", "a type variable (capitalised)").text]
            while self.tok.kind == "upper" or self.at(","):
                if self.at(","):
                    self.next()
                names.append(self.ident("upper", "a type variable (capitalised)").text)
            self.expect(".", "'.' after the type variables")
            body = self.type_()
            for name in reversed(names):
                body = A.TAll(name, body, t.span)
            return body
        left = self.btype()
        if self.at("->"):
            self.next()
            return A.TArrow(left, self.type_(), t.span)
        return left

    def btype(self) -> A.SType:
        if self.tok.kind == "upper":
            name = self.next()
            args = []
            while self.tok.kind == "upper" or self.at("("):
                args.append(self.atype())
            return A.TName(name.text, args, name.span)
        return self.atype()

    def atype(self) -> A.SType:
        if self.tok.kind == "upper":
            name = self.next()
            return A.TName(name.text, [], name.span)
        if self.at("("):
            self.next()
            inner = self.type_()
            self.expect(")")
            return inner
        raise self.fail("expected a type")

    # ------------------------------------------------------------ expressions

    def expr(self) -> A.Expr:
        t = self.tok
        if self.at("\\"):
            self.next()
            name = self.ident("ident", "a parameter name")
            self.expect(":", "':' and the parameter's type (System F's binders are typed: \\x:Int. e)")
            ptype = self.type_()
            self.expect(".", "'.' before the lambda's body")
            return A.Lambda(t.span, param=name.text, param_type=ptype, body=self.expr())
        if self.at("/\\"):
            self.next()
            name = self.ident("upper", "a type variable (capitalised)")
            self.expect(".", "'.' before the body")
            return A.TypeLambda(t.span, var=name.text, body=self.expr())
        if self.at("let"):
            self.next()
            name = self.ident("ident", "a name to define")
            annot = None
            if self.at(":"):
                self.next()
                annot = self.type_()
            self.expect("=")
            rhs = self.expr()
            self.expect("in", "'in' after the definition")
            return A.LetIn(name.span, name=name.text, annot=annot, rhs=rhs, body=self.expr())
        if self.at("if"):
            self.next()
            cond = self.expr()
            self.expect("then")
            then = self.expr()
            self.expect("else")
            return A.If(t.span, cond=cond, then=then, other=self.expr())
        if self.at("case"):
            self.next()
            scrut = self.expr()
            self.expect("of")
            if self.at("|"):
                self.next()
            alts = [self.alt()]
            while self.at("|"):
                self.next()
                alts.append(self.alt())
            return A.CaseOf(t.span, scrut=scrut, alts=alts)
        return self.binary(0)

    def alt(self) -> A.CaseAlt:
        t = self.tok
        con, lit, names = None, None, []
        if t.kind == "upper":
            con = self.next().text
            while self.tok.kind == "ident" or self.at("_"):
                v = self.next()
                names.append((v.text, v.span))
        elif t.kind == "int" or self.at("-"):
            neg = self.at("-")
            if neg:
                self.next()
            lit = int(self.ident("int", "an integer").text) * (-1 if neg else 1)
        elif self.at("true") or self.at("false"):
            lit = self.next().text == "true"
        elif self.at("_"):
            self.next()
        else:
            raise self.fail("expected a pattern (a constructor with names, an integer, true, false or _)")
        self.expect("->", "'->' after the pattern")
        return A.CaseAlt(t.span, self.expr(), con, names, lit)

    def binary(self, level: int) -> A.Expr:
        if level == len(LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        comparison = "==" in LEVELS[level]
        while self.tok.kind == "punct" and self.tok.text in LEVELS[level]:
            op = self.next()
            right = self.binary(level + 1)
            left = A.BinOp(op.span, op=op.text, left=left, right=right)
            if comparison and self.tok.kind == "punct" and self.tok.text in LEVELS[level]:
                raise self.fail("comparisons do not chain: use parentheses or &&")
        return left

    def unary(self) -> A.Expr:
        if self.at("-"):
            t = self.next()
            return A.Negate(t.span, operand=self.unary())
        return self.application()

    def starts_atom(self) -> bool:
        t = self.tok
        words = ("(", "true", "false", "readInt")
        return t.kind in ("int", "ident", "upper") or any(self.at(w) for w in words)

    def application(self) -> A.Expr:
        if self.at("fix"):
            t = self.next()
            fn: A.Expr = A.Fix(t.span, fn=self.atom())
        else:
            fn = self.atom()
        while True:
            if self.at("["):
                open_ = self.next()
                arg = self.type_()
                self.expect("]")
                fn = A.TypeApply(open_.span, fn=fn, arg=arg)
            elif self.starts_atom():
                arg_e = self.atom()
                fn = A.Apply(arg_e.span, fn=fn, arg=arg_e)
            elif self.at("\\") or self.at("/\\"):
                lam = self.expr()  # a lambda as the last argument: f \x:Int. x
                fn = A.Apply(lam.span, fn=fn, arg=lam)
            else:
                return fn

    def atom(self) -> A.Expr:
        t = self.tok
        if t.kind == "int":
            self.next()
            return A.IntLit(t.span, value=int(t.text))
        if self.at("true") or self.at("false"):
            self.next()
            return A.BoolLit(t.span, value=t.text == "true")
        if self.at("readInt"):
            self.next()
            return A.Read(t.span)
        if t.kind == "ident":
            self.next()
            return A.Name(t.span, name=t.text)
        if t.kind == "upper":
            self.next()
            return A.ConRef(t.span, name=t.text)
        if self.at("("):
            self.next()
            inner = self.expr()
            self.expect(")")
            return inner
        if self.at("fix"):
            return self.application()
        raise self.fail("expected an expression")


def parse(tokens: list[Token], diags: DiagnosticBag) -> A.SFProgram:
    filename = tokens[0].span.file if tokens else "<input>"
    return Parser(tokens, diags).program(filename)


def _span_of(tokens: list[Token]) -> Span:
    return tokens[0].span
