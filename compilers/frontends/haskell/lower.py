"""The checked Haskell program elaborated to the functional core (compilers/core/), then through the core to
the IR.

- Types: `Int`, `Integer` and `Char` are the core's Int; `Bool` the core's Bool; lists, tuples, `()` and
  every data type a core data type; a type variable applied to types (`m a`) a core type whose head is the
  variable. Every type variable the checker left unsolved (a type nothing constrains) is `()`.
- Type classes by dictionary passing: a class is a data type `D$C a` of its superclasses' dictionaries and
  its methods; a method is a selector; an instance is a function from the dictionaries of its context to
  the dictionary; a constrained binding takes its dictionaries as parameters after its type parameters.
- A binding group generalised together is one function per member over the group's type variables and
  dictionaries, whose body is the group as a monomorphic `letrec` (recursive calls pass no dictionary).
- Equations, case alternatives and lambdas with patterns go through `compile_match`; a row whose guards
  may all fail (or whose literal pattern is compared with `==`) ends a block, and the rows after it are
  the block's fall-through, bound once, lazily.
- The program is one `letrec` of every binding main reaches (the Prelude's too), and main's IO action
  applied to the world.
"""

from __future__ import annotations

import itertools
import re

from compilers.core import syntax as c
from compilers.core.float64 import double_bits
from compilers.core.match import Clause, compile_match
from compilers.core.match import PCon as MCon
from compilers.core.match import PLit as MLit
from compilers.core.match import PVar as MVar
from compilers.core.pipeline import core_to_ir
from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.haskell import ast as A
from compilers.frontends.haskell.check import Binding, Checker, Group, Hole, HsError, InstInfo, ghc_span
from compilers.frontends.haskell.program import PRIMITIVES, Checked, main_type_arguments
from compilers.frontends.haskell.types import TCn, TRig, Type, apply, spine, split_fn, subst_rigid
from compilers.ir import Module
from compilers.ir.names import content_name

# The Prelude's bindings in the core, elaborated once per checked Prelude (program.prelude_state).
_PRELUDE_BINDS: dict[int, list[c.Bind]] = {}
# The names each of those bindings refers to (by the binding's id; they live as long as _PRELUDE_BINDS).
_PRELUDE_REFS: dict[int, set[str]] = {}
# The specialised copies among them (Elaborator.specialise's key -> name), which a program's calls share;
# by the same key as _PRELUDE_BINDS, and set before it (a compile in another thread may be reading them).
_PRELUDE_SPECS: dict[int, dict[tuple, str]] = {}
# The names of specialised copies and failed matches' reports (key -> name), the same in every compile of
# every process, so that a function calling one lowers to the same text each time (the back end keeps
# functions by their text) and a program's assembly does not depend on what the process compiled before;
# a name is unique within a program whatever the key's meaning in another.
_STABLE_NAMES: dict[object, str] = {}
_NAMED: dict[str, object] = {}  # the other way: name -> its key
MAX_STABLE_NAMES = 20_000


def _stable_name(key: object, base: str) -> str:
    """base@ and a digest of the key's text (its repr: tuples of names, core types and strings)."""
    name = _STABLE_NAMES.get(key)
    if name is None:
        if len(_STABLE_NAMES) >= MAX_STABLE_NAMES:
            _STABLE_NAMES.clear()
            _NAMED.clear()
        # setdefault: a compile in another thread that named the key first keeps its name
        name = _STABLE_NAMES.setdefault(key, content_name(f"{base}@", repr(key), _NAMED, key))
    return name


class _Core:
    """A right side that is already core (a fall-through)."""

    def __init__(self, e: c.Expr) -> None:
        self.e = e


# Traversable's methods (and mapAccumL, mapAccumR) at the list instance: the Prelude's list functions,
# whose type variables are the function's but the container's (at the position here), and whose
# dictionaries follow the Traversable one, so that a list's mapM runs (and is specialised) as the list
# function it was before Traversable was a class.
LIST_TRAVERSABLE = {
    "P.traverse": ("P.listTraverse'", 0),
    "P.sequenceA": ("P.listSequenceA'", 0),
    "P.mapM": ("P.listMapM'", 0),
    "P.sequence": ("P.listSequence'", 0),
    "P.mapAccumL": ("P.listMapAccumL'", 3),
    "P.mapAccumR": ("P.listMapAccumR'", 3),
}
RowRhs = A.Expr | A.Rhs | _Core
Row = tuple[list[A.Pat], RowRhs]
MPat = MVar | MCon | MLit
# Prelude functions whose bodies replace a call with all their arguments: (what, how many arguments).
# error, undefined and fromJust in the program's text: the Prelude's variants that take the call site.
CALL_STACK = {
    "P.error": "P.errorCalledAt",
    "P.undefined": "P.undefinedCalledAt",
    "P.fromJust": "P.fromJustCalledAt",
}

INLINE = {
    "P.seq": ("seq", 2),
    "P.&&": ("and", 2),
    "P.||": ("or", 2),
    "P.not": ("not", 1),
    "P.$": ("apply", 2),
}
MADE_BY = "the Haskell front-end's elaboration (compilers/frontends/haskell/lower.py)"
INT_TYPES = frozenset({"Int", "Integer", "Char"})
STDERR_MARK = 0x1F


# The core's names for Haskell's built-in types and constructors (and the operators' spelled-out names)
# are names a program may also give its own types: `data List a = Nil | Cons a (List a)` is a classic. A
# program's name of that shape is marked with a character no Haskell name holds.
_CORE_OWN = re.compile(r"(List|Unit|Nil|Cons|Tuple[0-9]+|Op[0-9a-f]+)\Z")


def _own_name(name: str) -> str:
    return "H$" + name if _CORE_OWN.match(name) else name


def core_data_name(name: str) -> str:
    if name == "[]":
        return "List"
    if name == "()":
        return "Unit"
    if name.startswith("(,"):
        return f"Tuple{len(name) - 1}"
    return _own_name(name)


def core_con_name(name: str) -> str:
    if name == "[]":
        return "Nil"
    if name == ":":
        return "Cons"
    if name == "()":
        return "Unit"
    if name.startswith("(,"):
        return f"Tuple{len(name) - 1}"
    if not (name[0].isalpha() or name[0] == "_"):
        return "Op" + "".join(f"{ord(ch):x}" for ch in name)
    return _own_name(name)


class Elaborator:
    def __init__(self, checked: Checked) -> None:
        self.checked = checked
        self.ck: Checker = checked.checker
        self.counter = itertools.count(1)
        self.dict_subst: dict[str, tuple] = {}  # while specialising: dictionary parameter -> evidence
        self.type_subst: dict[str, c.Type] = {}  # while specialising: type variable -> its type
        self.datas = self.data_decls()
        self.match_program = c.Program(tuple(self.datas), c.Lit(0))
        self.otherwise = "P.otherwise"
        self.renamed: dict[int, A.Pat] = {}  # id(pattern) -> its copy with every wildcard named
        self.reported: set[str] = set()  # messages of the program's failed matches, written by fail()
        self.failures: dict[str, str] = {}  # such a message -> the top-level value that writes it
        self.sites: dict[int, Span] = {}  # id(right side) -> its equation's, alternative's or lambda's span
        self.site: Span | None = None
        self.methods = {
            cls.prefix + m: (cls.name, m) for cls in self.ck.classes.values() for m, _ in cls.methods
        }
        self.instances_by_dfun = {info.dfun: info for info in self.ck.inst_order}
        self.specs: dict[tuple, str] = {}
        self.spec_binds: list[c.Bind] = []
        self.boxes: set[int] = set()  # id(PCon) of a newtype matched as a box (mpat)
        self.top_sig = {
            b.internal: b for g in self.ck.top_groups for b in g.binds if b.sig is not None and b.dicts
        }

    def fresh(self) -> str:
        # Not v%N: the checker names a program's variable v as v%N, from a counter of its own.
        return f"$v%{next(self.counter)}"

    # ---- types ----

    def ctype(self, t: Type) -> c.Type:
        # spine follows solved metas on the way down, as each argument's ctype does: no zonked copy of t
        # (zonking every level again made a deep type's conversion quadratic)
        head, args = spine(t)
        if isinstance(head, TCn):
            name = head.name
            if name == "->" and len(args) == 2:
                return c.TFun(self.ctype(args[0]), self.ctype(args[1]))
            if name in INT_TYPES:
                return c.INT
            if name == "Bool":
                return c.BOOL
            if name == "Double":  # its IEEE 754 bit pattern (core/syntax.py: F64_PRIMS)
                return c.INT
            return c.TCon(core_data_name(name), tuple(self.ctype(a) for a in args))
        if isinstance(head, TRig):
            fixed = self.type_subst.get(head.name)
            if fixed is not None:
                if not args:
                    return fixed
                assert isinstance(fixed, c.TCon)
                full = fixed.args + tuple(self.ctype(a) for a in args)
                if fixed.name == "->" and len(full) == 2:  # `(->) r` applied to its result's type
                    return c.TFun(full[0], full[1])
                return c.TCon(fixed.name, full)
            if not args:
                return c.TVar(head.name)
            return c.TCon(head.name, tuple(self.ctype(a) for a in args))
        return c.TCon("Unit")

    def span0(self) -> Span:
        d = self.checked.module.decls
        return d[0].span if d else self.checked.prelude.decls[0].span

    def dict_type(self, cls: str, t: Type) -> c.Type:
        return c.TCon("D$" + cls, (self.ctype(t),))

    def data_decls(self) -> list[c.DataDecl]:
        out = []
        for info in self.ck.datas.values():
            if info.name == "Bool":
                continue
            cons = []
            for con in info.cons:
                cons.append(
                    c.ConDecl(
                        core_con_name(con.name), tuple(self.ctype(f) for f in con.fields), tuple(con.strict)
                    )
                )
            out.append(c.DataDecl(core_data_name(info.name), tuple(info.params), tuple(cons)))
        for cls in self.ck.classes.values():
            a = TRig(cls.tyvar)
            fields: list[c.Type] = [self.dict_type(s, a) for s in cls.supers]
            for _, s in cls.methods:
                ft = self.method_type(s.type, s.preds)
                for v in reversed(s.vars):
                    ft = c.TForall(v, ft)
                fields.append(ft)
            dcon = c.ConDecl("D$" + cls.name, tuple(fields), tuple(False for _ in fields))
            out.append(c.DataDecl("D$" + cls.name, (cls.tyvar,), (dcon,)))
        return out

    def method_type(self, t: Type, preds: list[tuple[str, Type]]) -> c.Type:
        """A method's type in its class's dictionary: its own constraints' dictionaries (`Ord b` of
        `cmap :: Ord b => (a -> b) -> f a -> f b`) before its parameters."""
        out = self.ctype(t)
        for pc, pt in reversed(preds):
            out = c.TFun(self.dict_type(pc, pt), out)
        return out

    # ---- evidence ----

    def evidence(self, h: Hole) -> c.Expr:
        ev = h.evidence
        if ev is None:
            raise HsError(f"internal: no dictionary for {h.cls}", h.span, "internal")
        return self.ev_expr(ev, h.type)

    def ev_expr(self, ev: tuple, t: Type) -> c.Expr:
        kind = ev[0]
        if kind == "param":
            if ev[1] in self.dict_subst:
                return self.ev_expr(self.dict_subst[ev[1]], t)
            return c.Var(ev[1])
        if kind == "inst":
            _, dfun, types, subs = ev
            e: c.Expr = c.Var(dfun)
            for ty in types:
                e = c.TyApp(e, self.ctype(ty))
            for sub in subs:
                e = c.App(e, self.evidence(sub))
            return e
        _, inner, cls, idx = ev
        info = self.ck.classes[cls]
        names = [self.fresh() for _ in range(len(info.supers) + len(info.methods))]
        sup = info.supers[idx]
        alt = c.Alt(c.Var(names[idx]), con="D$" + cls, vars=tuple(names))
        return c.Case(self.ev_expr(inner, t), self.dict_type(sup, t), (alt,))

    # ---- expressions ----

    def type_of(self, node: object) -> c.Type:
        return self.ctype(self.ck.types[id(node)])

    def expr(self, e: A.Expr) -> c.Expr:
        while id(e) in self.ck.sugar:
            e = self.ck.sugar[id(e)]
        if isinstance(e, A.EVar):
            return self.var(e)
        if isinstance(e, A.ECon):
            return self.con(e)
        if isinstance(e, A.ELit):
            return self.lit(e)
        if isinstance(e, A.EApp):
            return self.app(e)
        if isinstance(e, A.ELam):
            return self.lam(e)
        if isinstance(e, A.ELet):
            return self.let(e.decls, self.expr(e.body))
        if isinstance(e, A.EIf):
            t = self.type_of(e)
            alts = (c.Alt(self.expr(e.other), con="False"), c.Alt(self.expr(e.then), con="True"))
            return c.Case(self.expr(e.cond), t, alts)
        if isinstance(e, A.ECase):
            return self.case(e)
        if isinstance(e, A.ETyped):
            return self.expr(e.expr)
        raise HsError(f"internal: cannot elaborate {type(e).__name__}", e.span, "internal")

    def app(self, e: A.EApp) -> c.Expr:
        """An application; a primitive or a constructor given all its arguments is applied directly (no
        closure for it)."""
        args: list[A.Expr] = []
        head: A.Expr = e
        while True:
            while id(head) in self.ck.sugar:
                head = self.ck.sugar[id(head)]
            if not isinstance(head, A.EApp):
                break
            args.append(head.arg)
            head = head.fun
        args.reverse()
        out: c.Expr | None = None
        used = 0
        if isinstance(head, A.EVar):
            inst = self.ck.insts[id(head)]
            inline = INLINE.get(inst.internal) if inst.kind in ("global", "let") else None
            if inline is not None and len(args) >= inline[1]:
                used = inline[1]
                done = [self.expr(a) for a in args[:used]]
                out = self.inline(inline[0], done, inst.tyargs)
            elif inst.kind == "prim":
                op = PRIMITIVES[inst.internal][1]
                if op == "id" and args:
                    out, used = self.expr(args[0]), 1
                elif op == "seq" and len(args) >= 2:
                    ta = self.ctype(inst.tyargs[0])
                    out = c.Let(c.Bind(self.fresh(), ta, self.expr(args[0]), strict=True), self.expr(args[1]))
                    used = 2
                elif op in c.PRIMS and len(args) >= len(c.PRIMS[op][0]):
                    used = len(c.PRIMS[op][0])
                    out = c.Prim(op, tuple(self.expr(a) for a in args[:used]))
        elif isinstance(head, A.ECon):
            inst = self.ck.insts[id(head)]
            info = self.ck.cons[inst.internal]
            n = len(info.fields)
            if len(args) >= n:
                types = tuple(self.ctype(t) for t in inst.tyargs)
                out = c.Con(core_con_name(info.name), types, tuple(self.expr(a) for a in args[:n]))
                used = n
        if out is None:
            out, used = self.expr(head), 0
        for a in args[used:]:
            out = c.App(out, self.expr(a))
        return out

    def inline(self, what: str, args: list[c.Expr], tyargs: list[Type]) -> c.Expr:
        """The Prelude's `seq`, `&&`, `||`, `not` and `$`, given their arguments: their bodies in place."""
        false, true = c.Con("False", (), ()), c.Con("True", (), ())
        if what == "seq":
            return c.Let(c.Bind(self.fresh(), self.ctype(tyargs[0]), args[0], strict=True), args[1])
        if what == "and":
            return c.Case(args[0], c.BOOL, (c.Alt(false, con="False"), c.Alt(args[1], con="True")))
        if what == "or":
            return c.Case(args[0], c.BOOL, (c.Alt(args[1], con="False"), c.Alt(true, con="True")))
        if what == "not":
            return c.Case(args[0], c.BOOL, (c.Alt(true, con="False"), c.Alt(false, con="True")))
        return c.App(args[0], args[1])

    def var(self, e: A.EVar) -> c.Expr:
        inst = self.ck.insts[id(e)]
        if inst.kind in ("lam", "mono"):
            return c.Var(inst.internal)
        if inst.internal in CALL_STACK and self.in_program(e.span):
            # GHC's error and undefined report where the program called them (HasCallStack): the
            # Prelude's variant given the call site, FILE:LINE:COL as GHC writes it.
            site = c.TyApp(c.Var(CALL_STACK[inst.internal]), self.ctype(inst.tyargs[0]))
            return c.App(site, self.string(f"{e.span.file}:{e.span.line}:{e.span.column}"))
        if inst.kind == "prim":
            return self.prim(inst.internal, inst.tyargs)
        listed = LIST_TRAVERSABLE.get(inst.internal)
        if listed is not None and self.at_list(inst.holes[0]):
            name, t = listed
            return self.global_at(name, inst.tyargs[:t] + inst.tyargs[t + 1 :], inst.holes[1:])
        direct = self.method_at_instance(inst.internal, inst.tyargs, inst.holes)
        if direct is not None:
            return direct
        return self.global_at(inst.internal, inst.tyargs, inst.holes)

    def global_at(self, internal: str, tyargs: list[Type], holes: list[Hole]) -> c.Expr:
        """A top-level binding at its type arguments and dictionaries (a specialised copy if it can be)."""
        special = self.specialise(internal, tyargs, holes)
        if special is not None:
            return special
        out: c.Expr = c.Var(internal)
        for t in tyargs:
            out = c.TyApp(out, self.ctype(t))
        for h in holes:
            out = c.App(out, self.evidence(h))
        return out

    def at_list(self, h: Hole) -> bool:
        """Whether a dictionary is the list instance's."""
        ev = self.resolve(h.evidence)
        return ev is not None and ev[0] == "inst" and self.instances_by_dfun[ev[1]].tycon == "[]"

    def resolve(self, ev: tuple | None) -> tuple | None:
        """Evidence with the dictionary parameters of the copy being specialised replaced."""
        while ev is not None and ev[0] == "param" and ev[1] in self.dict_subst:
            ev = self.dict_subst[ev[1]]
        return ev

    def specialise(self, internal: str, tyargs: list[Type], holes: list[Hole]) -> c.Expr | None:
        """A call of a constrained top-level function whose dictionaries are all known instances (without
        contexts) at closed types: a copy of the function at those types and instances, made once, in
        which the methods are called directly (`even` at Integer calls Integer's `rem`)."""
        b = self.top_sig.get(internal)
        if b is None or not holes or len(holes) != len(b.dicts) or len(tyargs) != len(b.tyvars):
            return None
        evs = [self.resolve(h.evidence) for h in holes]
        if any(ev is None or ev[0] != "inst" or ev[3] for ev in evs):
            return None
        ctys = tuple(self.ctype(t) for t in tyargs)
        if any(c.free_type_vars(ct) for ct in ctys):
            return None
        key = (internal, ctys, tuple(ev[1] for ev in evs if ev is not None))
        name = self.specs.get(key)
        if name is None:
            name = _stable_name(key, internal)
            self.specs[key] = name
            saved = (self.dict_subst, self.type_subst)
            self.type_subst = dict(zip(b.tyvars, ctys, strict=True))
            self.dict_subst = {p: ev for (p, _), ev in zip(b.dicts, evs, strict=True) if ev is not None}
            try:
                bind = c.Bind(name, self.ctype(b.type), self.binding_body(b))
            finally:
                self.dict_subst, self.type_subst = saved
            self.spec_binds.append(bind)
        return c.Var(name)

    def method_at_instance(self, internal: str, tyargs: list[Type], holes: list[Hole]) -> c.Expr | None:
        """A class method whose dictionary is a known instance's: that instance's implementation (or the
        class's default) called directly, without building the dictionary or selecting from it."""
        found = self.methods.get(internal)
        ev = self.resolve(holes[0].evidence) if holes else None
        if found is None or ev is None or ev[0] != "inst":
            return None
        cls, method = found
        _, dfun, types, subs = ev
        info = self.instances_by_dfun[dfun]
        out: c.Expr
        if method in info.methods:
            out = c.Var(info.methods[method])
            for t in [*types, *tyargs[1:]]:
                out = c.TyApp(out, self.ctype(t))
            for sub in subs:
                out = c.App(out, self.evidence(sub))
        elif method in self.ck.classes[cls].defaults:
            out = c.Var(self.ck.classes[cls].defaults[method])
            for t in tyargs:
                out = c.TyApp(out, self.ctype(t))
            out = c.App(out, self.evidence(holes[0]))
        else:
            return None
        for h in holes[1:]:  # the method's own constraints
            out = c.App(out, self.evidence(h))
        return out

    def prim(self, name: str, tyargs: list[Type]) -> c.Expr:
        _, op = PRIMITIVES[name]
        x, y = self.fresh(), self.fresh()
        if op == "id":
            return c.Lam(x, c.INT, c.Var(x))
        if op == "seq":
            ta, tb = self.ctype(tyargs[0]), self.ctype(tyargs[1])
            body = c.Let(c.Bind(self.fresh(), ta, c.Var(x), strict=True), c.Var(y))
            return c.Lam(x, ta, c.Lam(y, tb, body))
        if op == "error":
            # The message's characters go to standard error (each after the Engine's mark), then it stops.
            ta = self.ctype(tyargs[0])
            return c.Lam(
                x,
                c.TCon("List", (c.INT,)),
                c.Let(
                    c.Bind(self.fresh(), c.INT, c.App(c.Var("P.putErr"), c.Var(x)), strict=True),
                    c.Fail(ta, c.REPORTED_ERROR),
                ),
            )
        params, _ = c.PRIMS[op]
        if len(params) == 1:
            return c.Lam(x, c.INT, c.Prim(op, (c.Var(x),)))
        return c.Lam(x, c.INT, c.Lam(y, c.INT, c.Prim(op, (c.Var(x), c.Var(y)))))

    def con(self, e: A.ECon) -> c.Expr:
        inst = self.ck.insts[id(e)]
        info = self.ck.cons[inst.internal]
        types = tuple(self.ctype(t) for t in inst.tyargs)
        mapping = dict(zip(info.params, inst.tyargs, strict=True))
        ftypes = [self.ctype(subst_rigid(f, mapping)) for f in info.fields]
        names = [self.fresh() for _ in ftypes]
        out: c.Expr = c.Con(core_con_name(info.name), types, tuple(c.Var(n) for n in names))
        for n, ft in zip(reversed(names), reversed(ftypes), strict=True):
            out = c.Lam(n, ft, out)
        return out

    def lit(self, e: A.ELit) -> c.Expr:
        if e.kind == "char":
            assert isinstance(e.value, str)
            return c.Lit(ord(e.value))
        if e.kind == "string":
            assert isinstance(e.value, str)
            return self.string(e.value)
        t = self.ck.types[id(e)]
        head, _ = spine(t)
        if isinstance(head, TCn) and head.name == "Double":  # a literal at Double: its bits, rounded once
            return c.Lit(double_bits(e.value))
        hole = self.ck.lit_holes[id(e)][0]
        if e.kind == "float":  # fromRational in Haskell 2010; here the nearest Double, converted
            f: c.Expr = c.App(c.TyApp(c.Var("P.fromDouble"), self.ctype(t)), self.evidence(hole))
            return c.App(f, c.Lit(double_bits(e.value)))
        assert isinstance(e.value, int)
        if isinstance(head, TCn) and head.name in INT_TYPES:
            return c.Lit(e.value)
        f = c.App(c.TyApp(c.Var("P.fromInteger"), self.ctype(t)), self.evidence(hole))
        return c.App(f, c.Lit(e.value))

    def string(self, s: str) -> c.Expr:
        out: c.Expr = c.Con("Nil", (c.INT,), ())
        for ch in reversed(s):
            out = c.Con("Cons", (c.INT,), (c.Lit(ord(ch)), out))
        return out

    @staticmethod
    def in_program(span: Span) -> bool:
        """Whether the span is in the program's own text (not the Prelude's, nor a derived instance's)."""
        return not span.file.endswith("prelude.hs") and span.file != "<derived>"

    def pattern_failure(self, span: Span, what: str) -> str:
        """GHC's message for a failed match in the program (`t.hs:(3,1)-(4,20): Non-exhaustive patterns in
        function f`), remembered so that fail() writes it; in the Prelude, the bare description."""
        message = f"Non-exhaustive patterns in {what}"
        if not self.in_program(span):
            return message
        message = f"{span.file}:{ghc_span(span)}: {message}"
        self.reported.add(message)
        return message

    def fail(self, res: c.Type, message: str) -> c.Expr:
        """A failed match: GHC's message on standard error first when the program's own match failed. The
        message is one top-level value `forall a. a` per message, so that a match refers to it by name
        (no thunk is built for it while the match succeeds)."""
        if message not in self.reported:
            return c.Fail(res, message)
        name = self.failures.get(message)
        if name is None:
            name = _stable_name(("fail", message), "fail")
            self.failures[message] = name
            # The message's text is made in program() only for the reports a kept binding refers to (most
            # matches are complete and never use theirs).
            report = c.App(c.TyApp(c.Var("P.patternMatchFail"), c.TVar("a")), c.Con("Nil", (c.INT,), ()))
            self.spec_binds.append(c.Bind(name, c.TForall("a", c.TVar("a")), c.TyLam("a", report)))
        return c.TyApp(c.Var(name), res)

    def with_message(self, b: c.Bind, texts: dict[str, str]) -> c.Bind:
        """A kept binding, with its text when it is a failed match's report (fail())."""
        if b.name not in texts:
            return b
        report = c.App(c.TyApp(c.Var("P.patternMatchFail"), c.TVar("a")), self.string(texts[b.name]))
        return c.Bind(b.name, b.type, c.TyLam("a", report))

    def lam(self, e: A.ELam) -> c.Expr:
        t = self.ck.types[id(e)]
        arg_types = []
        for _ in e.pats:
            parts = split_fn(t)
            assert parts is not None
            arg_types.append(self.ctype(parts[0]))
            t = parts[1]
        res = self.ctype(t)
        if all(isinstance(p, A.PVar) for p in e.pats):
            body = self.expr(e.body)
            for p, at in zip(reversed(e.pats), reversed(arg_types), strict=True):
                body = c.Lam(self.ck.pat_names[id(p)], at, body)
            return body
        names = [self.fresh() for _ in e.pats]
        rows: list[Row] = [(list(e.pats), e.body)]
        self.sites[id(e.body)] = e.span
        body = self.match(
            list(zip(names, arg_types, strict=True)), rows, res, self.pattern_failure(e.span, "lambda")
        )
        for n, at in zip(reversed(names), reversed(arg_types), strict=True):
            body = c.Lam(n, at, body)
        return body

    def case(self, e: A.ECase) -> c.Expr:
        st = self.type_of(e.scrutinee)
        res = self.type_of(e)
        x = self.fresh()
        rows: list[Row] = [([alt.pat], alt.rhs) for alt in e.alts]
        self.sites.update((id(alt.rhs), alt.span.to(_rhs_end(alt.rhs))) for alt in e.alts)
        if id(e) in self.ck.record_updates:  # GHC names the update and its whole span
            failure = self.pattern_failure(e.span, "record update")
        else:
            failure = self.pattern_failure(e.span.to(_rhs_end(e.alts[-1].rhs)) if e.alts else e.span, "case")
        body = self.match([(x, st)], rows, res, failure)
        return c.Let(c.Bind(x, st, self.expr(e.scrutinee)), body)

    # ---- pattern matching ----

    def match(
        self,
        scruts: list[tuple[str, c.Type]],
        rows: list[Row],
        res: c.Type,
        failure: str,
    ) -> c.Expr:
        """Rows of patterns (one per scrutinee) with their right sides, first match wins."""
        if not rows:
            return self.fail(res, failure)
        block: list[Row] = []
        falls = False
        for row in rows:
            block.append(row)
            if self.can_fail(row):
                falls = True
                break
        rest = rows[len(block) :]
        fallback: c.Expr | None = None
        bind: c.Bind | None = None
        if falls:
            rest_core = self.match(scruts, rest, res, failure)
            if isinstance(rest_core, c.Var | c.Fail) or _named_failure(rest_core):
                fallback = rest_core
            else:
                name = self.fresh()
                bind = c.Bind(name, res, rest_core)
                fallback = c.Var(name)
        clauses = []
        for pats, rhs in block:
            self.site = self.sites.get(id(rhs))  # where a lazy pattern's failure is reported
            mpats: list[MPat] = []
            conds: list[c.Expr] = []
            lets: list[c.Bind] = []
            for p in pats:
                mpats.append(self.mpat(p, conds, lets))
            body = self.rhs(rhs, res, fallback)
            if conds:
                assert fallback is not None
                cond = conds[0]
                for more in conds[1:]:
                    cond = c.Case(
                        cond, c.BOOL, (c.Alt(c.Con("False", (), ()), con="False"), c.Alt(more, con="True"))
                    )
                body = c.Case(cond, res, (c.Alt(fallback, con="False"), c.Alt(body, con="True")))
            for b in reversed(lets):
                body = c.Let(b, body)
            clauses.append(Clause(tuple(mpats), body))
        if fallback is not None:
            clauses.append(Clause(tuple(MVar("_") for _ in scruts), fallback))
        on_failure = self.fail(res, failure) if failure in self.reported else failure
        out = compile_match(self.match_program, scruts, clauses, res, self.fresh, on_failure)
        return out if bind is None else c.Let(bind, out)

    def can_fail(self, row: Row) -> bool:
        pats, rhs = row
        if any(self.has_eq_literal(p) for p in pats):
            return True
        if isinstance(rhs, A.Rhs) and rhs.body is None:
            quals, _ = rhs.guards[-1]
            return not (len(quals) == 1 and self.is_true(quals[0]))
        return False

    def is_true(self, q: A.Stmt) -> bool:
        if not isinstance(q, A.SExpr):
            return False
        e = q.expr
        if isinstance(e, A.EVar):
            inst = self.ck.insts.get(id(e))
            return inst is not None and inst.internal == self.otherwise
        return isinstance(e, A.ECon) and e.name == "True"

    def has_eq_literal(self, p: A.Pat) -> bool:
        if isinstance(p, A.PLit):
            return p.kind not in ("char", "string") and not self.int_typed(p)
        if isinstance(p, A.PCon):
            return any(self.has_eq_literal(a) for a in p.args)
        if isinstance(p, A.PAs | A.PLazy | A.PBang):
            return self.has_eq_literal(p.pat)
        if isinstance(p, A.PRec):
            return self.has_eq_literal(self.ck.pat_sugar[id(p)])
        return False

    def int_typed(self, p: A.Pat) -> bool:
        head, _ = spine(self.ck.types[id(p)])
        return isinstance(head, TCn) and head.name in INT_TYPES

    def mpat(self, p: A.Pat, conds: list[c.Expr], lets: list[c.Bind]) -> MPat:
        if isinstance(p, A.PVar):
            return MVar(self.ck.pat_names[id(p)])
        if isinstance(p, A.PWild):
            return MVar("_")
        if isinstance(p, A.PLit):
            if p.kind == "char":
                assert isinstance(p.value, str)
                return MLit(ord(p.value))
            if p.kind == "string":
                assert isinstance(p.value, str)
                out: MPat = MCon("Nil")
                for ch in reversed(p.value):
                    out = MCon("Cons", (MLit(ord(ch)), out))
                return out
            assert isinstance(p.value, int)
            if self.int_typed(p):
                return MLit(p.value)
            # An overloaded literal: compared with (==) at its type.
            x = self.fresh()
            t = self.ck.types[id(p)]
            num, eq = self.ck.lit_holes[id(p)]
            lit = c.App(
                c.App(c.TyApp(c.Var("P.fromInteger"), self.ctype(t)), self.evidence(num)), c.Lit(p.value)
            )
            test = c.App(
                c.App(c.App(c.TyApp(c.Var("P.=="), self.ctype(t)), self.evidence(eq)), c.Var(x)), lit
            )
            conds.append(test)
            return MVar(x)
        if isinstance(p, A.PAs):
            inner = self.mpat(self.named(p.pat), conds, lets)
            lets.append(c.Bind(self.ck.pat_names[id(p)], self.type_of(p), self.rebuild(p.pat)))
            return inner
        if isinstance(p, A.PLazy) and not isinstance(p.pat, A.PVar | A.PWild | A.PLazy):
            return self.lazy(p, lets)
        if isinstance(p, A.PBang) and isinstance(p.pat, A.PVar | A.PWild):
            # `!x`: the value is evaluated before the right side (a strict let of it, beside an as-pattern's
            # lets); a constructor or a literal in the pattern evaluates it anyway.
            x = self.ck.pat_names[id(p.pat)] if isinstance(p.pat, A.PVar) else self.fresh()
            lets.append(c.Bind(self.fresh(), self.type_of(p.pat), c.Var(x), strict=True))
            return MVar(x)
        if isinstance(p, A.PLazy | A.PBang):
            return self.mpat(p.pat, conds, lets)
        if isinstance(p, A.PRec):
            return self.mpat(self.ck.pat_sugar[id(p)], conds, lets)
        assert isinstance(p, A.PCon)
        internal = self.ck.pat_insts[id(p)].internal
        con = self.ck.cons.get(internal)
        if (
            con is not None
            and con.newtype
            and isinstance(p.args[0], A.PVar | A.PWild)
            and id(p) not in self.boxes
            and self.in_program(p.span)
        ):
            # A newtype's constructor is no box: GHC's match of `Parser p` does not evaluate the value (so
            # `many v = some v <|> pure []` with `Parser p <|> Parser q` does not loop). The Prelude's own
            # matches (IO's) keep the box, which costs no thunk.
            if isinstance(p.args[0], A.PWild):
                return MVar("_")
            lazy = A.PLazy(p, p.span)
            self.ck.types[id(lazy)] = self.ck.types[id(p)]
            self.boxes.add(id(p))  # the lazy match of its variable takes the constructor as a box
            return self.lazy(lazy, lets)
        return MCon(core_con_name(internal), tuple(self.mpat(a, conds, lets) for a in p.args))

    def lazy(self, p: A.PLazy, lets: list[c.Bind]) -> MPat:
        """An irrefutable pattern `~p`: it matches anything at once; each variable of p is bound lazily
        to a match of p against the value, so the match happens (and may fail, with GHC's message naming
        the equation and the pattern) only when a variable is used."""
        x = self.fresh()
        pt = self.type_of(p)
        where = self.site if self.site is not None else p.span
        failure = self.pattern_failure(where, _show_pat(p.pat, top=True))
        for v in _pat_var_nodes(p.pat):
            internal = self.ck.pat_names[id(v)]
            vt = self.type_of(v)
            y = self.fresh()
            site = self.site
            inner = self.match([(y, pt)], [([p.pat], _Core(c.Var(internal)))], vt, failure)
            self.site = site
            lets.append(c.Bind(internal, vt, c.Let(c.Bind(y, pt, c.Var(x)), inner)))
        return MVar(x)

    def named(self, p: A.Pat) -> A.Pat:
        """p with a name for every wildcard (so that an as-pattern can rebuild the value it matched)."""
        if isinstance(p, A.PRec):
            return self.named(self.ck.pat_sugar[id(p)])
        if isinstance(p, A.PWild):
            v = A.PVar("_", p.span)
            self.ck.pat_names[id(v)] = self.fresh()
            self.ck.types[id(v)] = self.ck.types[id(p)]
            self.renamed[id(p)] = v
            return v
        if isinstance(p, A.PCon):
            new = A.PCon(p.name, [self.named(a) for a in p.args], p.span)
            self.ck.pat_insts[id(new)] = self.ck.pat_insts[id(p)]
            self.ck.types[id(new)] = self.ck.types[id(p)]
            self.renamed[id(p)] = new
            return new
        return p

    def rebuild(self, p: A.Pat) -> c.Expr:
        p = self.renamed.get(id(p), p)
        if isinstance(p, A.PVar):
            return c.Var(self.ck.pat_names[id(p)])
        if isinstance(p, A.PAs):
            return c.Var(self.ck.pat_names[id(p)])
        if isinstance(p, A.PLit):
            if p.kind == "char":
                assert isinstance(p.value, str)
                return c.Lit(ord(p.value))
            if p.kind == "string":
                assert isinstance(p.value, str)
                return self.string(p.value)
            assert isinstance(p.value, int)
            return c.Lit(p.value)
        if isinstance(p, A.PLazy | A.PBang):
            return self.rebuild(p.pat)
        if isinstance(p, A.PRec):
            return self.rebuild(self.ck.pat_sugar[id(p)])
        if isinstance(p, A.PCon):
            inst = self.ck.pat_insts[id(p)]
            return c.Con(
                core_con_name(inst.internal),
                tuple(self.ctype(t) for t in inst.tyargs),
                tuple(self.rebuild(a) for a in p.args),
            )
        raise HsError("unsupported as-pattern", p.span, "unsupported")

    def rhs(self, rhs: RowRhs, res: c.Type, fallback: c.Expr | None) -> c.Expr:
        if isinstance(rhs, _Core):
            return rhs.e
        if not isinstance(rhs, A.Rhs):
            return self.expr(rhs)
        failure: c.Expr = fallback if fallback is not None else c.Fail(res, "Non-exhaustive guards")
        if rhs.body is not None:
            body = self.at(rhs.body)
        else:
            body = failure
            for quals, e in reversed(rhs.guards):
                body = self.guard(quals, self.at(e), body, res)
        return self.let(rhs.where, body) if rhs.where else body

    def at(self, e: A.Expr) -> c.Expr:
        core = self.expr(e)
        if e.span.file.endswith("prelude.hs") or e.span.file == "<derived>":
            return core
        return c.At(e.span.line, core)

    def guard(self, quals: list[A.Stmt], success: c.Expr, failure: c.Expr, res: c.Type) -> c.Expr:
        if not quals:
            return success
        q, rest = quals[0], quals[1:]
        if isinstance(q, A.SLet):
            return self.let(q.decls, self.guard(rest, success, failure, res))
        if isinstance(failure, c.Var | c.Fail) or _named_failure(failure):
            share = None
        else:
            name = self.fresh()
            share = c.Bind(name, res, failure)
            failure = c.Var(name)
        inner = self.guard(rest, success, failure, res)
        if isinstance(q, A.SExpr):
            if self.is_true(q):
                out: c.Expr = inner
            else:
                out = c.Case(self.expr(q.expr), res, (c.Alt(failure, con="False"), c.Alt(inner, con="True")))
        else:
            x = self.fresh()
            st = self.type_of(q.expr)
            m = self.match(
                [(x, st)], [([q.pat], _Core(inner)), ([A.PWild(q.span)], _Core(failure))], res, "guard"
            )
            out = c.Let(c.Bind(x, st, self.expr(q.expr)), m)
        return out if share is None else c.Let(share, out)

    # ---- bindings ----

    def let(self, decls: list[A.Decl], body: c.Expr) -> c.Expr:
        groups = self.ck.groups.get(id(decls))
        if not groups:
            return body
        binds = self.group_binds(groups)
        # `let !p = e in body` evaluates e before the body (BangPatterns).
        for g in groups:
            for pb in g.patbinds:
                if isinstance(pb.decl.pat, A.PBang):
                    forced = c.Bind(self.fresh(), self.ctype(pb.type), c.Var(pb.internal), strict=True)
                    body = c.Let(forced, body)
        return c.LetRec(tuple(binds), body) if binds else body

    def group_binds(self, groups: list[Group]) -> list[c.Bind]:
        out: list[c.Bind] = []
        for g in groups:
            out.extend(self.group(g))
        return out

    def group(self, g: Group) -> list[c.Bind]:
        monos: list[c.Bind] = []
        for pb in g.patbinds:
            pt = self.ctype(pb.type)
            monos.append(c.Bind(pb.internal, pt, self.rhs(pb.decl.rhs, pt, None)))
            for v in pb.vars:
                vt = self.ctype(v.type)
                x = self.fresh()
                whole = pb.decl.span.to(_rhs_end(pb.decl.rhs))
                inner = self.match(
                    [(x, pt)],
                    [([pb.decl.pat], _Core(c.Var(pb.locals[v.name])))],
                    vt,
                    self.pattern_failure(whole, _show_pat(pb.decl.pat, top=True)),
                )
                monos.append(c.Bind(v.internal, vt, c.Let(c.Bind(x, pt, c.Var(pb.internal)), inner)))
        pat_vars = {v.internal for pb in g.patbinds for v in pb.vars}
        for b in g.binds:
            if b.internal in pat_vars:
                continue
            monos.append(c.Bind(b.internal, self.ctype(b.type), self.binding_body(b)))
        first = g.binds[0]
        if first.sig is not None or (not first.tyvars and not first.dicts):
            if first.sig is not None:
                return [
                    c.Bind(m.name, self.wrap_type(first, m.type), self.wrap(first, m.expr)) for m in monos
                ]
            return monos
        out = []
        for m in monos:
            if m.name in {pb.internal for pb in g.patbinds}:
                continue
            inner = c.LetRec(tuple(monos), c.Var(m.name))
            b = next(x for x in g.binds if x.internal == m.name)
            out.append(c.Bind(m.name, self.wrap_type(b, m.type), self.wrap(b, inner)))
        return out

    def wrap(self, b: Binding, e: c.Expr) -> c.Expr:
        for name, h in reversed(b.dicts):
            e = c.Lam(name, self.dict_type(h.cls, h.type), e)
        for v in reversed(b.tyvars):
            e = c.TyLam(v, e)
        return e

    def wrap_type(self, b: Binding, t: c.Type) -> c.Type:
        for _, h in reversed(b.dicts):
            t = c.TFun(self.dict_type(h.cls, h.type), t)
        for v in reversed(b.tyvars):
            t = c.TForall(v, t)
        return t

    def binding_body(self, b: Binding) -> c.Expr:
        n = len(b.decls[0].pats)
        t = b.type
        arg_types = []
        for _ in range(n):
            parts = split_fn(t)
            assert parts is not None
            arg_types.append(self.ctype(parts[0]))
            t = parts[1]
        res = self.ctype(t)
        if n == 0:
            if len(b.decls) > 1:
                raise HsError(f"Multiple declarations of ‘{b.name}’", b.decls[1].span, "redeclared")
            return self.rhs(b.decls[0].rhs, res, None)
        whole = b.decls[0].span.to(_rhs_end(b.decls[-1].rhs))
        failure = self.pattern_failure(whole, f"function {b.name}")
        if len(b.decls) == 1 and all(isinstance(p, A.PVar) for p in b.decls[0].pats):
            # Guards that all fail are the function's failed match, as in GHC.
            body = self.rhs(b.decls[0].rhs, res, self.fail(res, failure))
            names = [self.ck.pat_names[id(p)] for p in b.decls[0].pats]
        else:
            names = [self.fresh() for _ in range(n)]
            rows: list[Row] = [(list(d.pats), d.rhs) for d in b.decls]
            self.sites.update((id(d.rhs), d.span.to(_rhs_end(d.rhs))) for d in b.decls)
            body = self.match(list(zip(names, arg_types, strict=True)), rows, res, failure)
        for x, at in zip(reversed(names), reversed(arg_types), strict=True):
            body = c.Lam(x, at, body)
        return body

    # ---- classes and instances ----

    def selectors(self, names: list[str]) -> list[c.Bind]:
        out = []
        for cls in (self.ck.classes[n] for n in names):
            n_sup = len(cls.supers)
            total = n_sup + len(cls.methods)
            a = cls.tyvar
            for i, (m, s) in enumerate(cls.methods):
                names = [self.fresh() for _ in range(total)]
                field: c.Expr = c.Var(names[n_sup + i])
                for v in s.vars:
                    field = c.TyApp(field, c.TVar(v))
                mt = self.method_type(s.type, s.preds)
                d = self.fresh()
                body: c.Expr = c.Case(c.Var(d), mt, (c.Alt(field, con="D$" + cls.name, vars=tuple(names)),))
                body = c.Lam(d, c.TCon("D$" + cls.name, (c.TVar(a),)), body)
                t: c.Type = c.TFun(c.TCon("D$" + cls.name, (c.TVar(a),)), mt)
                for v in reversed(s.vars):
                    body = c.TyLam(v, body)
                    t = c.TForall(v, t)
                internal = cls.prefix + m
                out.append(c.Bind(internal, c.TForall(a, t), c.TyLam(a, body)))
        return out

    def dfun(self, info: InstInfo) -> c.Bind:
        cls = self.ck.classes[info.cls]
        inst_type = apply(TCn(info.tycon), [TRig(v) for v in info.vars])
        ct = self.ctype(inst_type)
        this: c.Expr = c.Var(info.dfun)
        for v in info.vars:
            this = c.TyApp(this, c.TVar(v))
        for p in info.dict_params:
            this = c.App(this, c.Var(p))
        fields: list[c.Expr] = [self.evidence(h) for h in info.supers]
        for m, s in cls.methods:
            tyargs = [c.TVar(v) for v in s.vars]
            if m in info.methods:
                e: c.Expr = c.Var(info.methods[m])
                for v in info.vars:
                    e = c.TyApp(e, c.TVar(v))
                for ta in tyargs:
                    e = c.TyApp(e, ta)
                for p in info.dict_params:
                    e = c.App(e, c.Var(p))
            elif m in cls.defaults:
                e = c.TyApp(c.Var(cls.defaults[m]), ct)
                for ta in tyargs:
                    e = c.TyApp(e, ta)
                e = c.App(e, this)
            else:
                own = [(pc, subst_rigid(pt, {cls.tyvar: inst_type})) for pc, pt in s.preds]
                mt = self.method_type(subst_rigid(s.type, {cls.tyvar: inst_type}), own)
                message = f"No instance nor default method for class operation {m}"
                if info.head is not None and self.in_program(info.head):
                    # GHC's report names the instance's head: `t.hs:5:10-18: No instance nor ...`
                    message = f"{info.head.file}:{ghc_span(info.head)}: {message}"
                    self.reported.add(message)
                e = self.fail(mt, message)
            for v in reversed(s.vars):
                e = c.TyLam(v, e)
            fields.append(e)
        body: c.Expr = c.Con("D$" + info.cls, (ct,), tuple(fields))
        t: c.Type = c.TCon("D$" + info.cls, (ct,))
        for p, (pc, pt) in reversed(list(zip(info.dict_params, info.context, strict=True))):
            body = c.Lam(p, self.dict_type(pc, pt), body)
            t = c.TFun(self.dict_type(pc, pt), t)
        for v in reversed(info.vars):
            body = c.TyLam(v, body)
            t = c.TForall(v, t)
        return c.Bind(info.dfun, t, body)

    # ---- the program ----

    def top_binds(
        self, groups: list[Group], methods: list[Binding], classes: list[str], insts: list[InstInfo]
    ) -> list[c.Bind]:
        binds = self.group_binds(groups)
        for b in methods:
            mono = c.Bind(b.internal, self.ctype(b.type), self.binding_body(b))
            binds.append(c.Bind(b.internal, self.wrap_type(b, mono.type), self.wrap(b, mono.expr)))
        binds.extend(self.selectors(classes))
        binds.extend(self.dfun(info) for info in insts)
        return binds

    def program(self) -> c.Program:
        state = self.checked.state
        prelude = _PRELUDE_BINDS.get(id(state))
        if prelude is None:
            prelude = self.top_binds(
                self.ck.top_groups[: len(state.groups)],
                self.ck.method_bindings[: state.n_methods],
                [n for n in self.ck.classes if n in state.classes],
                self.ck.inst_order[: state.n_insts],
            )
            prelude = prelude + self.spec_binds
            self.spec_binds = []
            _PRELUDE_SPECS.clear()
            _PRELUDE_SPECS[id(state)] = dict(self.specs)
            _PRELUDE_BINDS.clear()
            _PRELUDE_BINDS[id(state)] = prelude
            _PRELUDE_REFS.clear()
            for b in prelude:
                _free(b.expr, _PRELUDE_REFS.setdefault(id(b), set()))
        else:
            self.specs.update(_PRELUDE_SPECS.get(id(state), {}))  # a program's calls use the Prelude's copies
        binds = prelude + self.top_binds(
            self.ck.top_groups[len(state.groups) :],
            self.ck.method_bindings[state.n_methods :],
            [n for n in self.ck.classes if n not in state.classes],
            self.ck.inst_order[state.n_insts :],
        )
        main = self.checked.main_internal
        f, r, world = self.fresh(), self.fresh(), self.fresh()
        main_bind = next(b for g in self.ck.top_groups for b in g.binds if b.internal == main)
        at = main_type_arguments(main_bind)
        main_t = self.ctype(subst_rigid(main_bind.type, at))
        assert isinstance(main_t, c.TCon)
        action: c.Expr = c.Var(main)
        for v in main_bind.tyvars:  # a main without a signature, generalised
            action = c.TyApp(action, self.ctype(at[v]))
        res = c.TCon("R'", main_t.args)
        run = c.Case(
            action,
            c.INT,
            (
                c.Alt(
                    c.Case(c.App(c.Var(f), c.Lit(0)), c.INT, (c.Alt(c.Lit(0), con="R'", vars=(r, world)),)),
                    con="IO",
                    vars=(f,),
                ),
            ),
        )
        del res
        binds = binds + self.spec_binds
        reachable = _reachable(binds, run, _PRELUDE_REFS)
        texts = {name: message for message, name in self.failures.items()}
        kept = tuple(self.with_message(b, texts) for b in binds if b.name in reachable)
        return c.Program(tuple(self.datas), c.LetRec(kept, run))


def _show_pat(p: A.Pat, top: bool = False) -> str:
    """A pattern as GHC prints it in a failed pattern binding's message (`a : b : _`, `Just (x, y)`):
    constructor applications and infix constructors in parentheses where they are an argument."""
    match p:
        case A.PVar(name):
            return name
        case A.PWild():
            return "_"
        case A.PLit(value, kind):
            if kind == "char":
                return repr(value)
            if kind == "string":
                return '"' + str(value) + '"'
            return str(value)
        case A.PCon("[]", []):
            return "[]"
        case A.PCon(name, args) if name.startswith("(,"):
            return "(" + ", ".join(_show_pat(a, True) for a in args) + ")"
        case A.PCon(name, [left, right]) if not name[0].isalpha():
            items: list[A.Pat] = []
            rest: A.Pat = p
            while isinstance(rest, A.PCon) and rest.name == ":" and len(rest.args) == 2:
                items.append(rest.args[0])
                rest = rest.args[1]
            if name == ":" and isinstance(rest, A.PCon) and rest.name == "[]":
                return "[" + ", ".join(_show_pat(a, True) for a in items) + "]"
            shown = f"{_show_pat(left)} {name} {_show_pat(right, name == ':')}"
            return shown if top else f"({shown})"
        case A.PCon(name, args):
            shown = " ".join([name, *(_show_pat(a) for a in args)])
            return shown if top or not args else f"({shown})"
        case A.PAs(name, inner):
            return f"{name}@{_show_pat(inner)}"
        case A.PLazy(inner):
            return f"~{_show_pat(inner)}"
        case A.PBang(inner):
            return f"!{_show_pat(inner)}"
        case A.PRec(con, fields):
            return con + " {" + ", ".join(f"{f} = {_show_pat(q, True)}" for f, q in fields) + "}"
    return "_"


def _pat_var_nodes(p: A.Pat) -> list[A.PVar | A.PAs]:
    """The pattern's variables (and as-patterns' names), as the nodes the checker named."""
    match p:
        case A.PVar():
            return [p]
        case A.PAs(_, inner):
            return [p, *_pat_var_nodes(inner)]
        case A.PLazy(inner) | A.PBang(inner):
            return _pat_var_nodes(inner)
        case A.PCon(_, args):
            return [v for a in args for v in _pat_var_nodes(a)]
        case A.PRec(_, fields):
            return [v for _, a in fields for v in _pat_var_nodes(a)]
    return []


def _rhs_end(rhs: A.Rhs) -> Span:
    """The span of the last thing a right side holds (its where bindings' last, or its last expression):
    where GHC's span of the equation or alternative ends."""
    last: Span = rhs.span  # to the end of its last expression (with a parenthesis around it)
    for d in rhs.where:
        end = _rhs_end(d.rhs) if isinstance(d, A.DClause | A.DPatBind) else d.span
        if (end.end_line, end.end_column) > (last.end_line, last.end_column):
            last = end
    return last


def _named_failure(e: c.Expr) -> bool:
    """A failed match's report by name (Elaborator.fail): as cheap to refer to twice as a variable."""
    return isinstance(e, c.TyApp) and isinstance(e.fn, c.Var) and e.fn.name.startswith("fail@")


def _free(e: c.Expr, out: set[str]) -> None:
    stack: list[c.Expr] = [e]
    while stack:
        x = stack.pop()
        match x:
            case c.Var(name):
                out.add(name)
            case c.Lam(_, _, body, _) | c.TyLam(_, body) | c.At(_, body):
                stack.append(body)
            case c.App(f, a):
                stack.append(f)
                stack.append(a)
            case c.TyApp(f, _):
                stack.append(f)
            case c.Let(b, body):
                stack.append(b.expr)
                stack.append(body)
            case c.LetRec(bs, body):
                stack.extend(b.expr for b in bs)
                stack.append(body)
            case c.Con(_, _, args) | c.Prim(_, args):
                stack.extend(args)
            case c.Case(s, _, alts):
                stack.append(s)
                stack.extend(alt.body for alt in alts)


def _reachable(binds: list[c.Bind], main: c.Expr, known: dict[int, set[str]]) -> set[str]:
    """The names of the bindings main reaches; `known`: the names some bindings refer to (by their ids)."""
    by_name = {b.name: b for b in binds}
    seen: set[str] = set()
    todo: set[str] = set()
    _free(main, todo)
    while todo:
        n = todo.pop()
        if n in seen or n not in by_name:
            continue
        seen.add(n)
        b = by_name[n]
        refs = known.get(id(b))
        if refs is None:
            refs = set()
            _free(b.expr, refs)
        todo |= refs - seen
    return seen


def elaborate_checked(checked: object, diags: DiagnosticBag) -> c.Program | None:
    assert isinstance(checked, Checked)
    try:
        return Elaborator(checked).program()
    except HsError as exc:
        diags.error(exc.code, exc.message, exc.span)
        return None


def lower(program: object, diags: DiagnosticBag) -> Module:
    assert isinstance(program, c.Program)
    return core_to_ir(program, MADE_BY)
