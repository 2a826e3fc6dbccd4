"""Type erasure: the core without its types, as the Engine runs it (README.md).

Type abstractions and applications disappear, nested lambdas become one lambda of several parameters and
applications one call of several arguments; every binder gets a name of its own (`x.3`), so that later
passes can lift functions out of their scopes without capture. Constructors become their tag and
strictness marks, and each `case` knows the shape of the type it examines.

A program whose main expression is a `letrec` (a surface language's top level) keeps its top-level names
as they are, and the names inside each top-level binding are numbered from 1 within it (names need be
unique only where one can be in scope of another: a binding sees the top level's names and its own). So a
binding erases to the same term in every program that has it, and a binding erased before (a library
bound again by every program, the Haskell Prelude) is taken as it was, kept per process (TOP_TERMS).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from compilers.core import syntax as c


@dataclass(frozen=True, slots=True)
class EVar:
    name: str


@dataclass(frozen=True, slots=True)
class ELit:
    value: int


@dataclass(frozen=True, slots=True)
class ELam:
    params: tuple[str, ...]
    strict: tuple[bool, ...]
    body: Term


@dataclass(frozen=True, slots=True)
class EApp:
    fn: Term
    args: tuple[Term, ...]
    line: int | None = None  # the source line (from the core's `at`), for a run that stops here


@dataclass(frozen=True, slots=True)
class ELet:
    name: str
    rhs: Term
    body: Term
    strict: bool


@dataclass(frozen=True, slots=True)
class ELetRec:
    binds: tuple[tuple[str, Term], ...]
    body: Term


@dataclass(frozen=True, slots=True)
class ECon:
    name: str
    tag: int
    args: tuple[Term, ...]
    strict: tuple[bool, ...]


@dataclass(frozen=True, slots=True)
class Shape:
    """A data type's constructors by tag: how many fields each has."""

    name: str
    arities: tuple[int, ...]

    @property
    def nullary(self) -> bool:
        return any(a == 0 for a in self.arities)

    @property
    def boxed(self) -> bool:
        return any(a > 0 for a in self.arities)


@dataclass(frozen=True, slots=True)
class EAlt:
    body: Term
    tag: int | None = None  # a constructor's tag
    vars: tuple[str, ...] = ()
    strict: tuple[bool, ...] = ()  # the constructor's fields' marks (a strict field holds a value)
    lit: int | None = None


@dataclass(frozen=True, slots=True)
class ECase:
    scrut: Term
    shape: Shape | None  # None: a case on an Int
    alts: tuple[EAlt, ...]  # the default, when there is one, is last
    line: int | None = None


@dataclass(frozen=True, slots=True)
class EPrim:
    op: str
    args: tuple[Term, ...]
    line: int | None = None


@dataclass(frozen=True, slots=True)
class EFail:
    message: str
    line: int | None = None


Term = EVar | ELit | ELam | EApp | ELet | ELetRec | ECon | ECase | EPrim | EFail


# The names erasure gives inner binders: a top-level name of this form keeps the program on the numbering of
# every name by one counter (below), which no other name can meet.
_INNER_NAME = re.compile(r"[A-Za-z0-9_]+\.[0-9]+")
# Top-level bindings erased, per process: id(the core expression) -> (the expression, what erasure took from
# each constructor it names (_Eraser.con_facts), the erased term); the least recently used go first beyond
# MAX_TOP_TERMS. The expression is held so that its id is not given to another while the entry lives.
TOP_TERMS: OrderedDict[int, tuple[c.Expr, tuple[tuple[str, object], ...], Term]] = OrderedDict()
MAX_TOP_TERMS = 3000


class _Eraser:
    def __init__(self, program: c.Program) -> None:
        self.cons = program.constructors()
        self.counter = 0
        self.line: int | None = None  # the innermost `at` around the term being erased
        self.used: set[str] | None = None  # the constructors named in the top-level binding being erased
        self.facts: dict[str, object] = {}

    def con_facts(self, name: str) -> object:
        """What erasure takes from a constructor: its tag, its fields' marks and its type's shape."""
        found = self.facts.get(name)
        if found is None:
            decl, index = self.cons[name]
            found = (index, decl.cons[index].strict, decl.name, tuple(len(k.fields) for k in decl.cons))
            self.facts[name] = found
        return found

    def top(self, e: c.LetRec) -> ELetRec | None:
        """The program's top-level letrec, each binding under its own name with its inner names numbered
        within it; None when its names do not allow that (then every name is numbered by one counter)."""
        names = [b.name for b in e.binds]
        if self.line is not None or len(set(names)) != len(names) or any(map(_INNER_NAME.fullmatch, names)):
            return None
        env = {n: n for n in names}
        binds = tuple((b.name, self.top_binding(b.expr, env)) for b in e.binds)
        self.counter = 0
        return ELetRec(binds, self.term(e.body, env))

    def top_binding(self, e: c.Expr, env: dict[str, str]) -> Term:
        """A top-level binding's term: the one erased before from the same expression (the top-level
        names are the same in every program, and the constructors it names are checked), else made."""
        key = id(e)
        kept = TOP_TERMS.get(key)
        if kept is not None and kept[0] is e and all(self.con_facts(n) == f for n, f in kept[1]):
            with suppress(KeyError):  # another thread's compile may have let it go
                TOP_TERMS.move_to_end(key)
            return kept[2]
        self.counter = 0
        self.used = set()
        try:
            term = self.term(e, env)
            facts = tuple((n, self.con_facts(n)) for n in sorted(self.used))
        finally:
            self.used = None
        TOP_TERMS[key] = (e, facts, term)
        with suppress(KeyError):  # (compiles in other threads change the table too)
            TOP_TERMS.move_to_end(key)
        while len(TOP_TERMS) > MAX_TOP_TERMS:
            with suppress(KeyError):
                TOP_TERMS.popitem(last=False)
        return term

    def fresh(self, name: str) -> str:
        self.counter += 1
        # a front-end's own numbering after a `%` (Haskell's `go%12`) goes: the counter replaces it
        base = re.sub(r"[^A-Za-z0-9_]", "_", name.split("%", 1)[0]) or "v"
        return f"{base}.{self.counter}"

    def term(self, e: c.Expr, env: dict[str, str]) -> Term:
        match e:
            case c.Var(name):
                return EVar(env[name])
            case c.Lit(v):
                return ELit(v)
            case c.Lam():
                params: list[str] = []
                strict: list[bool] = []
                inner = dict(env)
                body: c.Expr = e
                while isinstance(body, c.Lam | c.TyLam):
                    if isinstance(body, c.Lam):
                        fresh = self.fresh(body.param)
                        inner[body.param] = fresh
                        params.append(fresh)
                        strict.append(body.strict)
                    body = body.body
                return ELam(tuple(params), tuple(strict), self.term(body, inner))
            case c.App():
                args: list[c.Expr] = []
                fn: c.Expr = e
                while isinstance(fn, c.App | c.TyApp):
                    if isinstance(fn, c.App):
                        args.append(fn.arg)
                    fn = fn.fn
                line = self.line
                return EApp(self.term(fn, env), tuple(self.term(a, env) for a in reversed(args)), line)
            case c.TyLam(_, body):
                return self.term(body, env)
            case c.TyApp(fn, _):
                return self.term(fn, env)
            case c.Let(bind, body):
                fresh = self.fresh(bind.name)
                rhs = self.term(bind.expr, env)
                return ELet(fresh, rhs, self.term(body, {**env, bind.name: fresh}), bind.strict)
            case c.LetRec(binds, body):
                inner = dict(env)
                for b in binds:
                    inner[b.name] = self.fresh(b.name)
                return ELetRec(
                    tuple((inner[b.name], self.term(b.expr, inner)) for b in binds), self.term(body, inner)
                )
            case c.Con(name, _, cargs):
                if self.used is not None:
                    self.used.add(name)
                decl, index = self.cons[name]
                return ECon(name, index, tuple(self.term(a, env) for a in cargs), decl.cons[index].strict)
            case c.Case(scrut, _, alts):
                line = self.line
                shape: Shape | None = None
                out: list[EAlt] = []
                for alt in alts:
                    if alt.con is not None:
                        if self.used is not None:
                            self.used.add(alt.con)
                        ddecl, ctag = self.cons[alt.con]
                        shape = Shape(ddecl.name, tuple(len(k.fields) for k in ddecl.cons))
                        scope = dict(env)
                        names = []
                        for vname in alt.vars:
                            scope[vname] = self.fresh(vname)
                            names.append(scope[vname])
                        marks = ddecl.cons[ctag].strict
                        out.append(
                            EAlt(self.term(alt.body, scope), tag=ctag, vars=tuple(names), strict=marks)
                        )
                    elif alt.lit is not None:
                        out.append(EAlt(self.term(alt.body, env), lit=alt.lit))
                    else:
                        out.append(EAlt(self.term(alt.body, env)))
                return ECase(self.term(scrut, env), shape, tuple(out), line)
            case c.Prim(op, pargs):
                line = self.line
                return EPrim(op, tuple(self.term(a, env) for a in pargs), line)
            case c.Fail(_, message):
                return EFail(message, self.line)
            case c.At(at_line, inner):
                outer, self.line = self.line, at_line
                try:
                    return self.term(inner, env)
                finally:
                    self.line = outer
        raise TypeError(e)


def erase(program: c.Program) -> Term:
    """The program's main expression without types (the program must have passed the type checker)."""
    eraser = _Eraser(program)
    if isinstance(program.main, c.LetRec):
        top = eraser.top(program.main)
        if top is not None:
            return top
    return eraser.term(program.main, {})


def with_children(t: Term, go: Callable[[Term], Term]) -> Term:
    """The term with `go` applied to each of its immediate subterms, binders and tags kept."""
    match t:
        case EVar() | ELit() | EFail():
            return t
        case ELam(params, strict, body):
            return ELam(params, strict, go(body))
        case EApp(fn, args, line):
            return EApp(go(fn), tuple(map(go, args)), line)
        case ELet(name, rhs, body, strict):
            return ELet(name, go(rhs), go(body), strict)
        case ELetRec(binds, body):
            return ELetRec(tuple((n, go(r)) for n, r in binds), go(body))
        case ECon(name, tag, args, strict):
            return ECon(name, tag, tuple(map(go, args)), strict)
        case EPrim(op, args, line):
            return EPrim(op, tuple(map(go, args)), line)
        case ECase(scrut, shape, alts, line):
            return ECase(
                go(scrut), shape, tuple(EAlt(go(a.body), a.tag, a.vars, a.strict, a.lit) for a in alts), line
            )
    raise TypeError(t)


def free_vars(t: Term) -> frozenset[str]:
    """The free variables of an erased term (names are unique, so no shadowing needs care)."""
    out: set[str] = set()
    bound: set[str] = set()
    stack: list[Term] = [t]
    while stack:
        e = stack.pop()
        match e:
            case EVar(name):
                out.add(name)
            case ELit() | EFail():
                pass
            case ELam(params, _, body):
                bound.update(params)
                stack.append(body)
            case EApp(fn, args):
                stack.append(fn)
                stack.extend(args)
            case ELet(name, rhs, body, _):
                bound.add(name)
                stack.extend((rhs, body))
            case ELetRec(binds, body):
                for name, rhs in binds:
                    bound.add(name)
                    stack.append(rhs)
                stack.append(body)
            case ECon(_, _, args, _) | EPrim(_, args):
                stack.extend(args)
            case ECase(scrut, _, alts):
                stack.append(scrut)
                for alt in alts:
                    bound.update(alt.vars)
                    stack.append(alt.body)
    return frozenset(out - bound)


# The erased term's text is for people (the explorer's stage after erasure): a term that fits in this many
# columns is written on one line, a longer one is broken over lines and indented.
_WIDTH = 100


def print_term(t: Term, indent: int = 0) -> str:
    """The erased term as text (for people: the explorer's stage after erasure), laid out over lines."""
    flat = flat_text(t)
    if len(flat) + 2 * indent <= _WIDTH:
        return flat
    pad = "\n" + "  " * indent
    inner = "\n" + "  " * (indent + 1)
    match t:
        case ELam(params, strict, body):
            ps = " ".join(("!" if s else "") + p for p, s in zip(params, strict, strict=False))
            return f"(\\{ps}.{inner}{print_term(body, indent + 1)})"
        case EApp(fn, args):
            return "(" + inner.join(print_term(x, indent + 1) for x in (fn, *args)) + ")"
        case ELet(name, rhs, body, strict):
            rhs_text = print_term(rhs, indent + 1)
            return f"(let{'!' if strict else ''} {name} = {rhs_text} in{pad}{print_term(body, indent)})"
        case ELetRec(binds, body):
            bs = "".join(f"{inner}{n} = {print_term(r, indent + 2)}" for n, r in binds)
            return f"(letrec{bs}{pad}in {print_term(body, indent)})"
        case ECon(name, tag, args, _):
            return "(" + inner.join([f"{name}#{tag}", *(print_term(a, indent + 1) for a in args)]) + ")"
        case ECase(scrut, _, alts):
            parts = "".join(f"{inner}{_pattern(alt)} -> {print_term(alt.body, indent + 2)}" for alt in alts)
            return f"(case {print_term(scrut, indent + 1)} of{parts})"
        case EPrim(op, args):
            return "(" + inner.join([op + "#", *(print_term(a, indent + 1) for a in args)]) + ")"
    return flat


def _pattern(alt: EAlt) -> str:
    if alt.tag is not None:
        return " ".join([f"#{alt.tag}", *alt.vars])
    return str(alt.lit) if alt.lit is not None else "_"


def flat_text(t: Term) -> str:
    """The erased term on one line."""
    match t:
        case EVar(name):
            return name
        case ELit(v):
            return str(v)
        case ELam(params, strict, body):
            ps = " ".join(("!" if s else "") + p for p, s in zip(params, strict, strict=False))
            return f"(\\{ps}. {flat_text(body)})"
        case EApp(fn, args):
            return "(" + " ".join(flat_text(x) for x in (fn, *args)) + ")"
        case ELet(name, rhs, body, strict):
            return f"(let{'!' if strict else ''} {name} = {flat_text(rhs)} in {flat_text(body)})"
        case ELetRec(binds, body):
            bs = "; ".join(f"{n} = {flat_text(r)}" for n, r in binds)
            return f"(letrec {bs} in {flat_text(body)})"
        case ECon(name, tag, args, _):
            return "(" + " ".join([f"{name}#{tag}", *(flat_text(a) for a in args)]) + ")"
        case ECase(scrut, _, alts):
            parts = "; ".join(f"{_pattern(alt)} -> {flat_text(alt.body)}" for alt in alts)
            return f"(case {flat_text(scrut)} of {parts})"
        case EPrim(op, args):
            return "(" + " ".join([op + "#", *(flat_text(a) for a in args)]) + ")"
        case EFail(message):
            return f"(fail {message!r})"
    raise TypeError(t)
