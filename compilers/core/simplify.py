"""Simplification of the erased core before it is lowered (README.md, "Simplification").

Every rewrite keeps call-by-need's meaning to the letter: the same values, the same effects in the same
order, the same error (or loop) where a run stops. What it saves is work the Engine would do at run time:

- **Inlining** of small top-level functions (a class method at a known instance, `Num Int`'s `+`, and
  the helpers it calls) at their saturated calls: `f a b` with `f = \\x y. body` becomes
  `let x = a in let y = b in body` (lazy bindings, so nothing is evaluated that was not), binders renamed
  apart. A variable or literal argument is put in place of the parameter (a variable shares its thunk).
- **A lazy binding used once**, not inside a lambda, is put where it is used (a guard's fall-through
  `let v = go (n - 1) in case .. of False -> v` becomes a tail call, with no thunk): evaluated there at
  most once, as the thunk would have been. One never used is dropped (making a thunk has no effect).
- **A case of a constructor or literal** takes its alternative; so does a case of a top-level dictionary
  (a constructor of lazy fields) whose alternative uses only fields that are variables or literals, so a
  method selected from a known instance is a known function. A lazy `let x = y` of a variable or literal
  is `y` where `x` is used.
- **Specialisation** (specialise.py): a top-level loop called with a known function or dictionary for a
  parameter it passes to itself unchanged is copied for it, and the copy simplified like any binding.
- **What is forced first**: a lazy binding whose body forces it before doing anything else becomes
  strict (`let!`), and a lambda's parameters that its body forces first, in their order, become strict
  (`lam!`): forcing them on entry is what the body did first anyway.

Top-level bindings of a library (the same erased term in every program) are simplified once per process
and kept (SIMPLIFIED), so that the lowering's own per-process store of lowered bindings serves them.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import suppress

from compilers.core.erase import (
    EAlt,
    EApp,
    ECase,
    ECon,
    EFail,
    ELam,
    ELet,
    ELetRec,
    ELit,
    EPrim,
    EVar,
    Term,
    free_vars,
)
from compilers.core.specialise import specialise_program

# A top-level function whose body has at most this many nodes (and no lambda or letrec of its own, no call
# of itself) is inlined at its saturated calls; inlining nests at most INLINE_DEPTH deep (`x + y` at Int:
# `Num Int`'s `+`, then the wrap to 64 bits it calls, whose rare path, a call, stays one).
INLINE_SIZE = 40
INLINE_DEPTH = 2

# Simplified top-level bindings, per process: id(erased term) -> (the term, the inlined definitions it
# depended on by name (None: not inlinable then), the simplified term); least recently used go first.
SIMPLIFIED: OrderedDict[int, tuple[Term, tuple[tuple[str, Term | None], ...], Term]] = OrderedDict()
MAX_SIMPLIFIED = 3000

_NUMBERED = re.compile(r"(.*)\.([0-9]+)")


def simplify_program(term: Term) -> Term:
    """The program's erased term simplified (a top-level letrec binding by binding)."""
    if not isinstance(term, ELetRec):
        return _Simplifier(_Top({}, {}), term).run(term)
    inline = {n: r for n, r in term.binds if isinstance(r, ELam) and _inlinable(n, r)}
    top = _Top(inline, {n: r for n, r in term.binds if _dictionary(r)})
    binds = tuple((n, _top_binding(r, top)) for n, r in term.binds)
    body = _Simplifier(top, term.body).run(term.body)
    binds, body = specialise_program(binds, body, lambda copy: _top_binding(copy, top))
    # The program's own top-level loops (`sumTo acc n`) as its local ones: every call of them is in this
    # letrec. A library's functions (qualified names, `P.foldr`) keep the marks they were simplified with,
    # the same in every program, so that what was lowered of them before serves again.
    return ELetRec(_group_valued(binds, body, {}, top.totals(), _own_function), body)


def _own_function(name: str) -> bool:
    """A top-level function of the program itself, not of a library (whose names are qualified)."""
    return "." not in name


def _dictionary(t: Term) -> bool:
    """A constructor of lazy fields bound at the top level (a class instance's dictionary, `$fOrdInt`):
    a value, whose fields a `case` of its name can take at compile time."""
    return isinstance(t, ECon) and not any(t.strict)


class _Top:
    """What the simplification of a binding knows of the program's top level: its inlinable functions,
    its dictionaries, and the inlinable functions that are total (_total_functions: found when first
    needed, which a program whose bindings were all simplified before does not)."""

    def __init__(self, inline: dict[str, ELam], cons: dict[str, Term]) -> None:
        self.inline = inline
        self.cons = cons
        self.found: dict[str, ELam] | None = None

    def totals(self) -> dict[str, ELam]:
        if self.found is None:
            self.found = _total_functions(self.inline)
        return self.found

    def definition(self, name: str) -> Term | None:
        """The top-level definition a simplified binding may have taken into itself."""
        return self.inline.get(name) or self.cons.get(name)


def _total_functions(inline: dict[str, ELam]) -> dict[str, ELam]:
    """The inlinable functions that call no function but these and never, through them, themselves: a call
    of one is total (_total) when its body is, for the ranges of the call's arguments."""
    found: dict[str, ELam] = {}
    state: dict[str, bool] = {}

    def acyclic(name: str) -> bool:
        if name not in state:
            state[name] = False  # a function that calls itself, through others, is not taken
            called = _called(inline[name].body)
            state[name] = all(n in inline and acyclic(n) for n in called)
            if state[name]:
                found[name] = inline[name]
        return state[name]

    for name in inline:
        acyclic(name)
    return found


def _called(t: Term) -> set[str]:
    return {e.fn.name for e in _nodes(t) if isinstance(e, EApp) and isinstance(e.fn, EVar)}


def _top_binding(term: Term, top: _Top) -> Term:
    key = id(term)
    kept = SIMPLIFIED.get(key)
    if kept is not None and kept[0] is term and all(top.definition(n) is d for n, d in kept[1]):
        with suppress(KeyError):  # compiles in other threads change the table too
            SIMPLIFIED.move_to_end(key)
        return kept[2]
    simplified = _Simplifier(top, term).run(term)
    deps = tuple((n, top.definition(n)) for n in sorted(free_vars(term)))
    SIMPLIFIED[key] = (term, deps, simplified)
    while len(SIMPLIFIED) > MAX_SIMPLIFIED:
        with suppress(KeyError):
            SIMPLIFIED.popitem(last=False)
    return simplified


_INLINABLE: dict[int, tuple[ELam, bool]] = {}


def _inlinable(name: str, lam: ELam) -> bool:
    kept = _INLINABLE.get(id(lam))
    if kept is not None and kept[0] is lam:
        return kept[1]
    nodes = list(_nodes(lam.body))
    ok = (
        len(nodes) <= INLINE_SIZE
        and not any(isinstance(n, ELam | ELetRec) for n in nodes)
        and not any(isinstance(n, EVar) and n.name == name for n in nodes)
    )
    if len(_INLINABLE) > 20_000:
        _INLINABLE.clear()
    _INLINABLE[id(lam)] = (lam, ok)
    return ok


def _nodes(t: Term) -> Iterator[Term]:
    stack = [t]
    while stack:
        e = stack.pop()
        yield e
        match e:
            case ELam(_, _, body):
                stack.append(body)
            case EApp(fn, args):
                stack.append(fn)
                stack.extend(args)
            case ELet(_, rhs, body, _):
                stack.extend((rhs, body))
            case ELetRec(binds, body):
                stack.extend(r for _, r in binds)
                stack.append(body)
            case ECon(_, _, args, _) | EPrim(_, args):
                stack.extend(args)
            case ECase(scrut, _, alts):
                stack.append(scrut)
                stack.extend(a.body for a in alts)


def _binders(t: Term) -> Iterator[str]:
    for e in _nodes(t):
        match e:
            case ELam(params):
                yield from params
            case ELet(name):
                yield name
            case ELetRec(binds):
                yield from (n for n, _ in binds)
            case ECase(_, _, alts):
                for a in alts:
                    yield from a.vars


class _Simplifier:
    def __init__(self, top: _Top, term: Term) -> None:
        self.inline = top.inline
        self.cons = top.cons
        self.top = top
        self.alias: dict[str, Term] = {}  # a lazy let's name -> the variable or literal it is bound to
        self.counter = 0
        for b in _binders(term):
            m = _NUMBERED.fullmatch(b)
            if m:
                self.counter = max(self.counter, int(m.group(2)))
        self.occ: dict[str, int] = {}  # uses of each binder (names are unique)
        self.in_lam: set[str] = set()  # binders used inside a lambda that is inside their scope

    def run(self, t: Term) -> Term:
        t = self.inlined(t, 0)
        self.count(t)
        return _valued(self.simplify(t, {}), {}, self.top.totals())

    def fresh(self, name: str) -> str:
        self.counter += 1
        m = _NUMBERED.fullmatch(name)
        return f"{m.group(1) if m else name}.{self.counter}"

    # ------------------------------------------------------------ inlining

    def inlined(self, t: Term, depth: int) -> Term:
        match t:
            case EVar(name):
                return self.alias.get(name, t)
            case ELit() | EFail():
                return t
            case ELam(params, strict, body):
                return ELam(params, strict, self.inlined(body, depth))
            case EApp(fn, args, line):
                args = tuple(self.inlined(a, depth) for a in args)
                # the function first: a method taken from a known dictionary is a function known here
                return self.call(self.inlined(fn, depth), args, line, depth)
            case ELet(name, rhs, body, strict):
                rhs = self.inlined(rhs, depth)
                if not strict and isinstance(rhs, EVar | ELit):
                    # `let f = g`: f is g (forcing f would force g and take its value), so uses of f are g
                    self.alias[name] = rhs
                    return self.inlined(body, depth)
                return ELet(name, rhs, self.inlined(body, depth), strict)
            case ELetRec(binds, body):
                return ELetRec(
                    tuple((n, self.inlined(r, depth)) for n, r in binds), self.inlined(body, depth)
                )
            case ECon(name, tag, args, strict):
                return ECon(name, tag, tuple(self.inlined(a, depth) for a in args), strict)
            case EPrim(op, args, line):
                return EPrim(op, tuple(self.inlined(a, depth) for a in args), line)
            case ECase(scrut, shape, alts, line):
                scrut = self.inlined(scrut, depth)
                if isinstance(scrut, EVar) and scrut.name in self.cons:
                    taken = self.dictionary_alt(self.cons[scrut.name], alts)
                    if taken is not None:
                        return self.inlined(taken, depth)
                out = tuple(EAlt(self.inlined(a.body, depth), a.tag, a.vars, a.strict, a.lit) for a in alts)
                return ECase(scrut, shape, out, line)
        raise TypeError(t)

    def dictionary_alt(self, con: Term, alts: tuple[EAlt, ...]) -> Term | None:
        """The alternative a case of a top-level dictionary takes, its variables made aliases of the
        fields that are variables or literals (a method, `$cOrdInt.<=`); None when the alternative uses
        a field that is an expression (a thunk of the dictionary, evaluated once: it is not copied)."""
        assert isinstance(con, ECon)
        for alt in alts:
            if alt.tag == con.tag:
                used = free_vars(alt.body)
                fields = dict(zip(alt.vars, con.args, strict=True))
                if any(v in used and not isinstance(a, EVar | ELit) for v, a in fields.items()):
                    return None
                self.alias.update((v, a) for v, a in fields.items() if v in used)
                return alt.body
            if alt.tag is None and alt.lit is None:
                return alt.body
        return None

    def call(self, fn: Term, args: tuple[Term, ...], line: int | None, depth: int) -> Term:
        """`fn args` (both inlined already), the call of a small function inlined."""
        if isinstance(fn, EApp):  # `(f a) b` is `f a b` (the partial application was not shared)
            inner = fn
            fn, args = inner.fn, (*inner.args, *args)
        if isinstance(fn, EVar) and depth < INLINE_DEPTH:
            lam = self.inline.get(fn.name)
            if lam is not None and len(args) >= len(lam.params):
                n = len(lam.params)
                body = self.instance(lam, args[:n], line, depth + 1)
                if len(args) == n:
                    return body
                if isinstance(body, EVar | EApp):
                    # a method taken from a known dictionary by its selector (`P.<= $fOrdInt x y`): its
                    # call is inlined as the selector's was (each step takes arguments: it ends)
                    return self.call(body, args[n:], line, depth)
                return EApp(body, args[n:], line)
        return EApp(fn, args, line)

    def instance(self, lam: ELam, args: tuple[Term, ...], line: int | None, depth: int) -> Term:
        """The function's body for these arguments (inlined already): parameters bound to them (substituted
        when atoms), every binder renamed apart, the calls in it inlined at `depth`; a run stopping inside
        it reports the call's line."""
        names: dict[str, Term] = {}
        binds: list[tuple[str, Term, bool]] = []
        for p, s, a in zip(lam.params, lam.strict, args, strict=True):
            if isinstance(a, EVar | ELit) and not s:
                names[p] = a
            else:
                fresh = self.fresh(p)
                names[p] = EVar(fresh)
                binds.append((fresh, a, s))
        body = self.inlined(self.renamed(lam.body, names, line), depth)
        for fresh, a, s in reversed(binds):
            body = ELet(fresh, a, body, s)
        return body

    def renamed(self, t: Term, names: dict[str, Term], line: int | None) -> Term:
        """A copy of t (an inlinable body: no lambda or letrec) with its binders renamed apart."""

        def go(e: Term) -> Term:
            match e:
                case EVar(name):
                    return names.get(name, e)
                case ELit():
                    return e
                case EFail(message, at):
                    return EFail(message, at if at is not None else line)
                case EApp(fn, args, at):
                    return EApp(go(fn), tuple(map(go, args)), at if at is not None else line)
                case ELet(name, rhs, body, strict):
                    rhs = go(rhs)
                    fresh = self.fresh(name)
                    names[name] = EVar(fresh)
                    return ELet(fresh, rhs, go(body), strict)
                case ECon(cname, tag, args, strict):
                    return ECon(cname, tag, tuple(map(go, args)), strict)
                case EPrim(op, args, at):
                    return EPrim(op, tuple(map(go, args)), at if at is not None else line)
                case ECase(scrut, shape, alts, at):
                    out = []
                    for a in alts:
                        for v in a.vars:
                            names[v] = EVar(self.fresh(v))
                        new_vars = tuple(names[v].name for v in a.vars)  # type: ignore[union-attr]
                        out.append(EAlt(go(a.body), a.tag, new_vars, a.strict, a.lit))
                    return ECase(go(scrut), shape, tuple(out), at if at is not None else line)
            raise TypeError(e)

        return go(t)

    # ------------------------------------------------------------ occurrences

    def count(self, t: Term) -> None:
        """Uses of every binder, and which are used inside a lambda within their scope."""
        lam_depth: dict[str, int] = {}  # binder -> how many lambdas enclose its binding

        def go(e: Term, depth: int) -> None:
            match e:
                case EVar(name):
                    self.occ[name] = self.occ.get(name, 0) + 1
                    if depth > lam_depth.get(name, depth):
                        self.in_lam.add(name)
                case ELit() | EFail():
                    pass
                case ELam(params, _, body):
                    for p in params:
                        lam_depth[p] = depth + 1
                    go(body, depth + 1)
                case EApp(fn, args):
                    go(fn, depth)
                    for a in args:
                        go(a, depth)
                case ELet(name, rhs, body, _):
                    lam_depth[name] = depth
                    go(rhs, depth)
                    go(body, depth)
                case ELetRec(binds, body):
                    for n, _ in binds:
                        lam_depth[n] = depth
                    for _, r in binds:
                        go(r, depth)
                    go(body, depth)
                case ECon(_, _, args, _) | EPrim(_, args):
                    for a in args:
                        go(a, depth)
                case ECase(scrut, _, alts):
                    go(scrut, depth)
                    for alt in alts:
                        for v in alt.vars:
                            lam_depth[v] = depth
                        go(alt.body, depth)

        go(t, 0)

    # ------------------------------------------------------------ simplification

    def simplify(self, t: Term, sub: dict[str, Term]) -> Term:
        match t:
            case EVar(name):
                return self.simplify(sub.pop(name), sub) if name in sub else t
            case ELit() | EFail():
                return t
            case ELam(params, strict, body):
                body = self.simplify(body, sub)
                first = _forced_first(body)
                marks = list(strict)
                position = -1
                for v in first:
                    if v not in params or params.index(v) <= position:
                        break
                    position = params.index(v)
                    marks[position] = True
                return ELam(params, tuple(marks), body)
            case EApp(fn, args, line):
                return EApp(self.simplify(fn, sub), tuple(self.simplify(a, sub) for a in args), line)
            case ELet(name, rhs, body, strict):
                uses = self.occ.get(name, 0)
                if not strict and uses == 0:
                    return self.simplify(body, sub)
                if not strict and uses == 1 and name not in self.in_lam:
                    sub[name] = rhs  # simplified where it is used
                    return self.simplify(body, sub)
                rhs = self.simplify(rhs, sub)
                body = self.simplify(body, sub)
                if not strict and not isinstance(rhs, ELam) and _forced_first(body)[:1] == [name]:
                    strict = True
                return ELet(name, rhs, body, strict)
            case ELetRec(((name, rhs),), body) if not isinstance(rhs, ELam) and name not in free_vars(rhs):
                # one value that does not refer to itself (`let m = n + 1 in m `seq` ...`): a lazy let
                return self.simplify(ELet(name, rhs, body, False), sub)
            case ELetRec(binds, body):
                return ELetRec(tuple((n, self.simplify(r, sub)) for n, r in binds), self.simplify(body, sub))
            case ECon(name, tag, args, strict):
                return ECon(name, tag, tuple(self.simplify(a, sub) for a in args), strict)
            case EPrim(op, args, line):
                return EPrim(op, tuple(self.simplify(a, sub) for a in args), line)
            case ECase(scrut, shape, alts, line):
                scrut = self.simplify(scrut, sub)
                known = self.known_alt(scrut, alts)
                if known is not None:
                    return self.simplify(known, sub)
                out = tuple(EAlt(self.simplify(a.body, sub), a.tag, a.vars, a.strict, a.lit) for a in alts)
                return ECase(scrut, shape, out, line)
        raise TypeError(t)

    @staticmethod
    def known_alt(scrut: Term, alts: tuple[EAlt, ...]) -> Term | None:
        """The alternative a case of a literal or of a constructor with no fields takes."""
        if isinstance(scrut, ELit):
            found = (a for a in alts if a.lit == scrut.value or (a.tag is None and a.lit is None))
        elif isinstance(scrut, ECon) and not scrut.args:
            found = (a for a in alts if a.tag == scrut.tag or (a.tag is None and a.lit is None))
        else:
            return None
        return next((a.body for a in found), None)


def _forced_first(t: Term) -> list[str]:
    """The variables that evaluating t forces, in order, before it does anything else that could be seen
    (fail, loop, write, or force anything else); making thunks and constructors is not seen."""
    out: list[str] = []
    while True:
        match t:
            case EVar(name):
                out.append(name)
                return out
            case ELet(_, rhs, body, strict):
                if not strict or isinstance(rhs, ELam | ELit):
                    t = body
                    continue
                if isinstance(rhs, EVar):
                    out.append(rhs.name)
                    t = body
                    continue
                t = rhs
            case ELetRec(_, body):
                t = body
            case ECase(scrut):
                t = scrut
            case EPrim(_, args):
                # a primitive evaluates its arguments in order: a variable or literal does nothing more
                for a in args:
                    if isinstance(a, EVar):
                        out.append(a.name)
                    elif not isinstance(a, ELit):
                        return out + _forced_first(a)
                return out
            case _:
                return out


# ------------------------------------------------------------ parameters that are always given values

# What is known of a value: the least and greatest Int it can be (None: no bound, or not an Int).
Range = tuple[int | None, int | None]
ANY: Range = (None, None)
# Int arithmetic is total while every result stays within the Engine's Ints (50 digits: 2n+1 < 10^50).
LIMIT = 2**164
# The range a parameter taken for an Int is assumed to hold (beyond 64 bits, so that an Int wrapped to
# 64 bits by a routine whose own range is found a little wider still fits).
PARAM_RANGE: Range = (-(2**80), 2**80)
_COMPARISONS = frozenset({"eq", "ne", "lt", "le", "gt", "ge"})
# `op x c` is known to be True or False (in an alternative of a case of it): (x, op, c, holds)
Refinement = tuple[str, str, int, bool]


def _bounded(r: Range) -> bool:
    return r[0] is not None and r[1] is not None and r[0] >= -LIMIT and r[1] <= LIMIT


def _within(r: Range, outer: Range) -> bool:
    return _bounded(r) and outer[0] <= r[0] and r[1] <= outer[1]  # type: ignore[operator]


def _arith(op: str, rs: list[Range]) -> Range | None:
    """The range of an Int primitive's result, None when it could leave the Engine's Ints."""
    if not all(_bounded(r) for r in rs):
        return None
    lo, hi = zip(*rs, strict=True)
    match op:
        case "add":
            out = (lo[0] + lo[1], hi[0] + hi[1])
        case "sub":
            out = (lo[0] - hi[1], hi[0] - lo[1])
        case "neg":
            out = (-hi[0], -lo[0])
        case "mul":
            products = [x * y for x in (lo[0], hi[0]) for y in (lo[1], hi[1])]
            out = (min(products), max(products))
        case _:
            return None
    return out if _bounded(out) else None


def _refined(r: Range, op: str, c: int, holds: bool) -> Range:
    """x's range where `op x c` is known to be `holds`."""
    lo, hi = r
    if not holds:
        op = {"eq": "ne", "ne": "eq", "lt": "ge", "le": "gt", "gt": "le", "ge": "lt"}[op]
    match op:
        case "eq":
            return (c, c)
        case "lt":
            return (lo, c - 1 if hi is None else min(hi, c - 1))
        case "le":
            return (lo, c if hi is None else min(hi, c))
        case "gt":
            return (c + 1 if lo is None else max(lo, c + 1), hi)
        case "ge":
            return (c if lo is None else max(lo, c), hi)
    return r


def _total(t: Term, known: dict[str, Range], fns: dict[str, ELam]) -> Range | None:
    """The range of t's value when evaluating it cannot fail, loop, leave the Engine's Ints or have an
    effect, and costs a few primitives or calls of `fns` (total functions); None otherwise. `known`: the
    variables that hold values, with their ranges. Evaluating such a term before it is needed, or when
    it is not needed at all, cannot be seen."""
    match t:
        case ELit(v):
            return (v, v)
        case ELam():
            return ANY
        case EVar(name):
            return known.get(name)
        case ECon(_, _, args, strict):
            ok = all(_total(a, known, fns) is not None for a, s in zip(args, strict, strict=True) if s)
            return ANY if ok else None
        case EApp(EVar(name), args) if name in fns and len(args) == len(fns[name].params):
            ranges = [_total(a, known, fns) for a in args]
            if any(r is None for r in ranges):
                return None
            return _total(fns[name].body, dict(zip(fns[name].params, ranges, strict=True)), fns)  # type: ignore[arg-type]
        case EPrim(op, args):
            ranges = [_total(a, known, fns) for a in args]
            if any(r is None for r in ranges):
                return None
            if op in _COMPARISONS:
                return ANY
            if op in ("quot", "rem") and isinstance(args[1], ELit) and args[1].value != 0:
                m = abs(args[1].value)
                if op == "rem":
                    return (-(m - 1), m - 1)
                lo, hi = ranges[0]  # type: ignore[misc]
                if lo is None or hi is None:
                    return ANY
                return (-abs(lo) - abs(hi), abs(lo) + abs(hi))
            return _arith(op, ranges)  # type: ignore[arg-type]
        case ELet(name, rhs, body, strict):
            if not strict:
                return _total(body, known, fns)
            r = _total(rhs, known, fns)
            return None if r is None else _total(body, {**known, name: r}, fns)
        case ECase(scrut, _, alts):
            if _total(scrut, known, fns) is None:
                return None
            out: Range | None = None
            for alt in alts:
                inner = {**known, **{v: ANY for v, s in zip(alt.vars, alt.strict, strict=False) if s}}
                match scrut:
                    case EPrim(op, (EVar(x), ELit(c))) if op in _COMPARISONS and alt.tag is not None:
                        inner[x] = _refined(known[x], op, c, alt.tag == 1)
                r = _total(alt.body, inner, fns)
                if r is None:
                    return None
                if out is None:
                    out = r
                else:
                    lo = None if out[0] is None or r[0] is None else min(out[0], r[0])
                    hi = None if out[1] is None or r[1] is None else max(out[1], r[1])
                    out = (lo, hi)
            return out
    return None


def _valued(t: Term, known: dict[str, Range], fns: dict[str, ELam]) -> Term:
    """t with the parameters of its local recursive functions made strict where every call gives them a
    value or a total expression (_total): forcing them on entry then does nothing that could be seen, and
    a loop's accumulator is passed evaluated instead of as a chain of thunks. `known`: the variables in
    scope known to hold values."""

    def go(e: Term, known: dict[str, Range]) -> Term:
        match e:
            case EVar() | ELit() | EFail():
                return e
            case ELam(params, strict, body):
                inner = {**known, **{p: ANY for p, s in zip(params, strict, strict=True) if s}}
                return ELam(params, strict, go(body, inner))
            case EApp(fn, args, line):
                return EApp(go(fn, known), tuple(go(a, known) for a in args), line)
            case ELet(name, rhs, body, strict):
                return ELet(name, go(rhs, known), go(body, {**known, name: ANY} if strict else known), strict)
            case ELetRec(binds, body):
                binds = _group_valued(binds, body, known, fns)
                return ELetRec(tuple((n, go(r, known)) for n, r in binds), go(body, known))
            case ECon(name, tag, args, strict):
                return ECon(name, tag, tuple(go(a, known) for a in args), strict)
            case EPrim(op, args, line):
                return EPrim(op, tuple(go(a, known) for a in args), line)
            case ECase(scrut, shape, alts, line):
                out = tuple(
                    EAlt(go(a.body, {**known, **_alt_values(a)}), a.tag, a.vars, a.strict, a.lit)
                    for a in alts
                )
                return ECase(go(scrut, known), shape, out, line)
        raise TypeError(e)

    return go(t, known)


def _alt_values(alt: EAlt) -> dict[str, Range]:
    """An alternative's variables that hold values (its constructor's strict fields)."""
    return {v: ANY for v, s in zip(alt.vars, alt.strict, strict=False) if s}


def _group_valued(
    binds: tuple[tuple[str, Term], ...],
    body: Term,
    known: dict[str, Range],
    fns: dict[str, ELam],
    candidate: Callable[[str], bool] | None = None,
) -> tuple[tuple[str, Term], ...]:
    """A letrec group's functions with the parameters that every call gives a value marked strict (a
    greatest fixed point: a parameter is first assumed to be given an Int of PARAM_RANGE, then any value,
    then nothing, as the calls show). Only for functions that are called and never used otherwise (every
    call is then seen here), and, given `candidate`, only for the functions whose names it accepts."""
    lams = {n: r for n, r in binds if isinstance(r, ELam) and (candidate is None or candidate(n))}
    if not lams:
        return binds
    # parameter -> the range it is assumed to hold (absent: not assumed to hold a value)
    assumed: dict[str, dict[int, Range]] = {
        n: dict.fromkeys(range(len(lam.params)), PARAM_RANGE) for n, lam in lams.items()
    }
    escaping: set[str] = set()
    # each call: the callee, its arguments, the variables holding values there, the function whose body
    # holds the call (its parameters are assumed) and the comparisons with literals known there
    calls: list[tuple[str, tuple[Term, ...], dict[str, Range], str | None, tuple[Refinement, ...]]] = []
    refs: tuple[Refinement, ...] = ()

    def scan(e: Term, here: dict[str, Range], owner: str | None) -> None:
        """Records every call of the group's functions with the variables known to hold values there
        (besides the parameters of `owner`, the group's function whose body this is: assumed)."""
        nonlocal refs
        match e:
            case EVar(name):
                if name in lams:
                    escaping.add(name)
            case ELit() | EFail():
                pass
            case ELam(params, strict, lbody):
                scan(lbody, {**here, **{p: ANY for p, s in zip(params, strict, strict=True) if s}}, owner)
            case EApp(fn, args):
                if isinstance(fn, EVar) and fn.name in lams and len(args) >= len(lams[fn.name].params):
                    calls.append((fn.name, args, here, owner, refs))
                else:
                    scan(fn, here, owner)
                for a in args:
                    scan(a, here, owner)
            case ELet(name, rhs, lbody, strict):
                scan(rhs, here, owner)
                scan(lbody, {**here, name: ANY} if strict else here, owner)
            case ELetRec(inner, lbody):
                for _, r in inner:
                    scan(r, here, owner)
                scan(lbody, here, owner)
            case ECon(_, _, args, _) | EPrim(_, args):
                for a in args:
                    scan(a, here, owner)
            case ECase(scrut, _, alts):
                scan(scrut, here, owner)
                outer = refs
                for alt in alts:
                    match scrut:
                        case EPrim(op, (EVar(x), ELit(c))) if op in _COMPARISONS and alt.tag is not None:
                            refs = (*outer, (x, op, c, alt.tag == 1))
                    scan(alt.body, {**here, **_alt_values(alt)}, owner)
                    refs = outer

    for n, r in binds:
        if n in lams:
            lam = lams[n]
            scan(lam.body, {**known, **{p: ANY for p, s in zip(lam.params, lam.strict, strict=True) if s}}, n)
        else:
            scan(r, known, None)
    scan(body, known, None)
    # A function used as a value may be called anywhere; one never called (inlined at every call) has
    # nothing to gain: both keep the marks they have.
    called = {callee for callee, *_ in calls}
    for n in escaping | (lams.keys() - called):
        assumed[n] = {i: ANY for i, s in enumerate(lams[n].strict) if s}
    changed = True
    while changed:
        changed = False
        for callee, args, here, owner, known_there in calls:
            have = here
            if owner is not None:
                params = lams[owner].params
                have = {**here, **{params[i]: r for i, r in assumed[owner].items()}}
            for x, op, c, holds in known_there:
                if x in have:
                    have = {**have, x: _refined(have[x], op, c, holds)}
            for i, want in list(assumed[callee].items()):
                got = _total(args[i], have, fns)
                if got is None and lams[callee].strict[i]:  # forced on entry: a value all the same
                    got = ANY
                if got is None:
                    del assumed[callee][i]
                    changed = True
                elif want != ANY and not _within(got, want):
                    assumed[callee][i] = ANY
                    changed = True
    out = []
    for n, r in binds:
        if n in lams and assumed[n]:
            lam = lams[n]
            marks = tuple(s or i in assumed[n] for i, s in enumerate(lam.strict))
            r = ELam(lam.params, marks, lam.body)
        out.append((n, r))
    return tuple(out)
