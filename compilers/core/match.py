"""Pattern-match compilation: clauses with nested patterns to the core's flat `case` trees (a decision
tree that examines each value at most once on any path). For front-ends whose languages have nested
patterns (Haskell's equations and `case`, Idris's clauses): they elaborate each group of clauses to one
call of `compile_match`, and the core stays flat.

The rows are tried in order (the first clause that matches wins), as Haskell and Idris specify. The
method is the column-by-column one (Augustsson; Wadler, "Efficient compilation of pattern matching", in
Peyton Jones's book, 1987): a column of constructors becomes one `case` with an alternative per
constructor present, a column of variables binds them, and a mixture is split into blocks that fall
through to each other. What a failing block falls through to is bound once in a lazy `let`, so it is
neither duplicated nor evaluated unless reached.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from compilers.core.syntax import (
    Alt,
    Bind,
    Case,
    Expr,
    Fail,
    Let,
    Program,
    TCon,
    TVar,
    TyApp,
    Type,
    Var,
    subst_type,
)


@dataclass(frozen=True, slots=True)
class PVar:
    name: str  # "_" binds nothing


@dataclass(frozen=True, slots=True)
class PCon:
    con: str
    args: tuple[Pat, ...] = ()


@dataclass(frozen=True, slots=True)
class PLit:
    value: int


Pat = PVar | PCon | PLit


@dataclass(frozen=True, slots=True)
class Clause:
    pats: tuple[Pat, ...]  # one per scrutinee
    body: Expr


@dataclass(slots=True)
class _Row:
    pats: list[Pat]
    binds: list[tuple[str, str, Type]]  # (pattern variable, scrutinee variable, type)
    body: Expr


class _Compiler:
    def __init__(self, program: Program, result: Type, fresh: Callable[[], str]) -> None:
        self.cons = program.constructors()
        self.result = result
        self.fresh = fresh

    def field_types(self, con: str, scrut_type: Type) -> list[Type]:
        decl, index = self.cons[con]
        args = scrut_type.args if isinstance(scrut_type, TCon) else ()
        temps = [f"{p}%{i}" for i, p in enumerate(decl.params)]
        out = []
        for field in decl.cons[index].fields:
            t = field
            for p, tmp in zip(decl.params, temps, strict=True):
                t = subst_type(t, p, TVar(tmp))
            for tmp, a in zip(temps, args, strict=False):
                t = subst_type(t, tmp, a)
            out.append(t)
        return out

    def match(self, scruts: list[tuple[str, Type]], rows: list[_Row], fallback: Expr) -> Expr:
        if not rows:
            return fallback
        if not scruts:
            row = rows[0]
            body = row.body
            for name, var, t in reversed(row.binds):
                body = Let(Bind(name, t, Var(var)), body)
            return body
        (v, vt), rest_scruts = scruts[0], scruts[1:]
        # A column of variables: bind them and go on with the other columns.
        first = rows[0].pats[0]
        if isinstance(first, PVar):
            block = []
            for row in rows:
                if not isinstance(row.pats[0], PVar):
                    break
                block.append(row)
            inner = [self._bind(row, v, vt) for row in block]
            later = rows[len(block) :]
            if not later:
                return self.match(rest_scruts, inner, fallback)
            shared, bind = self._share(self.match(scruts, later, fallback))
            return self._wrap(bind, self.match(rest_scruts, inner, shared))
        block = []
        for row in rows:
            if isinstance(row.pats[0], PVar):
                break
            block.append(row)
        later = rows[len(block) :]
        bind = None
        if later:
            fallback, bind = self._share(self.match(scruts, later, fallback))
        return self._wrap(bind, self.column(v, vt, rest_scruts, block, fallback))

    def column(
        self, v: str, vt: Type, rest_scruts: list[tuple[str, Type]], block: list[_Row], fallback: Expr
    ) -> Expr:
        """A block of rows whose first patterns are all literals or all constructors."""
        first = block[0].pats[0]
        if isinstance(first, PLit):
            lits: list[int] = []
            for row in block:
                lit = row.pats[0]
                assert isinstance(lit, PLit)
                if lit.value not in lits:
                    lits.append(lit.value)
            alts = []
            for value in lits:
                chosen = [
                    _Row(row.pats[1:], row.binds, row.body)
                    for row in block
                    if isinstance(row.pats[0], PLit) and row.pats[0].value == value
                ]
                alts.append(Alt(self.match(rest_scruts, chosen, fallback), lit=value))
            alts.append(Alt(fallback))
            return Case(Var(v), self.result, tuple(alts))
        decl, _ = self.cons[first.con]  # type: ignore[union-attr]
        cons_alts = []
        present = []
        for row in block:
            pat = row.pats[0]
            assert isinstance(pat, PCon)
            if pat.con not in present:
                present.append(pat.con)
        order = [c.name for c in decl.cons if c.name in present]
        for con in order:
            ftypes = self.field_types(con, vt)
            names = [self.fresh() for _ in ftypes]
            chosen = []
            for row in block:
                pat = row.pats[0]
                assert isinstance(pat, PCon)
                if pat.con == con:
                    chosen.append(_Row([*pat.args, *row.pats[1:]], row.binds, row.body))
            sub = list(zip(names, ftypes, strict=True)) + rest_scruts
            cons_alts.append(Alt(self.match(sub, chosen, fallback), con=con, vars=tuple(names)))
        if len(order) < len(decl.cons):
            cons_alts.append(Alt(fallback))
        return Case(Var(v), self.result, tuple(cons_alts))

    def _bind(self, row: _Row, v: str, vt: Type) -> _Row:
        pat = row.pats[0]
        assert isinstance(pat, PVar)
        binds = row.binds if pat.name == "_" else [*row.binds, (pat.name, v, vt)]
        return _Row(row.pats[1:], binds, row.body)

    def _share(self, fallback: Expr) -> tuple[Expr, Bind | None]:
        """A fall-through used from several places: bound once, lazily, when it is more than a name."""
        if isinstance(fallback, Var | Fail) or (isinstance(fallback, TyApp) and isinstance(fallback.fn, Var)):
            return fallback, None
        name = self.fresh()
        return Var(name), Bind(name, self.result, fallback)

    def _wrap(self, bind: Bind | None, body: Expr) -> Expr:
        return body if bind is None else Let(bind, body)


def compile_match(
    program: Program,
    scruts: list[tuple[str, Type]],
    clauses: list[Clause],
    result: Type,
    fresh: Callable[[], str],
    failure: str | Expr = "no pattern matched",
) -> Expr:
    """The core expression that matches the variables `scruts` (name, type) against the clauses in
    order and evaluates the first matching clause's body, with its pattern variables bound (lazily, to
    the matched parts); when none matches, `Fail` (trap 3) with `failure`, or `failure` itself when it
    is an expression (a surface language's own report; it is used wherever no clause matches, so it
    should be cheap to repeat: a name, or a type application of one). `fresh()` must give names that
    occur nowhere else. Each clause has one pattern per scrutinee."""
    compiler = _Compiler(program, result, fresh)
    for clause in clauses:
        if len(clause.pats) != len(scruts):
            raise ValueError(f"a clause has {len(clause.pats)} patterns for {len(scruts)} values")
    rows = [_Row(list(c.pats), [], c.body) for c in clauses]
    return compiler.match(list(scruts), rows, Fail(result, failure) if isinstance(failure, str) else failure)
