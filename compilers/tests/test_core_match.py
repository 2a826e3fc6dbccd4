"""Pattern-match compilation (compilers/core/match.py): nested patterns become flat core cases that the
type checker accepts, the first matching clause wins, and a value no clause matches stops with trap 3.
Expected results are worked by hand from the clauses; the core interpreter and the IR interpreter run
the compiled trees."""

from __future__ import annotations

import itertools

import pytest

from compilers.core import syntax as c
from compilers.core.interp import run_program
from compilers.core.match import Clause, PCon, PLit, PVar, compile_match
from compilers.core.pipeline import NAMESPACE, core_to_ir
from compilers.core.text import parse_program
from compilers.core.typecheck import check_program
from compilers.ir import interpret
from compilers.runtime import link

LIST = c.TCon("List", (c.INT,))
BASE = parse_program("(data List (a) (Nil) (Cons 'a (List 'a)))\n(main 0)")


def _fresh() -> object:
    counter = itertools.count()
    return lambda: f"m{next(counter)}"


def nil() -> c.Expr:
    return c.Con("Nil", (c.INT,), ())


def cons(h: c.Expr, t: c.Expr) -> c.Expr:
    return c.Con("Cons", (c.INT,), (h, t))


def lst(*xs: int) -> c.Expr:
    out = nil()
    for x in reversed(xs):
        out = cons(c.Lit(x), out)
    return out


def P(con: str, *args: object) -> PCon:
    return PCon(con, tuple(args))  # type: ignore[arg-type]


# A function of two lists with overlapping, nested clauses (first match wins):
#   f (Cons 0 _) _            = 100
#   f (Cons x (Cons y _)) Nil = x + y
#   f _ (Cons z Nil)          = z
#   f Nil Nil                 = -1
#   (anything else: no match)
CLAUSES = [
    Clause((P("Cons", PLit(0), PVar("_")), PVar("_")), c.Lit(100)),
    Clause(
        (P("Cons", PVar("x"), P("Cons", PVar("y"), PVar("_"))), P("Nil")),
        c.Prim("add", (c.Var("x"), c.Var("y"))),
    ),
    Clause((PVar("_"), P("Cons", PVar("z"), P("Nil"))), c.Var("z")),
    Clause((P("Nil"), P("Nil")), c.Lit(-1)),
]

CASES = [
    ((lst(0, 5), lst(1, 2)), "100"),  # clause 1
    ((lst(3, 4, 9), nil()), "7"),  # clause 2
    ((lst(3, 4), lst(8)), "8"),  # clause 3: clause 2 needs Nil second
    ((nil(), lst(6)), "6"),  # clause 3
    ((nil(), nil()), "-1"),  # clause 4
    ((lst(0), nil()), "100"),  # clause 1 before the others
    ((lst(5), nil()), None),  # Cons 5 Nil, Nil: clause 2 needs two elements; nothing else matches
    ((nil(), lst(1, 2)), None),
]


def _program(args: tuple[c.Expr, c.Expr]) -> c.Program:
    fresh = _fresh()
    tree = compile_match(BASE, [("a", LIST), ("b", LIST)], CLAUSES, c.INT, fresh)  # type: ignore[arg-type]
    fn = c.Lam("a", LIST, c.Lam("b", LIST, tree))
    r = "result"
    main = c.Let(c.Bind(r, c.INT, c.App(c.App(fn, args[0]), args[1]), True), c.Prim("putInt", (c.Var(r),)))
    return c.Program(BASE.datas, main)


@pytest.mark.parametrize(("args", "expected"), CASES)
def test_first_matching_clause_wins(args: tuple[c.Expr, c.Expr], expected: str | None) -> None:
    program = _program(args)
    check_program(program, "the match compiler")
    core = run_program(program)
    ir = interpret(link(core_to_ir(program, "the match compiler"), namespace=NAMESPACE), store_size=100_000)
    if expected is None:
        assert (core.status, core.trap_code) == ("trap", 3)
        assert (ir.status, ir.trap_code) == ("trap", 3)
    else:
        assert core.output == expected and core.status == "halted"
        assert ir.output == expected and ir.status == "halted"


def test_each_value_is_examined_once_on_a_path() -> None:
    """The tree for two clauses on the same constructor examines the scrutinee in one case."""
    clauses = [
        Clause((P("Cons", PLit(1), PVar("_")),), c.Lit(1)),
        Clause((P("Cons", PVar("_"), PVar("_")),), c.Lit(2)),
    ]
    tree = compile_match(BASE, [("a", LIST)], clauses, c.INT, _fresh())  # type: ignore[arg-type]
    assert isinstance(tree, c.Case) and tree.scrut == c.Var("a")
    assert [alt.con for alt in tree.alts] == ["Cons", None]


def test_a_clause_with_the_wrong_number_of_patterns_is_refused() -> None:
    with pytest.raises(ValueError):
        compile_match(BASE, [("a", LIST)], [Clause((PVar("x"), PVar("y")), c.Lit(0))], c.INT, _fresh())  # type: ignore[arg-type]
