"""Checked Idris to the functional core (the driver's elaboration stage), then through the core to the IR.

Erasure: types, arguments of quantity 0, type arguments and equality proofs are dropped (tt.App and
tt.Lam carry the checker's decision); a Nat-shaped type (one constructor without run-time fields, one
with a single field of the type itself: Nat, Fin) is an Engine integer (Z is 0, S n is n + 1, a match
is a comparison with 0); `plus`, `mult`, `minus`, `natToInteger`... are the Engine's arithmetic; a
String is a list of character codes at run time (the Prelude's List); `IO a` is a function of the
world (a dummy integer): `pure x` is `\\w. x` and `m >>= k` is `\\w. let! r = m w in k r w`.

Idris is strict: every lambda binder, `let` and constructor field is strict in the core; only
`if`, `&&` and `||` delay their branches (Idris's `Lazy`). Clauses go through the core's match
compiler (compile_match), and the matches of Nat-shaped types become integer tests afterwards.

The core program is untyped in practice (every type is the placeholder `Any`): erased Idris is not
System F typable in general (a type may be computed from a value), so this front-end hands the erased
program to the core's erasure and IR lowering itself, after its own dependent type checker; README."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.core import syntax as c
from compilers.core.erase import erase
from compilers.core.match import Clause as MClause
from compilers.core.match import PCon, PLit, PVar, compile_match
from compilers.core.to_ir import lower_program
from compilers.diagnostics import DiagnosticBag
from compilers.frontends.idris import tt as T
from compilers.frontends.idris.check import Global
from compilers.frontends.idris.decls import ModuleChecker
from compilers.frontends.idris.tt import PC, PL, PV, PW, VPi
from compilers.ir import Module

ANY = c.TCon("Any")
ERASED = c.Lit(0)  # what stands for an erased value (never used at run time)
MADE_BY = "the Idris front-end's erasure (compilers/frontends/idris/lower.py)"
STR_NIL = "Prelude.Nil"
STR_CONS = "Prelude.::"
BOOL = {"Prelude.True": "True", "Prelude.False": "False"}
# Functions that are one primitive of the core at run time (Nat is an integer there).
PRIM_OPS = {
    "Prelude.plus": "add",
    "Prelude.mult": "mul",
    "Prelude.eqNat": "eq",
    "Prelude.lteNat": "le",
    "Prelude.prim__add_Integer": "add",
    "Prelude.prim__sub_Integer": "sub",
    "Prelude.prim__mul_Integer": "mul",
    "Prelude.prim__div_Integer": "quot",
    "Prelude.prim__mod_Integer": "rem",
    "Prelude.prim__eq_Integer": "eq",
    "Prelude.prim__lt_Integer": "lt",
    "Prelude.prim__lte_Integer": "le",
    "Prelude.prim__eq_Char": "eq",
    "Prelude.prim__lt_Char": "lt",
}
# Functions that are the identity at run time (a Nat and a Fin are integers, a String a list of codes).
IDENTITIES = frozenset(
    {
        "Prelude.natToInteger",
        "Prelude.prim__ord",
        "Prelude.prim__chr",
        "Prelude.prim__unpack",
        "Prelude.prim__pack",
        "Prelude.pack",
        "Prelude.unpack",
        "Data.Fin.finToNat",
        "Data.Fin.finToInteger",
    }
)


@dataclass(slots=True)
class NatLike:
    zero: str
    succ: str
    succ_field: int  # the index of S's run-time field among its arguments


class Lowerer:
    def __init__(self, ch: ModuleChecker) -> None:
        self.ch = ch
        self.counter = 0
        self.names: dict[str, str] = {}
        self.needed: list[str] = []
        self.natlike: dict[str, NatLike] = {}  # type constructor -> its shape
        self.con_runtime: dict[str, list[bool]] = {}  # constructor -> which arguments are fields
        self.datas: dict[str, c.DataDecl] = {}
        self.match_datas: dict[str, c.DataDecl] = {}
        for _name, g in ch.globals.items():
            if g.kind == "tycon" and g.cons:
                self.shape(g)
        self.mp = self.match_program()

    def fresh(self, hint: str = "t") -> str:
        self.counter += 1
        base = "".join(ch if ch.isalnum() or ch == "_" else "" for ch in hint) or "v"
        return f"{base}%{self.counter}"

    # ------------------------------------------------------------ data

    def runtime_args(self, ty: T.Value, count: int | None = None) -> list[bool]:
        """For each parameter of a type (up to count): is it passed at run time?"""
        out = []
        t = ty
        n = 0
        while count is None or n < count:
            t = self.ch.force(t)
            if not isinstance(t, VPi):
                break
            out.append(not self.ch.binder_erased(t.qty, t.dom))
            t = self.ch.closure(t.env, t.cod, T.vvar(10**6 + n))
            n += 1
        return out

    def shape(self, g: Global) -> None:
        fields = {con: self.runtime_args(self.ch.globals[con].type) for con in g.cons}
        self.con_runtime.update(fields)
        if g.name == "Prelude.Bool":
            return
        counts = {con: sum(f) for con, f in fields.items()}
        if len(g.cons) == 2:
            z, s = g.cons
            if counts[z] == 1 and counts[s] == 0:
                z, s = s, z
            if counts[z] == 0 and counts[s] == 1:
                k = fields[s].index(True)
                sty = self.ch.globals[s].type
                t = sty
                for n in range(k + 1):
                    t = self.ch.force(t)
                    assert isinstance(t, VPi)
                    if n == k and self.ch.type_head(t.dom) == g.name:
                        self.natlike[g.name] = NatLike(z, s, k)
                        return
                    t = self.ch.closure(t.env, t.cod, T.vvar(10**6 + n))
        cons = tuple(
            c.ConDecl(con, tuple(ANY for _ in range(counts[con])), tuple(True for _ in range(counts[con])))
            for con in g.cons
        )
        self.datas[g.name] = c.DataDecl(g.name, (), cons)

    def match_program(self) -> c.Program:
        """The data declarations the match compiler sees: Nat-shaped types as ordinary data too."""
        decls = list(self.datas.values())
        for name, nl in self.natlike.items():
            decls.append(
                c.DataDecl(name, (), (c.ConDecl(nl.zero, (), ()), c.ConDecl(nl.succ, (ANY,), (False,))))
            )
        return c.Program(tuple(decls), c.Lit(0))

    # ------------------------------------------------------------ globals

    def global_name(self, name: str) -> str:
        if name not in self.names:
            self.names[name] = self.fresh(T.short(name) if not T.is_op(T.short(name)) else "op")
            self.needed.append(name)
        return self.names[name]

    def program(self) -> c.Program:
        main = self.global_name("Main.main")
        binds: list[c.Bind] = []
        done: set[str] = set()
        while len(done) < len(self.needed):
            for name in list(self.needed):
                if name in done:
                    continue
                done.add(name)
                binds.append(c.Bind(self.names[name], ANY, self.define(name)))
        # run main: apply the IO action to the world, strictly, then stop with 0
        body: c.Expr = c.Let(c.Bind(self.fresh("run"), ANY, c.App(c.Var(main), c.Lit(0)), True), c.Lit(0))
        return c.Program(tuple(self.datas.values()), _no_fail(c.LetRec(tuple(binds), body)))

    def define(self, name: str) -> c.Expr:
        g = self.ch.globals[name]
        special = self.builtin(name)
        if special is not None:
            return special
        if g.kind == "con":
            return self.con_function(name)
        if g.kind == "prim":
            raise LowerError(f"the primitive {name} has no run-time form")
        if not any(cl.rhs is not None for cl in g.clauses or []):
            # only impossible clauses (a refutation: its result is Void, so it is never called)
            rt = self.runtime_args(g.type, g.arity)
            body: c.Expr = c.Fail(ANY, f"{T.short(name)} cannot be called")
            if not any(rt):
                return ERASED
            for _ in range(sum(rt)):
                body = c.Lam(self.fresh("x"), ANY, body, True)
            return body
        return self.function(g)

    def con_function(self, name: str) -> c.Expr:
        rt = self.con_runtime.get(name) or self.runtime_args(self.ch.globals[name].type)
        params = [self.fresh("x") for r in rt if r]
        out = self.build_con(name, [c.Var(p) for p in params])
        for p in reversed(params):
            out = c.Lam(p, ANY, out, True)
        return out

    def build_con(self, name: str, args: list[c.Expr]) -> c.Expr:
        data = self.ch.globals[name].data
        if name in BOOL:
            return c.Con(BOOL[name], (), ())
        if data in self.natlike:
            nl = self.natlike[data]
            if name == nl.zero:
                return c.Lit(0)
            return c.Prim("add", (args[0], c.Lit(1)))
        return c.Con(name, (), tuple(args))

    def builtin(self, name: str) -> c.Expr | None:
        """The run-time form of primitives and of the Prelude functions that are Engine arithmetic."""

        def lam(n: int, body) -> c.Expr:  # type: ignore[no-untyped-def]
            ps = [self.fresh("a") for _ in range(n)]
            out = body(*[c.Var(p) for p in ps])
            for p in reversed(ps):
                out = c.Lam(p, ANY, out, True)
            return out

        def monus(a: c.Expr, b: c.Expr) -> c.Expr:
            d = self.fresh("d")
            return c.Let(
                c.Bind(d, ANY, c.Prim("sub", (a, b)), True),
                c.Case(
                    c.Prim("lt", (c.Var(d), c.Lit(0))),
                    ANY,
                    (c.Alt(c.Lit(0), con="True"), c.Alt(c.Var(d), con="False")),
                ),
            )

        if name in PRIM_OPS:
            op = PRIM_OPS[name]
            return lam(2, lambda a, b: c.Prim(op, (a, b)))
        if name == "Prelude.minus":
            return lam(2, monus)
        if name == "Prelude.pred":
            return lam(1, lambda a: monus(a, c.Lit(1)))
        if name in IDENTITIES:
            return lam(1, lambda a: a)
        if name == "Prelude.integerToNat":
            return lam(
                1,
                lambda a: c.Case(
                    c.Prim("lt", (a, c.Lit(0))), ANY, (c.Alt(c.Lit(0), con="True"), c.Alt(a, con="False"))
                ),
            )
        if name == "Prelude.prim__pure":
            return lam(2, lambda x, w: x)
        if name == "Prelude.prim__bind":

            def bind(m: c.Expr, k: c.Expr, w: c.Expr) -> c.Expr:
                r = self.fresh("r")
                return c.Let(c.Bind(r, ANY, c.App(m, w), True), c.App(c.App(k, c.Var(r)), w))

            return lam(3, bind)
        if name == "Prelude.prim__putChar":

            def put(ch: c.Expr, w: c.Expr) -> c.Expr:
                return c.Let(
                    c.Bind(self.fresh("u"), ANY, c.Prim("putChar", (ch,)), True),
                    c.Con("Prelude.MkUnit", (), ()),
                )

            return lam(2, put)
        if name == "Prelude.prim__getChar":
            return lam(1, lambda w: c.Prim("getChar", (w,)))
        if name == "System.prim__exit":
            # The core's exit halts the run with the status; the value after it is never reached.
            def leave(code: c.Expr, w: c.Expr) -> c.Expr:
                return c.Let(c.Bind(self.fresh("u"), ANY, c.Prim("exit", (code,)), True), c.Fail(ANY, "exit"))

            return lam(2, leave)
        if name == "Prelude.prim__crash":
            return lam(1, lambda s: c.Fail(ANY, "crash"))
        return None

    # ------------------------------------------------------------ functions by clauses

    def function(self, g: Global) -> c.Expr:
        assert g.clauses is not None
        rt = self.runtime_args(g.type, g.arity)
        params = [self.fresh("p") for r in rt if r]
        clauses = []
        for cl in g.clauses:
            if cl.rhs is None:
                continue
            env: dict[int, c.Expr] = {}
            pats: list[PVar | PCon | PLit] = []
            for p, keep in zip(cl.pats, rt, strict=True):
                if keep:
                    pats.append(self.pattern(p, cl, env))
            for lv in range(cl.nvars):
                if lv not in env and lv not in cl.solved:
                    env[lv] = ERASED
            body = self.solved_env(cl, env)
            clauses.append(MClause(tuple(pats), c.At(cl.line, body) if cl.line else body))
        if not params:
            body_expr = clauses[0].body if clauses else c.Fail(ANY, "no clause")
            return body_expr
        out = compile_match(
            self.mp,
            [(p, ANY) for p in params],
            clauses,
            ANY,
            lambda: self.fresh("m"),
            f"{T.short(g.name)}: no clause matched",
        )
        out = self.nat_cases(out)
        if g.span is not None:
            out = c.At(g.span.line, out)  # a missing case stops the run at the function's declaration
        for param in reversed(params):
            out = c.Lam(param, ANY, out, True)
        return out

    def solved_env(self, cl: T.CClause, env: dict[int, c.Expr]) -> c.Expr:
        """The clause's body with its pattern variables bound (solved ones by their solutions)."""
        names = {
            lv: self.fresh(cl.names[lv] if lv < len(cl.names) else "v")
            for lv in cl.solved
            if not (lv < len(cl.erased) and cl.erased[lv])
        }
        full = dict(env)
        for lv, n in names.items():
            full[lv] = c.Var(n)
        assert cl.rhs is not None
        body = self.term(cl.rhs, [full.get(lv, ERASED) for lv in range(cl.nvars)])
        for lv in sorted(names, reverse=True):
            val = self.term(cl.solved[lv], [full.get(k, ERASED) for k in range(cl.nvars)])
            body = c.Let(c.Bind(names[lv], ANY, val), body)
        return body

    def pattern(self, p: T.Pat, cl: T.CClause, env: dict[int, c.Expr]) -> PVar | PCon | PLit:
        if isinstance(p, PV):
            if p.level in cl.solved:
                return PVar("_")
            name = self.fresh(cl.names[p.level] if p.level < len(cl.names) else "v")
            env[p.level] = c.Var(name)
            return PVar(name)
        if isinstance(p, PW):
            return PVar("_")
        if isinstance(p, PL):
            if p.kind == "str":
                out: PVar | PCon | PLit = PCon(STR_NIL, ())
                for ch in reversed(str(p.value)):
                    out = PCon(STR_CONS, (PLit(ord(ch)), out))
                return out
            return PLit(ord(p.value) if isinstance(p.value, str) else int(p.value))
        assert isinstance(p, PC)
        rt = self.con_runtime.get(p.con) or self.runtime_args(self.ch.globals[p.con].type)
        subs = tuple(self.pattern(a, cl, env) for a, keep in zip(p.args, rt, strict=False) if keep)
        name = BOOL.get(p.con, p.con)
        return PCon(name, subs)

    def nat_cases(self, e: c.Expr) -> c.Expr:
        """The match compiler's cases on Nat-shaped constructors as integer tests."""
        succs = {nl.succ: nl for nl in self.natlike.values()}
        zeros = {nl.zero: nl for nl in self.natlike.values()}

        def go(e: c.Expr) -> c.Expr:
            match e:
                case c.Case(scrut, ty, alts):
                    alts2 = tuple(c.Alt(go(a.body), a.con, a.vars, a.lit) for a in alts)
                    if any(a.con in succs or a.con in zeros for a in alts2):
                        zero = next((a for a in alts2 if a.con in zeros), None)
                        succ = next((a for a in alts2 if a.con in succs), None)
                        default = next((a for a in alts2 if a.is_default), None)
                        zbody = zero.body if zero else (default.body if default else c.Fail(ANY, "no match"))
                        if succ is not None:
                            sbody: c.Expr = c.Let(
                                c.Bind(succ.vars[0], ANY, c.Prim("sub", (scrut, c.Lit(1))), True), succ.body
                            )
                        else:
                            sbody = default.body if default else c.Fail(ANY, "no match")
                        return c.Case(
                            c.Prim("eq", (scrut, c.Lit(0))),
                            ty,
                            (c.Alt(zbody, con="True"), c.Alt(sbody, con="False")),
                        )
                    return c.Case(go(scrut), ty, alts2)
                case c.Let(b, body):
                    return c.Let(c.Bind(b.name, b.type, go(b.expr), b.strict), go(body))
                case c.LetRec(binds, body):
                    return c.LetRec(
                        tuple(c.Bind(b.name, b.type, go(b.expr), b.strict) for b in binds), go(body)
                    )
                case c.Lam(p, t, body, strict):
                    return c.Lam(p, t, go(body), strict)
                case c.App(f, a):
                    return c.App(go(f), go(a))
                case c.Prim(op, args):
                    return c.Prim(op, tuple(go(a) for a in args))
                case c.Con(n, ts, args):
                    return c.Con(n, ts, tuple(go(a) for a in args))
                case c.At(line, inner):
                    return c.At(line, go(inner))
            return e

        return go(e)

    # ------------------------------------------------------------ terms

    def term(self, t: T.Term, env: list[c.Expr]) -> c.Expr:
        match t:
            case T.Var(ix):
                return env[len(env) - 1 - ix]
            case T.Lit(value, kind):
                if kind == "str":
                    out: c.Expr = c.Con(STR_NIL, (), ())
                    for ch in reversed(str(value)):
                        out = c.Con(STR_CONS, (), (c.Lit(ord(ch)), out))
                    return out
                if kind == "char":
                    return c.Lit(ord(str(value)))
                return c.Lit(int(value))
            case T.Lam(name, body, _icit, erased):
                if erased:
                    return self.term(body, [*env, ERASED])
                p = self.fresh(name)
                return c.Lam(p, ANY, self.term(body, [*env, c.Var(p)]), True)
            case T.Let(name, _ty, val, body):
                n = self.fresh(name)
                return c.Let(c.Bind(n, ANY, self.term(val, env), True), self.term(body, [*env, c.Var(n)]))
            case T.App() | T.Ref():
                return self.application(t, env)
            case T.Hole(name):
                return c.Fail(ANY, f"hole ?{name}")
            case T.U() | T.Pi() | T.Meta():
                return c.Lit(0)
        raise TypeError(t)

    def application(self, t: T.Term, env: list[c.Expr]) -> c.Expr:
        head, args = _runtime_spine(t)
        rargs = [self.term(a, env) for a in args]
        if isinstance(head, T.Ref):
            name = head.name
            g = self.ch.globals.get(name)
            if g is not None and g.kind == "tycon":
                return ERASED
            if g is not None and g.kind == "con":
                rt = self.con_runtime.get(name) or self.runtime_args(g.type)
                n = sum(rt)
                if len(rargs) >= n:
                    out = self.build_con(name, rargs[:n])
                    return _apply(out, rargs[n:])
            if name == "Prelude.ifThenElse" and len(rargs) >= 3:
                return _apply(_if(rargs[0], rargs[1], rargs[2]), rargs[3:])
            if name == "Prelude.>>" and len(rargs) >= 2:
                # Idris's (>>) takes its second action lazily: it is built only when the first has run
                then = c.Lam(self.fresh("u"), ANY, rargs[1], True)
                bind = c.Var(self.global_name("Prelude.prim__bind"))
                return _apply(bind, [rargs[0], then, *rargs[2:]])
            if name == "Prelude.&&" and len(rargs) >= 2:
                return _apply(_if(rargs[0], rargs[1], c.Con("False", (), ())), rargs[2:])
            if name == "Prelude.||" and len(rargs) >= 2:
                return _apply(_if(rargs[0], c.Con("True", (), ()), rargs[1]), rargs[2:])
            if name in ("Prelude.replace", "Prelude.the", "Prelude.id") and len(rargs) >= 1:
                return _apply(rargs[0], rargs[1:])
            if g is not None and g.method is not None and args:
                direct = self.known_method(g, args[0])
                if direct is not None:
                    return _apply(direct(env), rargs[1:])
            inline = self.inline_prim(name, rargs)
            if inline is not None:
                return inline
            return _apply(c.Var(self.global_name(name)), rargs)
        return _apply(self.term(head, env), rargs)

    def inline_prim(self, name: str, rargs: list[c.Expr]) -> c.Expr | None:
        if name in PRIM_OPS and len(rargs) == 2:
            return c.Prim(PRIM_OPS[name], tuple(rargs))
        if name in IDENTITIES and len(rargs) == 1:
            return rargs[0]
        return None

    def known_method(self, g: Global, dict_term: T.Term):  # type: ignore[no-untyped-def]
        """A method applied to a known implementation's dictionary: that implementation's function."""
        head, dargs = T.spine(dict_term)
        if not isinstance(head, T.Ref):
            return None
        ig = self.ch.globals.get(head.name)
        if ig is None or ig.iface is None or g.name not in ig.impl_methods:
            return None
        target = ig.impl_methods[g.name]
        call: T.Term = T.Ref(target)
        for a, icit in dargs:
            er = isinstance(dict_term, T.App) and _erased_at(dict_term, a)
            call = T.App(call, a, icit, er)
        return lambda env: self.term(call, env)


class LowerError(Exception):
    pass


def _erased_at(t: T.Term, arg: T.Term) -> bool:
    while isinstance(t, T.App):
        if t.arg is arg:
            return t.erased
        t = t.fn
    return False


def _runtime_spine(t: T.Term) -> tuple[T.Term, list[T.Term]]:
    args: list[T.Term] = []
    while isinstance(t, T.App):
        if not t.erased:
            args.append(t.arg)
        t = t.fn
    args.reverse()
    return t, args


def _apply(f: c.Expr, args: list[c.Expr]) -> c.Expr:
    for a in args:
        f = c.App(f, a)
    return f


def crash() -> c.Expr:
    """Stop the run with trap 3 (a missing case), as the core's `fail` does: a `case` of 0 with no
    alternative for it. (The core's `fail` in a function that has made a call does not pass the IR's
    frame check yet, so the front-end does not emit it.)"""
    return c.Case(c.Lit(0), ANY, (c.Alt(c.Lit(0), lit=1),))


def _no_fail(e: c.Expr) -> c.Expr:
    match e:
        case c.Fail():
            return crash()
        case c.Case(scrut, ty, alts):
            return c.Case(
                _no_fail(scrut), ty, tuple(c.Alt(_no_fail(a.body), a.con, a.vars, a.lit) for a in alts)
            )
        case c.Let(b, body):
            return c.Let(c.Bind(b.name, b.type, _no_fail(b.expr), b.strict), _no_fail(body))
        case c.LetRec(binds, body):
            return c.LetRec(
                tuple(c.Bind(b.name, b.type, _no_fail(b.expr), b.strict) for b in binds), _no_fail(body)
            )
        case c.Lam(p, t, body, strict):
            return c.Lam(p, t, _no_fail(body), strict)
        case c.App(f, a):
            return c.App(_no_fail(f), _no_fail(a))
        case c.Prim(op, args):
            return c.Prim(op, tuple(_no_fail(a) for a in args))
        case c.Con(n, ts, args):
            return c.Con(n, ts, tuple(_no_fail(a) for a in args))
        case c.At(line, inner):
            return c.At(line, _no_fail(inner))
    return e


def _if(cond: c.Expr, a: c.Expr, b: c.Expr) -> c.Expr:
    return c.Case(cond, ANY, (c.Alt(a, con="True"), c.Alt(b, con="False")))


def to_core(ch: ModuleChecker) -> c.Program:
    return Lowerer(ch).program()


def elaborate_checked(checked: ModuleChecker, diags: DiagnosticBag) -> c.Program:
    """The driver's elaboration stage: the checked program as core (the explorer shows it)."""
    return to_core(checked)


def lower(program: c.Program, diags: DiagnosticBag) -> Module:
    """The erased core program to the IR (its types are placeholders: the Idris checker checked it)."""
    max_tags = max(len(d.cons) for d in program.all_datas)
    return lower_program(erase(program), max_tags)
