"""The core's text form: S-expressions that print and parse back to the same program (README.md).

    (data List (a) (Nil) (Cons 'a (! (List 'a))))     ; `!`: a strict field; 'a: a type variable
    (main (let! n Int (prim add 1 2) (prim putInt n)))

Types: `Int`, `'a`, `(-> A B)`, `(forall a T)`, `(List Int)`. Terms: a name, an integer, `(lam x T e)`,
`(lam! x T e)`, `(app f a ...)`, `(tylam a e)`, `(tyapp e T)`, `(let x T e body)`, `(let! x T e body)`,
`(letrec ((x T e) ...) body)`, `(con C (T ...) e ...)`, `(case e T ((C x ...) e) (5 e) (_ e))`,
`(prim op e ...)`, `(fail T "message")`. Comments run from `;` to the end of the line.
"""

from __future__ import annotations

import re

from compilers.core.syntax import (
    Alt,
    App,
    At,
    Bind,
    Case,
    Con,
    ConDecl,
    DataDecl,
    Expr,
    Fail,
    Lam,
    Let,
    LetRec,
    Lit,
    Prim,
    Program,
    TCon,
    TForall,
    TFun,
    TVar,
    TyApp,
    TyLam,
    Type,
    Var,
)

KEYWORDS = frozenset(
    {
        "lam",
        "lam!",
        "app",
        "tylam",
        "tyapp",
        "let",
        "let!",
        "letrec",
        "con",
        "case",
        "prim",
        "fail",
        "at",
        "_",
    }
)


class CoreSyntaxError(ValueError):
    pass


# ---------------------------------------------------------------- printing


def print_type(t: Type) -> str:
    match t:
        case TVar(name):
            return "'" + name
        case TCon(name, ()):
            return name
        case TCon(name, args):
            return "(" + " ".join([name, *(print_type(a) for a in args)]) + ")"
        case TFun(a, r):
            return f"(-> {print_type(a)} {print_type(r)})"
        case TForall(v, body):
            return f"(forall {v} {print_type(body)})"
    raise TypeError(t)


def print_expr(e: Expr, indent: int = 0) -> str:
    """One term; nested binding forms start new lines, so that programs stay readable."""
    pad = "\n" + "  " * (indent + 1)
    match e:
        case Var(name):
            return name
        case Lit(value):
            return str(value)
        case Lam(x, t, body, strict):
            return f"({'lam!' if strict else 'lam'} {x} {print_type(t)}{pad}{print_expr(body, indent + 1)})"
        case App(_, _):
            fn, args = _spine(e)
            parts = [print_expr(fn, indent + 1), *(print_expr(a, indent + 1) for a in args)]
            return "(app " + " ".join(parts) + ")"
        case TyLam(v, body):
            return f"(tylam {v}{pad}{print_expr(body, indent + 1)})"
        case TyApp(fn, t):
            return f"(tyapp {print_expr(fn, indent + 1)} {print_type(t)})"
        case Let(Bind(x, t, rhs, strict), body):
            # The body at the let's own indentation: a program's chain of definitions stays in one column.
            word = "let!" if strict else "let"
            return (
                f"({word} {x} {print_type(t)} {print_expr(rhs, indent + 1)}"
                f"\n{'  ' * indent}{print_expr(body, indent)})"
            )
        case LetRec(binds, body):
            inner = "\n" + "  " * (indent + 2)
            bs = inner.join(
                f"({b.name} {print_type(b.type)} {print_expr(b.expr, indent + 2)})" for b in binds
            )
            return f"(letrec ({bs}){pad}{print_expr(body, indent + 1)})"
        case Con(name, types, args):
            ts = "(" + " ".join(print_type(t) for t in types) + ")"
            return "(" + " ".join(["con", name, ts, *(print_expr(a, indent + 1) for a in args)]) + ")"
        case Case(scrut, t, alts):
            items = []
            for alt in alts:
                if alt.con is not None:
                    pat = "(" + " ".join([alt.con, *alt.vars]) + ")"
                elif alt.lit is not None:
                    pat = str(alt.lit)
                else:
                    pat = "_"
                items.append(f"({pat} {print_expr(alt.body, indent + 2)})")
            return f"(case {print_expr(scrut, indent + 1)} {print_type(t)}{pad}" + pad.join(items) + ")"
        case Prim(op, args):
            return "(" + " ".join(["prim", op, *(print_expr(a, indent + 1) for a in args)]) + ")"
        case Fail(t, message):
            return f"(fail {print_type(t)} {_quote(message)})"
        case At(line, inner):
            return f"(at {line} {print_expr(inner, indent)})"
    raise TypeError(e)


def _spine(e: Expr) -> tuple[Expr, list[Expr]]:
    args: list[Expr] = []
    while isinstance(e, App):
        args.append(e.arg)
        e = e.fn
    return e, args[::-1]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def print_data(d: DataDecl) -> str:
    cons = []
    for c in d.cons:
        fields = [
            f"(! {print_type(t)})" if s else print_type(t) for t, s in zip(c.fields, c.strict, strict=True)
        ]
        cons.append("(" + " ".join([c.name, *fields]) + ")")
    return f"(data {d.name} (" + " ".join(d.params) + ") " + " ".join(cons) + ")"


def print_program(p: Program) -> str:
    return "".join(print_data(d) + "\n" for d in p.datas) + "(main\n  " + print_expr(p.main, 1) + ")\n"


# ---------------------------------------------------------------- parsing

_TOKEN = re.compile(r'\s+|;[^\n]*|(?P<tok>\(|\)|"(?:[^"\\]|\\.)*"|[^\s()";]+)')
SExp = str | list["SExp"]


class _Str(str):
    """A string literal among the atoms."""


def _read(text: str) -> list[SExp]:
    stack: list[list[SExp]] = [[]]
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise CoreSyntaxError(f"unreadable text at offset {pos}: {text[pos : pos + 20]!r}")
        pos = m.end()
        tok = m.group("tok")
        if tok is None:
            continue
        if tok == "(":
            stack.append([])
        elif tok == ")":
            if len(stack) == 1:
                raise CoreSyntaxError("unbalanced ')'")
            done = stack.pop()
            stack[-1].append(done)
        elif tok.startswith('"'):
            body = tok[1:-1]
            out = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), body)
            stack[-1].append(_Str(out))
        else:
            stack[-1].append(tok)
    if len(stack) != 1:
        raise CoreSyntaxError("unbalanced '(': the text ends inside a form")
    return stack[0]


def _name(s: SExp, what: str) -> str:
    if not isinstance(s, str) or isinstance(s, _Str) or s in KEYWORDS or s.startswith("'"):
        raise CoreSyntaxError(f"expected {what}, found {_show(s)}")
    return s


def _show(s: SExp) -> str:
    if isinstance(s, list):
        return "(" + " ".join(_show(x) for x in s) + ")"
    return s


def parse_type(s: SExp) -> Type:
    if isinstance(s, str):
        if s.startswith("'") and len(s) > 1:
            return TVar(s[1:])
        return TCon(_name(s, "a type"))
    if not s:
        raise CoreSyntaxError("an empty type ()")
    head = s[0]
    if head == "->":
        if len(s) == 2:  # given its argument only, as a type argument (typecheck.wf)
            return TCon("->", (parse_type(s[1]),))
        if len(s) != 3:
            raise CoreSyntaxError(f"(-> A B) takes two types: {_show(s)}")
        return TFun(parse_type(s[1]), parse_type(s[2]))
    if head == "forall":
        if len(s) != 3:
            raise CoreSyntaxError(f"(forall a T) takes a variable and a type: {_show(s)}")
        return TForall(_name(s[1], "a type variable"), parse_type(s[2]))
    return TCon(_name(head, "a type constructor"), tuple(parse_type(a) for a in s[1:]))


def _int(s: SExp) -> int | None:
    if isinstance(s, str) and not isinstance(s, _Str) and re.fullmatch(r"-?\d+", s):
        return int(s)
    return None


def parse_expr(s: SExp) -> Expr:
    if isinstance(s, str):
        n = _int(s)
        if n is not None:
            return Lit(n)
        return Var(_name(s, "a term"))
    if not s:
        raise CoreSyntaxError("an empty form ()")
    head, rest = s[0], s[1:]

    def need(count: int) -> None:
        if len(rest) != count:
            raise CoreSyntaxError(f"({head} ...) takes {count} parts: {_show(s)}")

    match head:
        case "lam" | "lam!":
            need(3)
            return Lam(_name(rest[0], "a variable"), parse_type(rest[1]), parse_expr(rest[2]), head == "lam!")
        case "app":
            if len(rest) < 2:
                raise CoreSyntaxError(f"(app f a ...) needs a function and an argument: {_show(s)}")
            e = parse_expr(rest[0])
            for a in rest[1:]:
                e = App(e, parse_expr(a))
            return e
        case "tylam":
            need(2)
            return TyLam(_name(rest[0], "a type variable"), parse_expr(rest[1]))
        case "tyapp":
            need(2)
            return TyApp(parse_expr(rest[0]), parse_type(rest[1]))
        case "let" | "let!":
            need(4)
            bind = Bind(
                _name(rest[0], "a variable"), parse_type(rest[1]), parse_expr(rest[2]), head == "let!"
            )
            return Let(bind, parse_expr(rest[3]))
        case "letrec":
            need(2)
            if not isinstance(rest[0], list):
                raise CoreSyntaxError(f"letrec needs a list of bindings: {_show(s)}")
            binds = []
            for b in rest[0]:
                if not isinstance(b, list) or len(b) != 3:
                    raise CoreSyntaxError(f"a letrec binding is (x T e): {_show(b)}")
                binds.append(Bind(_name(b[0], "a variable"), parse_type(b[1]), parse_expr(b[2])))
            return LetRec(tuple(binds), parse_expr(rest[1]))
        case "con":
            if len(rest) < 2 or not isinstance(rest[1], list):
                raise CoreSyntaxError(f"(con C (T ...) e ...) : {_show(s)}")
            return Con(
                _name(rest[0], "a constructor"),
                tuple(parse_type(t) for t in rest[1]),
                tuple(parse_expr(a) for a in rest[2:]),
            )
        case "case":
            if len(rest) < 2:
                raise CoreSyntaxError(f"(case e T alt ...) : {_show(s)}")
            return Case(parse_expr(rest[0]), parse_type(rest[1]), tuple(_alt(a) for a in rest[2:]))
        case "prim":
            if not rest:
                raise CoreSyntaxError("(prim op e ...) needs an operation")
            return Prim(_name(rest[0], "an operation"), tuple(parse_expr(a) for a in rest[1:]))
        case "at":
            need(2)
            line = _int(rest[0])
            if line is None or line < 1:
                raise CoreSyntaxError(f"(at LINE e) needs a line number: {_show(s)}")
            return At(line, parse_expr(rest[1]))
        case "fail":
            need(2)
            if not isinstance(rest[1], _Str):
                raise CoreSyntaxError(f'(fail T "message") : {_show(s)}')
            return Fail(parse_type(rest[0]), str(rest[1]))
    raise CoreSyntaxError(f"unknown form {_show(s)}")


def _alt(s: SExp) -> Alt:
    if not isinstance(s, list) or len(s) != 2:
        raise CoreSyntaxError(f"an alternative is (pattern body): {_show(s)}")
    pat, body = s[0], parse_expr(s[1])
    if pat == "_":
        return Alt(body)
    n = _int(pat)
    if n is not None:
        return Alt(body, lit=n)
    if isinstance(pat, list) and pat:
        return Alt(
            body, con=_name(pat[0], "a constructor"), vars=tuple(_name(v, "a variable") for v in pat[1:])
        )
    raise CoreSyntaxError(f"a pattern is (C x ...), an integer or _: {_show(pat)}")


def parse_program(text: str) -> Program:
    datas: list[DataDecl] = []
    main: Expr | None = None
    for form in _read(text):
        if not isinstance(form, list) or not form:
            raise CoreSyntaxError(f"expected (data ...) or (main ...), found {_show(form)}")
        if form[0] == "data":
            if len(form) < 3 or not isinstance(form[2], list):
                raise CoreSyntaxError(f"(data T (a ...) (C field ...) ...) : {_show(form)}")
            cons = []
            for c in form[3:]:
                if not isinstance(c, list) or not c:
                    raise CoreSyntaxError(f"a constructor is (C field ...): {_show(c)}")
                fields, strict = [], []
                for f in c[1:]:
                    if isinstance(f, list) and f and f[0] == "!" and len(f) == 2:
                        fields.append(parse_type(f[1]))
                        strict.append(True)
                    else:
                        fields.append(parse_type(f))
                        strict.append(False)
                cons.append(ConDecl(_name(c[0], "a constructor"), tuple(fields), tuple(strict)))
            params = tuple(_name(p, "a type parameter") for p in form[2])
            datas.append(DataDecl(_name(form[1], "a type name"), params, tuple(cons)))
        elif form[0] == "main":
            if len(form) != 2 or main is not None:
                raise CoreSyntaxError("a program has one (main e)")
            main = parse_expr(form[1])
        else:
            raise CoreSyntaxError(f"expected (data ...) or (main ...), found {_show(form)}")
    if main is None:
        raise CoreSyntaxError("a program needs (main e)")
    return Program(tuple(datas), main)


def parse_expr_text(text: str) -> Expr:
    forms = _read(text)
    if len(forms) != 1:
        raise CoreSyntaxError("expected one term")
    return parse_expr(forms[0])
