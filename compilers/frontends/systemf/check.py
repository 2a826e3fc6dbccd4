"""System F's type checker: every expression gets its type (a core type), or an error that shows the
expression, the type expected and the type found, at its line and column. It also says whether the
program uses `fix`: without it, System F is strongly normalising (every well-typed program terminates)."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.core.syntax import BOOL, INT, TCon, TForall, TFun, TVar, Type, subst_type, types_equal
from compilers.diagnostics import Diagnostic, DiagnosticBag, Severity, Span
from compilers.frontends.systemf import ast as A

ARITH = frozenset({"+", "-", "*", "/", "%"})
ORDER = frozenset({"<", "<=", ">", ">="})
EQUALITY = frozenset({"==", "!="})
LOGIC = frozenset({"&&", "||"})


def fmt(t: Type) -> str:
    """A core type written as System F writes it."""
    match t:
        case TVar(name):
            return name
        case TCon(name, ()):
            return name
        case TCon(name, args):
            return " ".join([name, *(_afmt(a) for a in args)])
        case TFun(a, r):
            left = fmt(a)
            return f"({left}) -> {fmt(r)}" if isinstance(a, TFun | TForall) else f"{left} -> {fmt(r)}"
        case TForall(v, body):
            return f"forall {v}. {fmt(body)}"
    raise TypeError(t)


def _afmt(t: Type) -> str:
    return fmt(t) if isinstance(t, TVar) or (isinstance(t, TCon) and not t.args) else f"({fmt(t)})"


@dataclass(slots=True)
class DataInfo:
    name: str
    params: list[str]
    cons: list[str]


@dataclass(slots=True)
class ConInfo:
    data: str
    index: int
    fields: list[Type]  # in terms of the data type's parameters (TVar)
    params: list[str]

    @property
    def arity(self) -> int:
        return len(self.fields)

    def scheme(self) -> Type:
        """forall params. field -> ... -> T params"""
        t: Type = TCon(self.data, tuple(TVar(p) for p in self.params))
        for f in reversed(self.fields):
            t = TFun(f, t)
        for p in reversed(self.params):
            t = TForall(p, t)
        return t


class Checker:
    def __init__(self, diags: DiagnosticBag) -> None:
        self.diags = diags
        self.datas: dict[str, DataInfo] = {"Bool": DataInfo("Bool", [], ["false", "true"])}
        self.cons: dict[str, ConInfo] = {}
        self.fix_uses: list[Span] = []

    def error(self, span: Span, message: str, code: str = "type_mismatch") -> None:
        self.diags.error(code, message, span)

    # ------------------------------------------------------------ types

    def resolve(self, t: A.SType, tvars: set[str]) -> Type | None:
        match t:
            case A.TName(name, args, span):
                if name in tvars and not args:
                    return TVar(name)
                if name in tvars:
                    self.error(span, f"type variable {name} takes no arguments", "type")
                    return None
                if name == "Int" and not args:
                    return INT
                info = self.datas.get(name)
                if info is None:
                    self.error(span, f"unknown type {name}", "undeclared")
                    return None
                if len(args) != len(info.params):
                    self.error(
                        span, f"{name} takes {len(info.params)} type arguments, given {len(args)}", "type"
                    )
                    return None
                resolved = [self.resolve(a, tvars) for a in args]
                if any(r is None for r in resolved):
                    return None
                return TCon(name, tuple(r for r in resolved if r is not None))
            case A.TArrow(a, r, _):
                ra, rr = self.resolve(a, tvars), self.resolve(r, tvars)
                return None if ra is None or rr is None else TFun(ra, rr)
            case A.TAll(v, body, _):
                rb = self.resolve(body, tvars | {v})
                return None if rb is None else TForall(v, rb)
        raise TypeError(t)

    # ------------------------------------------------------------ declarations

    def program(self, program: A.SFProgram) -> A.SFProgram:
        env: dict[str, Type] = {}
        for d in program.decls:
            match d:
                case A.DataDef(name, params, cons, span):
                    self.data(name, params, cons, span)
                case A.LetDef(name, annot, rhs, span):
                    t = self.infer(rhs, env, set())
                    if annot is not None:
                        want = self.resolve(annot, set())
                        if want is not None and t is not None and not types_equal(want, t):
                            self.error(
                                rhs.span,
                                f"the definition of {name} has type {fmt(t)}, but its annotation says "
                                f"{fmt(want)}: in `{A.show(rhs)}`",
                            )
                        t = want if want is not None else t
                    if t is not None:
                        env[name] = t
                    else:
                        env.pop(name, None)
                        self.poisoned.add(name)
                case A.PrintDef(expr, span):
                    t = self.infer(expr, env, set())
                    if t is not None and not (types_equal(t, INT) or types_equal(t, BOOL)):
                        self.error(
                            expr.span,
                            f"print shows an Int or a Bool, but `{A.show(expr)}` has type {fmt(t)}",
                        )
        program.uses_fix = list(self.fix_uses)
        self.note_fix(program)
        return program

    poisoned: set[str]

    def note_fix(self, program: A.SFProgram) -> None:
        if self.fix_uses:
            first = self.fix_uses[0]
            lines = ", ".join(str(s.line) for s in self.fix_uses)
            message = (
                f"this program uses fix (line {lines}): general recursion, so it need not terminate; "
                "System F without fix is strongly normalising"
            )
            span = first
        else:
            message = (
                "this program does not use fix: System F without fix is strongly normalising, "
                "so it terminates"
            )
            span = Span.point(program.filename, 1, 1)
        self.diags.items.append(Diagnostic(Severity.NOTE, "fix", message, span))

    def data(self, name: str, params: list[str], cons: list[A.ConSpec], span: Span) -> None:
        if name in self.datas or name == "Int":
            self.error(span, f"type {name} is already defined", "redefined")
            return
        if len(set(params)) != len(params):
            self.error(span, f"data type {name} names a parameter twice", "redefined")
            return
        self.datas[name] = DataInfo(name, params, [c.name for c in cons])  # before the fields: recursion
        for index, c in enumerate(cons):
            if c.name in self.cons:
                self.error(c.span, f"constructor {c.name} is already defined", "redefined")
                continue
            fields = [self.resolve(f, set(params)) for f in c.fields]
            if any(f is None for f in fields):
                continue
            self.cons[c.name] = ConInfo(name, index, [f for f in fields if f is not None], params)

    # ------------------------------------------------------------ expressions

    def infer(self, e: A.Expr, env: dict[str, Type], tvars: set[str]) -> Type | None:
        t = self._infer(e, env, tvars)
        e.type = t
        return t

    def mismatch(self, e: A.Expr, want: Type, got: Type, what: str) -> None:
        self.error(e.span, f"{what}: `{A.show(e)}` has type {fmt(got)}, but {fmt(want)} was expected")

    def want(self, e: A.Expr, want: Type, env: dict[str, Type], tvars: set[str], what: str) -> bool:
        got = self.infer(e, env, tvars)
        if got is None:
            return False
        if not types_equal(want, got):
            self.mismatch(e, want, got, what)
            return False
        return True

    def _infer(self, e: A.Expr, env: dict[str, Type], tvars: set[str]) -> Type | None:
        match e:
            case A.IntLit():
                return INT
            case A.BoolLit():
                return BOOL
            case A.Read():
                return INT
            case A.Name(name=name):
                if name in env:
                    return env[name]
                if name not in self.poisoned:
                    self.error(e.span, f"unknown name {name}", "undeclared")
                return None
            case A.ConRef(name=name):
                info = self.cons.get(name)
                if info is None:
                    if name not in self.datas:
                        self.error(e.span, f"unknown constructor {name}", "undeclared")
                    else:
                        self.error(e.span, f"{name} is a type, not a value", "undeclared")
                    return None
                return info.scheme()
            case A.Lambda(param=p, param_type=pt, body=body):
                assert pt is not None and body is not None
                ptype = self.resolve(pt, tvars)
                if ptype is None:
                    return None
                bt = self.infer(body, {**env, p: ptype}, tvars)
                return None if bt is None else TFun(ptype, bt)
            case A.TypeLambda(var=v, body=body):
                assert body is not None
                bt = self.infer(body, env, tvars | {v})
                return None if bt is None else TForall(v, bt)
            case A.Apply(fn=fn, arg=arg):
                assert fn is not None and arg is not None
                ft = self.infer(fn, env, tvars)
                if ft is None:
                    self.infer(arg, env, tvars)
                    return None
                if not isinstance(ft, TFun):
                    hint = (
                        " (a polymorphic value needs its type first: f [Int] x)"
                        if isinstance(ft, TForall)
                        else ""
                    )
                    self.error(
                        fn.span,
                        f"`{A.show(fn)}` has type {fmt(ft)}, which is not a function, but it is applied to "
                        f"`{A.show(arg)}`{hint}",
                    )
                    self.infer(arg, env, tvars)
                    return None
                if not self.want(arg, ft.arg, env, tvars, f"in the argument of `{A.show(fn)}`"):
                    return ft.res
                return ft.res
            case A.TypeApply(fn=fn, arg=targ):
                assert fn is not None and targ is not None
                ft = self.infer(fn, env, tvars)
                rt = self.resolve(targ, tvars)
                if ft is None or rt is None:
                    return None
                if not isinstance(ft, TForall):
                    self.error(
                        e.span,
                        f"`{A.show(fn)}` has type {fmt(ft)}, which is not polymorphic (forall), but it is "
                        f"given the type [{fmt(rt)}]",
                    )
                    return None
                return subst_type(ft.body, ft.var, rt)
            case A.LetIn(name=name, annot=annot, rhs=rhs, body=body):
                assert rhs is not None and body is not None
                t = self.infer(rhs, env, tvars)
                if annot is not None:
                    want = self.resolve(annot, tvars)
                    if want is not None and t is not None and not types_equal(want, t):
                        self.mismatch(rhs, want, t, f"in the definition of {name}")
                    t = want
                if t is None:
                    self.infer(body, {k: v for k, v in env.items() if k != name}, tvars)
                    return None
                return self.infer(body, {**env, name: t}, tvars)
            case A.If(cond=c, then=a, other=b):
                assert c is not None and a is not None and b is not None
                self.want(c, BOOL, env, tvars, "in the condition of `if`")
                ta = self.infer(a, env, tvars)
                if ta is None:
                    self.infer(b, env, tvars)
                    return None
                if not self.want(b, ta, env, tvars, "in the `else` branch (it must match the `then` branch)"):
                    return ta
                return ta
            case A.BinOp(op=op, left=l, right=r):
                assert l is not None and r is not None
                if op in ARITH or op in ORDER:
                    ok = self.want(l, INT, env, tvars, f"in the left operand of {op}")
                    ok = self.want(r, INT, env, tvars, f"in the right operand of {op}") and ok
                    return INT if op in ARITH else BOOL
                if op in LOGIC:
                    self.want(l, BOOL, env, tvars, f"in the left operand of {op}")
                    self.want(r, BOOL, env, tvars, f"in the right operand of {op}")
                    return BOOL
                tl = self.infer(l, env, tvars)
                if tl is None:
                    self.infer(r, env, tvars)
                    return BOOL
                if not (types_equal(tl, INT) or types_equal(tl, BOOL)):
                    self.error(
                        l.span, f"{op} compares Int or Bool values, but `{A.show(l)}` has type {fmt(tl)}"
                    )
                    self.infer(r, env, tvars)
                    return BOOL
                self.want(r, tl, env, tvars, f"in the right operand of {op}")
                return BOOL
            case A.Negate(operand=o):
                assert o is not None
                self.want(o, INT, env, tvars, "in the operand of unary -")
                return INT
            case A.Fix(fn=fn):
                assert fn is not None
                self.fix_uses.append(e.span)
                ft = self.infer(fn, env, tvars)
                if ft is None:
                    return None
                if not isinstance(ft, TFun) or not types_equal(ft.arg, ft.res):
                    self.error(
                        fn.span, f"fix needs a function of type T -> T, but `{A.show(fn)}` has type {fmt(ft)}"
                    )
                    return None
                return ft.res
            case A.CaseOf():
                return self.case(e, env, tvars)
        raise TypeError(e)

    def case(self, e: A.CaseOf, env: dict[str, Type], tvars: set[str]) -> Type | None:
        assert e.scrut is not None
        st = self.infer(e.scrut, env, tvars)
        result: Type | None = None
        seen: set[object] = set()
        has_default = False
        bad_pattern = False  # after a pattern error, coverage is not worth reporting
        for alt in e.alts:
            inner = env
            if has_default:
                self.error(alt.span, "this alternative comes after `_`, which has already matched", "pattern")
            if alt.con is not None:
                info = self.cons.get(alt.con)
                if info is None:
                    self.error(alt.span, f"unknown constructor {alt.con}", "undeclared")
                    bad_pattern = True
                    continue
                if st is not None and not (isinstance(st, TCon) and st.name == info.data):
                    self.error(
                        alt.span,
                        f"the pattern {alt.con} is a {info.data}, but `{A.show(e.scrut)}` has type {fmt(st)}",
                    )
                    bad_pattern = True
                    continue
                if len(alt.vars) != info.arity:
                    self.error(
                        alt.span,
                        f"the constructor {alt.con} has {info.arity} fields, "
                        f"but the pattern names {len(alt.vars)}",
                        "pattern",
                    )
                    bad_pattern = True
                    continue
                inner = dict(env)
                if isinstance(st, TCon):
                    for (v, _), f in zip(alt.vars, info.fields, strict=False):
                        if v != "_":
                            inner[v] = _instantiate(f, info.params, st.args)
                key: object = alt.con
            elif alt.lit is not None:
                lt = BOOL if isinstance(alt.lit, bool) else INT
                if st is not None and not types_equal(st, lt):
                    self.error(
                        alt.span, f"the pattern is a {fmt(lt)}, but `{A.show(e.scrut)}` has type {fmt(st)}"
                    )
                    bad_pattern = True
                    continue
                key = alt.lit if not isinstance(alt.lit, bool) else ("bool", alt.lit)
            else:
                has_default = True
                key = "_"
            if key in seen:
                self.error(alt.span, "this pattern is already matched by an alternative above", "pattern")
            seen.add(key)
            bt = self.infer(alt.body, inner, tvars)
            if bt is None:
                continue
            if result is None:
                result = bt
            elif not types_equal(result, bt):
                self.mismatch(
                    alt.body, result, bt, "in a case alternative (all must have the first one's type)"
                )
        if st is not None and not has_default and not bad_pattern:
            self.exhaustive(e, st, seen)
        return result

    def exhaustive(self, e: A.CaseOf, st: Type, seen: set[object]) -> None:
        missing: list[str] = []
        if types_equal(st, BOOL):
            missing = [w for w, v in (("true", True), ("false", False)) if ("bool", v) not in seen]
        elif isinstance(st, TCon) and st.name in self.datas:
            missing = [c for c in self.datas[st.name].cons if c not in seen]
        elif types_equal(st, INT):
            self.error(e.span, "a case on an Int needs a last alternative `_ -> ...`", "pattern")
            return
        if missing:
            self.error(
                e.span, f"this case does not cover {', '.join(missing)}: add them or `_ -> ...`", "pattern"
            )


def _instantiate(field: Type, params: list[str], args: tuple[Type, ...]) -> Type:
    temps = [f"{p}%{i}" for i, p in enumerate(params)]
    out = field
    for p, tmp in zip(params, temps, strict=False):
        out = subst_type(out, p, TVar(tmp))
    for tmp, a in zip(temps, args, strict=False):
        out = subst_type(out, tmp, a)
    return out


def check(program: A.SFProgram, diags: DiagnosticBag) -> A.SFProgram:
    checker = Checker(diags)
    checker.poisoned = set()
    return checker.program(program)
