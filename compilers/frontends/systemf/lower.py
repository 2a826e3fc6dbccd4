"""System F to the functional core (the driver's elaboration stage), then through the core to the IR
(compilers/core/README.md).

System F here is call-by-value: a `let` evaluates its definition first, an application evaluates the
function, then its arguments left to right, then applies it, and every lambda's binder is strict.
`fix f` is a recursive binding of the core (`letrec`), so that a recursive function becomes a known
function with direct calls and tail calls."""

from __future__ import annotations

from compilers.core import syntax as c
from compilers.core.pipeline import core_to_ir
from compilers.core.text import parse_expr_text
from compilers.diagnostics import DiagnosticBag
from compilers.frontends.systemf import ast as A
from compilers.frontends.systemf.check import Checker, ConInfo
from compilers.ir import Module

MADE_BY = "the System F front-end's elaboration (compilers/frontends/systemf/lower.py)"
PRIM_OF = {
    "+": "add",
    "-": "sub",
    "*": "mul",
    "/": "quot",
    "%": "rem",
    "==": "eq",
    "!=": "ne",
    "<": "lt",
    "<=": "le",
    ">": "gt",
    ">=": "ge",
}
TRUE = c.Con("True", (), ())
FALSE = c.Con("False", (), ())
# `readInt` in the core: skip blanks, an optional '-', then decimal digits, read one character at a time with
# the core's getChar (-1 at the end of the input); the character after the number (a blank or a line's
# end) is consumed with it. Input with no number where `readInt` looks for one reads as 0.
READ = parse_expr_text(
    """
(letrec ((%skip (-> Int Int) (lam! c Int
           (case (prim le c 32) Int
             ((True) (case (prim eq c -1) Int
               ((True) c)
               ((False) (let! d Int (prim getChar 0) (app %skip d)))))
             ((False) c))))
         (%digits (-> Int (-> Int Int)) (lam! n Int (lam! c Int
           (case (prim ge c 48) Int
             ((True) (case (prim le c 57) Int
               ((True) (let! d Int (prim getChar 0)
                 (app %digits (prim sub (prim add (prim mul n 10) c) 48) d)))
               ((False) n)))
             ((False) n))))))
  (let! first Int (prim getChar 0)
  (let! c Int (app %skip first)
  (case (prim eq c 45) Int
    ((True) (let! d Int (prim getChar 0) (prim neg (app %digits 0 d))))
    ((False) (app %digits 0 c))))))
"""
)


class Elaborator:
    def __init__(self, cons: dict[str, ConInfo]) -> None:
        self.cons = cons
        self.counter = 0

    def fresh(self) -> str:
        self.counter += 1
        return f"%t{self.counter}"  # never a System F name

    def type_of(self, e: A.Expr) -> c.Type:
        assert e.type is not None, "the checker types every expression"
        return e.type

    def atomic(self, e: A.Expr, binds: list[c.Bind]) -> c.Expr:
        """e as an argument: a value as it is, anything else bound first with a strict let."""
        out = self.expr(e)
        if isinstance(out, c.Var | c.Lit | c.Lam | c.TyLam) or (isinstance(out, c.Con) and not out.args):
            return out
        name = self.fresh()
        binds.append(c.Bind(name, self.type_of(e), out, True))
        return c.Var(name)

    def expr(self, e: A.Expr) -> c.Expr:
        """The core of e; computations carry their source line, which a run that stops in them reports."""
        out = self._expr(e)
        if isinstance(e, A.BinOp | A.Negate | A.Apply | A.TypeApply | A.If | A.CaseOf | A.Fix | A.Read):
            return c.At(e.span.line, out)
        return out

    def _expr(self, e: A.Expr) -> c.Expr:
        match e:
            case A.IntLit(value=v):
                return c.Lit(v)
            case A.BoolLit(value=v):
                return TRUE if v else FALSE
            case A.Read():
                return READ
            case A.Name(name=n):
                return c.Var(n)
            case A.ConRef(name=n):
                return self.constructor(n)
            case A.Lambda(param=p, body=body):
                t = self.type_of(e)
                assert isinstance(t, c.TFun) and body is not None
                return c.Lam(p, t.arg, self.expr(body), True)
            case A.TypeLambda(var=v, body=body):
                assert body is not None
                return c.TyLam(v, self.expr(body))
            case A.Apply() | A.TypeApply():
                return self.application(e)
            case A.LetIn(name=n, rhs=rhs, body=body):
                assert rhs is not None and body is not None
                return c.Let(c.Bind(n, self.bound_type(rhs, body, n), self.expr(rhs), True), self.expr(body))
            case A.If(cond=cond, then=a, other=b):
                assert cond is not None and a is not None and b is not None
                return self.if_(self.expr(cond), self.type_of(e), self.expr(a), self.expr(b))
            case A.BinOp(op=op, left=l, right=r):
                assert l is not None and r is not None
                left, right = self.expr(l), self.expr(r)
                if op == "&&":
                    return self.if_(left, c.BOOL, right, FALSE)
                if op == "||":
                    return self.if_(left, c.BOOL, TRUE, right)
                if op in ("==", "!=") and c.types_equal(self.type_of(l), c.BOOL):
                    same = op == "=="
                    return self.if_(
                        left,
                        c.BOOL,
                        self.if_(right, c.BOOL, TRUE if same else FALSE, FALSE if same else TRUE),
                        self.if_(right, c.BOOL, FALSE if same else TRUE, TRUE if same else FALSE),
                    )
                return c.Prim(PRIM_OF[op], (left, right))
            case A.Negate(operand=o):
                assert o is not None
                return c.Prim("neg", (self.expr(o),))
            case A.Fix(fn=fn):
                assert fn is not None
                return self.fix(fn, self.type_of(e))
            case A.CaseOf(scrut=scrut, alts=alts):
                assert scrut is not None
                return self.case(self.expr(scrut), self.type_of(e), alts)
        raise TypeError(e)

    def bound_type(self, rhs: A.Expr, body: A.Expr, name: str) -> c.Type:
        return self.type_of(rhs) if rhs.type is not None else self.type_of(body)

    def if_(self, cond: c.Expr, t: c.Type, a: c.Expr, b: c.Expr) -> c.Expr:
        return c.Case(cond, t, (c.Alt(a, con="True"), c.Alt(b, con="False")))

    def constructor(self, name: str) -> c.Expr:
        """A constructor as a polymorphic function: /\\A. \\x1:T1. ... Con [A] x1 ..."""
        info = self.cons[name]
        names = [self.fresh() for _ in info.fields]
        out: c.Expr = c.Con(name, tuple(c.TVar(p) for p in info.params), tuple(c.Var(n) for n in names))
        for n, f in reversed(list(zip(names, info.fields, strict=False))):
            out = c.Lam(n, f, out, True)
        for p in reversed(info.params):
            out = c.TyLam(p, out)
        return out

    def application(self, e: A.Expr) -> c.Expr:
        spine: list[A.Expr | A.SType] = []
        types: list[c.Type] = []
        head = e
        while isinstance(head, A.Apply | A.TypeApply):
            assert head.fn is not None and head.arg is not None
            spine.append(head.arg)
            head = head.fn
        spine.reverse()
        binds: list[c.Bind] = []
        term_args = [a for a in spine if not isinstance(a, A.TName | A.TArrow | A.TAll)]
        if isinstance(head, A.ConRef):
            info = self.cons[head.name]
            ntypes = len(spine) - len(term_args)
            if (
                len(term_args) == info.arity
                and ntypes == len(info.params)
                and all(isinstance(a, A.TName | A.TArrow | A.TAll) for a in spine[:ntypes])
            ):
                # A saturated constructor: built at once from its evaluated arguments.
                types = self.type_args(e, ntypes)
                args = tuple(self.atomic(a, binds) for a in term_args)
                return self.wrap(binds, c.Con(head.name, tuple(types), args))
        fn = self.atomic(head, binds)
        typed = self.type_args(e, len(spine) - len(term_args))
        out = fn
        ti = 0
        for a in spine:
            if isinstance(a, A.TName | A.TArrow | A.TAll):
                out = c.TyApp(out, typed[ti])
                ti += 1
            else:
                out = c.App(out, self.atomic(a, binds))
        return self.wrap(binds, out)

    def type_args(self, e: A.Expr, count: int) -> list[c.Type]:
        """The resolved types of the spine's type applications, in order (from the checker's results)."""
        found: list[c.Type] = []
        node = e
        while isinstance(node, A.Apply | A.TypeApply):
            if isinstance(node, A.TypeApply):
                assert node.fn is not None and node.fn.type is not None and node.type is not None
                fn_type = node.fn.type
                assert isinstance(fn_type, c.TForall)
                found.append(_solve(fn_type, node.type))
            node = node.fn  # type: ignore[assignment]
        found.reverse()
        assert len(found) == count
        return found

    def wrap(self, binds: list[c.Bind], body: c.Expr) -> c.Expr:
        for b in reversed(binds):
            body = c.Let(b, body)
        return body

    def fix(self, fn: A.Expr, t: c.Type) -> c.Expr:
        if isinstance(fn, A.Lambda) and fn.body is not None:
            # fix (\f:T. body) is `letrec f = body in f`
            return c.LetRec((c.Bind(fn.param, t, self.expr(fn.body)),), c.Var(fn.param))
        r = self.fresh()
        arg: c.Expr = c.Var(r)
        if isinstance(t, c.TFun):  # eta-expanded, so that a strict binder does not force the knot
            x = self.fresh()
            arg = c.Lam(x, t.arg, c.App(c.Var(r), c.Var(x)), True)
        return c.LetRec((c.Bind(r, t, c.App(self.expr(fn), arg)),), c.Var(r))

    def case(self, scrut: c.Expr, t: c.Type, alts: list[A.CaseAlt]) -> c.Expr:
        out = []
        for alt in alts:
            body = self.expr(alt.body)
            if alt.con is not None:
                names = tuple(v if v != "_" else self.fresh() for v, _ in alt.vars)
                out.append(c.Alt(body, con=alt.con, vars=names))
            elif isinstance(alt.lit, bool):
                out.append(c.Alt(body, con="True" if alt.lit else "False"))
            elif alt.lit is not None:
                out.append(c.Alt(body, lit=alt.lit))
            else:
                out.append(c.Alt(body))
                break
        return c.Case(scrut, t, tuple(out))

    def print_(self, e: A.Expr, rest: c.Expr, line: int) -> c.Expr:
        value = self.expr(e)
        shown: c.Expr
        if c.types_equal(self.type_of(e), c.INT):
            shown = c.Let(c.Bind(self.fresh(), c.INT, c.Prim("putInt", (value,)), True), self.chars("\n"))
        else:
            shown = self.if_(value, c.INT, self.chars("true\n"), self.chars("false\n"))
        return c.Let(c.Bind(self.fresh(), c.INT, c.At(line, shown), True), rest)

    def chars(self, text: str) -> c.Expr:
        out: c.Expr = c.Lit(0)
        for ch in reversed(text):
            out = c.Let(c.Bind(self.fresh(), c.INT, c.Prim("putChar", (c.Lit(ord(ch)),)), True), out)
        return out


def _solve(scheme: c.TForall, result: c.Type) -> c.Type:
    """The type T with scheme.body[T/var] == result (the type argument of a type application)."""
    found = _match(scheme.body, result, scheme.var)
    return found if found is not None else c.TCon("Int")  # var unused in the body: any type will do


def _match(pattern: c.Type, t: c.Type, var: str) -> c.Type | None:
    match pattern, t:
        case c.TVar(n), _ if n == var:
            return t
        case c.TCon(_, ps), c.TCon(_, ts):
            for p, q in zip(ps, ts, strict=False):
                m = _match(p, q, var)
                if m is not None:
                    return m
        case c.TFun(a, r), c.TFun(b, s):
            return _match(a, b, var) or _match(r, s, var)
        case c.TForall(v, body), c.TForall(w, tbody) if v != var:
            return _match(body, c.subst_type(tbody, w, c.TVar(v)), var)
    return None


def elaborate(program: A.SFProgram, cons: dict[str, ConInfo], datas: list[A.DataDef]) -> c.Program:
    el = Elaborator(cons)
    decls: list[c.DataDecl] = []
    for d in datas:
        ds = []
        for spec in d.cons:
            info = cons[spec.name]
            ds.append(c.ConDecl(spec.name, tuple(info.fields), tuple(False for _ in info.fields)))
        decls.append(c.DataDecl(d.name, tuple(d.params), tuple(ds)))
    body: c.Expr = c.Lit(0)
    for decl in reversed(program.decls):
        if isinstance(decl, A.LetDef):
            assert decl.rhs.type is not None
            body = c.Let(c.Bind(decl.name, decl.rhs.type, el.expr(decl.rhs), True), body)
        elif isinstance(decl, A.PrintDef):
            body = el.print_(decl.expr, body, decl.span.line)
    return c.Program(tuple(decls), body)


def to_core(program: A.SFProgram) -> c.Program:
    """The checked program as a core program (the checker's tables are rebuilt from the declarations)."""
    checker = Checker(DiagnosticBag())
    checker.poisoned = set()
    datas = [d for d in program.decls if isinstance(d, A.DataDef)]
    for d in datas:
        checker.data(d.name, d.params, d.cons, d.span)
    return elaborate(program, checker.cons, datas)


def elaborate_checked(program: A.SFProgram, diags: DiagnosticBag) -> c.Program:
    """The driver's elaboration stage: the checked program as core (the explorer shows it)."""
    return to_core(program)


def lower(program: c.Program, diags: DiagnosticBag) -> Module:
    """The elaborated core program to the IR (type-checked again first: ill-typed core is our fault)."""
    return core_to_ir(program, MADE_BY)
