"""Type inference for the Haskell subset: Hindley-Milner with let-polymorphism over binding groups found by
dependency analysis, type signatures checked (with their contexts as given dictionaries), type classes
(superclasses, default methods, instances with contexts, deriving Show/Eq/Ord), defaulting to Integer as
GHC defaults, and the monomorphism restriction as GHC applies it (a binding without arguments and without a
signature does not generalise its constrained type variables).

The checker annotates the tree for the elaboration (lower.py): the type of every expression and pattern, each
variable occurrence's instantiation (its type arguments and the dictionaries it needs, as holes whose
evidence is found at generalisation), each binding group's quantified variables and dictionary parameters.
Syntactic sugar (do, comprehensions, sequences, sections, records, where) is desugared here into the
smaller language the checker and the elaboration share; the desugared form of a node is kept by node.

Errors are diagnostics with GHC's wording: `Variable not in scope: x`, `Couldn't match expected type ‘Int’
with actual type ‘[Char]’` naming the expression, `No instance for (Show (a -> a))`, `Ambiguous type
variable`.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.haskell import ast as A
from compilers.frontends.haskell.parser import type_spine
from compilers.frontends.haskell.types import (
    BOOL,
    CHAR,
    DOUBLE,
    INTEGER,
    LIST,
    Namer,
    Scheme,
    TAp,
    TCn,
    TMeta,
    TRig,
    Type,
    apply,
    fn,
    fns,
    list_of,
    metas,
    prune,
    rigids,
    show_type,
    spine,
    split_fn,
    subst_rigid,
    tuple_con,
    zonk,
)

NUMERIC_CLASSES = frozenset({"Num", "Integral", "Fractional", "Floating", "RealFrac", "Real", "RealFloat"})
MAX_TUPLE = 15  # GHC's Show, Eq and Ord instances of tuples go up to 15 components
# The Prelude's functions that GHC's Foldable lets take a Map, a Maybe, an Either or a pair:
# list functions here, given a container's elements as a list (Checker.foldable_use).
FOLDABLE_FUNCTIONS = frozenset(
    [
        "foldMap",
        "sum",
        "product",
        "length",
        "maximum",
        "minimum",
        "elem",
        "notElem",
        "null",
        "foldr",
        "foldl",
        "foldr1",
        "foldl1",
        "foldl'",
        "foldr'",
        "mapM_",
        "forM_",
        "sequence_",
        "concat",
        "concatMap",
        "and",
        "or",
        "any",
        "all",
        "maximumBy",
        "minimumBy",
        "find",
        "toList",
        "for_",
        "traverse_",
        "sequenceA_",
    ]
)
# The Foldable functions that stop on an empty container: a container that is not a list is listed by the
# class's foldableNonEmpty' given the function's number here (prelude.hs's emptyName'), which stops with
# GHC's message for the function and the container.
EMPTY_STRUCTURE_FUNCTIONS = ("maximum", "minimum", "foldr1", "foldl1", "maximumBy", "minimumBy")


CONSTRAINT_ERRORS = frozenset({"no_instance", "ambiguous"})
# What GHC says of an instance head other than a type constructor applied to distinct variables.
FLEXIBLE = (
    "(All instance types must be of the form (T a1 ... an) where a1 ... an are distinct type variables;"
    " FlexibleInstances, which would allow it, is not in this subset of Haskell: wrap the type in a newtype)"
)


class HsError(Exception):
    def __init__(self, message: str, span: Span, code: str = "type_mismatch") -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.code = code
        self.also: list[HsError] = []  # the program's other errors, reported after this one
        # A mismatch's message written again from its types, once more of them are known (GHC writes its
        # messages at the end, with every type found by then).
        self.rewrite: Callable[[], str] | None = None
        # Errors found after this one in the same binding, in the application's other arguments
        self.more: list[HsError] = []


# ---------------------------------------------------------------- records of the checker


class Hole:
    """A dictionary wanted at a use: its class and type, and the evidence found for it."""

    __slots__ = ("cls", "evidence", "origin", "span", "type")

    def __init__(self, cls: str, type_: Type, span: Span, origin: str) -> None:
        self.cls = cls
        self.type = type_
        self.span = span
        self.origin = origin
        # ("param", name) | ("inst", dfun, [types], [Hole]) | ("super", evidence, class, index)
        self.evidence: tuple | None = None


@dataclass(slots=True)
class ConInfo:
    name: str
    tycon: str
    tag: int
    params: list[str]  # rigid names of the type's parameters
    fields: list[Type]  # over TRig(params)
    strict: list[bool]
    field_names: list[str] | None
    fixity: tuple[str, int] | None  # a constructor declared infix (`a :+ b`, a `Plus` b)
    newtype: bool = False  # a newtype's: matching it does not evaluate the value

    @property
    def result(self) -> Type:
        return apply(TCn(self.tycon), [TRig(p) for p in self.params])

    def scheme(self) -> Scheme:
        return Scheme(list(self.params), [], fns(self.fields, self.result))


@dataclass(slots=True)
class DataInfo:
    name: str
    params: list[str]
    cons: list[ConInfo]


@dataclass(slots=True)
class ClassInfo:
    name: str
    tyvar: str  # rigid name of the class variable
    supers: list[str]
    methods: list[tuple[str, Scheme]]  # the method's own scheme without the class: vars after tyvar
    defaults: dict[str, str] = field(default_factory=dict)  # method -> internal name of its default
    prefix: str = ""  # the internal names of the class's methods: prefix + name


@dataclass(slots=True)
class InstInfo:
    cls: str
    tycon: str
    vars: list[str]  # rigid names
    context: list[tuple[str, Type]]
    dfun: str
    methods: dict[str, str] = field(default_factory=dict)  # method -> internal name of the implementation
    supers: list[Hole] = field(default_factory=list)
    dict_params: list[str] = field(default_factory=list)
    head: Span | None = None  # `C T` of the program's `instance C T where`: GHC's place for a missing method


@dataclass(slots=True)
class Global:
    internal: str
    scheme: Scheme
    kind: str  # "fun" (a binding), "con", "prim", "method"


@dataclass(slots=True)
class Local:
    internal: str
    scheme: Scheme
    kind: str  # "lam" (monomorphic), "let" (a generalised local binding), "mono" (inside its own group)


@dataclass(slots=True)
class Inst:
    """A variable occurrence: what it names, its type arguments and dictionaries."""

    kind: str  # "global", "con", "prim", "lam", "let", "mono"
    internal: str
    tyargs: list[Type]
    holes: list[Hole]


@dataclass(slots=True)
class FoldableUse:
    """A Foldable function of the Prelude's used at a container its binding group's inference finds."""

    node: A.EVar
    name: str  # the Prelude's name: sum, foldr, mapM_, ...
    container: Type  # t of its parameter `t a`
    index: int  # that parameter's position
    type: Type  # the use's type
    list_type: Type  # the list function's type at this use (its parameter `[a]`)
    scope: Scope
    restricted: bool = False  # its container left open by the monomorphism restriction


@dataclass(slots=True)
class Binding:
    """One binder of a binding group."""

    name: str
    internal: str
    decls: list[A.DClause]  # the equations (empty for a pattern binding's variable)
    sig: Scheme | None
    type: Type  # its monomorphic type inside the group (rigids for generalised variables)
    tyvars: list[str] = field(default_factory=list)
    dicts: list[tuple[str, Hole]] = field(default_factory=list)
    group: list[Binding] = field(default_factory=list)
    patbind: A.DPatBind | None = None


@dataclass(slots=True)
class PatBindInfo:
    decl: A.DPatBind
    internal: str  # the whole value's name
    type: Type
    vars: list[Binding]
    locals: dict[str, str] = field(default_factory=dict)  # variable -> its name inside the pattern


@dataclass(slots=True)
class Group:
    """A binding group in elaboration order: its binders, and the pattern bindings among them."""

    binds: list[Binding]
    patbinds: list[PatBindInfo]


class Scope:
    __slots__ = ("parent", "vars")

    def __init__(self, parent: Scope | None) -> None:
        self.parent = parent
        self.vars: dict[str, Local] = {}

    def lookup(self, name: str) -> Local | None:
        s: Scope | None = self
        while s is not None:
            found = s.vars.get(name)
            if found is not None:
                return found
            s = s.parent
        return None


# ---------------------------------------------------------------- the checker


class Checker:
    mono_local = True  # local bindings keep their constrained type variables (see infer_group)

    def __init__(self) -> None:
        self.level = 0
        self.counter = itertools.count(1)
        self.types: dict[int, Type] = {}  # id(expr or pattern) -> type
        self.insts: dict[int, Inst] = {}  # id(EVar/ECon) -> its instantiation
        self.sugar: dict[int, A.Expr] = {}  # id(sugared expr) -> its desugared form
        self.lit_holes: dict[int, list[Hole]] = {}  # id(literal) -> [Num or Fractional, (Eq)]
        self.groups: dict[int, list[Group]] = {}  # id(decl list) -> its groups in order
        self.datas: dict[str, DataInfo] = {}
        self.cons: dict[str, ConInfo] = {}
        self.synonyms: dict[str, tuple[list[str], A.Type]] = {}
        self.classes: dict[str, ClassInfo] = {}
        self.instances: dict[tuple[str, str], InstInfo] = {}
        self.inst_order: list[InstInfo] = []
        self.globals: dict[str, Global] = {}
        self.wanted: list[Hole] = []
        self.givens: list[tuple[str, Hole]] = []  # (dictionary parameter, its class and type)
        self.fixities: dict[str, tuple[str, int]] = {}
        self.top_groups: list[Group] = []
        self.method_bindings: list[Binding] = []  # instance methods and default methods
        self.pat_sugar: dict[int, A.Pat] = {}  # id(record pattern) -> its positional form
        self.pat_insts: dict[int, Inst] = {}  # id(constructor pattern) -> its instantiation
        self.pat_names: dict[int, str] = {}  # id(PVar or PAs) -> the variable's internal name
        self.top_prefix = ""
        self.last_groups: list[Group] = []
        self.scope_errors: list[HsError] = []  # names not in scope, reported together
        self.type_errors: list[HsError] = []  # the first of each top-level binding group, reported together
        # The program's types and classes: the name it writes (`Map`, `M.Map`) -> the checker's (None while
        # the Prelude is checked: every name its own); the Prelude file's constructors it has not imported.
        self.type_names: dict[str, str] | None = None
        self.hidden_cons: frozenset[str] = frozenset()
        # The program's constructors with the name of one of the Prelude file's: the name it writes -> the
        # checker's (`Nothing` after `import Prelude hiding (Maybe (..))`).
        self.con_names: dict[str, str] = {}
        # A type, class or constructor of the program that an import also brings unqualified: its name ->
        # GHC's "Ambiguous occurrence" message, given at each use outside the derived instances.
        self.ambiguous_types: dict[str, str] = {}
        self.ambiguous_cons: dict[str, str] = {}
        self.derived_spans: frozenset[Span] = frozenset()  # the derived instances' (derive.py): no use
        # The uses of the Prelude's Foldable functions whose container type is found by inference: each
        # becomes, at its binding group's end, the list function itself or one that lists its container.
        self.foldable_uses: list[FoldableUse] = []
        self.var_spans: dict[tuple[int, str], Span] = {}  # (id(scope), pattern variable) -> where bound
        # A local binding kept monomorphic in its constrained type variables (mono_local): the program's
        # meaning may then differ from Haskell 2010's, which program.check_module decides.
        self.mono_held = False
        # The local bindings generalised with dictionaries (mono_local off): their internal names.
        self.local_poly: set[str] = set()
        # The type variable of a binding whose group failed (forall a. a), and the metas its uses made: a
        # type variable that is one of those is not reported ambiguous (GHC has the binding's own type).
        self.failed_tyvars: set[str] = set()
        self.failed_metas: list[TMeta] = []
        # A name the program may not use unqualified: defined by it and imported, or imported twice as two
        # different things (name -> GHC's "Ambiguous occurrence" message).
        self.ambiguous_names: dict[str, str] = {}
        # The module each unqualified imported name comes from, for GHC's "Perhaps you meant" of a name
        # not in scope.
        self.name_modules: dict[str, str] = {}
        # The Prelude's names, which the syntax's desugaring (`do`, sequences, negation) and derived
        # instances mean whatever the program defines, hides or imports (set once the Prelude is checked).
        self.prelude_names: dict[str, Global] = {}
        self.syntax_ids: set[int] = set()  # id(EVar) of the desugaring's names
        self.syntax_origins: dict[int, str] = {}  # what a desugaring's name stands for in GHC's messages
        self.record_updates: set[int] = set()  # id(ECase) of a record update's desugaring
        self.standard_classes: frozenset[str] = frozenset()  # the classes that default (the Prelude's)
        self.builtin_datas()

    def builtin_datas(self) -> None:
        """Bool, lists, () and tuples: data types the syntax names."""
        a = self.fresh_name("a")

        def add(name: str, params: list[str], cons: list[tuple[str, list[Type]]]) -> None:
            info = DataInfo(name, params, [])
            for tag, (cname, fields_) in enumerate(cons):
                con = ConInfo(cname, name, tag, params, fields_, [False] * len(fields_), None, None)
                info.cons.append(con)
                self.cons[cname] = con
                self.globals[cname] = Global(cname, con.scheme(), "con")
            self.datas[name] = info

        add("Bool", [], [("False", []), ("True", [])])
        add("[]", [a], [("[]", []), (":", [TRig(a), list_of(TRig(a))])])
        add("()", [], [("()", [])])
        for n in range(2, MAX_TUPLE + 1):
            ps = [self.fresh_name(v) for v in "abcdefghijklmno"[:n]]
            add(tuple_con(n), ps, [(tuple_con(n), [TRig(p) for p in ps])])

    # ---- helpers ----

    def fresh_name(self, base: str) -> str:
        return f"{base}%{next(self.counter)}"

    def meta(self) -> TMeta:
        return TMeta(self.level)

    def error(self, message: str, span: Span, code: str = "type_mismatch") -> HsError:
        return HsError(message, span, code)

    # ---- unification ----

    def unify(self, a: Type, b: Type) -> None:
        a, b = prune(a), prune(b)
        if a is b:
            return
        if isinstance(a, TMeta):
            self.bind(a, b)
            return
        if isinstance(b, TMeta):
            self.bind(b, a)
            return
        if isinstance(a, TCn) and isinstance(b, TCn) and a.name == b.name:
            return
        if isinstance(a, TRig) and isinstance(b, TRig) and a.name == b.name:
            return
        if isinstance(a, TAp) and isinstance(b, TAp):
            self.unify(a.fun, b.fun)
            self.unify(a.arg, b.arg)
            return
        raise _Mismatch(a, b)

    def bind(self, m: TMeta, t: Type) -> None:
        if isinstance(t, TMeta):
            t.level = min(t.level, m.level)
            m.ref = t
            return
        for inner in metas(t):
            if inner is m:
                raise _Occurs(m, t)
            inner.level = min(inner.level, m.level)
        m.ref = t

    def expect(self, expected: Type, actual: Type, e: A.Expr | A.Pat, span: Span | None = None) -> None:
        try:
            self.unify(expected, actual)
        except _Occurs as exc:
            namer = Namer()
            raise self.error(
                f"Occurs check: cannot construct the infinite type: {show_type(exc.m, namer)} ~ "
                f"{show_type(exc.t, namer)}; in the expression: {A.show_written(e)}",
                span or e.span,
            ) from None
        except _Mismatch:

            def message() -> str:
                namer = Namer()
                namer.rigids_by_age(expected, actual)
                return (
                    f"Couldn't match expected type ‘{show_type(expected, namer)}’ with actual type "
                    f"‘{show_type(actual, namer)}’ in the expression: {A.show_written(e)}"
                )

            err = self.error(message(), span or e.span)
            err.rewrite = message
            raise err from None

    # ---- types from the syntax ----

    def ast_type(self, t: A.Type, tvars: dict[str, Type]) -> Type:
        """A written type; its variables from `tvars` (added as new rigid names when absent)."""
        head, args = type_spine(t)
        if isinstance(head, A.TyCon) and head.span.file != "prelude.hs":  # a Prelude synonym's body: its own
            head = A.TyCon(self.resolve_type(head.name, head.span), head.span)
        if isinstance(head, A.TyCon) and head.name in self.synonyms:
            params, body = self.synonyms[head.name]
            if len(args) < len(params):
                raise self.error(
                    f"The type synonym ‘{head.name}’ should have {len(params)} arguments", t.span
                )
            inner = {p: self.ast_type(a, tvars) for p, a in zip(params, args, strict=False)}
            res = self.ast_type(body, inner)
            return apply(res, [self.ast_type(a, tvars) for a in args[len(params) :]])
        if isinstance(head, A.TyVar):
            if head.name not in tvars:
                tvars[head.name] = TRig(self.fresh_name(head.name))
            h: Type = tvars[head.name]
        else:
            assert isinstance(head, A.TyCon)
            name = head.name
            if name == "String" and "String" not in self.datas:
                h = list_of(CHAR)
            elif (
                name in self.datas
                or name in _BUILTIN_TYPES
                or name.startswith("(,")
                or name in ("->", "[]", "()")
            ):
                h = TCn(name)
            elif name == "Float":
                raise self.error(
                    "the type Float (binary32) is not supported: use Double", head.span, "unsupported"
                )
            else:
                raise self.error(f"Not in scope: type constructor or class ‘{name}’", head.span, "undeclared")
        return apply(h, [self.ast_type(a, tvars) for a in args])

    def resolve_type(self, name: str, span: Span) -> str:
        """The checker's name of a type or class the program writes; not in scope unless it is imported
        or the program's own."""
        if self.type_names is None or name in ("->", "[]", "()") or name.startswith("(,"):
            return name
        found = self.type_names.get(name)
        if found is not None:
            if name in self.ambiguous_types and span not in self.derived_spans:
                # Reported, and checking goes on with the program's own (GHC reports every use).
                self.scope_errors.append(self.error(self.ambiguous_types[name], span, "redeclared"))
            return found
        if name == "Float":
            raise self.error("the type Float (binary32) is not supported: use Double", span, "unsupported")
        message = f"Not in scope: type constructor or class ‘{name}’"
        near = sorted(n for n in self.type_names if n.endswith("." + name))
        if near:  # GHC's suggestion of the qualified name an import brings
            message += f" (perhaps you meant ‘{near[0]}’)"
        raise self.error(message, span, "undeclared")

    def resolve_class(self, name: str, span: Span) -> str:
        name = self.resolve_type(name, span)
        if name not in self.classes:
            raise self.error(f"Not in scope: type constructor or class ‘{name}’", span, "undeclared")
        return name

    def sig_scheme(self, context: list[A.Pred], t: A.Type, tvars: dict[str, Type] | None = None) -> Scheme:
        tv: dict[str, Type] = dict(tvars or {})
        outer = set(tv)
        ty = self.ast_type(t, tv)
        preds = []
        for p in context:
            preds.append((self.resolve_class(p.cls, p.span), self.ast_type(p.type, tv)))
        names = [v.name for k, v in tv.items() if k not in outer and isinstance(v, TRig)]
        return Scheme(names, preds, ty)

    def instantiate(self, s: Scheme, span: Span, origin: str) -> tuple[Type, list[Type], list[Hole]]:
        tyargs: list[Type] = [self.meta() for _ in s.vars]
        mapping = dict(zip(s.vars, tyargs, strict=True))
        if self.failed_tyvars:
            self.failed_metas += [
                m for v, m in mapping.items() if v in self.failed_tyvars and isinstance(m, TMeta)
            ]
        holes = [Hole(c, subst_rigid(t, mapping), span, origin) for c, t in s.preds]
        self.wanted.extend(holes)
        return subst_rigid(s.type, mapping), tyargs, holes

    # ---- declarations: data, synonyms, classes, instances ----

    def declare_data(self, d: A.DData) -> None:
        if d.name in self.datas or d.name in _BUILTIN_TYPES:
            raise self.error(f"Multiple declarations of ‘{d.name}’", d.span, "redeclared")
        self.datas[d.name] = DataInfo(d.name, [], [])

    def define_data(self, d: A.DData) -> None:
        info = self.datas[d.name]
        tv: dict[str, Type] = {}
        for v in d.tyvars:
            tv[v] = TRig(self.fresh_name(v))
        info.params = [t.name for t in tv.values() if isinstance(t, TRig)]
        for tag, c in enumerate(d.cons):
            internal = self.con_names.get(c.name, c.name)
            if internal in self.cons:
                raise self.error(f"Multiple declarations of ‘{c.name}’", c.span, "redeclared")
            fields_ = []
            for f in c.fields:
                known = dict(tv)
                ft = self.ast_type(f, known)
                if len(known) != len(tv):
                    extra = next(k for k in known if k not in tv)
                    raise self.error(f"Not in scope: type variable ‘{extra}’", f.span, "undeclared")
                fields_.append(ft)
            infix = None
            if not c.name[0].isalpha() or (c.field_names is None and _declared_infix(c)):
                infix = self.fixities.get(c.name, ("infixl", 9))
            con = ConInfo(
                internal, d.name, tag, info.params, fields_, c.strict, c.field_names, infix, d.newtype
            )
            info.cons.append(con)
            self.cons[internal] = con
            self.globals[internal] = Global(internal, con.scheme(), "con")

    def declare_class(self, c: A.DClass, prefix: str) -> None:
        tyvar = TRig(self.fresh_name(c.tyvar))
        supers = []
        for p in c.context:
            supers.append(self.resolve_class(p.cls, p.span))
        info = ClassInfo(c.name, tyvar.name, supers, [], prefix=prefix)
        self.classes[c.name] = info
        for d in c.decls:
            if isinstance(d, A.DTypeSig):
                s = self.sig_scheme(d.context, d.type, {c.tyvar: tyvar})
                for pc, pt in s.preds:
                    if rigids(pt, set()) <= {tyvar.name}:
                        raise self.error(
                            f"Constraint ‘{pc} {show_type(pt)}’ in the type of ‘{d.names[0]}’"
                            " constrains only the class type variables. Enable ConstrainedClassMethods"
                            " to allow it",
                            d.span,
                            "unsupported",
                        )
                for name in d.names:
                    info.methods.append((name, s))
                    # A method's own constraints (`cmap :: Ord b => ...`) are dictionaries its uses pass
                    # after the class's: lower.Elaborator.data_decls
                    full = Scheme([tyvar.name, *s.vars], [(c.name, tyvar), *s.preds], s.type)
                    self.globals[name] = Global(prefix + name, full, "method")

    def declare_instance(self, d: A.DInstance, prefix: str) -> InstInfo:
        cls = self.resolve_class(d.cls, d.cls_span or d.span)
        tv: dict[str, Type] = {}
        ty = self.ast_type(d.type, tv)
        head, args = spine(ty)
        if not isinstance(head, TCn) or not all(isinstance(a, TRig) for a in args):
            written = A.show_ast_type(d.type)  # as GHC, the type as written (`Pretty String`), at the head
            if " " in written and written[0] not in "[(":
                written = f"({written})"
            raise self.error(
                f"Illegal instance declaration for ‘{cls} {written}’ {FLEXIBLE}",
                d.cls_span or d.span,
                "unsupported",
            )
        if len({a.name for a in args if isinstance(a, TRig)}) != len(args):
            written = A.show_ast_type(d.type)
            raise self.error(
                f"Illegal instance declaration for ‘{cls} ({written})’ {FLEXIBLE}",
                d.cls_span or d.span,
                "unsupported",
            )
        if head.name == "String" or (head.name == "[]" and not args):
            pass
        key = (cls, head.name)
        if key in self.instances:
            raise self.error(
                f"Duplicate instance declarations: instance {cls} {show_type(ty)}", d.span, "redeclared"
            )
        context = []
        for p in d.context:
            known = dict(tv)
            pt = self.ast_type(p.type, known)
            if len(known) != len(tv):
                raise self.error(
                    "instance context mentions a variable not in its head", p.span, "unsupported"
                )
            context.append((self.resolve_class(p.cls, p.span), pt))
        name = f"{prefix}$f{cls}{_tycon_label(head.name)}"
        info = InstInfo(cls, head.name, [a.name for a in args if isinstance(a, TRig)], context, name)
        info.head = d.head_span
        self.instances[key] = info
        self.inst_order.append(info)
        return info

    # ---- expressions ----

    def infer(self, e: A.Expr, sc: Scope) -> Type:
        t = self._infer(e, sc)
        self.types[id(e)] = t
        return t

    def check(self, e: A.Expr, want: Type, sc: Scope) -> None:
        """e at the type `want`, pushed inside (branches, alternatives, bodies, an application's arguments
        after its result), so that a mismatch is reported at the innermost expression, as GHC reports it."""
        if isinstance(e, _SUGAR):
            desugared = self.desugar(e)
            self.sugar[id(e)] = desugared
            self.check(desugared, want, sc)
            self.types[id(e)] = want
            return
        if isinstance(e, A.EIf):
            self.check(e.cond, BOOL, sc)
            self.check(e.then, want, sc)
            self.check(e.other, want, sc)
        elif isinstance(e, A.ECase):
            st = self.infer(e.scrutinee, sc)
            for alt in e.alts:
                inner = Scope(sc)
                self.expect(st, self.infer_pat(alt.pat, inner), alt.pat)
                self.infer_rhs(alt.rhs, want, inner)
        elif isinstance(e, A.ELet):
            self.check(e.body, want, self.infer_decls(e.decls, sc))
        elif isinstance(e, A.EApp) and self.check_app(e, want, sc):
            pass
        else:
            self.expect(want, self.infer(e, sc), e)
            return
        self.types[id(e)] = want

    def check_app(self, e: A.EApp, want: Type, sc: Scope) -> bool:
        """An application checked against `want`: its result first, then each argument against its
        parameter. False (nothing done) when the function's type does not show enough parameters."""
        args: list[A.EApp] = []
        head: A.Expr = e
        while isinstance(head, A.EApp):
            args.append(head)
            head = head.fun
        args.reverse()
        ft = self.infer(head, sc)
        params = []
        t = ft
        for _ in args:
            parts = split_fn(t)
            if parts is None:
                return self._check_app_rest(head, ft, args, want, sc)
            params.append(parts[0])
            t = parts[1]
        # The arguments first, then the result, as GHC 9.0 checks an application; when an argument fails and
        # the result would fail too, the result's mismatch is the one reported (GHC reports both, the
        # result's first, at the application's start).
        result = ft
        if id(head) in self.syntax_ids:  # a list literal's elements: each against the list's element type
            self.expect(want, t, e)
        for i, (node, pt) in enumerate(zip(args, params, strict=True)):
            try:
                self.check(node.arg, pt, sc)
            except HsError as exc:
                if exc.code != "type_mismatch":
                    raise
                raise self.app_errors(exc, args[i + 1 :], params[i + 1 :], e, want, t, sc) from None
            parts = split_fn(result)
            assert parts is not None
            result = parts[1]
            self.types[id(node)] = result
        self.expect(want, t, e)
        return True

    def app_errors(
        self,
        failed: HsError,
        later: list[A.EApp],
        later_types: list[Type],
        e: A.EApp,
        want: Type,
        result: Type,
        sc: Scope,
    ) -> HsError:
        """An application whose argument failed: as GHC, its result's mismatch (reported first where it is
        before the argument; after it at the same place) and the other arguments' too (two statements of a
        `do`, both sides of `++`), each message naming the types as they are once all are checked
        (`head s ++ "x"` at String: expected ‘[Char]’, not ‘[a0]’)."""
        errors = [failed]
        try:
            self.expect(want, result, e)
        except HsError as exc:
            errors.append(exc)  # after the argument's when both are at the application's start, as GHC's
        for node, pt in zip(later, later_types, strict=True):
            try:
                self.check(node.arg, pt, sc)
            except HsError as exc:
                if exc.code == "type_mismatch":
                    errors.append(exc)
        found = [x for err in errors for x in (err, *err.more)]
        for err in found:
            err.more = []
            if err.rewrite is not None:
                err.message = err.rewrite()
        found[0].more = found[1:]
        return found[0]

    def _check_app_rest(self, head: A.Expr, ft: Type, args: list[A.EApp], want: Type, sc: Scope) -> bool:
        t = ft
        for node in args:
            parts = split_fn(t)
            if parts is None:
                res = self.meta()
                arg_t = self.infer(node.arg, sc)
                try:
                    self.unify(t, fn(arg_t, res))
                except (_Mismatch, _Occurs):
                    namer = Namer()
                    raise self.error(
                        f"Couldn't match expected type ‘{show_type(t, namer)}’ with a function of one more "
                        f"argument: ‘{A.show_written(node.fun)}’ is applied to too many arguments in the "
                        f"expression: {A.show_written(node)}",
                        node.span,
                    ) from None
                t = res
            else:
                self.check(node.arg, parts[0], sc)
                t = parts[1]
            self.types[id(node)] = t
        self.expect(want, t, args[-1])
        return True

    def _infer(self, e: A.Expr, sc: Scope) -> Type:
        if isinstance(e, A.EVar):
            return self.infer_var(e, sc)
        if isinstance(e, A.ECon):
            return self.infer_con(e)
        if isinstance(e, A.ELit):
            return self.infer_lit(e)
        if isinstance(e, A.EApp):
            ft = self.infer(e.fun, sc)
            parts = split_fn(ft)
            if parts is None:
                res = self.meta()
                arg_t = self.infer(e.arg, sc)
                try:
                    self.unify(ft, fn(arg_t, res))
                except (_Mismatch, _Occurs):
                    namer = Namer()
                    raise self.error(
                        f"Couldn't match expected type ‘{show_type(ft, namer)}’ with a function of one more "
                        f"argument: ‘{A.show_written(e.fun)}’ is applied to too many arguments in the "
                        f"expression: "
                        f"{A.show_written(e)}",
                        e.span,
                    ) from None
                return res
            self.check(e.arg, parts[0], sc)
            return parts[1]
        if isinstance(e, A.ELam):
            inner = Scope(sc)
            arg_types = [self.infer_pat(p, inner) for p in e.pats]
            return fns(arg_types, self.infer(e.body, inner))
        if isinstance(e, A.ELet):
            inner = self.infer_decls(e.decls, sc)
            return self.infer(e.body, inner)
        if isinstance(e, A.EIf):
            self.check(e.cond, BOOL, sc)
            t = self.infer(e.then, sc)
            self.check(e.other, t, sc)
            return t
        if isinstance(e, A.ECase):
            st = self.infer(e.scrutinee, sc)
            res = self.meta()
            for alt in e.alts:
                inner = Scope(sc)
                pt = self.infer_pat(alt.pat, inner)
                self.expect(st, pt, alt.pat)
                self.infer_rhs(alt.rhs, res, inner)
            return res
        if isinstance(e, A.ETyped):
            tv: dict[str, Type] = {}
            s = self.sig_scheme(e.context, e.type, tv)
            t, _, _ = self.instantiate(s, e.span, "an expression type signature")
            self.check(e.expr, t, sc)
            return t
        if isinstance(e, A.EPatOnly):
            what = "Found hole: _" if isinstance(e.pat, A.PWild) else "pattern syntax in expression context"
            if isinstance(e.pat, A.PBang):  # GHC's words
                what = f"Bang pattern in expression context: {A.show_expr(e.pat)}"
            raise self.error(what, e.span, "syntax")
        desugared = self.desugar(e)
        self.sugar[id(e)] = desugared
        return self.infer(desugared, sc)

    def infer_var(self, e: A.EVar, sc: Scope) -> Type:
        name = e.name
        qualified = "." in name and name[0].isupper()
        local = sc.lookup(name) if not qualified else None
        if name.startswith("Main.") and len(name) > 5:
            local = self.lookup_top(name[5:], sc)  # the program's own top-level binding, by its module
        elif self.prelude_names and (id(e) in self.syntax_ids or e.span.file == "<derived>"):
            g = self.prelude_names.get(name)
            if g is not None and (local is None or local.internal == name):  # not the derived code's own
                t, tyargs, holes = self.instantiate(g.scheme, e.span, self.syntax_origins.get(id(e), name))
                self.insts[id(e)] = Inst("global", g.internal, tyargs, holes)
                if name in FOLDABLE_FUNCTIONS:
                    return self.foldable_use(e, name, t, sc)  # an instance method's body (derive.py)
                return t
        elif local is not None and local.internal == name and name in self.ambiguous_names:
            # The program's top-level binding (the one kind of local whose internal name is its own) with
            # the name of an imported one.
            self.scope_errors.append(self.error(self.ambiguous_names[name], e.span, "redeclared"))
        if local is not None:
            if local.kind in ("lam", "mono"):
                self.insts[id(e)] = Inst(local.kind, local.internal, [], [])
                return local.scheme.type
            t, tyargs, holes = self.instantiate(local.scheme, e.span, name)
            self.insts[id(e)] = Inst("let", local.internal, tyargs, holes)
            return t
        try:
            g = self.lookup_global(name, e.span, sc)
        except HsError as exc:
            # Reported, and checking goes on (GHC reports every name out of scope at once).
            self.scope_errors.append(exc)
            t = self.meta()
            self.insts[id(e)] = Inst("lam", name, [], [])
            return t
        t, tyargs, holes = self.instantiate(g.scheme, e.span, name)
        self.insts[id(e)] = Inst("prim" if g.kind == "prim" else "global", g.internal, tyargs, holes)
        base = name.rsplit(".", 1)[-1]
        prelude = self.prelude_names.get(base) if base in FOLDABLE_FUNCTIONS else None
        if prelude is not None and prelude.internal == g.internal:
            return self.foldable_use(e, base, t, sc)
        return t

    def foldable_use(self, e: A.EVar, base: str, t: Type, sc: Scope) -> Type:
        """A Foldable function of the Prelude's (`sum`, `foldr`, `mapM_`, ...) at any container type: its
        list parameter `[a]` becomes `t a`, t found by inference (resolve_foldable_uses)."""
        params: list[Type] = []
        res = t
        while (parts := split_fn(res)) is not None:
            params.append(parts[0])
            res = parts[1]
        lists = [i for i, p in enumerate(params) if spine(p)[0] == LIST and len(spine(p)[1]) == 1]
        if not lists:
            return t
        index = lists[-1]
        container = TMeta(self.level, "t")
        params[index] = TAp(container, spine(params[index])[1][0])
        typed = fns(params, res)
        self.foldable_uses.append(FoldableUse(e, base, container, index, typed, t, sc))
        return typed

    def resolve_foldable_uses(self, generalise: bool = False, restricted: bool = False) -> None:
        """At a binding group's end: each Foldable use whose container is now known to be a list is the list
        function itself; one at another container (a Maybe, a Map, a program's `instance Foldable`, a
        signature's `Foldable t`) is given the list of its elements (list_foldable_use). A container the
        group's type would generalise is the Foldable dictionary's when the group generalises its
        constrained type variables (`generalise`), else it stays open, found where the binding is used
        (GHC's monomorphism restriction, and a first try at one container type: program.check_module);
        at the module's end one nothing has fixed is a list, or GHC's ambiguity under the restriction."""
        pending: list[FoldableUse] = []
        for use in self.foldable_uses:
            head, _ = spine(use.container)
            if head == LIST:
                continue
            if isinstance(head, TMeta):
                if head.level < self.level:
                    pending.append(use)
                    continue
                if self.level == 0 and use.restricted:  # GHC names it by the t of the function's type
                    raise self.error(
                        f"Ambiguous type variable t0 arising from a use of ‘{use.name}’ prevents the"
                        " constraint ‘(Foldable t0)’ from being solved.",
                        use.node.span,
                        "ambiguous",
                    )
                if self.level == 0:
                    head.ref = LIST
                    continue
                if not generalise:
                    head.level = self.level - 1
                    use.restricted |= restricted
                    pending.append(use)
                    continue
            self.list_foldable_use(use)
        self.foldable_uses = pending

    def list_foldable_use(self, use: FoldableUse) -> None:
        """The use `f` becomes `\\x0 .. xn -> f x0 .. (foldableToList' xn)`: the list function with the
        class's method at its container parameter (at a known type, the instance's lister called directly;
        maximum and the others that stop on an empty container list it with foldableNonEmpty' 0, ...).
        The use keeps its instantiation: the lambda is inferred with `f` a parameter (its holes are the
        group's where it was used), which is then taken out."""
        span = use.node.span
        fun = A.EVar(use.name, span)  # the use itself, its instantiation kept
        self.insts[id(fun)] = self.insts[id(use.node)]
        self.types[id(fun)] = use.list_type
        stops = use.name in EMPTY_STRUCTURE_FUNCTIONS
        method = A.EVar("foldableNonEmpty'" if stops else "foldableToList'", span)
        self.syntax_ids.add(id(method))  # the Prelude file's, whatever the program hides
        self.syntax_origins[id(method)] = use.name
        lister: A.Expr = method
        if stops:
            number = A.ELit(EMPTY_STRUCTURE_FUNCTIONS.index(use.name), "int", span)
            lister = A.EApp(method, number, span)
        params = [f"fold%{k}" for k in range(use.index + 1)]
        body: A.Expr = A.EVar("fold%f", span)
        for k, param in enumerate(params):
            arg: A.Expr = A.EVar(param, span)
            body = A.EApp(body, A.EApp(lister, arg, span) if k == use.index else arg, span)
        lam = A.ELam([A.PVar(p, span) for p in ["fold%f", *params]], body, span)
        self.expect(self.infer(lam, use.scope), fn(use.list_type, use.type), use.node)
        head = body
        assert isinstance(head, A.EApp)
        while isinstance(head.fun, A.EApp):
            head = head.fun
        head.fun = fun
        lam.pats = lam.pats[1:]
        self.types[id(lam)] = use.type
        self.sugar[id(use.node)] = lam

    def lookup_top(self, name: str, sc: Scope) -> Local | None:
        s: Scope | None = sc
        while s is not None:
            found = s.vars.get(name)
            if found is not None and found.internal == name:
                return found
            s = s.parent
        return None

    def lookup_global(self, name: str, span: Span, sc: Scope | None = None) -> Global:
        if name.startswith("Main."):
            g = self.globals.get(name[5:])
            if g is not None and g.kind == "method" and g.internal == name[5:]:
                return g  # a method of the program's own class (the Prelude's are named P.…)
        if name in self.ambiguous_names:
            raise self.error(self.ambiguous_names[name], span, "redeclared")
        g = self.globals.get(self.resolve_name(name))
        if g is None or g.kind == "con":
            if name[0].isupper() and "." in name:
                raise self.error(f"Not in scope: ‘{name}’", span, "undeclared")
            raise self.error(f"Variable not in scope: {name}{self.perhaps(name, sc)}", span, "undeclared")
        return g

    def perhaps(self, name: str, sc: Scope | None) -> str:
        """GHC's suggestion for a name not in scope: the names in scope nearest it, the program's (with
        the line of their definition) and the imported ones (its fuzzyLookup: a restricted
        Damerau-Levenshtein distance of at most a quarter of the name's length plus 2, the nearest
        three)."""
        limit = (len(name) + 2) // 4
        if limit == 0 or "." in name:
            return ""
        where = {n: f"imported from {m}" for n, m in self.name_modules.items()}
        while sc is not None:
            for n in sc.vars:
                span = self.var_spans.get((id(sc), n))
                if span is not None and n not in where and "%" not in n:
                    where[n] = f"line {span.line}"
            sc = sc.parent
        found = sorted((d, n) for n in where if (d := _distance(n, name, limit)) <= limit and n != name)[:3]
        said = [f"‘{n}’ ({where[n]})" for _, n in found]
        if not said:
            return ""
        if len(said) == 1:
            return f". Perhaps you meant {said[0]}"
        return ". Perhaps you meant one of these: " + ", ".join(said)

    def resolve_name(self, name: str) -> str:
        return name

    def infer_con(self, e: A.ECon) -> Type:
        name = e.name
        con = self.cons.get(self.resolve_con(name, e.span))
        if con is None and name.startswith("(,"):
            raise self.error(
                f"Data constructor not in scope: {name} (a tuple of {name.count(',') + 1} components: this"
                f" subset of Haskell has tuples of up to {MAX_TUPLE})",
                e.span,
                "unsupported",
            )
        if con is None:
            raise self.error(f"Data constructor not in scope: {name}", e.span, "undeclared")
        t, tyargs, _ = self.instantiate(con.scheme(), e.span, name)
        self.insts[id(e)] = Inst("con", con.name, tyargs, [])
        return t

    def resolve_con(self, name: str, span: Span | None = None) -> str:
        """The checker's name of a constructor the program writes; `span`, where it is used, for GHC's
        "Ambiguous occurrence" of a constructor both the program's and imported."""
        if name[0].isupper() and "." in name:
            module, name = name.rsplit(".", 1)
            if module == "Main":
                return self.con_names.get(name, name)
            # Another module's: the Prelude file's, if an import brings it.
            return "" if name in self.hidden_cons else name
        if name in self.con_names:
            if name in self.ambiguous_cons and span is not None and span not in self.derived_spans:
                self.scope_errors.append(self.error(self.ambiguous_cons[name], span, "redeclared"))
            return self.con_names[name]
        # A constructor of the Prelude file that no import brings is not in scope (ExitSuccess without
        # System.Exit): an empty name finds none.
        return "" if name in self.hidden_cons else name

    def infer_lit(self, e: A.ELit) -> Type:
        if e.kind == "char":
            return CHAR
        if e.kind == "string":
            return list_of(CHAR)
        t = self.meta()
        cls = "Num" if e.kind == "int" else "Fractional"
        hole = Hole(cls, t, e.span, f"the literal ‘{e.value}’")
        self.wanted.append(hole)
        self.lit_holes[id(e)] = [hole]
        return t

    # ---- patterns ----

    def infer_pat(self, p: A.Pat, sc: Scope) -> Type:
        t = self._infer_pat(p, sc)
        self.types[id(p)] = t
        return t

    def bind_var(self, name: str, t: Type, sc: Scope, p: A.Pat) -> str:
        if name in sc.vars:
            first = self.var_spans.get((id(sc), name), p.span)
            raise self.error(f"Conflicting definitions for ‘{name}’", first, "redeclared")
        self.var_spans[(id(sc), name)] = p.span
        internal = self.fresh_name(name)
        sc.vars[name] = Local(internal, Scheme([], [], t), "lam")
        self.pat_names[id(p)] = internal
        return internal

    def _infer_pat(self, p: A.Pat, sc: Scope) -> Type:
        if isinstance(p, A.PVar):
            tv: Type = self.meta()
            self.bind_var(p.name, tv, sc, p)
            return tv
        if isinstance(p, A.PWild):
            return self.meta()
        if isinstance(p, A.PLit):
            if p.kind == "char":
                return CHAR
            if p.kind == "string":
                return list_of(CHAR)
            t: Type = self.meta()
            holes = [
                Hole("Num" if p.kind == "int" else "Fractional", t, p.span, f"the literal ‘{p.value}’"),
                Hole("Eq", t, p.span, f"the literal ‘{p.value}’"),
            ]
            self.wanted.extend(holes)
            self.lit_holes[id(p)] = holes
            return t
        if isinstance(p, A.PAs):
            t = self.infer_pat(p.pat, sc)
            self.bind_var(p.name, t, sc, p)
            return t
        if isinstance(p, A.PLazy | A.PBang):
            return self.infer_pat(p.pat, sc)
        if isinstance(p, A.PRec):
            con = self.cons.get(self.resolve_con(p.con, p.span))
            if con is None:
                raise self.error(f"Data constructor not in scope: {p.con}", p.span, "undeclared")
            args: list[A.Pat] = [A.PWild(p.span) for _ in con.fields]
            for fname, fp in p.fields:
                if not con.field_names or fname not in con.field_names:
                    raise self.error(
                        f"Constructor ‘{p.con}’ does not have field ‘{fname}’", p.span, "undeclared"
                    )
                args[con.field_names.index(fname)] = fp
            plain = A.PCon(p.con, args, p.span)
            self.pat_sugar[id(p)] = plain
            return self.infer_pat(plain, sc)
        assert isinstance(p, A.PCon)
        name = p.name
        fake = A.ECon(name, p.span)
        ft = self.infer_con(fake)
        self.pat_insts[id(p)] = self.insts.pop(id(fake))
        arity = 0
        t = ft
        arg_types = []
        while True:
            parts = split_fn(t)
            if parts is None:
                break
            arg_types.append(parts[0])
            t = parts[1]
            arity += 1
        if arity != len(p.args):
            raise self.error(
                f"The constructor ‘{name}’ should have {arity} argument{'s' if arity != 1 else ''}, "
                f"but has been given {len(p.args)}",
                p.span,
            )
        for sub, at in zip(p.args, arg_types, strict=True):
            self.expect(at, self.infer_pat(sub, sc), sub)
        return t

    # ---- right sides ----

    def infer_rhs(self, rhs: A.Rhs, want: Type, sc: Scope) -> None:
        inner = self.infer_decls(rhs.where, sc) if rhs.where else sc
        if rhs.body is not None:
            self.check(rhs.body, want, inner)
            return
        for guards, body in rhs.guards:
            g_scope = Scope(inner)
            for stmt in guards:
                self.infer_guard(stmt, g_scope)
            self.check(body, want, g_scope)

    def infer_guard(self, stmt: A.Stmt, sc: Scope) -> None:
        if isinstance(stmt, A.SExpr):
            self.check(stmt.expr, BOOL, sc)
        elif isinstance(stmt, A.SLet):
            inner = self.infer_decls(stmt.decls, sc)
            sc.vars.update(_flatten(inner, sc))
        else:
            t = self.infer(stmt.expr, sc)
            self.expect(t, self.infer_pat(stmt.pat, sc), stmt.pat)

    # ---- binding groups ----

    def infer_decls(self, decls: list[A.Decl], sc: Scope, top: bool = False) -> Scope:
        """A scope with the declarations' bindings, inferred group by group."""
        inner = Scope(sc)
        sigs: dict[str, tuple[A.DTypeSig, Scheme]] = {}
        for d in decls:
            if isinstance(d, A.DTypeSig):
                for name in d.names:
                    if name in sigs:
                        raise self.error(f"Duplicate type signatures for ‘{name}’", d.span, "redeclared")
                    sigs[name] = (d, self.sig_scheme(d.context, d.type))
        binds: dict[str, Binding] = {}
        order: list[str] = []
        patbinds: list[PatBindInfo] = []
        first: dict[str, Span] = {}  # where each name is first bound

        def twice(name: str, again: Span) -> HsError:
            # GHC's words: a module's name is declared twice (at the second), a local one is bound twice
            # (at the first).
            if top:
                return self.error(f"Multiple declarations of ‘{name}’", again, "redeclared")
            return self.error(f"Conflicting definitions for ‘{name}’", first[name], "redeclared")

        for d in decls:
            if isinstance(d, A.DClause):
                b = binds.get(d.name)
                if b is None:
                    first[d.name] = d.span
                    internal = self.top_prefix + d.name if top else self.fresh_name(d.name)
                    b = Binding(
                        d.name, internal, [], sigs[d.name][1] if d.name in sigs else None, self.meta()
                    )
                    binds[d.name] = b
                    order.append(d.name)
                elif order[-1] != d.name or b.patbind is not None or not b.decls[0].pats:
                    raise twice(d.name, d.span)
                elif len(b.decls[0].pats) != len(d.pats):
                    raise self.error(  # where GHC reports it: the first equation
                        f"Equations for ‘{d.name}’ have different numbers of arguments",
                        b.decls[0].span,
                        "syntax",
                    )
                b.decls.append(d)
            elif isinstance(d, A.DPatBind):
                names = _pat_vars(d.pat)
                info = PatBindInfo(d, self.fresh_name("pat"), self.meta(), [])
                for n, span in names:
                    if n in binds:
                        raise twice(n, span)
                    first[n] = span
                    internal = self.top_prefix + n if top else self.fresh_name(n)
                    b = Binding(n, internal, [], sigs[n][1] if n in sigs else None, self.meta(), patbind=d)
                    binds[n] = b
                    order.append(n)
                    info.vars.append(b)
                patbinds.append(info)
        for name, (d, _) in sigs.items():
            if name not in binds:
                raise self.error(
                    f"The type signature for ‘{name}’ lacks an accompanying binding", d.span, "undeclared"
                )
        # Binders with signatures are known at their schemes from the start.
        for name in order:
            b = binds[name]
            site = b.decls[0].span if b.decls else b.patbind.span if b.patbind is not None else None
            if site is not None:  # where the binder is defined (GHC's "Perhaps you meant ‘f’ (line 2)")
                self.var_spans[(id(inner), name)] = site
            if b.sig is not None and b.patbind is None:
                inner.vars[name] = Local(b.internal, b.sig, "let")
        groups = self.dependency_groups(order, binds, patbinds)
        result: list[Group] = []
        for group_names in groups:
            group_binds = [binds[n] for n in group_names]
            pbs = [pb for pb in patbinds if any(v.name in group_names for v in pb.vars)]
            level, wanted, n_givens = self.level, list(self.wanted), len(self.givens)
            uses = {id(use) for use in self.foldable_uses}
            try:
                one = group_binds[0]
                if len(group_binds) == 1 and one.sig is not None and one.patbind is None:
                    self.infer_sig_binding(one, inner)
                else:
                    self.infer_group(group_binds, pbs, inner)
            except HsError as exc:
                if not top:
                    raise
                # GHC reports each top-level binding's error: this one is kept, and the group's binders
                # are taken at their signatures, or at any type (forall a. a), so that their uses report
                # nothing more of it; the checker's state is as before the group.
                self.type_errors += [exc, *exc.more]
                self.level, self.wanted = level, wanted
                del self.givens[n_givens:]
                self.foldable_uses = [use for use in self.foldable_uses if id(use) in uses]
                for b in group_binds:
                    if b.sig is None:
                        v = self.fresh_name("a")
                        b.type, b.tyvars, b.dicts = TRig(v), [v], []
                        self.failed_tyvars.add(v)
            for b in group_binds:
                b.group = group_binds
                if b.sig is None:
                    scheme = Scheme(b.tyvars, [(h.cls, h.type) for _, h in b.dicts], b.type)
                else:
                    scheme = b.sig
                inner.vars[b.name] = Local(b.internal, scheme, "let")
            result.append(Group(group_binds, pbs))
        self.groups[id(decls)] = result
        self.last_groups = result
        return inner

    def collect(self, step: Callable[[], None]) -> None:
        """A step of the module's check whose error is kept with the binding groups' (type_errors)."""
        try:
            step()
        except HsError as exc:
            self.type_errors += [exc, *exc.more]

    def raise_errors(self) -> None:
        """The module's type errors, if any, in the order of their places, as GHC reports them."""
        if self.type_errors:
            # One error of a failed step may be met again by a later one (a method's constraint by the
            # module's remaining ones): each is reported once.
            errors = self.type_errors
            # GHC reports a class constraint it cannot solve (No instance, an ambiguous type variable)
            # only when no two types failed to match anywhere in the module.
            if any(e.code not in CONSTRAINT_ERRORS for e in errors):
                errors = [e for e in errors if e.code not in CONSTRAINT_ERRORS]
            unique: dict[tuple[int, int, str], HsError] = {}
            for e in errors:
                unique.setdefault((e.span.line, e.span.column, e.message), e)
            # two at one place in the order they were found (an instance's missing superclasses)
            first, *rest = sorted(unique.values(), key=lambda e: (e.span.line, e.span.column))
            first.also = rest
            raise first

    def simplify_top(self) -> None:
        """The module's remaining constraints: solved, or defaulted."""
        left = self.simplify(self.wanted)
        self.wanted = []
        if left:
            self.default(left)

    def dependency_groups(
        self, order: list[str], binds: dict[str, Binding], patbinds: list[PatBindInfo]
    ) -> list[list[str]]:
        """Strongly connected components of the bindings' references, dependencies first (Tarjan)."""
        same: dict[str, list[str]] = {}
        for pb in patbinds:
            names = [v.name for v in pb.vars]
            for n in names:
                same[n] = names
        deps: dict[str, set[str]] = {}
        # Only references to bindings without a signature order the groups: with none, no walk.
        walk = bool(same) or any(b.sig is None for b in binds.values())
        for name in order:
            b = binds[name]
            refs: set[str] = set()
            if not walk:
                deps[name] = refs
                continue
            if b.patbind is not None:
                _free(b.patbind.rhs, refs)
            for d in b.decls:
                _free(d.rhs, refs)
            # A binding with a signature needs nothing first (its scheme is known).
            deps[name] = {r for r in refs if (r in binds and binds[r].sig is None) or r in same.get(name, [])}
            deps[name] |= set(same.get(name, []))
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        stack: list[str] = []
        on: set[str] = set()
        out: list[list[str]] = []
        counter = [0]

        def visit(v: str) -> None:
            index[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v)
            on.add(v)
            for w in sorted(deps[v], key=order.index):
                if w not in index:
                    visit(w)
                    low[v] = min(low[v], low[w])
                elif w in on:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(sorted(comp, key=order.index))

        for name in order:
            if name not in index:
                visit(name)
        return out

    def infer_group(self, binds: list[Binding], patbinds: list[PatBindInfo], sc: Scope) -> None:
        saved = self.wanted
        self.wanted = []
        self.level += 1
        inner = Scope(sc)
        for b in binds:
            b.type = self.meta()
            inner.vars[b.name] = Local(b.internal, Scheme([], [], b.type), "mono")
        for b in binds:
            if b.patbind is None:
                self.infer_clauses(b, inner)
        for pb in patbinds:
            pb.type = self.meta()
            pscope = Scope(inner)
            pt = self.infer_pat(pb.decl.pat, pscope)
            self.expect(pb.type, pt, pb.decl.pat)
            self.infer_rhs(pb.decl.rhs, pb.type, inner)
            for v in pb.vars:
                local = pscope.vars[v.name]
                self.expect(v.type, local.scheme.type, pb.decl.pat)
                pb.locals[v.name] = local.internal
        restricted = any(b.patbind is not None or (b.decls and not b.decls[0].pats) for b in binds)
        self.main_is_io(binds)
        made = bool(patbinds) or all("%" in b.name for b in binds)
        self.resolve_foldable_uses(not (restricted or made or self.mono_local), restricted)
        self.level -= 1
        wanted = self.wanted
        self.wanted = saved
        for b in binds:
            if b.sig is not None:
                # A pattern binding's variable with a signature: checked against it, monomorphically.
                span = b.patbind.span if b.patbind is not None else b.decls[0].span
                t, _, _ = self.instantiate(b.sig, span, b.name)
                self.expect(t, b.type, A.EVar(b.name, span))
        if made:
            # A pattern binding is not generalised (GHC generalises its unconstrained variables), nor is
            # a function the desugaring made (a comprehension's generator: used at one type only).
            for b in binds:
                for m in metas(b.type):
                    m.level = min(m.level, self.level)
        # A local binding does not generalise its constrained type variables either (GHC's
        # MonoLocalBinds goes further): its class constraints are solved where it is used, so a local
        # helper at a known type calls the instance's methods directly instead of taking dictionaries.
        # A program that this rejects is checked again with mono_local off, as Haskell 2010 generalises
        # (program.check_module).
        held = not restricted and self.level > 0 and self.mono_local
        self.generalise(binds, wanted, restricted or held, held)

    def main_is_io(self, binds: list[Binding]) -> None:
        """The program's own main without a signature, whose type is some monad's (`main = return ()`,
        whose Monad the monomorphism restriction leaves open): an IO action, as GHC checks main before it
        defaults the module's constraints. Any other type of main is program.check_module's error."""
        if self.level != 1 or self.top_prefix:
            return
        for b in binds:
            if b.name == "main" and b.sig is None and isinstance(spine(prune(b.type))[0], TMeta):
                # A monad of more arguments (`m a b`) does not unify: left to check_module's error.
                with contextlib.suppress(_Mismatch):
                    self.unify(TAp(TCn("IO"), TMeta(self.level, "t")), b.type)  # GHC's IO t0

    def generalise(
        self, binds: list[Binding], wanted: list[Hole], restricted: bool, held: bool = False
    ) -> None:
        pending = self.simplify(wanted)
        if held and any(m.level > self.level for h in pending for m in metas(h.type)):
            self.mono_held = True
        local: list[Hole] = []
        for h in pending:
            ms = metas(h.type)
            if any(m.level > self.level for m in ms) and not restricted:
                local.append(h)
            else:
                if restricted:
                    for m in ms:
                        m.level = min(m.level, self.level)
                self.wanted.append(h)
        gen: list[TMeta] = []
        for b in binds:
            for m in metas(b.type):
                if m.level > self.level and m not in gen:
                    gen.append(m)
        # Constraints on variables that the binders' types do not mention are ambiguous: defaulted here.
        ambiguous = [h for h in local if not all(m in gen for m in metas(h.type))]
        if ambiguous:
            self.default(ambiguous)
            local = [h for h in local if h not in ambiguous]
        tyvars: list[str] = []
        for m in gen:
            name = self.fresh_name(_pretty_var(len(tyvars)))
            m.ref = TRig(name)
            tyvars.append(name)
        dicts: list[tuple[str, Hole]] = []
        seen: dict[tuple[str, str], str] = {}
        for h in local:
            key = (h.cls, show_type(h.type))
            if key not in seen:
                seen[key] = self.fresh_name("$d" + h.cls)
                dicts.append((seen[key], h))
            h.evidence = ("param", seen[key])
        for b in binds:
            b.tyvars = tyvars
            b.dicts = dicts
            if dicts and self.level > 0:
                self.local_poly.add(b.internal)

    def simplify(self, wanted: list[Hole]) -> list[Hole]:
        """Solves every hole it can (instances, given dictionaries); returns those left on type variables."""
        left: list[Hole] = []
        failed: list[HsError] = []  # every constraint without an instance, as GHC reports each
        work = list(wanted)
        while work:
            h = work.pop(0)
            if h.evidence is not None:
                continue
            try:
                sub = self.solve(h)
            except HsError as exc:
                if exc.code != "no_instance":
                    raise
                # GHC reports a constraint once: `"a" + 1` is Num [Char] of the + only, not the literal's
                if all(f.message.split(" arising")[0] != exc.message.split(" arising")[0] for f in failed):
                    failed.append(exc)
                continue
            if sub is None:
                left.append(h)
            else:
                work.extend(sub)
        if failed:
            failed[0].more = failed[1:]
            raise failed[0]
        return left

    def solve(self, h: Hole) -> list[Hole] | None:
        """Evidence for h from an instance (then the holes of the instance's context) or a given; None when
        h's type is still a variable to be solved later."""
        t = zonk(h.type)
        head, args = spine(t)
        if isinstance(head, TMeta):
            return None
        if isinstance(head, TRig):
            ev = self.from_givens(h.cls, t)
            if ev is None:
                raise self.error(
                    f"No instance for ({h.cls} {show_type(t, prec=2)}) arising from {_arising(h.origin)}",
                    h.span,
                    "no_instance",
                )
            h.evidence = ev
            return []
        assert isinstance(head, TCn)
        inst = self.instances.get((h.cls, head.name))
        if inst is None or len(args) != len(inst.vars):
            ev = self.from_givens(h.cls, t)
            if ev is not None:
                h.evidence = ev
                return []
            origin = _arising(h.origin)
            raise self.error(
                f"No instance for ({h.cls} {show_type(t, prec=2)}) arising from {origin}",
                h.span,
                "no_instance",
            )
        mapping = dict(zip(inst.vars, args, strict=True))
        subs = [Hole(c, subst_rigid(ct, mapping), h.span, h.origin) for c, ct in inst.context]
        h.evidence = ("inst", inst.dfun, list(args), subs)
        return subs

    def from_givens(self, cls: str, t: Type) -> tuple | None:
        key = show_type(t)
        for pname, g in reversed(self.givens):
            if show_type(zonk(g.type)) != key:
                continue
            path = self.super_path(g.cls, cls)
            if path is None:
                continue
            ev: tuple = ("param", pname)
            cur = g.cls
            for idx in path:
                ev = ("super", ev, cur, idx)
                cur = self.classes[cur].supers[idx]
            return ev
        return None

    def super_path(self, have: str, want: str) -> list[int] | None:
        if have == want:
            return []
        for i, s in enumerate(self.classes[have].supers):
            rest = self.super_path(s, want)
            if rest is not None:
                return [i, *rest]
        return None

    def default(self, holes: list[Hole]) -> None:
        """GHC's defaulting: a type variable with at least one numeric class becomes Integer, else Double,
        whichever has an instance of every class on it; any other is ambiguous."""
        by_meta: dict[int, list[Hole]] = {}
        order: list[TMeta] = []
        for h in holes:
            t = prune(h.type)
            if not isinstance(t, TMeta):  # a compound type whose head is unsolved, or solved by now
                head, _ = spine(t)
                if isinstance(head, TMeta):
                    raise self.ambiguous(h, head)
                for sub in self.simplify([h]):
                    raise self.ambiguous(sub, metas(sub.type)[0])
                continue
            if t.id not in by_meta:
                by_meta[t.id] = []
                order.append(t)
            by_meta[t.id].append(h)
        # As GHC, each constraint left on an ambiguous type variable is an error of its own (print's Show
        # and read's Read of `print (read s)`; printf's PrintfArg and the literal's Num).
        errors: list[HsError] = []
        failed = {id(m) for f in self.failed_metas for m in metas(f)}
        for m in order:
            group = by_meta[m.id]
            if prune(m) is m and id(m) in failed:
                continue  # the type of a use of a binding that failed: its error is reported
            if prune(m) is m:
                classes = {h.cls for h in group}
                # Only the standard classes default (Haskell 2010 4.3.4): not a program's own, nor PrintfArg.
                other = next((h for h in group if h.cls not in self.standard_classes), None)
                if (
                    not classes & NUMERIC_CLASSES
                    or (self.standard_classes and other is not None)
                    or not self.default_to(m, classes)
                ):
                    errors.extend(self.ambiguous(h, m) for h in group)
                    continue
            left = self.simplify(group)
            if left:
                raise self.ambiguous(left[0], metas(left[0].type)[0])
        if errors:
            errors[0].more = errors[1:]
            raise errors[0]

    def default_to(self, m: TMeta, classes: set[str]) -> bool:
        """m made Integer, else Double, whichever has an instance of every class on it."""
        for cand in (INTEGER, DOUBLE):
            if all((c, cand.name) in self.instances for c in classes):
                m.ref = cand
                return True
        return False

    def ambiguous(self, h: Hole, m: TMeta) -> HsError:
        namer = Namer()
        v = show_type(m, namer)
        origin = _arising(h.origin)
        return self.error(
            f"Ambiguous type variable {v} arising from {origin} prevents the constraint "
            f"‘({h.cls} {show_type(h.type, namer, 2)})’ from being solved.",
            h.span,
            "ambiguous",
        )

    def infer_clauses(self, b: Binding, sc: Scope) -> None:
        """Each equation at the binder's type: its patterns at the parameter types, its right side at the
        result type (a signature's types pushed in)."""
        for d in b.decls:
            inner = Scope(sc)
            t = b.type
            for p in d.pats:
                parts = split_fn(t)
                if parts is None:
                    parts = (self.meta(), self.meta())
                    self.expect(t, fn(parts[0], parts[1]), A.EVar(b.name, d.span), d.span)
                self.expect(parts[0], self.infer_pat(p, inner), p)
                t = parts[1]
            self.infer_rhs(d.rhs, t, inner)
            self.types[id(d)] = b.type

    def infer_sig_binding(self, b: Binding, sc: Scope) -> None:
        """A binding with a signature: its type's variables rigid, its context given as dictionaries."""
        assert b.sig is not None
        mapping: dict[str, Type] = {v: TRig(self.fresh_name(v.split("%")[0])) for v in b.sig.vars}
        b.tyvars = [t.name for t in mapping.values() if isinstance(t, TRig)]
        b.type = subst_rigid(b.sig.type, mapping)
        dicts: list[tuple[str, Hole]] = []
        for cls, pt in b.sig.preds:
            h = Hole(cls, subst_rigid(pt, mapping), b.decls[0].span, cls)
            dicts.append((self.fresh_name("$d" + cls), h))
        b.dicts = dicts
        saved = self.wanted
        self.wanted = []
        self.level += 1
        self.givens.extend(dicts)
        try:
            self.infer_clauses(b, Scope(sc))
            self.resolve_foldable_uses(restricted=True)  # a container its type does not fix: ambiguous
            self.level -= 1
            left = self.simplify(self.wanted)
        finally:
            del self.givens[len(self.givens) - len(dicts) :]
        inner_left = [h for h in left if any(m.level > self.level for m in metas(h.type))]
        if inner_left:
            self.default(inner_left)
        outer = [h for h in left if h not in inner_left]
        self.wanted = saved + outer

    # ---- sugar ----

    def desugar(self, e: A.Expr) -> A.Expr:
        s = e.span
        if isinstance(e, A.ETuple):
            out: A.Expr = A.ECon(tuple_con(len(e.items)), s)
            for item in e.items:
                out = A.EApp(out, item, s)
            return out
        if isinstance(e, A.EList):
            out = A.ECon("[]", s)
            for item in reversed(e.items):
                cons = A.ECon(":", s)
                self.syntax_ids.add(id(cons))  # checked result first: GHC reports a wrong element
                out = A.EApp(A.EApp(cons, item, s), out, s)
            return out
        if isinstance(e, A.ENeg):
            # A literal is negated at once, except an integer 0: at Double, GHC's negate (fromInteger 0)
            # is -0.0, which a folded 0 would lose.
            if isinstance(e.expr, A.ELit) and e.expr.kind in ("int", "float") and e.expr.value != 0:
                v = e.expr.value
                assert isinstance(v, int | float)
                return A.ELit(-v, e.expr.kind, s)
            return A.EApp(self.syntax_var("negate", s), e.expr, s)
        if isinstance(e, A.ELeftSection):
            return A.EApp(e.op, e.expr, s)
        if isinstance(e, A.ERightSection):
            x = self.fresh_name("sec")
            y = self.fresh_name("sec")
            body = A.EApp(A.EApp(e.op, A.EVar(x, s), s), A.EVar(y, s), s)
            lam = A.ELam([A.PVar(x, s)], body, s)
            bind = A.DClause(y, [], A.Rhs([], e.expr, [], s), s)
            return A.ELet([bind], lam, s)
        if isinstance(e, A.ESeq):
            if e.then is None and e.end is None:
                return A.EApp(self.syntax_var("enumFrom", s), e.start, s)
            if e.then is None:
                assert e.end is not None
                return A.EApp(A.EApp(self.syntax_var("enumFromTo", s), e.start, s), e.end, s)
            if e.end is None:
                return A.EApp(A.EApp(self.syntax_var("enumFromThen", s), e.start, s), e.then, s)
            call = A.EApp(A.EApp(self.syntax_var("enumFromThenTo", s), e.start, s), e.then, s)
            return A.EApp(call, e.end, s)
        if isinstance(e, A.EDo):
            return self.desugar_do(e.stmts, s)
        if isinstance(e, A.EComp):
            return self.desugar_comp(e.expr, e.quals, s)
        if isinstance(e, A.ERecCon):
            con = self.cons.get(self.resolve_con(e.con, s))
            if con is None:
                raise self.error(f"Data constructor not in scope: {e.con}", s, "undeclared")
            names = con.field_names or []
            args: list[A.Expr] = []
            given = dict(e.fields)
            for fname, _ in e.fields:
                if fname not in names:
                    raise self.error(
                        f"Constructor ‘{con.name}’ does not have field ‘{fname}’", s, "undeclared"
                    )
            for i, _ in enumerate(con.fields):
                fname = names[i] if i < len(names) else ""
                if fname in given:
                    args.append(given[fname])
                else:
                    # GHC's runtime message names the construction's span, without a call stack.
                    text = f"{s.file}:{ghc_span(s)}: Missing field in record construction {fname}"
                    msg = A.ELit(text, "string", s)
                    args.append(A.EApp(self.syntax_var("patternMatchFail", s), msg, s))
            out = A.ECon(con.name, s)
            for a in args:
                out = A.EApp(out, a, s)
            return out
        if isinstance(e, A.ERecUpdate):
            fnames = [f for f, _ in e.fields]
            alts = []
            for con in self.cons.values():
                if con.field_names and all(f in con.field_names for f in fnames):
                    vars_ = [self.fresh_name("f") for _ in con.fields]
                    pat = A.PCon(con.name, [A.PVar(v, s) for v in vars_], s)
                    rebuilt: A.Expr = A.ECon(con.name, s)
                    for i, v in enumerate(vars_):
                        fname = con.field_names[i]
                        arg = dict(e.fields)[fname] if fname in fnames else A.EVar(v, s)
                        rebuilt = A.EApp(rebuilt, arg, s)
                    alts.append(A.Alt(pat, A.Rhs([], rebuilt, [], s), s))
            if not alts:
                raise self.error(f"No constructor has all these fields: {', '.join(fnames)}", s, "undeclared")
            update = A.ECase(e.expr, alts, s)
            self.record_updates.add(id(update))
            return update
        raise self.error(f"unsupported expression {type(e).__name__}", s, "unsupported")

    def syntax_var(self, name: str, span: Span) -> A.EVar:
        """The Prelude's `name`, as the desugaring of a construct names it."""
        e = A.EVar(name, span)
        self.syntax_ids.add(id(e))
        return e

    def desugar_do(self, stmts: list[A.Stmt], s: Span) -> A.Expr:
        first, rest = stmts[0], stmts[1:]
        if not rest:
            if not isinstance(first, A.SExpr):
                raise self.error(
                    "The last statement in a 'do' block must be an expression", first.span, "syntax"
                )
            return first.expr
        if isinstance(first, A.SExpr):
            return A.EApp(
                A.EApp(self.syntax_var(">>", first.span), first.expr, first.span), self.desugar_do(rest, s), s
            )
        if isinstance(first, A.SLet):
            return A.ELet(first.decls, self.desugar_do(rest, s), first.span)
        body = self.desugar_do(rest, s)
        if self.failable(first.pat):
            # As GHC: a pattern that may not match calls the monad's fail (MonadFail), naming its place.
            where = f"{first.pat.span.file}:{ghc_span(first.pat.span)}"
            msg = A.ELit(f"Pattern match failure in do expression at {where}", "string", first.span)
            v = self.fresh_name("bound")
            fail = self.syntax_var("fail", first.span)
            self.syntax_origins[id(fail)] = "a do statement with a failable pattern"
            failed = A.EApp(fail, msg, first.span)
            alts = [
                A.Alt(first.pat, A.Rhs([], body, [], s), s),
                A.Alt(A.PWild(s), A.Rhs([], failed, [], s), s),
            ]
            lam = A.ELam([A.PVar(v, s)], A.ECase(A.EVar(v, s), alts, s), first.span)
        else:
            lam = A.ELam([first.pat], body, first.span)
        return A.EApp(A.EApp(self.syntax_var(">>=", first.span), first.expr, first.span), lam, s)

    def failable(self, p: A.Pat) -> bool:
        """Whether a do statement's pattern may fail to match (GHC's isIrrefutableHsPat negated): a literal,
        or a constructor of a type with more than one, anywhere but under a lazy pattern."""
        if isinstance(p, A.PVar | A.PWild | A.PLazy):
            return False
        if isinstance(p, A.PAs | A.PBang):
            return self.failable(p.pat)
        if isinstance(p, A.PLit):
            return True
        args = p.args if isinstance(p, A.PCon) else [q for _, q in p.fields]
        name = p.name if isinstance(p, A.PCon) else p.con
        con = self.cons.get(self.resolve_con(name))
        if con is not None and sum(1 for k in self.cons.values() if k.tycon == con.tycon) > 1:
            return True
        return any(self.failable(q) for q in args)

    def desugar_comp(self, e: A.Expr, quals: list[A.Stmt], s: Span, rest: A.Expr | None = None) -> A.Expr:
        """Wadler's translation of a comprehension onto the list `rest` (no `++`, no concatMap): a generator
        is a local function over its list, a guard an `if`, a `let` a `let`. (A node checked in two scopes
        must be two nodes: the checker's annotations are by node.)"""
        tail: A.Expr = rest if rest is not None else A.ECon("[]", s)
        if not quals:
            return A.EApp(A.EApp(A.ECon(":", s), e, s), tail, s)
        first, more = quals[0], quals[1:]
        if isinstance(first, A.SExpr):
            return A.EIf(first.expr, self.desugar_comp(e, more, s, tail), tail, s)
        if isinstance(first, A.SLet):
            return A.ELet(first.decls, self.desugar_comp(e, more, s, tail), first.span)
        h = self.fresh_name("gen")
        us = self.fresh_name("us")
        again = A.EApp(A.EVar(h, s), A.EVar(us, s), s)
        clauses: list[A.Decl] = [
            A.DClause(h, [A.PCon("[]", [], s)], A.Rhs([], tail, [], s), s),
            A.DClause(
                h,
                [A.PCon(":", [first.pat, A.PVar(us, s)], s)],
                A.Rhs([], self.desugar_comp(e, more, s, again), [], s),
                s,
            ),
            A.DClause(
                h,
                [A.PCon(":", [A.PWild(s), A.PVar(us, s)], s)],
                A.Rhs([], A.EApp(A.EVar(h, s), A.EVar(us, s), s), [], s),
                s,
            ),
        ]
        return A.ELet(clauses, A.EApp(A.EVar(h, s), first.expr, s), s)


class _Mismatch(Exception):
    def __init__(self, a: Type, b: Type) -> None:
        super().__init__()
        self.a = a
        self.b = b


class _Occurs(Exception):
    def __init__(self, m: TMeta, t: Type) -> None:
        super().__init__()
        self.m = m
        self.t = t


_SUGAR = (
    A.ETuple,
    A.EList,
    A.ENeg,
    A.ELeftSection,
    A.ERightSection,
    A.ESeq,
    A.EDo,
    A.EComp,
    A.ERecCon,
    A.ERecUpdate,
)


def syntax_type(name: str) -> bool:
    """Bool, lists, () and tuples: the data types the syntax names (Checker.builtin_datas)."""
    return name in ("Bool", "[]", "()") or name.startswith("(,")


_BUILTIN_TYPES = frozenset({"Int", "Integer", "Char", "Double", "->"})


def _distance(a: str, b: str, limit: int) -> int:
    """The restricted Damerau-Levenshtein distance of a and b (GHC's, for its suggestions), or more than
    limit when it is plainly more."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[len(b)]


def _arising(origin: str) -> str:
    """What a constraint arises from, as GHC words it: a name's use, or a phrase (`the literal ‘5’`)."""
    return origin if " " in origin else f"a use of ‘{origin}’"


def ghc_span(span: Span) -> str:
    """A source span as GHC writes it in a run-time message: `4:7-32`, `4:7`, `(3,1)-(4,20)`."""
    last = span.end_column - 1  # GHC's spans end at their last column
    if span.line == span.end_line:
        return f"{span.line}:{span.column}" + (f"-{last}" if last > span.column else "")
    return f"({span.line},{span.column})-({span.end_line},{last})"


def _declared_infix(c: A.ConDecl) -> bool:
    return c.infix


def _tycon_label(name: str) -> str:
    if name == "[]":
        return "List"
    if name == "()":
        return "Unit"
    if name.startswith("(,"):
        return f"Tuple{len(name) - 1}"
    if name == "->":
        return "Fun"
    return name


def _pretty_var(n: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[n % 26] + ("" if n < 26 else str(n // 26))


def _flatten(inner: Scope, outer: Scope) -> dict[str, Local]:
    out: dict[str, Local] = {}
    s: Scope | None = inner
    chain = []
    while s is not None and s is not outer:
        chain.append(s)
        s = s.parent
    for s in reversed(chain):
        out.update(s.vars)
    return out


def _pat_vars(p: A.Pat) -> list[tuple[str, Span]]:
    out: list[tuple[str, Span]] = []

    def go(q: A.Pat) -> None:
        if isinstance(q, A.PVar):
            out.append((q.name, q.span))
        elif isinstance(q, A.PAs):
            out.append((q.name, q.span))
            go(q.pat)
        elif isinstance(q, A.PLazy | A.PBang):
            go(q.pat)
        elif isinstance(q, A.PCon):
            for a in q.args:
                go(a)
        elif isinstance(q, A.PRec):
            for _, a in q.fields:
                go(a)

    go(p)
    return out


# Nodes no variable name is in (patterns, signatures, fixities): the name walk passes them by.
_NAMELESS = (A.PVar, A.PWild, A.PLit, A.PCon, A.PAs, A.PLazy, A.PBang, A.PRec, A.DTypeSig, A.DFixity)
# A node's class -> the fields the name walk looks into (its own slots but the span), found once.
_WALKED: dict[type, tuple[str, ...]] = {}


def _free(e: object, out: set[str]) -> None:
    """The variable names e mentions (any node, or a list or tuple of them): an over-approximation, as
    shadowing is ignored, which can only join groups, never split them. One walk of every field but the
    spans: a fixed list of fields per class, found the first time the class is met."""
    stack = [e]
    while stack:
        x = stack.pop()
        cls = type(x)
        if cls is A.EVar:
            out.add(x.name)  # type: ignore[attr-defined]
            continue
        if cls is list or cls is tuple:
            stack.extend(x)  # type: ignore[arg-type]
            continue
        fields = _WALKED.get(cls)
        if fields is None:
            slots = () if issubclass(cls, _NAMELESS) else getattr(cls, "__slots__", ())
            fields = _WALKED[cls] = tuple(n for n in slots if n != "span")
        for name in fields:
            v = getattr(x, name, None)
            if v is not None and not isinstance(v, str | int | float | Span):
                stack.append(v)


def check(module: object, diags: DiagnosticBag) -> object:
    """The driver's check stage (see program.py: the module is checked with the Prelude)."""
    from compilers.frontends.haskell.program import check_module

    return check_module(module, diags)
