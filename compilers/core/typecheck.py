"""The core's type checker. Surface languages elaborate to well-typed core, so a type error here is a
fault of the pass that produced the term: CoreTypeError names that pass (README.md)."""

from __future__ import annotations

from collections import OrderedDict
from contextlib import suppress

from compilers.core.syntax import (
    INT,
    PRIMS,
    App,
    At,
    Bind,
    Case,
    Con,
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
    subst_type,
    types_equal,
)
from compilers.core.text import print_type

# Top-level bindings found well typed, per process: id(binding) -> (the binding, the types of the top-level
# names it uses, the data types it names). A binding met again (a library bound again by every program, as
# Haskell's Prelude is) is not checked again while those are the same; the least recently used go first
# beyond MAX_TOP_CHECKED. The binding is held so that its id is not given to another while the entry lives.
TOP_CHECKED: OrderedDict[int, tuple[Bind, tuple[tuple[str, Type], ...], tuple[tuple[str, DataDecl], ...]]] = (
    OrderedDict()
)
MAX_TOP_CHECKED = 3000


class CoreTypeError(Exception):
    """Ill-typed core: an internal error of the pass that made it."""

    def __init__(self, made_by: str, message: str) -> None:
        super().__init__(f"ill-typed core from {made_by}: {message}")
        self.made_by = made_by
        self.detail = message


class _Checker:
    def __init__(self, program: Program, made_by: str) -> None:
        self.made_by = made_by
        # While a top-level binding is checked: the top level's names, and what the binding used of them
        # and of the data types (for TOP_CHECKED)
        self.top_env: dict[str, Type] = {}
        self.uses: dict[str, Type] | None = None
        self.used_datas: dict[str, DataDecl] = {}
        self.datas: dict[str, DataDecl] = {}
        self.cons: dict[str, tuple[DataDecl, int]] = {}
        for d in program.all_datas:
            if d.name in self.datas:
                self.fail(f"data type {d.name} declared twice")
            self.datas[d.name] = d
            for i, c in enumerate(d.cons):
                if c.name in self.cons:
                    self.fail(f"constructor {c.name} declared twice")
                if len(c.fields) != len(c.strict):
                    self.fail(f"constructor {c.name}: a strictness mark per field")
                self.cons[c.name] = (d, i)
        for d in program.datas:
            if len(set(d.params)) != len(d.params):
                self.fail(f"data type {d.name} repeats a parameter")
            for c in d.cons:
                for t in c.fields:
                    self.wf(t, set(d.params))

    def fail(self, message: str) -> None:
        raise CoreTypeError(self.made_by, message)

    def wf(self, t: Type, tvars: set[str], partial: bool = False) -> None:
        """t is well formed; with `partial` (a type argument), t may be a data type applied to fewer
        arguments than it takes (`Maybe` for Haskell's `m` in `m a`, a type constructor variable)."""
        match t:
            case TVar(name):
                if name not in tvars:
                    self.fail(f"type variable '{name} is not in scope")
            case TCon(name, args):
                if name == INT.name and not args:
                    return
                if name in tvars and args:
                    # A type variable applied to types (a type constructor variable: Haskell's `m a`).
                    for a in args:
                        self.wf(a, tvars)
                    return
                if name == "->" and partial and len(args) < 2:
                    # the function type given its argument only, as a type argument (Haskell's `(->) r`
                    # of `instance Functor ((->) r)`; subst_type makes it a TFun given its result)
                    for a in args:
                        self.wf(a, tvars)
                    return
                d = self.datas.get(name)
                if d is None:
                    self.fail(f"unknown type {name}")
                elif self.uses is not None:
                    self.used_datas[name] = d
                elif len(d.params) < len(args) or (len(d.params) != len(args) and not partial):
                    self.fail(f"{name} takes {len(d.params)} type arguments, given {len(args)}")
                for a in args:
                    self.wf(a, tvars, partial=True)
            case TFun(a, r):
                self.wf(a, tvars)
                self.wf(r, tvars)
            case TForall(v, body):
                self.wf(body, tvars | {v})

    def expect(self, want: Type, got: Type, where: str) -> None:
        if not types_equal(want, got):
            self.fail(f"{where}: expected {print_type(want)}, found {print_type(got)}")

    def infer(self, e: Expr, env: dict[str, Type], tvars: set[str]) -> Type:
        match e:
            case Var(name):
                if name not in env:
                    self.fail(f"variable {name} is not in scope")
                vt = env[name]
                if self.uses is not None and self.top_env.get(name) is vt:
                    self.uses[name] = vt
                return vt
            case Lit():
                return INT
            case Lam(x, t, body, _):
                self.wf(t, tvars)
                return TFun(t, self.infer(body, {**env, x: t}, tvars))
            case App(fn, arg):
                ft = self.infer(fn, env, tvars)
                if not isinstance(ft, TFun):
                    self.fail(f"applying a value of type {print_type(ft)}, which is not a function")
                    raise AssertionError
                self.expect(ft.arg, self.infer(arg, env, tvars), "argument")
                return ft.res
            case TyLam(v, body):
                return TForall(v, self.infer(body, env, tvars | {v}))
            case TyApp(fn, t):
                self.wf(t, tvars, partial=True)
                ft = self.infer(fn, env, tvars)
                if not isinstance(ft, TForall):
                    self.fail(
                        f"type application of a value of type {print_type(ft)}, which is not polymorphic"
                    )
                    raise AssertionError
                return subst_type(ft.body, ft.var, t)
            case Let(bind, body):
                self.wf(bind.type, tvars)
                self.expect(bind.type, self.infer(bind.expr, env, tvars), f"let {bind.name}")
                return self.infer(body, {**env, bind.name: bind.type}, tvars)
            case LetRec(binds, body):
                inner = dict(env)
                names = [b.name for b in binds]
                if len(set(names)) != len(names):
                    self.fail("letrec binds a name twice")
                for b in binds:
                    if b.strict:
                        self.fail(f"letrec binding {b.name} is strict (a recursive binding cannot be)")
                    self.wf(b.type, tvars)
                    inner[b.name] = b.type
                for b in binds:
                    self.expect(b.type, self.infer(b.expr, inner, tvars), f"letrec {b.name}")
                return self.infer(body, inner, tvars)
            case Con(name, types, args):
                found = self.cons.get(name)
                if found is None:
                    self.fail(f"unknown constructor {name}")
                    raise AssertionError
                d, index = found
                if self.uses is not None:
                    self.used_datas[d.name] = d
                c = d.cons[index]
                if len(types) != len(d.params):
                    self.fail(f"{name} takes {len(d.params)} type arguments, given {len(types)}")
                if len(args) != len(c.fields):
                    self.fail(f"{name} takes {len(c.fields)} arguments, given {len(args)}")
                for t in types:
                    self.wf(t, tvars, partial=True)
                for field, arg in zip(c.fields, args, strict=False):
                    self.expect(
                        self.instantiate(field, d, types), self.infer(arg, env, tvars), f"{name} field"
                    )
                return TCon(d.name, tuple(types))
            case Case(scrut, t, alts):
                self.wf(t, tvars)
                st = self.infer(scrut, env, tvars)
                self.check_alts(st, t, alts, env, tvars)
                return t
            case Prim(op, args):
                sig = PRIMS.get(op)
                if sig is None:
                    self.fail(f"unknown primitive {op}")
                    raise AssertionError
                params, res = sig
                if len(args) != len(params):
                    self.fail(f"primitive {op} takes {len(params)} arguments, given {len(args)}")
                for p, a in zip(params, args, strict=False):
                    self.expect(p, self.infer(a, env, tvars), f"primitive {op}")
                return res
            case Fail(t, _):
                self.wf(t, tvars)
                return t
            case At(_, inner):
                return self.infer(inner, env, tvars)
        raise TypeError(e)

    def top(self, e: LetRec) -> Type:
        """The program's top-level letrec, each binding checked unless it was found well typed before with
        the same types of the names it uses and the same data types (TOP_CHECKED)."""
        names = [b.name for b in e.binds]
        if len(set(names)) != len(names):
            self.fail("letrec binds a name twice")
        env: dict[str, Type] = {}
        for b in e.binds:
            if b.strict:
                self.fail(f"letrec binding {b.name} is strict (a recursive binding cannot be)")
            self.wf(b.type, set())
            env[b.name] = b.type
        self.top_env = env
        for b in e.binds:
            if self.checked_before(b, env):
                continue
            self.uses, self.used_datas = {}, {}
            try:
                self.expect(b.type, self.infer(b.expr, env, set()), f"letrec {b.name}")
                TOP_CHECKED[id(b)] = (b, tuple(self.uses.items()), tuple(self.used_datas.items()))
                with suppress(KeyError):  # (compiles in other threads change the table too)
                    TOP_CHECKED.move_to_end(id(b))
            finally:
                self.uses, self.used_datas = None, {}
        while len(TOP_CHECKED) > MAX_TOP_CHECKED:
            with suppress(KeyError):
                TOP_CHECKED.popitem(last=False)
        return self.infer(e.body, env, set())

    def checked_before(self, b: Bind, env: dict[str, Type]) -> bool:
        kept = TOP_CHECKED.get(id(b))
        if kept is None or kept[0] is not b:
            return False
        for name, t in kept[1]:
            now = env.get(name)
            if now is not t and (now is None or not types_equal(now, t)):
                return False
        for name, d in kept[2]:
            found = self.datas.get(name)
            if found is not d and found != d:
                return False
        with suppress(KeyError):
            TOP_CHECKED.move_to_end(id(b))
        return True

    def instantiate(self, field: Type, d: DataDecl, types: tuple[Type, ...]) -> Type:
        # Parameters are substituted all at once: rename them apart first so one cannot capture another.
        out = field
        temps = [f"{p}%{i}" for i, p in enumerate(d.params)]
        for p, tmp in zip(d.params, temps, strict=False):
            out = subst_type(out, p, TVar(tmp))
        for tmp, t in zip(temps, types, strict=False):
            out = subst_type(out, tmp, t)
        return out

    def check_alts(self, st: Type, t: Type, alts: tuple, env: dict[str, Type], tvars: set[str]) -> None:
        seen: set[object] = set()
        for i, alt in enumerate(alts):
            if alt.is_default:
                if i != len(alts) - 1:
                    self.fail("the default alternative must come last")
                self.expect(t, self.infer(alt.body, env, tvars), "case alternative")
                continue
            if alt.lit is not None:
                self.expect(INT, st, "a literal pattern")
                key: object = alt.lit
                inner = env
            else:
                assert alt.con is not None
                found = self.cons.get(alt.con)
                if found is None:
                    self.fail(f"unknown constructor {alt.con}")
                    raise AssertionError
                d, index = found
                if self.uses is not None:
                    self.used_datas[d.name] = d
                if not isinstance(st, TCon) or st.name != d.name:
                    self.fail(f"pattern {alt.con} against a scrutinee of type {print_type(st)}")
                    raise AssertionError
                c = d.cons[index]
                if len(alt.vars) != len(c.fields):
                    self.fail(
                        f"pattern {alt.con} binds {len(alt.vars)} variables, it has {len(c.fields)} fields"
                    )
                inner = dict(env)
                for v, field in zip(alt.vars, c.fields, strict=False):
                    inner[v] = self.instantiate(field, d, st.args)
                key = alt.con
            if key in seen:
                self.fail(f"pattern {key} appears twice")
            seen.add(key)
            self.expect(t, self.infer(alt.body, inner, tvars), "case alternative")


def check_program(program: Program, made_by: str) -> Type:
    """The type of the program's main expression; CoreTypeError naming `made_by` if it is ill-typed."""
    checker = _Checker(program, made_by)
    if isinstance(program.main, LetRec):
        return checker.top(program.main)
    return checker.infer(program.main, {}, set())


def check_expr(program: Program, e: Expr, made_by: str) -> Type:
    return _Checker(program, made_by).infer(e, {}, set())
