"""Specialisation of top-level loops at known function arguments (README.md, "Specialisation").

`foldl' (+) 0 xs` at Int calls `foldl'` with `$cNumInt.+`, a top-level function, which `foldl'` calls at
every step through a closure. A top-level function that loops (calls itself, or holds a local loop) and
passes a parameter unchanged to itself, at a call that gives that parameter a *known value* (a top-level
function or dictionary, or a top-level function applied to fewer top-level names or literals than it
takes), gets a copy with the value in place of the parameter, `foldl'@0:$cNumInt.+`, which the
simplification then makes a loop of primitives (the call of a known small function is inlined). This is
beta reduction by a value: building a closure or naming a function evaluates nothing, so the meaning is
the same to the letter; only the calls are cheaper.

A copy is named after the function and the values, so a program's calls share one copy, and a library's
copy is the same term in every program: made, simplified and rewritten once per process, so that the
lowering's store of lowered bindings serves it too.
"""

from __future__ import annotations

from collections.abc import Callable

from compilers.core.erase import (
    EApp,
    ECase,
    ECon,
    ELam,
    ELet,
    ELetRec,
    ELit,
    EPrim,
    EVar,
    Term,
    flat_text,
    with_children,
)

# At most this many copies in a program (each is a function to lower); calls beyond it stay as they are.
MAX_COPIES = 200

Binds = tuple[tuple[str, Term], ...]
# A copy's plan: the function, the parameters given values, the values.
Plan = tuple[str, tuple[int, ...], tuple[Term, ...]]

# Per process, by id: a function's static parameters that it applies or examines; a copy made (by its name
# and the function's term); a term whose calls were rewritten (with the definitions the rewriting saw).
_STATIC: dict[int, tuple[Term, frozenset[int]]] = {}
_COPIES: dict[tuple[str, int], tuple[Term, ELam]] = {}
_Used = tuple[tuple[str, Term | None], ...]
_REWRITTEN: dict[int, tuple[Term, _Used, Term, tuple[tuple[str, Plan], ...]]] = {}
_MAX_KEPT = 20_000


def specialise_program(binds: Binds, body: Term, simplify: Callable[[Term], Term]) -> tuple[Binds, Term]:
    """The program's top level with the calls of its loops at known values made calls of copies, and the
    copies (simplified by `simplify`) added to it."""
    program = _Program(dict(binds))
    binds = tuple((n, program.rewritten(r)) for n, r in binds)
    body = program.rewritten(body)
    copies: list[tuple[str, Term]] = []
    done: set[str] = set()
    while program.wanted:
        name = program.wanted.pop()
        if name in done:
            continue
        done.add(name)
        fn, positions, values = program.planned[name]
        copy = _copy(name, fn, program.top[fn], positions, values)  # type: ignore[arg-type]
        copies.append((name, program.rewritten(simplify(copy))))
    return (*binds, *copies), body


class _Program:
    def __init__(self, top: dict[str, Term]) -> None:
        self.top = top
        self.planned: dict[str, Plan] = {}  # copy name -> its plan
        self.wanted: list[str] = []  # copies the rewritten terms call, not yet made

    def rewritten(self, t: Term) -> Term:
        kept = _REWRITTEN.get(id(t))
        if kept is not None and kept[0] is t and all(self.top.get(n) is d for n, d in kept[1]):
            for name, plan in kept[3]:
                self.planned.setdefault(name, plan)
                self.wanted.append(name)
            return kept[2]
        used: dict[str, Term | None] = {}
        calls: list[tuple[str, Plan]] = []
        out = self.walk(t, used, calls)
        if len(_REWRITTEN) > _MAX_KEPT:
            _REWRITTEN.clear()
        _REWRITTEN[id(t)] = (t, tuple(used.items()), out, tuple(calls))
        return out

    def walk(self, t: Term, used: dict[str, Term | None], calls: list[tuple[str, Plan]]) -> Term:
        def go(e: Term) -> Term:
            match e:
                case EApp(EVar(fn), args, line) if isinstance(self.top.get(fn), ELam):
                    args = tuple(map(go, args))
                    called = self.call(fn, args, used)
                    if called is None:
                        return EApp(EVar(fn), args, line)
                    name, rest = called
                    calls.append((name, self.planned[name]))
                    return EApp(EVar(name), rest, line)
            return with_children(e, go)

        return go(t)

    def call(
        self, fn: str, args: tuple[Term, ...], used: dict[str, Term | None]
    ) -> tuple[str, tuple[Term, ...]] | None:
        """The copy a call of `fn` is to call instead, and its arguments; None: the call stays."""
        lam = self.top[fn]
        assert isinstance(lam, ELam)
        used[fn] = lam
        arity = len(lam.params)
        if len(args) < arity:
            return None
        positions = tuple(i for i in sorted(_static(lam, fn)) if self.known(args[i], used))
        if not positions or len(positions) == arity:  # a copy of no parameters would be a shared value
            return None
        values = tuple(args[i] for i in positions)
        name = fn + "@" + ",".join(f"{i}:{flat_text(v)}" for i, v in zip(positions, values, strict=True))
        if name not in self.planned:
            if len(self.planned) >= MAX_COPIES or name in self.top:
                return None
            self.planned[name] = (fn, positions, values)
        self.wanted.append(name)
        return name, tuple(a for i, a in enumerate(args) if i not in positions)

    def known(self, a: Term, used: dict[str, Term | None]) -> bool:
        """A value made of top-level names: a function, a dictionary, or a function applied to fewer
        top-level names or literals than it takes (a closure: building it evaluates nothing)."""
        match a:
            case EVar(g):
                r = used[g] = self.top.get(g)
                return isinstance(r, ELam) or (isinstance(r, ECon) and not any(r.strict))
            case EApp(EVar(g), xs):
                r = used[g] = self.top.get(g)
                if not isinstance(r, ELam) or len(xs) >= len(r.params):
                    return False
                for x in xs:
                    if isinstance(x, EVar):
                        used[x.name] = self.top.get(x.name)
                        if x.name not in self.top:
                            return False
                    elif not isinstance(x, ELit):
                        return False
                return True
        return False


def _static(lam: ELam, name: str) -> frozenset[int]:
    """The parameters of a top-level function that loops (calls itself, or holds a local `letrec`) which
    every call of itself passes unchanged and which it calls or examines: a copy for a value of one of
    them is the function for that value."""
    kept = _STATIC.get(id(lam))
    if kept is not None and kept[0] is lam:
        return kept[1]
    alias = {p: p for p in lam.params}  # a name -> the parameter it is (`let f = v.1`)
    loops = False
    static = set(range(len(lam.params)))
    applied: set[str] = set()
    stack: list[Term] = [lam.body]
    while stack:
        e = stack.pop()
        match e:
            case EVar(n) if n == name:  # used otherwise than called: nothing is static
                static.clear()
            case ELam(_, _, b):
                stack.append(b)
            case EApp(fn, args):
                if isinstance(fn, EVar) and fn.name == name:
                    loops = True
                    for i, p in enumerate(lam.params):
                        a = args[i] if i < len(args) else None
                        if not (isinstance(a, EVar) and alias.get(a.name) == p):
                            static.discard(i)
                else:
                    stack.append(fn)
                if isinstance(fn, EVar) and fn.name in alias:
                    applied.add(alias[fn.name])
                stack.extend(args)
            case ELet(n, rhs, b, _):
                if isinstance(rhs, EVar) and rhs.name in alias:
                    alias[n] = alias[rhs.name]
                stack.extend((rhs, b))
            case ELetRec(inner, b):
                loops = True
                stack.extend(r for _, r in inner)
                stack.append(b)
            case ECon(_, _, args, _) | EPrim(_, args):
                stack.extend(args)
            case ECase(scrut, _, alts):
                if isinstance(scrut, EVar) and scrut.name in alias:
                    applied.add(alias[scrut.name])
                stack.append(scrut)
                stack.extend(a.body for a in alts)
    found = frozenset(i for i in static if lam.params[i] in applied) if loops else frozenset()
    if len(_STATIC) > _MAX_KEPT:
        _STATIC.clear()
    _STATIC[id(lam)] = (lam, found)
    return found


def _copy(name: str, fn: str, lam: ELam, positions: tuple[int, ...], values: tuple[Term, ...]) -> ELam:
    """The function with the values in place of its parameters at `positions` (the same object for the
    same function and values, per process, so that what is made of it is kept)."""
    key = (name, id(lam))
    kept = _COPIES.get(key)
    if kept is not None and kept[0] is lam:
        return kept[1]
    given = {lam.params[i]: v for i, v in zip(positions, values, strict=True)}
    keep = [i for i in range(len(lam.params)) if i not in positions]
    copy = ELam(
        tuple(lam.params[i] for i in keep), tuple(lam.strict[i] for i in keep), _substituted(lam.body, given)
    )
    if len(_COPIES) > _MAX_KEPT:
        _COPIES.clear()
    _COPIES[key] = (lam, copy)
    return copy


def _substituted(t: Term, given: dict[str, Term]) -> Term:
    """t with the given values in place of the variables (closed values: nothing is captured); a lazy
    `let` of such a variable (`let f = v.1`) is the value too."""

    def go(e: Term) -> Term:
        match e:
            case EVar(n):
                return given.get(n, e)
            case ELet(n, EVar(v), b, False) if v in given:
                given[n] = given[v]
                return go(b)
        return with_children(e, go)

    return go(t)
