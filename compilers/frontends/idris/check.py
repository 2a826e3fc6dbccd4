"""Idris's checker: a bidirectional elaborator from the syntax tree to the core type theory (tt.py).

- Normalisation by evaluation: types are compared as values; functions defined by clauses reduce when a
  clause matches (`plus (S k) m` is `S (plus k m)` in a type).
- Unification with metas for implicit arguments and unbound implicits (`Vect n a` binds `{0 n}` and
  `{0 a}`), first-order: a meta stands for a value in the context where it was made.
- Dependent pattern matching: a clause's left side is elaborated with its pattern variables as locals
  that unification may determine (`append (x :: xs) ys` makes `n` be `S k`); a constructor whose type
  cannot match is an impossible case.
- Interfaces are records of their methods, passed as auto-implicit arguments found by search.
- Coverage (a missing case is named) and structural termination for `total` functions.

Errors are raised as ElabError at the expression's line and column and reported once per clause."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.idris import ast as A
from compilers.frontends.idris import tt as T
from compilers.frontends.idris.tt import (
    PC,
    PL,
    PV,
    PW,
    VU,
    CClause,
    HHole,
    HMeta,
    HRef,
    HVar,
    Value,
    VLam,
    VLit,
    VNeu,
    VPi,
    pretty,
    short,
    vvar,
)

NAT_Z = "Prelude.Z"
NAT_S = "Prelude.S"


class ElabError(Exception):
    def __init__(self, span: Span, message: str, code: str = "type_mismatch") -> None:
        super().__init__(message)
        self.span = span
        self.message = message
        self.code = code


class IllTyped(Exception):
    """An application of a non-function met while evaluating a term that failed to check."""


class UnifyError(Exception):
    def __init__(self, conflict: bool, a: Value | None = None, b: Value | None = None) -> None:
        super().__init__("unify")
        self.conflict = conflict  # two different constructors: the values can never be equal
        self.a = a
        self.b = b


@dataclass(slots=True)
class Global:
    name: str
    kind: str  # "fun", "con", "tycon", "prim", "postulate"
    type: Value
    type_term: T.Term
    span: Span | None = None
    clauses: list[CClause] | None = None
    arity: int = 0
    data: str | None = None  # a constructor's type constructor
    cons: list[str] = field(default_factory=list)  # a type constructor's constructors
    tag: int = 0
    reduce: Callable[[list[Value]], Value | None] | None = None  # a primitive's evaluation
    totality: str = "covering"
    method: tuple[str, int] | None = None  # an interface method: (interface, field index)
    iface: str | None = None  # an implementation: the interface it implements
    lifted: int = 0  # a where or case function: how many of its parameters are the outer context
    parent: str | None = None
    checked: bool = False
    impl_methods: dict[str, str] = field(default_factory=dict)  # an implementation: method -> global
    impl_context: int = 0  # an implementation's own parameters and constraints
    scrut_level: int | None = None  # a case function: the enclosing clause's variable it matches on
    outer_pats: list[T.Pat] | None = None  # a case function: the enclosing clause's patterns


@dataclass(slots=True)
class MetaEntry:
    solution: Value | None
    type: Value
    span: Span
    kind: str = "implicit"  # "implicit", "instance", "literal"
    depth: int = 0


@dataclass(slots=True)
class Ctx:
    env: list[Value] = field(default_factory=list)
    types: list[Value] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    hidden: list[bool] = field(default_factory=list)
    qtys: list[int | None] = field(default_factory=list)
    local_fns: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Whether each entry is a let definition (its env value is its value) rather than a bound variable.
    defined: list[bool] = field(default_factory=list)

    @property
    def depth(self) -> int:
        return len(self.env)

    def bind(self, name: str, ty: Value, qty: int | None = None, hidden: bool = False) -> Ctx:
        return Ctx(
            [*self.env, vvar(len(self.env))],
            [*self.types, ty],
            [*self.names, name],
            [*self.hidden, hidden],
            [*self.qtys, qty],
            self.local_fns,
            [*self.defined, False],
        )

    def define(self, name: str, ty: Value, val: Value) -> Ctx:
        return Ctx(
            [*self.env, val],
            [*self.types, ty],
            [*self.names, name],
            [*self.hidden, False],
            [*self.qtys, None],
            self.local_fns,
            [*self.defined, True],
        )


@dataclass(slots=True)
class IfaceInfo:
    name: str
    con: str
    methods: list[str]  # qualified method names, in field order
    defaults: dict[str, list[A.Clause]] = field(default_factory=dict)
    impls: list[str] = field(default_factory=list)
    supers: list[tuple[str, str]] = field(default_factory=list)  # (superclass, its projection)


@dataclass(slots=True)
class HoleReport:
    name: str
    span: Span
    ctx: Ctx
    type: Value
    goal: str = ""
    context: list[str] = field(default_factory=list)


class Checker:
    def __init__(self, diags: DiagnosticBag, base: Checker | None = None) -> None:
        self.diags = diags
        self.metas: list[MetaEntry] = []
        self.trail: list[int] = []  # metas in the order they were solved
        self.literal_metas: list[int] = []  # the types of literals, which default to Integer
        self.unindexed_cache: dict[str, bool] = {}
        self.current_pats: list[T.Pat] = []  # the left side of the clause being checked
        self.local_sol: dict[int, Value] = {}
        self.flex = False  # elaborating a left-hand side: pattern variables may be solved
        self.problems: list[tuple[int, Ctx, Span]] = []  # instance searches waiting for their type
        self.holes: list[HoleReport] = []
        self.erased_mode = 0
        self.current = ""  # the definition being checked (for messages)
        self.case_count = 0
        self.default_total = False
        self.module = "Main"
        self.structural: dict[str, bool] = {}  # recurses_structurally's verdicts, by function
        if base is None:
            self.globals: dict[str, Global] = {}
            self.by_short: dict[str, list[str]] = {}
            self.ifaces: dict[str, IfaceInfo] = {}
            self.visible: list[str] = ["Builtin", "Prelude"]
        else:
            self.globals = dict(base.globals)
            self.by_short = {k: list(v) for k, v in base.by_short.items()}
            self.ifaces = {
                k: IfaceInfo(v.name, v.con, list(v.methods), dict(v.defaults), list(v.impls), list(v.supers))
                for k, v in base.ifaces.items()
            }
            self.visible = ["Builtin", "Prelude"]
        self.order: list[str] = []  # definitions in the order they were made (for the lowering)

    # ================================================================ evaluation

    def eval(self, env: list[Value] | tuple[Value, ...], t: T.Term) -> Value:
        match t:
            case T.Var(ix):
                return env[len(env) - 1 - ix]
            case T.Ref(name):
                return VNeu(HRef(name))
            case T.App(f, a, icit):
                return self.vapp(self.eval(env, f), self.eval(env, a), icit)
            case T.Lam(name, body, icit):
                return VLam(name, icit, tuple(env), body)
            case T.Pi(name, dom, cod, icit, qty):
                return VPi(name, icit, qty, self.eval(env, dom), tuple(env), cod)
            case T.U():
                return VU()
            case T.Meta(id):
                sol = self.metas[id].solution
                return sol if sol is not None else VNeu(HMeta(id))
            case T.Lit(value, kind):
                if kind == "nat":
                    return self.nat(int(value))
                if kind.startswith("pending"):
                    m = int(kind.split(":")[1])
                    ty = self.force(VNeu(HMeta(m)))
                    if isinstance(ty, VNeu) and isinstance(ty.head, HRef) and ty.head.name == "Prelude.Nat":
                        return self.nat(int(value))
                    return VLit(value, "int")
                return VLit(value, kind)
            case T.Let(_, _, val, body):
                return self.eval([*env, self.eval(env, val)], body)
            case T.Hole(name):
                return VNeu(HHole(name))
        raise TypeError(t)

    def nat(self, n: int) -> Value:
        v: Value = VNeu(HRef(NAT_Z))
        for _ in range(n):
            v = VNeu(HRef(NAT_S), ((v, "expl"),))
        return v

    def closure(self, env: tuple[Value, ...], body: T.Term, arg: Value) -> Value:
        return self.eval([*env, arg], body)

    def vapp(self, f: Value, a: Value, icit: str = "expl") -> Value:
        if isinstance(f, VLam):
            return self.closure(f.env, f.body, a)
        if isinstance(f, VNeu):
            sp = (*f.spine, (a, icit))
            if isinstance(f.head, HRef):
                g = self.globals.get(f.head.name)
                if g is not None and g.reduce and len(sp) == g.arity:
                    got = self.reduce(g, [v for v, _ in sp])
                    if got is not None:
                        return got
            return VNeu(f.head, sp)
        raise IllTyped("a value that is not a function is applied")

    def reduce(self, g: Global, args: list[Value]) -> Value | None:
        if g.reduce is not None:
            return g.reduce([self.force(a) for a in args])
        assert g.clauses is not None
        for cl in g.clauses:
            if cl.rhs is None:
                continue
            binds: dict[int, Value] = {}
            result = "yes"
            for p, a in zip(cl.pats, args, strict=False):
                r = self.match(p, a, binds, cl.solved)
                if r != "yes":
                    result = r
                    break
            if result == "no":
                continue
            if result == "stuck":
                return None
            env: list[Value] = [binds.get(i, vvar(-1)) for i in range(cl.nvars)]
            for lv in sorted(cl.solved):
                env[lv] = self.eval(env, cl.solved[lv])
            return self.eval(env, cl.rhs)
        return None

    def match(self, p: T.Pat, v: Value, binds: dict[int, Value], solved: dict[int, T.Term]) -> str:
        match p:
            case PV(level):
                if level not in solved:
                    binds[level] = v
                return "yes"
            case PW():
                return "yes"
            case PC(con, args):
                v = self.force(v)
                if isinstance(v, VNeu) and isinstance(v.head, HRef):
                    g = self.globals.get(v.head.name)
                    if g is not None and g.kind == "con":
                        if v.head.name != con:
                            return "no"
                        for q, (a, _) in zip(args, v.spine, strict=False):
                            r = self.match(q, a, binds, solved)
                            if r != "yes":
                                return r
                        return "yes"
                if isinstance(v, VLit):
                    return "no"
                return "stuck"
            case PL(value, _kind):
                v = self.force(v)
                if isinstance(v, VLit):
                    return "yes" if v.value == value else "no"
                if isinstance(v, VNeu) and isinstance(v.head, HRef) and self.is_con(v.head.name):
                    return "no"
                return "stuck"
        return "stuck"

    def is_con(self, name: str) -> bool:
        g = self.globals.get(name)
        return g is not None and g.kind == "con"

    def force(self, v: Value, unfold: bool = True) -> Value:
        while isinstance(v, VNeu):
            h = v.head
            if isinstance(h, HMeta):
                sol = self.metas[h.id].solution
                if sol is None:
                    return v
            elif isinstance(h, HVar) and h.level in self.local_sol:
                sol = self.local_sol[h.level]
            elif isinstance(h, HRef) and unfold:
                g = self.globals.get(h.name)
                if g is not None and (g.clauses or g.reduce) and len(v.spine) >= g.arity and g.kind != "con":
                    got = self.reduce(g, [a for a, _ in v.spine[: g.arity]])
                    if got is None:
                        return v
                    for a, icit in v.spine[g.arity :]:
                        got = self.vapp(got, a, icit)
                    v = got
                    continue
                return v
            else:
                return v
            for a, icit in v.spine:
                sol = self.vapp(sol, a, icit)
            v = sol
        return v

    def quote(self, depth: int, v: Value, unfold: bool = True) -> T.Term:
        v = self.force(v, unfold)
        match v:
            case VNeu(head, sp):
                out: T.Term
                flags: list[bool] = []
                if isinstance(head, HVar):
                    out = T.Var(depth - 1 - head.level)
                elif isinstance(head, HMeta):
                    out = T.Meta(head.id)
                elif isinstance(head, HRef):
                    out = T.Ref(head.name)
                    if sp and not unfold:
                        flags = self.erasure_of(head.name, sp)
                else:
                    out = T.Hole(head.name)
                for k, (a, icit) in enumerate(sp):
                    out = T.App(
                        out, self.quote(depth, a, unfold), icit, flags[k] if k < len(flags) else False
                    )
                return out
            case VLam(name, icit, env, body):
                return T.Lam(name, self.quote(depth + 1, self.closure(env, body, vvar(depth)), unfold), icit)
            case VPi(name, icit, qty, dom, env, cod):
                return T.Pi(
                    name,
                    self.quote(depth, dom, unfold),
                    self.quote(depth + 1, self.closure(env, cod, vvar(depth)), unfold),
                    icit,
                    qty,
                )
            case VU():
                return T.U()
            case VLit(value, kind):
                return T.Lit(value, kind)
        raise TypeError(v)

    def erasure_of(self, name: str, sp: tuple[tuple[Value, str], ...]) -> list[bool]:
        """For each argument of a global applied to sp: is it erased?"""
        g = self.globals.get(name)
        if g is None:
            return []
        out = []
        t = g.type
        for a, _ in sp:
            t = self.force(t)
            if not isinstance(t, VPi):
                break
            out.append(self.binder_erased(t.qty, t.dom))
            t = self.closure(t.env, t.cod, a)
        return out

    # ================================================================ unification

    def unify(self, depth: int, a: Value, b: Value) -> None:
        a = self.force(a)
        b = self.force(b)
        if isinstance(a, VU) and isinstance(b, VU):
            return
        if isinstance(a, VLit) and isinstance(b, VLit):
            if a.value == b.value and a.kind == b.kind:
                return
            raise UnifyError(True, a, b)
        if isinstance(a, VNeu) and isinstance(a.head, HMeta) and not a.spine:
            if isinstance(b, VNeu) and isinstance(b.head, HMeta) and b.head.id == a.head.id and not b.spine:
                return
            self.solve_meta(a.head.id, b, a)
            return
        if isinstance(b, VNeu) and isinstance(b.head, HMeta) and not b.spine:
            self.solve_meta(b.head.id, a, b)
            return
        if isinstance(a, VNeu) and isinstance(a.head, HMeta) and a.spine and isinstance(b, VNeu):
            self.approx(depth, a, b)
            return
        if isinstance(b, VNeu) and isinstance(b.head, HMeta) and b.spine and isinstance(a, VNeu):
            self.approx(depth, b, a)
            return
        if self.flex:
            av = a.head.level if isinstance(a, VNeu) and isinstance(a.head, HVar) and not a.spine else None
            bv = b.head.level if isinstance(b, VNeu) and isinstance(b.head, HVar) and not b.spine else None
            if av is not None and bv is not None:
                if av == bv:
                    return
                hi, lo = (a, b) if av > bv else (b, a)
                self.solve_local(max(av, bv), lo)
                del hi
                return
            if av is not None:
                self.solve_local(av, b)
                return
            if bv is not None:
                self.solve_local(bv, a)
                return
        if isinstance(a, VPi) and isinstance(b, VPi):
            if a.icit != b.icit:
                raise UnifyError(False, a, b)
            self.unify(depth, a.dom, b.dom)
            x = vvar(depth)
            self.unify(depth + 1, self.closure(a.env, a.cod, x), self.closure(b.env, b.cod, x))
            return
        if isinstance(a, VLam) and isinstance(b, VLam):
            x = vvar(depth)
            self.unify(depth + 1, self.closure(a.env, a.body, x), self.closure(b.env, b.body, x))
            return
        if isinstance(a, VLam):
            x = vvar(depth)
            self.unify(depth + 1, self.closure(a.env, a.body, x), self.vapp(b, x, a.icit))
            return
        if isinstance(b, VLam):
            x = vvar(depth)
            self.unify(depth + 1, self.vapp(a, x, b.icit), self.closure(b.env, b.body, x))
            return
        if isinstance(a, VNeu) and isinstance(b, VNeu):
            if a.head == b.head and len(a.spine) == len(b.spine):
                try:
                    for (xa, _), (ya, _) in zip(a.spine, b.spine, strict=True):
                        self.unify(depth, xa, ya)
                    return
                except UnifyError as e:
                    if e.conflict and self.closed_nat(a) and self.closed_nat(b):
                        raise UnifyError(True, a, b) from None  # 4 and 5, not Z and S Z
                    if e.conflict and self.rigid(a) and self.rigid(b):
                        raise
                    raise UnifyError(e.conflict and self.rigid(a), e.a, e.b) from None
            raise UnifyError(self.rigid(a) and self.rigid(b), a, b)
        raise UnifyError(self.rigid(a) and self.rigid(b), a, b)

    def approx(self, depth: int, flex: VNeu, other: VNeu) -> None:
        """?f x1 .. xk = h y1 .. yn: ?f is h y1 .. y(n-k) and xi = y(n-k+i) (Idris's first-order
        approximation; enough for `Functor f` with f a type constructor)."""
        k = len(flex.spine)
        n = len(other.spine)
        if n < k or isinstance(other.head, HMeta):
            raise UnifyError(False, flex, other)
        assert isinstance(flex.head, HMeta)
        self.solve_meta(flex.head.id, VNeu(other.head, other.spine[: n - k]), flex)
        for (x, _), (y, _) in zip(flex.spine, other.spine[n - k :], strict=True):
            self.unify(depth, x, y)

    def closed_nat(self, v: Value) -> bool:
        n = 0
        while True:
            v = self.force(v)
            if not (isinstance(v, VNeu) and isinstance(v.head, HRef)):
                return False
            if v.head.name == NAT_Z:
                return True
            if v.head.name != NAT_S or n > 10**5:
                return False
            v = v.spine[0][0]
            n += 1

    def rigid(self, v: Value) -> bool:
        """A value whose head is a constructor or a type constructor (never reduces further)."""
        if isinstance(v, VLit | VU | VPi):
            return True
        if isinstance(v, VNeu) and isinstance(v.head, HRef):
            g = self.globals.get(v.head.name)
            return g is not None and g.kind in ("con", "tycon")
        return False

    def solve_meta(self, m: int, v: Value, self_v: Value) -> None:
        if self.occurs_meta(m, v):
            raise UnifyError(False, self_v, v)
        self.set_meta(m, v)

    def solve_local(self, level: int, v: Value) -> None:
        if self.occurs_var(level, v):
            raise UnifyError(self.rigid(v), vvar(level), v)
        self.local_sol[level] = v

    def occurs_meta(self, m: int, v: Value) -> bool:
        return self.occurs(lambda h: isinstance(h, HMeta) and h.id == m, v, m)

    def occurs_var(self, level: int, v: Value) -> bool:
        return self.occurs(lambda h: isinstance(h, HVar) and h.level == level, v, None)

    def occurs(self, hit: Callable[[object], bool], v: Value, meta: int | None) -> bool:
        """Whether a head that `hit` picks stands in v (for a meta, inside closures' bodies too)."""
        v = self.force(v)
        match v:
            case VNeu(head, sp):
                return hit(head) or any(self.occurs(hit, a, meta) for a, _ in sp)
            case VPi(_, _, _, dom, _env, cod):
                return self.occurs(hit, dom, meta) or (meta is not None and _term_has_meta(cod, meta))
            case VLam(_, _, _env, body):
                return meta is not None and _term_has_meta(body, meta)
        return False

    # ================================================================ metas and snapshots

    def fresh_meta(self, ctx: Ctx, ty: Value, span: Span, kind: str = "implicit") -> T.Meta:
        self.metas.append(MetaEntry(None, ty, span, kind, ctx.depth))
        return T.Meta(len(self.metas) - 1)

    def set_meta(self, m: int, v: Value) -> None:
        """Solve a meta (recorded, so that a failed attempt can be undone)."""
        self.metas[m].solution = v
        self.trail.append(m)

    def snapshot(self) -> tuple[int, int, dict[int, Value], int, int]:
        return (len(self.trail), len(self.metas), dict(self.local_sol), len(self.problems), len(self.holes))

    def restore(self, snap: tuple[int, int, dict[int, Value], int, int]) -> None:
        nt, n, local, np, nh = snap
        for m in self.trail[nt:]:
            if m < n:
                self.metas[m].solution = None
        del self.trail[nt:]
        del self.metas[n:]
        self.local_sol = local
        del self.problems[np:]
        del self.holes[nh:]

    def zonk(self, depth: int, t: T.Term) -> T.Term:
        """t with solved metas (and solved pattern variables) replaced by their solutions."""
        match t:
            case T.Meta(id):
                sol = self.metas[id].solution
                return t if sol is None else self.zonk(depth, self.quote(depth, sol, unfold=False))
            case T.Var(ix):
                lv = depth - 1 - ix
                if lv in self.local_sol:
                    return self.quote(depth, self.local_sol[lv], unfold=False)
                return t
            case T.App(f, a, icit, er):
                return T.App(self.zonk(depth, f), self.zonk(depth, a), icit, er)
            case T.Lam(name, body, icit, er):
                return T.Lam(name, self.zonk(depth + 1, body), icit, er)
            case T.Pi(name, dom, cod, icit, qty):
                return T.Pi(name, self.zonk(depth, dom), self.zonk(depth + 1, cod), icit, qty)
            case T.Let(name, ty, val, body):
                return T.Let(name, self.zonk(depth, ty), self.zonk(depth, val), self.zonk(depth + 1, body))
            case T.Lit(value, kind) if kind.startswith("pending"):
                lit_meta = int(kind.split(":")[1])
                lit_ty = self.force(VNeu(HMeta(lit_meta)))
                nat = (
                    isinstance(lit_ty, VNeu)
                    and isinstance(lit_ty.head, HRef)
                    and lit_ty.head.name == "Prelude.Nat"
                )
                return T.Lit(value, "nat" if nat else "int")
        return t

    # ================================================================ names

    def add_global(self, g: Global) -> None:
        self.globals[g.name] = g
        self.order.append(g.name)
        if g.lifted or g.iface is not None or g.parent is not None:
            return  # where and case functions, implementations: not visible by name
        s = short(g.name)
        lst = self.by_short.setdefault(s, [])
        if g.name not in lst:
            lst.insert(0, g.name)

    def qualify(self, name: str) -> str:
        return f"{self.module}.{name}"

    def lookup_global(self, name: str) -> list[str]:
        if name in self.globals and "." in name and not T.is_op(name):
            return [name]
        cands = self.by_short.get(name, [])
        rank = {m: i for i, m in enumerate([self.module, *reversed(self.visible)])}
        found = [c for c in cands if _module_of(c) in rank]
        found.sort(key=lambda c: rank[_module_of(c)])
        return found

    def type_head(self, v: Value) -> str | None:
        v = self.force(v)
        if isinstance(v, VNeu) and isinstance(v.head, HRef):
            return v.head.name
        return None

    def show_value(self, ctx: Ctx, v: Value) -> str:
        return pretty(self.zonk(ctx.depth, self.quote(ctx.depth, v)), ctx.names)

    # ================================================================ elaboration: checking

    def check(self, ctx: Ctx, e: A.Expr, ty: Value) -> T.Term:
        ty = self.force(ty)
        if isinstance(e, A.Lam):
            return self.check_lam(ctx, e, e.params, ty)
        if isinstance(ty, VPi) and ty.icit != "expl" and not isinstance(e, A.Hole):
            erased = self.binder_erased(ty.qty, ty.dom)
            inner = ctx.bind(ty.name, ty.dom, 0 if erased else ty.qty, hidden=True)
            body = self.check(inner, e, self.closure(ty.env, ty.cod, vvar(ctx.depth)))
            return T.Lam(ty.name, body, ty.icit, erased)
        match e:
            case A.Let(name, tyx, rhs, let_expr_body):
                if tyx is not None:
                    let_ty = self.eval(ctx.env, self.check_type(ctx, tyx))
                    let_val = self.check(ctx, rhs, let_ty)
                else:
                    let_val, let_ty = self.infer_ins(ctx, rhs)
                inner = ctx.define(name, let_ty, self.eval(ctx.env, let_val))
                let_body = self.check(inner, let_expr_body, ty)
                return T.Let(name, self.quote(ctx.depth, let_ty), let_val, let_body)
            case A.If(cond, then, other, _span):
                c_tm = self.check(ctx, cond, self.bool_type())
                then_tm = self.check(ctx, then, ty)
                else_tm = self.check(ctx, other, ty)
                qt = self.quote(ctx.depth, ty)
                out: T.Term = T.App(T.Ref("Prelude.ifThenElse"), qt, "impl", True)
                return T.App(T.App(T.App(out, c_tm), then_tm), else_tm)
            case A.Case():
                return self.case_expr(ctx, e, ty)
            case A.Do(stmts, span):
                return self.check(ctx, self.desugar_do(stmts), ty)
            case A.Hole(name, span):
                return self.hole(ctx, name, span, ty)
            case A.ListLit(items, span):
                return self.check(ctx, self.list_expr(items, span), ty)
            case A.Tuple(items, span):
                if isinstance(ty, VU):
                    return self.check_type(ctx, e)
                return self.check(ctx, self.pair_expr(items, span), ty)
            case A.DPairE(left, right, dom, dp_span):
                return self.dependent_pair(ctx, left, right, dom, dp_span, ty)
            case A.Rewrite(proof, rw_body, rw_span):
                return self.rewrite(ctx, proof, rw_body, rw_span, ty)
            case A.Underscore(span):
                return self.fresh_meta(ctx, ty, span)
            case A.Lit(_value, "string", span) if (
                h := self.type_head(ty)
            ) is not None and h != "Builtin.String":
                if self.globals[h].kind == "tycon":
                    raise ElabError(
                        span,
                        f"Can't find an implementation for FromString {self.show_value(ctx, ty)}.",
                        "no_implementation",
                    )
            case A.Lit(value, "int", span):
                head = self.type_head(ty)
                if head == "Prelude.Nat":
                    if int(value) < 0:
                        raise ElabError(span, f"Can't find an implementation for Neg Nat (literal {value})")
                    return T.Lit(value, "nat")
                if head == "Builtin.Integer":
                    return T.Lit(value, "int")
                if isinstance(ty, VNeu) and isinstance(ty.head, HMeta) and not ty.spine:
                    self.metas[ty.head.id].kind = "literal"
                    self.literal_metas.append(ty.head.id)
                    return T.Lit(value, f"pending:{ty.head.id}")
                if head is not None and short(head) in ("Fin",):
                    return self.fin_literal(ctx, int(value), ty, span)
                if head is not None and self.globals[head].kind == "tycon":
                    # a literal of another type: fromInteger of its Num implementation
                    lit = A.Lit(value, "int", span)
                    return self.check(ctx, A.App(A.Var("Prelude.fromInteger", span), lit, span), ty)
            case A.Var(name, span) if name == "()" and isinstance(ty, VU):
                return T.Ref("Prelude.Unit")
            case A.Var() | A.App() if (
                (oname := _head_name(e)) is not None
                and self.overloaded(oname)
                and not self.is_local(ctx, oname)
            ):
                head = self.type_head(ty)
                cands = self.lookup_global(oname)
                pick = [c for c in cands if self.globals[c].kind == "con" and self.globals[c].data == head]
                if pick:
                    return self.check_app(ctx, e, ty, pick[0])
                errors: list[tuple[str, ElabError]] = []
                for cand in cands:
                    snap = self.snapshot()
                    try:
                        return self.check_app(ctx, e, ty, cand)
                    except ElabError as err:
                        self.restore(snap)
                        errors.append((cand, err))
                # Every reading failed: report the one whose result has the expected type's head.
                for cand, cand_err in errors:
                    if head is not None and self.result_head(self.globals[cand].type) == head:
                        raise cand_err
                raise errors[0][1]
        tm, got = self.infer(ctx, e)
        tm, got = self.insert_implicits(ctx, tm, got, e_span(e))
        self.expect(ctx, got, ty, e, tm)
        return tm

    def is_local(self, ctx: Ctx, name: str) -> bool:
        return name in ctx.local_fns or any(
            ctx.names[lv] == name and not ctx.hidden[lv] for lv in range(ctx.depth)
        )

    def result_head(self, ty: Value) -> str | None:
        t = ty
        n = 0
        while True:
            t = self.force(t)
            if not isinstance(t, VPi):
                return self.type_head(t)
            t = self.closure(t.env, t.cod, vvar(10**6 + n))
            n += 1

    def overloaded(self, name: str) -> bool:
        return len(self.lookup_global(name)) > 1

    def expect(self, ctx: Ctx, got: Value, want: Value, e: A.Expr, tm: T.Term | None = None) -> None:
        try:
            self.unify(ctx.depth, got, want)
        except UnifyError as err:
            self.mismatch(ctx, e, got, want, err)

    def mismatch(self, ctx: Ctx, e: A.Expr, got: Value, want: Value, err: UnifyError) -> None:
        g = self.show_value(ctx, got)
        w = self.show_value(ctx, want)
        where = f"While processing right hand side of {short(self.root_name())}. " if self.current else ""
        x, y = g, w
        if err.a is not None and err.b is not None:
            x, y = self.show_value(ctx, err.a), self.show_value(ctx, err.b)
        if err.conflict:
            raise ElabError(e_span(e), f"{where}When unifying: {g} and: {w}. Mismatch between: {x} and {y}.")
        raise ElabError(
            e_span(e),
            f"{where}Can't solve constraint between: {x} and {y}. "
            f"The expression {_text(e)} has type {g}, but {w} is expected.",
        )

    def root_name(self) -> str:
        name = self.current
        g = self.globals.get(name)
        while g is not None and g.parent and (".case" in g.name):
            name = g.parent
            g = self.globals.get(name)
        return name

    def check_lam(self, ctx: Ctx, e: A.Lam, params: list[str], ty: Value) -> T.Term:
        if not params:
            return self.check(ctx, e.body, ty)
        ty = self.force(ty)
        if isinstance(ty, VPi):
            if ty.icit != "expl":
                erased = self.binder_erased(ty.qty, ty.dom)
                inner = ctx.bind(ty.name, ty.dom, 0 if erased else ty.qty, hidden=True)
                body = self.check_lam(inner, e, params, self.closure(ty.env, ty.cod, vvar(ctx.depth)))
                return T.Lam(ty.name, body, ty.icit, erased)
            erased = self.binder_erased(ty.qty, ty.dom)
            inner = ctx.bind(params[0], ty.dom, 0 if erased else ty.qty)
            body = self.check_lam(inner, e, params[1:], self.closure(ty.env, ty.cod, vvar(ctx.depth)))
            return T.Lam(params[0], body, "expl", erased)
        if isinstance(ty, VNeu) and isinstance(ty.head, HMeta):
            a = self.eval(ctx.env, self.fresh_meta(ctx, VU(), e.span))
            inner = ctx.bind(params[0], a)
            bty = self.fresh_meta(inner, VU(), e.span)
            pi = VPi(params[0], "expl", None, a, tuple(ctx.env), bty)
            self.unify(ctx.depth, ty, pi)
            return self.check_lam(ctx, e, params, pi)
        raise ElabError(
            e.span, f"a lambda is checked against {self.show_value(ctx, ty)}, which is not a function type"
        )

    # ================================================================ elaboration: inference

    def infer_ins(self, ctx: Ctx, e: A.Expr) -> tuple[T.Term, Value]:
        tm, ty = self.infer(ctx, e)
        return self.insert_implicits(ctx, tm, ty, e_span(e))

    def insert_implicits(self, ctx: Ctx, tm: T.Term, ty: Value, span: Span) -> tuple[T.Term, Value]:
        while True:
            ty = self.force(ty)
            if not isinstance(ty, VPi) or ty.icit == "expl":
                return tm, ty
            tm, ty = self.insert_one(ctx, tm, ty, span)

    def insert_one(self, ctx: Ctx, tm: T.Term, ty: VPi, span: Span) -> tuple[T.Term, Value]:
        m = self.fresh_meta(ctx, ty.dom, span, "instance" if ty.icit == "auto" else "implicit")
        if ty.icit == "auto":
            self.problems.append((m.id, ctx, span))
            self.try_instance(m.id, ctx, span, final=False)
        erased = self.binder_erased(ty.qty, ty.dom)
        mv = self.eval(ctx.env, m)
        return T.App(tm, m, ty.icit, erased), self.closure(ty.env, ty.cod, mv)

    def infer(self, ctx: Ctx, e: A.Expr) -> tuple[T.Term, Value]:
        match e:
            case A.Var(name, span):
                return self.infer_var(ctx, name, span)
            case A.TypeU():
                return T.U(), VU()
            case A.Lit(value, kind, span):
                if kind == "int":
                    m = self.fresh_meta(ctx, VU(), span, "literal")
                    self.literal_metas.append(m.id)
                    return T.Lit(value, f"pending:{m.id}"), VNeu(HMeta(m.id))
                if kind == "string":
                    return T.Lit(value, "str"), self.prim_type("String")
                return T.Lit(value, "char"), self.prim_type("Char")
            case A.Pi(name, icit, qty, dom, cod, span):
                self.erased_mode += 1
                try:
                    d = self.check_type(ctx, dom)
                    dv = self.eval(ctx.env, d)
                    if qty is None and self.type_head(dv) == "Prelude.Equal":
                        qty = 0  # a proof of an equality is erased
                    inner = ctx.bind(name or "_", dv, qty)
                    c = self.check_type(inner, cod)
                finally:
                    self.erased_mode -= 1
                return T.Pi(name or "_", d, c, icit, qty), VU()
            case A.App():
                return self.infer_app(ctx, e)
            case A.Tuple(items, span):
                return self.infer(ctx, self.pair_expr(items, span))
            case A.DPairE(_l, _r, _d, span):
                dp_ty = self.eval(ctx.env, self.fresh_meta(ctx, VU(), span))
                return self.check(ctx, e, dp_ty), dp_ty
            case A.ListLit(items, span):
                return self.infer(ctx, self.list_expr(items, span))
            case A.Lam(params, body, span):
                a = self.eval(ctx.env, self.fresh_meta(ctx, VU(), span))
                inner = ctx.bind(params[0], a)
                rest: A.Expr = A.Lam(params[1:], body, span) if len(params) > 1 else body
                b, bt = self.infer_ins(inner, rest)
                return T.Lam(params[0], b, "expl"), VPi(
                    params[0], "expl", None, a, tuple(ctx.env), self.quote(inner.depth, bt)
                )
        ty = self.eval(ctx.env, self.fresh_meta(ctx, VU(), e_span(e)))
        return self.check(ctx, e, ty), ty

    def infer_var(self, ctx: Ctx, name: str, span: Span) -> tuple[T.Term, Value]:
        if name == "()":
            return T.Ref("Prelude.MkUnit"), self.prim_type("Unit")
        for lv in range(ctx.depth - 1, -1, -1):
            if ctx.names[lv] == name and not ctx.hidden[lv]:
                if ctx.qtys[lv] == 0 and self.erased_mode == 0:
                    raise ElabError(span, f"{name} is not accessible in this context.", "erased")
                return T.Var(ctx.depth - 1 - lv), ctx.types[lv]
        if name in ctx.local_fns:
            gname, n = ctx.local_fns[name]
            tm: T.Term = T.Ref(gname)
            ty = self.globals[gname].type
            for lv in range(n):
                ty = self.force(ty)
                assert isinstance(ty, VPi)
                tm = T.App(tm, T.Var(ctx.depth - 1 - lv), ty.icit, self.binder_erased(ty.qty, ty.dom))
                ty = self.closure(ty.env, ty.cod, ctx.env[lv])
            return tm, ty
        cands = self.lookup_global(name)
        if not cands:
            if name == "=":
                raise ElabError(span, "'=' needs two sides")
            raise ElabError(span, f"Undefined name {name}.", "undeclared")
        g = self.globals[cands[0]]
        if g.kind == "fun" and self.current and g.name != self.current and g.clauses is None and not g.lifted:
            pass  # a function declared and not yet defined (mutual definitions) may be used
        return T.Ref(g.name), g.type

    def infer_app(self, ctx: Ctx, e: A.App) -> tuple[T.Term, Value]:
        head, args = app_spine(e)
        if isinstance(head, A.Var) and head.name == "=" and len(args) == 2:
            return self.equality(ctx, args[0][0], args[1][0], head.span)
        if (
            isinstance(head, A.Var)
            and self.overloaded(head.name)
            and not any(ctx.names[lv] == head.name for lv in range(ctx.depth))
        ):
            cands = self.lookup_global(head.name)
            errors: list[ElabError] = []
            for c in cands:
                snap = self.snapshot()
                try:
                    return self.apply_args(ctx, T.Ref(c), self.globals[c].type, args, e)
                except ElabError as err:
                    self.restore(snap)
                    errors.append(err)
            # Every reading failed: report the one that got furthest into the expression.
            raise max(errors, key=lambda err: (err.span.line, err.span.column))
        fn, fty = self.infer(ctx, head)
        return self.apply_args(ctx, fn, fty, args, e)

    def check_app(self, ctx: Ctx, e: A.Expr, ty: Value, gname: str) -> T.Term:
        _head, args = app_spine(e) if isinstance(e, A.App) else (e, [])
        tm, got = self.apply_args(ctx, T.Ref(gname), self.globals[gname].type, args, e)
        tm, got = self.insert_implicits(ctx, tm, got, e_span(e))
        self.expect(ctx, got, ty, e, tm)
        return tm

    def apply_args(
        self, ctx: Ctx, fn: T.Term, fty: Value, args: list[tuple[A.Expr, str | None]], whole: A.Expr
    ) -> tuple[T.Term, Value]:
        deferred: list[tuple[T.Meta, A.Var, Value, bool]] = []
        for arg, named in args:
            if named is not None:
                while True:
                    fty = self.force(fty)
                    if not isinstance(fty, VPi) or fty.icit == "expl":
                        raise ElabError(e_span(arg), f"no implicit argument named {named}")
                    if fty.name == named:
                        break
                    fn, fty = self.insert_one(ctx, fn, fty, e_span(arg))
                erased = self.binder_erased(fty.qty, fty.dom)
                named_tm = self.check_arg(ctx, arg, fty.dom, erased)
                fn = T.App(fn, named_tm, fty.icit, erased)
                fty = self.closure(fty.env, fty.cod, self.eval(ctx.env, named_tm))
                continue
            fn, fty = self.insert_implicits(ctx, fn, fty, e_span(whole))
            fty = self.force(fty)
            if isinstance(fty, VNeu) and isinstance(fty.head, HMeta):
                dom_v = self.eval(ctx.env, self.fresh_meta(ctx, VU(), e_span(arg)))
                inner = ctx.bind("x", dom_v)
                cod_m = self.fresh_meta(inner, VU(), e_span(arg))
                pi = VPi("x", "expl", None, dom_v, tuple(ctx.env), cod_m)
                self.unify(ctx.depth, fty, pi)
                fty = pi
            if not isinstance(fty, VPi):
                f_text = pretty(self.zonk(ctx.depth, fn), ctx.names)
                raise ElabError(
                    e_span(whole),
                    f"{f_text} is applied to too many arguments: "
                    f"its type {self.show_value(ctx, fty)} is not a function",
                )
            erased = self.binder_erased(fty.qty, fty.dom)
            if isinstance(arg, A.Var) and self.overloaded(arg.name) and not self.is_local(ctx, arg.name):
                # An overloaded name as an argument (`map length xs`): chosen once the other
                # arguments have fixed its type.
                m = self.fresh_meta(ctx, fty.dom, arg.span)
                deferred.append((m, arg, fty.dom, erased))
                a: T.Term = m
            else:
                a = self.check_arg(ctx, arg, fty.dom, erased)
            fn = T.App(fn, a, "expl", erased)
            fty = self.closure(fty.env, fty.cod, self.eval(ctx.env, a))
        for m, arg, dom, erased in deferred:
            got = self.check_arg(ctx, arg, dom, erased)
            try:
                self.unify(ctx.depth, self.eval(ctx.env, got), self.eval(ctx.env, m))
            except UnifyError as err:
                self.mismatch(ctx, arg, dom, dom, err)
        return fn, fty

    def check_arg(self, ctx: Ctx, arg: A.Expr, dom: Value, erased: bool) -> T.Term:
        if erased:
            self.erased_mode += 1
        try:
            return self.check(ctx, arg, dom)
        finally:
            if erased:
                self.erased_mode -= 1

    def binder_erased(self, qty: int | None, dom: Value) -> bool:
        """An argument that is not passed at run time: quantity 0 (which a binder whose type is an
        equality gets when its Pi is elaborated, so that the decision is the same at every use), or a
        type."""
        if qty == 0:
            return True
        d = self.force(dom)
        while isinstance(d, VPi):
            d = self.force(self.closure(d.env, d.cod, vvar(10**6)))
        return isinstance(d, VU)

    def check_type(self, ctx: Ctx, e: A.Expr) -> T.Term:
        self.erased_mode += 1
        try:
            if isinstance(e, A.Tuple):
                out = self.check_type(ctx, e.items[-1])
                for item in reversed(e.items[:-1]):
                    out = T.App(T.App(T.Ref("Prelude.Pair"), self.check_type(ctx, item)), out)
                return out
            if isinstance(e, A.Var) and e.name == "()":
                return T.Ref("Prelude.Unit")
            return self.check(ctx, e, VU())
        finally:
            self.erased_mode -= 1

    # ================================================================ special forms

    def prim_type(self, name: str) -> Value:
        return VNeu(HRef(f"Prelude.{name}" if name in ("Unit", "Bool", "Nat") else f"Builtin.{name}"))

    def bool_type(self) -> Value:
        return VNeu(HRef("Prelude.Bool"))

    def equality(self, ctx: Ctx, left: A.Expr, right: A.Expr, span: Span) -> tuple[T.Term, Value]:
        self.erased_mode += 1
        try:
            lt, la = self.infer_ins(ctx, left)
            try:
                rt = self.check(ctx, right, la)
                ra = la
            except ElabError:
                rt, ra = self.infer_ins(ctx, right)
        finally:
            self.erased_mode -= 1
        out = T.App(T.Ref("Prelude.Equal"), self.quote(ctx.depth, la), "impl", True)
        out = T.App(out, self.quote(ctx.depth, ra), "impl", True)
        return T.App(T.App(out, lt, "expl", True), rt, "expl", True), VU()

    def dependent_pair(
        self, ctx: Ctx, left: A.Expr, right: A.Expr, dom: A.Expr | None, span: Span, ty: Value
    ) -> T.Term:
        """(x : A ** P x) is DPair A (a lambda of x to P x); (v ** prf) is MkDPair v prf."""
        if isinstance(ty, VU):
            if not isinstance(left, A.Var | A.Underscore):
                raise ElabError(e_span(left), "the left of a dependent pair type must be a name", "syntax")
            name = left.name if isinstance(left, A.Var) else "_"
            if dom is not None:
                a_tm = self.check_type(ctx, dom)
            else:
                a_tm = self.fresh_meta(ctx, VU(), span)
            a_v = self.eval(ctx.env, a_tm)
            p_tm = self.check_type(ctx.bind(name, a_v, 0), right)
            out = T.App(T.Ref("Prelude.DPair"), a_tm, "expl", True)
            return T.App(out, T.Lam(name, p_tm, "expl", True), "expl", True)
        want = self.force(ty)
        if not (isinstance(want, VNeu) and isinstance(want.head, HRef) and want.head.name == "Prelude.DPair"):
            dp_a = self.eval(ctx.env, self.fresh_meta(ctx, VU(), span))
            p_meta = self.fresh_meta(ctx, VPi("_", "expl", None, dp_a, tuple(ctx.env), T.U()), span)
            want = VNeu(HRef("Prelude.DPair"), ((dp_a, "expl"), (self.eval(ctx.env, p_meta), "expl")))
            self.expect(ctx, want, ty, A.DPairE(left, right, dom, span))
        assert isinstance(want, VNeu)
        a_v, p_v = want.spine[0][0], want.spine[1][0]
        v = self.check(ctx, left, a_v)
        prf = self.check(ctx, right, self.vapp(p_v, self.eval(ctx.env, v)))
        out = T.App(T.Ref("Prelude.MkDPair"), self.quote(ctx.depth, a_v), "impl", True)
        out = T.App(out, self.quote(ctx.depth, p_v), "impl", True)
        return T.App(T.App(out, v, "expl", False), prf, "expl", False)

    def list_expr(self, items: list[A.Expr], span: Span) -> A.Expr:
        out: A.Expr = A.Var("Nil", span)
        for item in reversed(items):
            out = A.App(A.App(A.Var("::", span), item, span), out, span)
        return out

    def pair_expr(self, items: list[A.Expr], span: Span) -> A.Expr:
        out = items[-1]
        for item in reversed(items[:-1]):
            out = A.App(A.App(A.Var("Prelude.MkPair", span), item, span), out, span)
        return out

    def fin_literal(self, ctx: Ctx, n: int, ty: Value, span: Span) -> T.Term:
        fz = self.lookup_global("FZ")
        fs = self.lookup_global("FS")
        if not fz or not fs:
            raise ElabError(span, "Fin literals need Data.Fin")
        e: A.Expr = A.Var(fz[0], span)
        for _ in range(n):
            e = A.App(A.Var(fs[0], span), e, span)
        return self.check(ctx, e, ty)

    def desugar_do(self, stmts: list[A.DoStmt]) -> A.Expr:
        last = stmts[-1]
        if last.kind != "expr":
            raise ElabError(last.span, "the last statement of a 'do' block must be an expression")
        out = last.expr
        for s in reversed(stmts[:-1]):
            if s.kind == "letpat":
                alt = s.expr
                assert isinstance(alt, A.Alt)
                assert alt.rhs is not None
                out = A.Case(alt.rhs, [A.Alt(alt.pat, out, s.span)], s.span)
            elif s.kind == "expr":
                out = A.App(A.App(A.Var(">>", s.span), s.expr, s.span), out, s.span)
            elif s.kind == "bind":
                out = A.App(
                    A.App(A.Var(">>=", s.span), s.expr, s.span), A.Lam([s.name or "_"], out, s.span), s.span
                )
            else:
                out = A.Let(s.name or "_", None, s.expr, out, s.span)
        return out

    def hole(self, ctx: Ctx, name: str, span: Span, ty: Value) -> T.Term:
        self.holes.append(HoleReport(name, span, ctx, ty))
        return T.Hole(name)

    def render_hole(self, h: HoleReport) -> None:
        """The goal and context of a hole, once the clause's metas are solved."""
        ctx = h.ctx
        h.goal = self.show_value(ctx, h.type)
        lines = []
        for lv in range(ctx.depth):
            if ctx.names[lv].startswith("_") or ctx.names[lv].startswith("%"):
                continue
            q = "0 " if ctx.qtys[lv] == 0 else "  "
            lines.append(
                f"{q}{ctx.names[lv]} : "
                f"{self.show_value(Ctx(names=ctx.names[:lv], env=ctx.env[:lv]), ctx.types[lv])}"
            )
        h.context = lines

    def rewrite(self, ctx: Ctx, proof: A.Expr, body: A.Expr, span: Span, goal: Value) -> T.Term:
        self.erased_mode += 1
        try:
            pt, pty = self.infer_ins(ctx, proof)
        finally:
            self.erased_mode -= 1
        pty = self.force(pty)
        if not (isinstance(pty, VNeu) and isinstance(pty.head, HRef) and pty.head.name == "Prelude.Equal"):
            raise ElabError(
                e_span(proof), f"Rewriting by {self.show_value(ctx, pty)} failed: it is not an equality"
            )
        _a, _b, lhs, rhs = (v for v, _ in pty.spine)
        lq = self.zonk(ctx.depth, self.quote(ctx.depth, lhs))
        gq = self.zonk(ctx.depth, self.quote(ctx.depth, goal))
        # The motive: the goal with the rewritten side abstracted (\w => goal[lhs := w]).
        abstracted, found = _abstract(gq, lq, 0)
        if not found:
            raise ElabError(
                span,
                f"Rewriting by {self.show_value(ctx, pty)} did not change type {self.show_value(ctx, goal)}.",
            )
        motive = T.Lam("w", abstracted, "expl")
        mv = self.eval(ctx.env, motive)
        new_goal = self.vapp(mv, rhs)
        b = self.check(ctx, body, new_goal)
        # replace {p = motive} (sym proof) body : motive lhs
        lty = self.quote(ctx.depth, self.metas_type_of(ctx, lhs))
        sym = T.App(
            T.App(T.App(T.App(T.Ref("Prelude.sym"), lty, "impl", True), lty, "impl", True), lq, "impl", True),
            self.zonk(ctx.depth, self.quote(ctx.depth, rhs)),
            "impl",
            True,
        )
        sym = T.App(sym, pt, "expl", True)
        out = T.App(T.Ref("Prelude.replace"), lty, "impl", True)
        out = T.App(out, self.zonk(ctx.depth, self.quote(ctx.depth, rhs)), "impl", True)
        out = T.App(out, lq, "impl", True)
        out = T.App(out, motive, "impl", True)
        out = T.App(out, sym, "expl", True)
        return T.App(out, b, "expl", False)

    def metas_type_of(self, ctx: Ctx, v: Value) -> Value:
        """The type of a value (enough of it for the motive of a rewrite)."""
        v = self.force(v)
        if isinstance(v, VNeu):
            if isinstance(v.head, HVar):
                ty = ctx.types[v.head.level]
            elif isinstance(v.head, HRef):
                ty = self.globals[v.head.name].type
            else:
                return VU()
            for a, _icit in v.spine:
                ty = self.force(ty)
                if not isinstance(ty, VPi):
                    return VU()
                ty = self.closure(ty.env, ty.cod, a)
            return ty
        if isinstance(v, VLit):
            return self.prim_type({"int": "Integer", "str": "String", "char": "Char"}[v.kind])
        return VU()

    # ================================================================ instance search

    def try_instance(self, m: int, ctx: Ctx, span: Span, final: bool) -> bool:
        if self.metas[m].solution is not None:
            return True
        goal = self.force(self.metas[m].type)
        if not (isinstance(goal, VNeu) and isinstance(goal.head, HRef)):
            if final:
                raise ElabError(
                    span,
                    f"Can't find an implementation for {self.show_value(ctx, goal)}",
                    "no_implementation",
                )
            return False
        arg = self.force(goal.spine[-1][0]) if goal.spine else None
        if arg is not None and isinstance(arg, VNeu) and isinstance(arg.head, HMeta) and not final:
            return False
        found = self.search(ctx, goal, 0)
        if found is None:
            if final:
                raise ElabError(
                    span,
                    f"Can't find an implementation for {self.show_value(ctx, goal)}.",
                    "no_implementation",
                )
            return False
        self.set_meta(m, self.eval(ctx.env, found))
        return True

    def search(self, ctx: Ctx, goal: Value, depth: int) -> T.Term | None:
        if depth > 8:
            return None
        assert isinstance(goal, VNeu) and isinstance(goal.head, HRef)
        iface = goal.head.name
        if goal.spine:
            arg = self.force(goal.spine[-1][0])
            if isinstance(arg, VNeu) and isinstance(arg.head, HMeta):
                return None  # not known yet: the search waits
        for lv in range(ctx.depth - 1, -1, -1):
            lt = self.force(ctx.types[lv])
            if isinstance(lt, VNeu) and isinstance(lt.head, HRef) and lt.head.name == iface:
                snap = self.snapshot()
                try:
                    self.unify(ctx.depth, lt, goal)
                    return T.Var(ctx.depth - 1 - lv)
                except UnifyError:
                    self.restore(snap)
            if (
                isinstance(lt, VNeu)
                and isinstance(lt.head, HRef)
                and lt.head.name in self.ifaces
                and lt.spine
            ):
                # a superclass of a dictionary in scope: Eq a from Ord a
                for sup, proj in self.ifaces[lt.head.name].supers:
                    if sup != iface:
                        continue
                    want = VNeu(HRef(sup), lt.spine[-1:])
                    snap = self.snapshot()
                    try:
                        self.unify(ctx.depth, want, goal)
                        sup_arg = self.quote(ctx.depth, lt.spine[-1][0])
                        sup_fn = T.App(T.Ref(proj), sup_arg, "impl", True)
                        return T.App(sup_fn, T.Var(ctx.depth - 1 - lv), "auto")
                    except UnifyError:
                        self.restore(snap)
        info = self.ifaces.get(iface)
        if info is None:
            return None
        if iface == "Prelude.Show" and goal.spine:
            arg = self.force(goal.spine[-1][0])
            if isinstance(arg, VNeu) and isinstance(arg.head, HRef) and arg.head.name == "Prelude.DPair":
                return self.show_dpair(ctx, arg, depth)
        for impl in info.impls:
            if _module_of(impl) not in (self.module, *self.visible):
                continue
            snap = self.snapshot()
            g = self.globals[impl]
            tm: T.Term = T.Ref(impl)
            ty = g.type
            autos: list[tuple[int, Value]] = []
            ok = True
            while True:
                ty = self.force(ty)
                if not isinstance(ty, VPi):
                    break
                m = self.fresh_meta(ctx, ty.dom, self.metas[0].span if self.metas else Span("", 1, 1, 1, 2))
                if ty.icit == "auto":
                    autos.append((m.id, ty.dom))
                tm = T.App(tm, m, ty.icit, self.binder_erased(ty.qty, ty.dom))
                ty = self.closure(ty.env, ty.cod, self.eval(ctx.env, m))
            try:
                self.unify(ctx.depth, ty, goal)
            except UnifyError:
                ok = False
            if ok:
                for mid, dom in autos:
                    sub = self.force(dom)
                    if isinstance(sub, VNeu) and sub.spine:
                        arg = self.force(sub.spine[-1][0])
                        if isinstance(arg, VNeu) and isinstance(arg.head, HMeta):
                            self.metas[mid].type = sub
                            self.problems.append((mid, ctx, self.metas[mid].span))
                            continue
                    got = (
                        self.search(ctx, sub, depth + 1)
                        if isinstance(sub, VNeu) and isinstance(sub.head, HRef)
                        else None
                    )
                    if got is None:
                        ok = False
                        break
                    self.set_meta(mid, self.eval(ctx.env, got))
            if ok:
                return tm
            self.restore(snap)
        return None

    def show_dpair(self, ctx: Ctx, pair: VNeu, depth: int) -> T.Term | None:
        """Show (DPair a p): Idris 2's needs Show a and Show (p x) for every x (a constraint under a
        binder), which the search finds for a fresh x; then MkShow of showDPair."""
        a_v, p_v = pair.spine[0][0], pair.spine[1][0]
        show_a = self.search(ctx, VNeu(HRef("Prelude.Show"), ((a_v, "expl"),)), depth + 1)
        inner = ctx.bind("x", a_v, 0)
        px = self.vapp(p_v, vvar(ctx.depth))
        show_p = self.search(inner, VNeu(HRef("Prelude.Show"), ((px, "expl"),)), depth + 1)
        if show_a is None or show_p is None:
            return None
        qa = self.quote(ctx.depth, a_v)
        qp = self.quote(ctx.depth, p_v)

        def show_of(ty: T.Term, dict_: T.Term) -> T.Term:
            return T.App(T.App(T.Ref("Prelude.show"), ty, "impl", True), dict_, "auto", False)

        sa = T.Lam("v", T.App(show_of(_shift(qa, 1), _shift(show_a, 1)), T.Var(0)), "expl", False)
        # \x y => show {p x} dict y (the dictionary found with x bound, under one more binder)
        sp = T.Lam(
            "x",
            T.Lam(
                "y", T.App(show_of(self.quote(ctx.depth + 2, px), _shift(show_p, 1)), T.Var(0)), "expl", False
            ),
            "expl",
            False,
        )
        fn = T.App(T.App(T.Ref("Prelude.showDPair"), qa, "impl", True), qp, "impl", True)
        fn = T.App(T.App(fn, sa, "expl", False), sp, "expl", False)
        dpair_ty = T.App(T.App(T.Ref("Prelude.DPair"), qa, "expl", True), qp, "expl", True)
        show_prec = T.Lam("d", T.Lam("w", T.App(_shift(fn, 2), T.Var(0)), "expl", False), "expl", False)
        out = T.App(T.Ref("Prelude.MkShow"), dpair_ty, "impl", True)
        return T.App(T.App(out, fn, "expl", False), show_prec, "expl", False)

    def solve_problems(self, final: bool) -> None:
        progress = True
        while progress:
            progress = False
            for m, ctx, span in list(self.problems):
                if self.metas[m].solution is None and self.try_instance(m, ctx, span, False):
                    progress = True
        if final:
            for m, ctx, span in list(self.problems):
                if self.metas[m].solution is None:
                    goal = self.force(self.metas[m].type)
                    # Idris defaults a numeric literal's type to Integer.
                    if isinstance(goal, VNeu) and goal.spine:
                        arg = self.force(goal.spine[-1][0])
                        if isinstance(arg, VNeu) and isinstance(arg.head, HMeta):
                            self.set_meta(arg.head.id, self.prim_type("Integer"))
                    self.try_instance(m, ctx, span, True)
            self.problems.clear()
            for mid in self.literal_metas:
                if self.metas[mid].solution is None:
                    self.set_meta(mid, self.prim_type("Integer"))
            self.literal_metas.clear()

    # ================================================================ case expressions

    def case_expr(self, ctx: Ctx, e: A.Case, ty: Value) -> T.Term:
        st, sty = self.infer_ins(ctx, e.scrut)
        self.case_count += 1
        gname = f"{self.current}.case{self.case_count}"
        # The case function: the context, then the scrutinee, to the goal.
        fty_term: T.Term = T.Pi(
            "scrut", self.quote(ctx.depth, sty), self.quote(ctx.depth + 1, ty), "expl", None
        )
        for lv in range(ctx.depth - 1, -1, -1):
            fty_term = T.Pi(ctx.names[lv], self.quote(lv, ctx.types[lv]), fty_term, "impl", ctx.qtys[lv])
        fty_term = self.zonk(0, fty_term)
        g = Global(
            gname, "fun", self.eval([], fty_term), fty_term, e.span, lifted=ctx.depth, parent=self.current
        )
        g.totality = self.globals[self.current].totality if self.current in self.globals else "covering"
        g.scrut_level = ctx.depth - 1 - st.ix if isinstance(st, T.Var) else None
        g.outer_pats = self.current_pats
        self.add_global(g)
        clauses = [
            A.Clause(A.App(A.Var(gname, alt.span), alt.pat, alt.span), alt.rhs, [], alt.span)
            for alt in e.alts
        ]
        self.check_definition(g, clauses, ctx)
        out: T.Term = T.Ref(gname)
        fty = g.type
        for lv in range(ctx.depth):
            fty = self.force(fty)
            assert isinstance(fty, VPi)
            out = T.App(out, T.Var(ctx.depth - 1 - lv), "impl", self.binder_erased(fty.qty, fty.dom))
            fty = self.closure(fty.env, fty.cod, ctx.env[lv])
        return T.App(out, st, "expl", False)

    # ================================================================ left-hand sides

    def lhs(self, g: Global, clause: A.Clause, outer: Ctx | None) -> tuple[Ctx, list[T.Pat], Value]:
        """The clause's patterns elaborated against g's type: the context of its pattern variables, the
        patterns, and the type its right-hand side must have."""
        head, args = app_spine(clause.lhs)
        if not isinstance(head, A.Var):
            raise ElabError(
                clause.span, "a clause must start with the name of the function it defines", "syntax"
            )
        ctx = Ctx(local_fns=dict(outer.local_fns) if outer else {})
        pats: list[T.Pat] = []
        ty = g.type
        # The outer context of a where or case function: its first parameters.
        for lv in range(g.lifted):
            ty = self.force(ty)
            assert isinstance(ty, VPi) and outer is not None
            # A let definition of the outer context stays a definition inside: the types the outer
            # context computed saw its value, so the body must see it too (`let xs = ...` then a case
            # whose alternatives use `length xs` in a type).
            value: Value = vvar(lv)
            if outer.defined[lv]:
                value = outer.env[lv]
                ctx = ctx.define(outer.names[lv], ty.dom, value)
            else:
                ctx = ctx.bind(outer.names[lv], ty.dom, outer.qtys[lv], outer.hidden[lv])
            pats.append(PV(lv))
            ty = self.closure(ty.env, ty.cod, value)
        i = 0
        named_args = {n: a for a, n in args if n is not None}
        used: set[str] = set()
        explicit = [a for a, n in args if n is None]
        while i < len(explicit) or (named_args.keys() - used):
            ty = self.force(ty)
            if not isinstance(ty, VPi):
                rest = list(explicit[i:]) + [a for n, a in named_args.items() if n not in used]
                if named_args.keys() - used and i >= len(explicit):
                    bad = next(n for n in named_args if n not in used)
                    raise ElabError(
                        e_span(named_args[bad]), f"{short(g.name)} has no implicit argument {bad}"
                    )
                raise ElabError(
                    e_span(rest[0]), f"{short(g.name)} has too many arguments in this clause", "syntax"
                )
            if ty.icit != "expl":
                if ty.name in named_args and ty.name not in used:
                    used.add(ty.name)
                    p, v, ctx = self.pattern(
                        ctx, named_args[ty.name], ty.dom, self.binder_erased(ty.qty, ty.dom) or ty.qty == 0
                    )
                else:
                    erased = self.binder_erased(ty.qty, ty.dom)
                    # The signature's implicit names are in scope on the right (Idris 2).
                    visible = not ty.name.startswith("%") and not ty.name.endswith("_ty") and ty.name != "_"
                    ctx = ctx.bind(ty.name, ty.dom, 0 if erased else ty.qty, hidden=not visible)
                    p, v = PV(ctx.depth - 1), vvar(ctx.depth - 1)
                pats.append(p)
                ty = self.closure(ty.env, ty.cod, v)
                continue
            if i >= len(explicit):
                bad = next(n for n in named_args if n not in used)
                raise ElabError(e_span(named_args[bad]), f"{short(g.name)} has no implicit argument {bad}")
            arg = explicit[i]
            i += 1
            erased = self.binder_erased(ty.qty, ty.dom)
            p, v, ctx = self.pattern(ctx, arg, ty.dom, erased)
            pats.append(p)
            ty = self.closure(ty.env, ty.cod, v)
        # Implicit arguments after the last pattern are bound too (the right side's type needs them).
        while True:
            ty2 = self.force(ty)
            if isinstance(ty2, VPi) and ty2.icit != "expl" and len(pats) < self.arity_hint(g):
                erased = self.binder_erased(ty2.qty, ty2.dom)
                visible = not ty2.name.startswith("%") and not ty2.name.endswith("_ty")
                ctx = ctx.bind(ty2.name, ty2.dom, 0 if erased else ty2.qty, hidden=not visible)
                pats.append(PV(ctx.depth - 1))
                ty = self.closure(ty2.env, ty2.cod, vvar(ctx.depth - 1))
                continue
            break
        return ctx, pats, ty

    def empty_type(self, ty: Value) -> bool:
        head = self.type_head(ty)
        g = self.globals.get(head) if head else None
        return (
            g is not None
            and g.kind == "tycon"
            and not g.cons
            and head not in ("Builtin.Integer", "Builtin.String", "Builtin.Char", "Builtin.IO")
            and g.iface is None
        )

    def arity_hint(self, g: Global) -> int:
        return g.arity if g.arity else 10**6

    def has_implicit(self, ty: VPi, name: str) -> bool:
        t: Value = ty
        n = 0
        while isinstance(t, VPi) and n < 50:
            if t.name == name and t.icit != "expl":
                return True
            t = self.force(self.closure(t.env, t.cod, vvar(10**6 + n)))
            n += 1
        return False

    def pattern(self, ctx: Ctx, p: A.Expr, ty: Value, erased: bool) -> tuple[T.Pat, Value, Ctx]:
        qty = 0 if erased else None
        match p:
            case A.Var(name, span) if name == "()":
                return self.con_pattern(ctx, "Prelude.MkUnit", [], ty, span, erased)
            case A.Var(name, span) if not self.is_pattern_con(name):
                if name[0].isupper() and "." not in name and not self.lookup_global(name):
                    pass  # a capitalised variable: Idris allows it
                ctx = ctx.bind(name, ty, qty)
                return PV(ctx.depth - 1), vvar(ctx.depth - 1), ctx
            case A.Underscore(span):
                ctx = ctx.bind("_", ty, qty, hidden=True)
                return PV(ctx.depth - 1), vvar(ctx.depth - 1), ctx
            case A.As(name, sub, span):
                sp, sv, ctx = self.pattern(ctx, sub, ty, erased)
                ctx = ctx.bind(name, ty, qty)
                self.local_sol[ctx.depth - 1] = sv  # the name stands for the whole matched value
                return sp, sv, ctx
            case A.Lit(value, "int", span):
                head = self.type_head(ty)
                if head == "Prelude.Nat":
                    out: A.Expr = A.Var(NAT_Z, span)
                    for _ in range(int(value)):
                        out = A.App(A.Var(NAT_S, span), out, span)
                    return self.pattern(ctx, out, ty, erased)
                if head is None:
                    with contextlib.suppress(UnifyError):
                        self.unify(ctx.depth, ty, self.prim_type("Integer"))
                return PL(value, "int"), VLit(value, "int"), ctx
            case A.Lit(value, kind, span):
                k = "str" if kind == "string" else "char"
                return PL(value, k), VLit(value, k), ctx
            case A.ListLit(items, span):
                return self.pattern(ctx, self.list_expr(items, span), ty, erased)
            case A.DPairE(left, right, _dom, span):
                return self.con_pattern(
                    ctx, "Prelude.MkDPair", [(left, None), (right, None)], ty, span, erased
                )
            case A.Tuple(items, span):
                return self.pattern(ctx, self.pair_expr(items, span), ty, erased)
            case A.Var() | A.App():
                phead, pargs = app_spine(p)
                if isinstance(phead, A.Var) and self.is_pattern_con(phead.name):
                    cands = [c for c in self.lookup_global(phead.name) if self.globals[c].kind == "con"]
                    want = self.type_head(ty)
                    pick = [c for c in cands if self.globals[c].data == want] or cands
                    if phead.name in self.globals and self.globals[phead.name].kind == "con":
                        pick = [phead.name]
                    return self.con_pattern(ctx, pick[0], pargs, ty, e_span(p), erased)
                raise ElabError(
                    e_span(p),
                    f"invalid pattern: {_text(p)} is not a constructor applied to patterns",
                    "syntax",
                )
        raise ElabError(e_span(p), "this is not a pattern", "syntax")

    def is_pattern_con(self, name: str) -> bool:
        if name in self.globals and self.globals[name].kind == "con":
            return True
        return any(self.globals[c].kind == "con" for c in self.lookup_global(name))

    def con_pattern(
        self, ctx: Ctx, con: str, args: list[tuple[A.Expr, str | None]], ty: Value, span: Span, erased: bool
    ) -> tuple[T.Pat, Value, Ctx]:
        g = self.globals[con]
        cty = g.type
        subs: list[T.Pat] = []
        vals: list[tuple[Value, str]] = []
        i = 0
        while True:
            cty = self.force(cty)
            if not isinstance(cty, VPi):
                break
            fld_erased = erased or self.binder_erased(cty.qty, cty.dom)
            if cty.icit != "expl":
                if i < len(args) and args[i][1] == cty.name:
                    sp, v, ctx = self.pattern(ctx, args[i][0], cty.dom, fld_erased)
                    i += 1
                else:
                    ctx = ctx.bind(cty.name, cty.dom, 0 if fld_erased else None, hidden=True)
                    sp, v = PV(ctx.depth - 1), vvar(ctx.depth - 1)
            else:
                if i >= len(args):
                    raise ElabError(
                        span, f"the constructor {short(con)} needs more arguments in this pattern", "syntax"
                    )
                if args[i][1] is not None:
                    raise ElabError(span, f"{short(con)} has no implicit argument {args[i][1]}", "syntax")
                sp, v, ctx = self.pattern(ctx, args[i][0], cty.dom, fld_erased)
                i += 1
            subs.append(sp)
            vals.append((v, cty.icit))
            cty = self.closure(cty.env, cty.cod, v)
        if i < len(args):
            raise ElabError(
                span, f"the constructor {short(con)} has too many arguments in this pattern", "syntax"
            )
        try:
            self.unify(ctx.depth, cty, ty)
        except UnifyError as err:
            if err.conflict:
                raise Impossible(span, con, self.show_value(ctx, cty), self.show_value(ctx, ty)) from None
            raise ElabError(
                span,
                f"While processing left hand side of {short(self.current)}. Can't match "
                f"{self.show_value(ctx, cty)} with {self.show_value(ctx, ty)}",
            ) from None
        return PC(con, tuple(subs)), VNeu(HRef(con), tuple(vals)), ctx

    # ================================================================ definitions

    def check_definition(self, g: Global, clauses: list[A.Clause], outer: Ctx | None) -> None:
        """Check a function's clauses (with the state of an enclosing clause saved around them)."""
        saved = (self.local_sol, self.flex, self.current, self.problems, self.current_pats)
        self.current = g.name
        self.problems = []
        checked: list[CClause] = []
        arity = None
        try:
            g.clauses = checked
            for cl in clauses:
                self.local_sol = dict(saved[0]) if outer is not None else {}
                got = self.check_clause(g, cl, outer)
                if got is None:
                    continue
                if arity is None:
                    arity = len(got.pats)
                    g.arity = arity
                elif len(got.pats) != arity:
                    self.diags.error(
                        "syntax",
                        f"{short(g.name)}: every clause must have the same number of arguments",
                        cl.span,
                    )
                    continue
                checked.append(got)
            if arity is None:
                g.arity = 0
            g.checked = True
        finally:
            self.local_sol, self.flex, self.current, self.problems, self.current_pats = saved
        if checked and len(checked) == len(clauses) and g.totality != "partial":
            self.check_coverage(g, outer)
        if g.totality == "total":
            self.check_termination(g)

    def check_clause(self, g: Global, clause: A.Clause, outer: Ctx | None) -> CClause | None:
        self.flex = True
        nholes = len(self.holes)
        try:
            try:
                ctx, pats, rty = self.lhs(g, clause, outer)
                self.current_pats = pats
            except Impossible as imp:
                self.flex = False
                if clause.rhs is None:
                    return None
                raise ElabError(
                    imp.span,
                    f"While processing left hand side of {short(g.name)}. "
                    f"Can't match on {short(imp.con)} (it has type {imp.con_type}, not {imp.want}): "
                    "this case is impossible",
                ) from None
            self.flex = False
            if clause.rhs is None:
                if any(self.empty_type(t) for t in ctx.types):
                    return None
                raise ElabError(clause.span, f"{_text(clause.lhs)} is not a valid impossible case.")
            # where: lifted functions over this clause's context
            if clause.wheres:
                ctx = self.where_block(g, clause.wheres, ctx)
            rhs = self.check(ctx, clause.rhs, rty)
            self.solve_problems(final=True)
            for h in self.holes[nholes:]:
                if not h.goal:
                    self.render_hole(h)
            rhs = self.zonk(ctx.depth, rhs)
            if _runtime_meta(rhs):
                raise ElabError(
                    clause.rhs.span if hasattr(clause.rhs, "span") else clause.span,
                    f"While processing right hand side of {short(self.root_name())}. "
                    "Unsolved holes: a value that the program needs could not be inferred",
                )
            solved = {
                lv: self.zonk(ctx.depth, self.quote(ctx.depth, v, unfold=False))
                for lv, v in self.local_sol.items()
                if lv < ctx.depth
            }
            for lv in list(solved):
                if outer is not None and lv < g.lifted and lv in (self.local_sol or {}):
                    pass
            names = list(ctx.names)
            return CClause(pats, ctx.depth, rhs, solved, names, clause.span.line, [q == 0 for q in ctx.qtys])
        except ElabError as err:
            self.flex = False
            del self.holes[nholes:]
            self.diags.error(err.code, err.message, err.span)
            return None
        except (IllTyped, UnifyError) as err:
            self.flex = False
            del self.holes[nholes:]
            if not self.diags.has_errors:
                self.diags.error("type_mismatch", f"this clause does not check ({err})", clause.span)
            return None

    def where_block(self, g: Global, decls: list[A.Decl], ctx: Ctx) -> Ctx:
        sigs: dict[str, A.Sig] = {}
        clauses: dict[str, list[A.Clause]] = {}
        order: list[str] = []
        for d in decls:
            if isinstance(d, A.Sig):
                sigs[d.name] = d
                order.append(d.name)
            elif isinstance(d, A.Clause):
                head, _ = app_spine(d.lhs)
                name = head.name if isinstance(head, A.Var) else "?"
                if name not in sigs:
                    raise ElabError(
                        d.span, f"No type declaration for {name} (a where function needs one)", "syntax"
                    )
                clauses.setdefault(name, []).append(d)
            else:
                raise ElabError(e_span(d), "only functions may be declared in a where block", "syntax")
        inner = Ctx(ctx.env, ctx.types, ctx.names, ctx.hidden, ctx.qtys, dict(ctx.local_fns), ctx.defined)
        made: list[tuple[Global, str]] = []
        for name in order:
            sig = sigs[name]
            gname = f"{g.name}.{name}"
            ty_term = self.signature_type(inner, sig.type)
            full: T.Term = ty_term
            for lv in range(ctx.depth - 1, -1, -1):
                full = T.Pi(
                    ctx.names[lv], self.zonk(lv, self.quote(lv, ctx.types[lv])), full, "impl", ctx.qtys[lv]
                )
            wg = Global(gname, "fun", self.eval([], full), full, sig.span, lifted=ctx.depth, parent=g.name)
            wg.totality = sig.totality or g.totality
            self.add_global(wg)
            inner.local_fns[name] = (gname, ctx.depth)
            made.append((wg, name))
        for wg, name in made:
            self.check_definition(wg, clauses.get(name, []), inner)
        return inner

    def signature_type(self, ctx: Ctx, e: A.Expr) -> T.Term:
        """A declared type, with its unbound implicits bound first as {0 name : _}; an implicit whose
        type nothing determines gets a type variable of its own ({0 a : Type} before it)."""
        free: list[tuple[str, Span]] = []
        self.free_names(ctx, e, set(), free)
        saved_problems = self.problems
        self.problems = []
        inner = ctx
        metas: list[T.Meta] = []
        for name, span in free:
            inner = inner.bind(f"%ty_{name}", VU(), 0, hidden=True)
            m = self.fresh_meta(inner, VU(), span)
            metas.append(m)
            inner = inner.bind(name, self.eval(inner.env, m), 0)
        try:
            body = self.check_type(inner, e)
            self.solve_problems(final=True)  # a literal's type defaults to Integer here too
        finally:
            self.problems = saved_problems
        for k, m in enumerate(metas):
            assert isinstance(m, T.Meta)
            if self.metas[m.id].solution is None:
                self.set_meta(m.id, vvar(ctx.depth + 2 * k))
        out = self.zonk(inner.depth, body)
        used_ty: list[bool] = []
        for k in range(len(free) - 1, -1, -1):
            name, span = free[k]
            dom = self.zonk(ctx.depth + 2 * k + 1, metas[k])
            out = T.Pi(name, dom, out, "impl", 0)
            # the type variable binder, kept only when something uses it
            if T._mentions(out, 0):
                out = T.Pi(name if False else f"{_tyvar_name(name)}", T.U(), out, "impl", 0)
                used_ty.append(True)
            else:
                out = _strengthen(out, 0)
        if _has_any_meta(out):
            # Implicit arguments that nothing determines (the length inside `x :: xs`) are bound too.
            left = _metas_in(out)
            if ctx.depth != 0 or any(self.metas[m].solution is not None for m in left):
                raise ElabError(e_span(e), "Can't solve all the implicit arguments of this type")
            types = []
            for i, mid in enumerate(left):
                types.append(self.zonk(i, self.quote(i, self.metas[mid].type)))
                self.set_meta(mid, vvar(i))
            out = self.zonk(len(left), out)
            for i in range(len(left) - 1, -1, -1):
                if _has_any_meta(types[i]):
                    raise ElabError(e_span(e), "Can't solve all the implicit arguments of this type")
                out = T.Pi(f"%k{i}", types[i], out, "impl", 0)
        return out

    def free_names(self, ctx: Ctx, e: A.Expr, bound: set[str], out: list[tuple[str, Span]]) -> None:
        match e:
            case A.Var(name, span):
                if (
                    name[0].islower()
                    and "." not in name
                    and name not in bound
                    and name not in ctx.names
                    and name not in ctx.local_fns
                    and not self.lookup_global(name)
                    and all(n != name for n, _ in out)
                ):
                    out.append((name, span))
            case A.App(fn, arg):
                self.free_names(ctx, fn, bound, out)
                self.free_names(ctx, arg, bound, out)
            case A.Pi(name, _icit, _q, dom, cod):
                self.free_names(ctx, dom, bound, out)
                self.free_names(ctx, cod, bound | ({name} if name else set()), out)
            case A.Tuple(items) | A.ListLit(items):
                for item in items:
                    self.free_names(ctx, item, bound, out)
            case A.Lam(params, body):
                self.free_names(ctx, body, bound | set(params), out)

    # ================================================================ coverage and termination

    def check_coverage(self, g: Global, outer: Ctx | None) -> None:
        assert g.clauses is not None
        if g.arity == 0 or (not g.clauses and not g.lifted):
            return
        missing: list[list[T.Pat]] = []
        start: list[T.Pat] = [PW() for _ in range(g.arity)]
        self.cover(g, start, missing, 0)
        if missing:
            shown = [self.show_case(g, m) for m in missing[:5]]
            where = g.span or Span("", 1, 1, 1, 2)
            name = short(g.parent) if g.lifted and g.parent and ".case" in g.name else short(g.name)
            if ".case" in g.name:
                self.diags.error(
                    "coverage",
                    f"{name} is not covering. Missing cases in a case expression: "
                    + ", ".join(s.split(" ", 1)[1] if " " in s else s for s in shown),
                    where,
                )
            else:
                self.diags.error(
                    "coverage", f"{name} is not covering. Missing cases: " + ", ".join(shown), where
                )

    def cover(self, g: Global, cand: list[T.Pat], missing: list[list[T.Pat]], depth: int) -> None:
        if depth > 12 or len(missing) > 5:
            return
        assert g.clauses is not None
        for cl in g.clauses:
            if cl.rhs is None:
                continue
            r = self.cmatch(cl.pats, cand, cl.solved)
            if r == "yes":
                return
            if isinstance(r, tuple):
                path = r
                for sub in self.split(g, cand, path):
                    self.cover(g, sub, missing, depth + 1)
                return
        if self.candidate_possible(g, cand) and not self.candidate_empty(g, cand):
            missing.append(cand)

    def cmatch(self, pats: list[T.Pat], cand: list[T.Pat], solved: dict[int, T.Term]) -> str | tuple:
        """yes, no, or the path of the first candidate wildcard that a constructor pattern needs split."""
        first_split: tuple | None = None
        for i, (p, c) in enumerate(zip(pats, cand, strict=False)):
            r = self._cmatch(p, c, solved, (i,))
            if r == "no":
                return "no"
            if isinstance(r, tuple) and first_split is None:
                first_split = r
        return first_split if first_split is not None else "yes"

    def _cmatch(self, p: T.Pat, c: T.Pat, solved: dict[int, T.Term], path: tuple) -> str | tuple:
        if isinstance(p, PW) or (isinstance(p, PV) and True):
            return "yes"
        if isinstance(p, PL):
            if isinstance(c, PL):
                return "yes" if c.value == p.value else "no"
            return "no"
        assert isinstance(p, PC)
        if isinstance(c, PW):
            return path
        if isinstance(c, PC):
            if c.con != p.con:
                return "no"
            first: tuple | None = None
            for k, (q, d) in enumerate(zip(p.args, c.args, strict=False)):
                r = self._cmatch(q, d, solved, (*path, k))
                if r == "no":
                    return "no"
                if isinstance(r, tuple) and first is None:
                    first = r
            return first if first is not None else "yes"
        return "no"

    def split(self, g: Global, cand: list[T.Pat], path: tuple) -> list[list[T.Pat]]:
        data = self.type_at(g, cand, path)
        if data is None or data not in self.globals:
            return []
        out = []
        for con in self.globals[data].cons:
            n = self.con_arity(con)
            new = _replace_at(cand, path, PC(con, tuple(PW() for _ in range(n))))
            if self.unindexed(data) or self.candidate_possible(g, new):
                out.append(new)
        return out

    def unindexed(self, data: str) -> bool:
        """Every constructor builds the type at distinct variables (no index is fixed): each one is
        possible wherever the type is, so coverage need not elaborate the candidate to know it."""
        g = self.globals[data]
        if data in self.unindexed_cache:
            return self.unindexed_cache[data]
        result = True
        for con in g.cons:
            t = self.globals[con].type
            n = 0
            while True:
                t = self.force(t)
                if not isinstance(t, VPi):
                    break
                t = self.closure(t.env, t.cod, vvar(10**6 + n))
                n += 1
            assert isinstance(t, VNeu)
            args = [self.force(a) for a, _ in t.spine]
            levels = [
                a.head.level for a in args if isinstance(a, VNeu) and isinstance(a.head, HVar) and not a.spine
            ]
            if len(levels) != len(args) or len(set(levels)) != len(levels):
                result = False
                break
        self.unindexed_cache[data] = result
        return result

    def candidate_empty(self, g: Global, cand: list[T.Pat]) -> bool:
        """Some wildcard of the candidate has a type without constructors (Void): nothing to cover."""
        for i, p in enumerate(cand):
            if isinstance(p, PW) and i >= g.lifted:
                head = self.type_at(g, cand, (i,))
                if head is not None and self.empty_type(VNeu(HRef(head))):
                    return True
        return False

    def con_arity(self, con: str) -> int:
        return self.type_arity(self.globals[con].type)

    def type_arity(self, ty: Value) -> int:
        """How many parameters a type has (its Pi binders)."""
        t = ty
        n = 0
        while True:
            t = self.force(t)
            if not isinstance(t, VPi):
                return n
            t = self.closure(t.env, t.cod, vvar(10**6 + n))
            n += 1

    def candidate_lhs(self, g: Global, cand: list[T.Pat]) -> A.Clause:
        sp = g.span or Span("", 1, 1, 1, 2)
        counter = [0]

        def to_ast(p: T.Pat) -> A.Expr:
            if isinstance(p, PC):
                out: A.Expr = A.Var(p.con, sp)
                ty = self.globals[p.con].type
                for k, a in enumerate(p.args):
                    ty = self.force(ty)
                    assert isinstance(ty, VPi)
                    sub = to_ast(a)
                    out = A.App(out, sub, sp, implicit=None if ty.icit == "expl" else ty.name)
                    ty = self.closure(ty.env, ty.cod, vvar(10**6 + k))
                return out
            if isinstance(p, PL):
                return A.Lit(
                    p.value, "int" if p.kind == "int" else ("string" if p.kind == "str" else "char"), sp
                )
            counter[0] += 1
            return A.Var(f"cv%{counter[0]}", sp)

        lhs: A.Expr = A.Var(g.name, sp)
        ty = g.type
        for k, p in enumerate(cand):
            ty = self.force(ty)
            assert isinstance(ty, VPi)
            if k >= g.lifted:
                lhs = A.App(lhs, to_ast(p), sp, implicit=None if ty.icit == "expl" else ty.name)
            ty = self.closure(ty.env, ty.cod, vvar(10**6 + k))
        return A.Clause(lhs, None, [], sp)

    def candidate_possible(self, g: Global, cand: list[T.Pat]) -> bool:
        try:
            self.candidate_context(g, cand)
            return True
        except Impossible:
            return False
        except (ElabError, UnifyError, AssertionError):
            return True

    def candidate_context(self, g: Global, cand: list[T.Pat], path: tuple = ()) -> str | None:
        """Elaborate the candidate as a left side (Impossible if it cannot have the function's type),
        undoing every solution it makes afterwards; the head of the type at `path`, if one is given."""
        snap = self.snapshot()
        saved = (self.flex, self.current)
        self.local_sol = {}
        self.flex = True
        self.current = g.name
        try:
            ctx, pats, _ = self.lhs(g, self.candidate_lhs(g, cand), self.lifted_outer(g))
            if not path:
                return None
            p: T.Pat = pats[path[0]]
            for k in path[1:]:
                if not isinstance(p, PC):
                    return None
                p = p.args[k]
            return self.type_head(ctx.types[p.level]) if isinstance(p, PV) else None
        finally:
            self.flex, self.current = saved
            self.restore(snap)

    def lifted_outer(self, g: Global) -> Ctx | None:
        if not g.lifted:
            return None
        ctx = Ctx()
        ty = g.type
        for lv in range(g.lifted):
            ty = self.force(ty)
            assert isinstance(ty, VPi)
            ctx = ctx.bind(ty.name, ty.dom, ty.qty, hidden=True)
            ty = self.closure(ty.env, ty.cod, vvar(lv))
        return ctx

    def type_at(self, g: Global, cand: list[T.Pat], path: tuple) -> str | None:
        if len(path) == 1:
            # An argument of the function itself: its declared type's head (no left side to elaborate).
            t = g.type
            for k in range(path[0] + 1):
                t = self.force(t)
                if not isinstance(t, VPi):
                    return None
                if k == path[0]:
                    head = self.type_head(t.dom)
                    if head is not None and self.globals.get(head) is not None:
                        return head
                    break
                t = self.closure(t.env, t.cod, vvar(10**6 + k))
        try:
            return self.candidate_context(g, cand, path)
        except (ElabError, Impossible, UnifyError, AssertionError):
            return None

    def show_case(self, g: Global, cand: list[T.Pat]) -> str:
        ty = g.type
        parts = [short(g.parent if ".case" in g.name and g.parent else g.name)]
        for k, p in enumerate(cand):
            ty = self.force(ty)
            if not isinstance(ty, VPi):
                break
            if ty.icit == "expl" and k >= g.lifted:
                parts.append(self.show_pat(p, True))
            ty = self.closure(ty.env, ty.cod, vvar(10**6 + k))
        return " ".join(parts)

    def show_pat(self, p: T.Pat, arg: bool) -> str:
        if isinstance(p, PC):
            n = 0
            q: T.Pat = p
            while isinstance(q, PC) and q.con == NAT_S:
                n += 1
                q = q.args[0]
            if isinstance(q, PC) and q.con == NAT_Z:
                return str(n)
            g = self.globals[p.con]
            ty = g.type
            shown = []
            for k, a in enumerate(p.args):
                ty = self.force(ty)
                assert isinstance(ty, VPi)
                if ty.icit == "expl":
                    shown.append(self.show_pat(a, True))
                ty = self.closure(ty.env, ty.cod, vvar(10**6 + k))
            name = short(p.con)
            if T.is_op(name) and len(shown) == 2:
                out = f"{shown[0]} {name} {shown[1]}"
                return f"({out})" if arg else out
            if name == "Nil" and not shown:
                return "[]"
            if not shown:
                return name
            out = " ".join([name, *shown])
            return f"({out})" if arg else out
        if isinstance(p, PL):
            return repr(p.value) if p.kind != "int" else str(p.value)
        return "_"

    def check_termination(self, g: Global) -> None:
        assert g.clauses is not None
        for cl in g.clauses:
            if cl.rhs is None:
                continue
            if any(not self.smaller(cl, args) for args in _self_calls(cl.rhs, g.name, cl.nvars)):
                self.not_total(g, cl, f"recursive path {_qual(g.name)} -> {_qual(g.name)}")
                return
            for callee in _calls(cl.rhs):
                cg = self.globals.get(callee)
                if cg is None or callee == g.name:
                    continue
                if cg.totality == "partial" or not self.recurses_structurally(cg, {g.name}):
                    self.not_total(g, cl, f"call to {_qual(callee)}")
                    return
        # Calls back from the function's case blocks: an argument must be a strict part of one of the
        # clause's patterns, or of what the case matched when it matched one of the clause's variables.
        for h in [h for h in self.globals.values() if h.parent == g.name and ".case" in h.name]:
            for cl in h.clauses or []:
                if cl.rhs is None or h.outer_pats is None:
                    continue
                for args in _self_calls(cl.rhs, g.name, cl.nvars):
                    if not self.smaller_from_case(h, cl, args):
                        self.not_total(g, cl, f"recursive path {_qual(g.name)} -> {_qual(g.name)}")
                        return

    def recurses_structurally(self, g: Global, seen: set[str]) -> bool:
        """Whether a function of the program that is not declared total (so it was not checked) still
        terminates as far as structural recursion shows: its own recursive calls are on strict parts of
        its patterns and what it calls does the same, as Idris 2 finds a total function's callees total
        before accepting it. The library's functions are checked where they are declared; a call back
        into a function already being followed counts as terminating (mutual recursion is not followed)."""
        if g.name in seen or not g.name.startswith(f"{self.module}.") or g.totality == "total":
            return True
        if g.name in self.structural:
            return self.structural[g.name]
        seen = seen | {g.name}
        verdict = True
        for cl in g.clauses or []:
            if cl.rhs is None:
                continue
            if any(not self.smaller(cl, args) for args in _self_calls(cl.rhs, g.name, cl.nvars)):
                verdict = False
                break
            callees = [self.globals.get(c) for c in _calls(cl.rhs) if c != g.name]
            if any(cg is not None and not self.recurses_structurally(cg, seen) for cg in callees):
                verdict = False
                break
        self.structural[g.name] = verdict
        return verdict

    def check_call_cycles(self) -> None:
        """Recursion through several functions of the module (mutual recursion), by the size-change
        principle (Lee, Jones and Ben-Amram, 2001), as Idris 2 checks it: each call is a graph saying
        which parameters of the caller the callee's arguments are (=) or are strict parts of (<); the
        graphs are composed along every path; a total function must have, for every path from it back
        to itself whose graph composed with itself is itself, a parameter that strictly decreases.
        Recursion of a function on itself alone is checked by check_termination; a path that uses
        assert_smaller is trusted."""
        prefix = f"{self.module}."
        funs = {
            name: g
            for name, g in self.globals.items()
            if name.startswith(prefix)
            and g.kind == "fun"
            and g.clauses
            and ".case" not in name
            and g.iface is None
            and g.method is None
        }
        edges: list[tuple[str, str, frozenset[tuple[int, int, bool]]]] = []
        for name, g in funs.items():
            for cl in g.clauses or []:
                if cl.rhs is None:
                    continue
                for callee in _calls(cl.rhs):
                    if callee not in funs:
                        continue
                    for args in _self_calls(cl.rhs, callee, cl.nvars):
                        graph = _size_graph(cl, args)
                        if graph is not None:
                            edges.append((name, callee, graph))
        paths: dict[tuple[str, str, frozenset[tuple[int, int, bool]]], tuple[str, ...]] = {
            (f, h, gr): (f, h) for f, h, gr in edges
        }
        work = list(paths)
        while work and len(paths) < 20_000:
            f, h, gr = work.pop()
            for h2, k, gr2 in edges:
                if h2 != h:
                    continue
                key = (f, k, _compose(gr, gr2))
                if key not in paths:
                    paths[key] = (*paths[(f, h, gr)], k)
                    work.append(key)
        reported: set[str] = set()
        for (f, h, gr), path in paths.items():
            if f != h or len(set(path)) < 2 or f in reported or funs[f].totality != "total":
                continue
            if _compose(gr, gr) == gr and not any(i == j and strict for i, j, strict in gr):
                reported.add(f)
                g = funs[f]
                assert g.clauses
                self.not_total(g, g.clauses[0], "recursive path " + " -> ".join(_qual(n) for n in path))

    def smaller_from_case(self, h: Global, cl: CClause, args: list[T.Term | None]) -> bool:
        assert h.outer_pats is not None
        alt = cl.pats[-1]
        for i, a in enumerate(args):
            fn = T.spine(a)[0] if a is not None else None
            if isinstance(fn, T.Ref) and fn.name == "Prelude.assert_smaller":
                return True
            if i >= len(h.outer_pats) or not isinstance(a, T.Var):
                continue
            level = cl.nvars - 1 - a.ix
            outer = h.outer_pats[i]
            if level < h.lifted and _strictly_inside(outer, level):
                return True
            if h.scrut_level is not None and _strictly_inside(alt, level) and _contains(outer, h.scrut_level):
                return True
        return False

    def not_total(self, g: Global, cl: CClause, why: str) -> None:
        self.diags.error(
            "totality",
            f"{short(g.name)} is not total, possibly not terminating due to {why}",
            g.span or Span("", cl.line, 1, cl.line, 2),
        )

    def smaller(self, cl: CClause, args: list[T.Term | None]) -> bool:
        for a in args:
            fn = T.spine(a)[0] if a is not None else None
            if isinstance(fn, T.Ref) and fn.name == "Prelude.assert_smaller":
                return True
        for p, a in zip(cl.pats, args, strict=False):
            if a is None or not isinstance(p, PC | PL):
                continue
            if isinstance(a, T.Var):
                level = cl.nvars - 1 - a.ix
                if _strictly_inside(p, level):
                    return True
        return False


class Impossible(Exception):
    def __init__(self, span: Span, con: str, con_type: str, want: str) -> None:
        super().__init__(con)
        self.span = span
        self.con = con
        self.con_type = con_type
        self.want = want


# ================================================================ helpers


@cache
def _module_of(name: str) -> str:
    parts = name.split(".")
    out = []
    for p in parts[:-1]:
        if p[:1].isupper():
            out.append(p)
        else:
            break
    # Lifted names (Main.f.case1) belong to the module of their parent.
    return ".".join(out) if out else ""


def _qual(name: str) -> str:
    return name


def _replace_at(cand: list[T.Pat], path: tuple, new: T.Pat) -> list[T.Pat]:
    out = list(cand)
    if len(path) == 1:
        out[path[0]] = new
        return out
    p = out[path[0]]
    assert isinstance(p, PC)
    out[path[0]] = _replace_in(p, path[1:], new)
    return out


def _replace_in(p: PC, path: tuple, new: T.Pat) -> PC:
    args = list(p.args)
    if len(path) == 1:
        args[path[0]] = new
    else:
        sub = args[path[0]]
        assert isinstance(sub, PC)
        args[path[0]] = _replace_in(sub, path[1:], new)
    return PC(p.con, tuple(args))


def _strictly_inside(p: T.Pat, level: int) -> bool:
    if isinstance(p, PC):
        return any(_contains(a, level) for a in p.args)
    return False


def _contains(p: T.Pat, level: int) -> bool:
    if isinstance(p, PV):
        return p.level == level
    if isinstance(p, PC):
        return any(_contains(a, level) for a in p.args)
    return False


def _self_calls(t: T.Term, name: str, depth: int) -> list[list[T.Term | None]]:
    """The argument lists (as terms at the clause's depth; None under a binder) of calls to name."""
    out: list[list[T.Term | None]] = []

    def go(t: T.Term, extra: int) -> None:
        if isinstance(t, T.App):
            head, args = T.spine(t)
            if isinstance(head, T.Ref) and head.name == name:
                out.append([_unshift(a, extra) for a, _ in args])
            go(head, extra) if not isinstance(head, T.Ref) else None
            for a, _ in args:
                go(a, extra)
        elif isinstance(t, T.Ref) and t.name == name:
            out.append([])
        elif isinstance(t, T.Lam):
            go(t.body, extra + 1)
        elif isinstance(t, T.Let):
            go(t.val, extra)
            go(t.body, extra + 1)

    go(t, 0)
    return out


def _size_graph(cl: CClause, args: list[T.Term | None]) -> frozenset[tuple[int, int, bool]] | None:
    """A call's size-change graph: (i, j, strict) when argument j is the clause's parameter i (strict
    False) or a strict part of it (strict True); None when an argument is wrapped in assert_smaller."""
    out: set[tuple[int, int, bool]] = set()
    for j, a in enumerate(args):
        fn = T.spine(a)[0] if a is not None else None
        if isinstance(fn, T.Ref) and fn.name == "Prelude.assert_smaller":
            return None
        if not isinstance(a, T.Var):
            continue
        level = cl.nvars - 1 - a.ix
        for i, p in enumerate(cl.pats):
            if _strictly_inside(p, level):
                out.add((i, j, True))
            elif isinstance(p, PV) and p.level == level:
                out.add((i, j, False))
    return frozenset(out)


def _compose(
    first: frozenset[tuple[int, int, bool]], then: frozenset[tuple[int, int, bool]]
) -> frozenset[tuple[int, int, bool]]:
    """The graph of a call followed by another: strict when either step is, and only the strict arc
    kept where both kinds join the same pair."""
    arcs: dict[tuple[int, int], bool] = {}
    for i, j, s1 in first:
        for j2, k, s2 in then:
            if j == j2:
                arcs[(i, k)] = arcs.get((i, k), False) or s1 or s2
    return frozenset((i, k, strict) for (i, k), strict in arcs.items())


def _unshift(t: T.Term, extra: int) -> T.Term | None:
    if isinstance(t, T.Var):
        return T.Var(t.ix - extra) if t.ix >= extra else None
    return t if extra == 0 else None


def _calls(t: T.Term) -> set[str]:
    out: set[str] = set()
    stack = [t]
    while stack:
        x = stack.pop()
        if isinstance(x, T.Ref):
            out.add(x.name)
        elif isinstance(x, T.App):
            if not x.erased:
                stack.append(x.arg)
            stack.append(x.fn)
        elif isinstance(x, T.Lam):
            stack.append(x.body)
        elif isinstance(x, T.Let):
            stack.extend((x.val, x.body))
    return out


def _abstract(t: T.Term, target: T.Term, depth: int) -> tuple[T.Term, bool]:
    """t (at some depth) with `target` (a term of the outer context) replaced by a new variable bound
    just outside t: the body of the rewrite's motive."""
    shifted = _shift(target, depth)
    if t == shifted:
        return T.Var(depth), True
    match t:
        case T.Var(ix):
            return (T.Var(ix + 1) if ix >= depth else t), False
        case T.App(f, a, icit, er):
            f2, x = _abstract(f, target, depth)
            a2, y = _abstract(a, target, depth)
            return T.App(f2, a2, icit, er), x or y
        case T.Lam(name, body, icit, er):
            b, x = _abstract(body, target, depth + 1)
            return T.Lam(name, b, icit, er), x
        case T.Pi(name, dom, cod, icit, qty):
            d, x = _abstract(dom, target, depth)
            c, y = _abstract(cod, target, depth + 1)
            return T.Pi(name, d, c, icit, qty), x or y
    return t, False


def _shift(t: T.Term, by: int, cutoff: int = 0) -> T.Term:
    """t with its free variables (indices at or past cutoff) moved out by `by` binders."""
    if by == 0:
        return t
    match t:
        case T.Var(ix):
            return T.Var(ix + by) if ix >= cutoff else t
        case T.App(f, a, icit, er):
            return T.App(_shift(f, by, cutoff), _shift(a, by, cutoff), icit, er)
        case T.Lam(name, body, icit, er):
            return T.Lam(name, _shift(body, by, cutoff + 1), icit, er)
        case T.Pi(name, dom, cod, icit, qty):
            return T.Pi(name, _shift(dom, by, cutoff), _shift(cod, by, cutoff + 1), icit, qty)
        case T.Let(name, ty, val, body):
            return T.Let(name, _shift(ty, by, cutoff), _shift(val, by, cutoff), _shift(body, by, cutoff + 1))
    return t


def _tyvar_name(name: str) -> str:
    return f"{name}_ty"


def _strengthen(t: T.Term, cutoff: int) -> T.Term:
    """t without the binder at index `cutoff` (which t does not use): later indices move down."""
    match t:
        case T.Var(ix):
            return T.Var(ix - 1) if ix > cutoff else t
        case T.App(f, a, icit, er):
            return T.App(_strengthen(f, cutoff), _strengthen(a, cutoff), icit, er)
        case T.Lam(name, body, icit, er):
            return T.Lam(name, _strengthen(body, cutoff + 1), icit, er)
        case T.Pi(name, dom, cod, icit, qty):
            return T.Pi(name, _strengthen(dom, cutoff), _strengthen(cod, cutoff + 1), icit, qty)
        case T.Let(name, ty, val, body):
            return T.Let(
                name, _strengthen(ty, cutoff), _strengthen(val, cutoff), _strengthen(body, cutoff + 1)
            )
    return t


def _term_has_meta(t: T.Term, m: int) -> bool:
    match t:
        case T.Meta(id):
            return id == m
        case T.App(f, a):
            return _term_has_meta(f, m) or _term_has_meta(a, m)
        case T.Lam(_, body):
            return _term_has_meta(body, m)
        case T.Pi(_, dom, cod):
            return _term_has_meta(dom, m) or _term_has_meta(cod, m)
        case T.Let(_, ty, val, body):
            return _term_has_meta(ty, m) or _term_has_meta(val, m) or _term_has_meta(body, m)
    return False


def _runtime_meta(t: T.Term) -> bool:
    """An unsolved meta where the program needs a value at run time."""
    stack = [t]
    while stack:
        x = stack.pop()
        match x:
            case T.Meta():
                return True
            case T.App(f, a, _icit, erased):
                stack.append(f)
                if not erased:
                    stack.append(a)
            case T.Lam(_, body, _icit, erased):
                stack.append(body)
            case T.Let(_, _ty, val, body):
                stack.extend((val, body))
    return False


def _metas_in(t: T.Term) -> list[int]:
    out: list[int] = []
    stack = [t]
    while stack:
        x = stack.pop()
        match x:
            case T.Meta(id):
                if id not in out:
                    out.append(id)
            case T.App(f, a):
                stack.extend((a, f))
            case T.Lam(_, body):
                stack.append(body)
            case T.Pi(_, dom, cod):
                stack.extend((cod, dom))
    return sorted(out)


def _has_any_meta(t: T.Term) -> bool:
    match t:
        case T.Meta():
            return True
        case T.App(f, a):
            return _has_any_meta(f) or _has_any_meta(a)
        case T.Lam(_, body):
            return _has_any_meta(body)
        case T.Pi(_, dom, cod):
            return _has_any_meta(dom) or _has_any_meta(cod)
    return False


def _head_name(e: A.Expr) -> str | None:
    head, _ = app_spine(e)
    return head.name if isinstance(head, A.Var) else None


def app_spine(e: A.Expr) -> tuple[A.Expr, list[tuple[A.Expr, str | None]]]:
    args: list[tuple[A.Expr, str | None]] = []
    while isinstance(e, A.App):
        args.append((e.arg, e.implicit))
        e = e.fn
    args.reverse()
    return e, args


def e_span(e: object) -> Span:
    return getattr(e, "span", Span("", 1, 1, 1, 2))


def _text(e: A.Expr) -> str:
    match e:
        case A.Var(name):
            return f"({name})" if T.is_op(name) else short(name)
        case A.App():
            head, args = app_spine(e)
            if isinstance(head, A.Var) and T.is_op(head.name) and len(args) == 2:
                return f"{_atext(args[0][0])} {head.name} {_atext(args[1][0])}"
            parts = [_text(head)]
            for a, named in args:
                parts.append(f"{{{named} = {_text(a)}}}" if named else _atext(a))
            return " ".join(parts)
        case A.Lit(value, kind):
            return f'"{value}"' if kind == "string" else str(value)
        case A.ListLit(items):
            return "[" + ", ".join(_text(i) for i in items) + "]"
        case A.Tuple(items):
            return "(" + ", ".join(_text(i) for i in items) + ")"
        case A.Underscore():
            return "_"
    return "..."


def _atext(e: A.Expr) -> str:
    s = _text(e)
    return f"({s})" if isinstance(e, A.App) else s
