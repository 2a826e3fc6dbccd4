"""A property test of the functional core: random well-typed core programs (integers, booleans, lists,
lazy and strict lets, strict and lazy lambdas, known and unknown calls, recursive functions, cases,
effects inside subterms so that the order of evaluation shows) print the same and stop the same way on
the core's call-by-need interpreter (the oracle), on the IR interpreter and on the Engine. Bounded: fixed
seeds, a limited depth, small literals."""

from __future__ import annotations

import random

import pytest

from compilers import driver
from compilers.core import syntax as c
from compilers.core.interp import run_program
from compilers.core.pipeline import NAMESPACE, core_to_ir
from compilers.core.text import parse_program, print_program
from compilers.core.typecheck import check_program
from compilers.ir import interpret
from compilers.runtime import link

LIST = c.TCon("List", (c.INT,))
LIST_DECL = c.DataDecl(
    "List",
    ("a",),
    (
        c.ConDecl("Nil", (), ()),
        c.ConDecl("Cons", (c.TVar("a"), c.TCon("List", (c.TVar("a"),))), (False, False)),
    ),
)
MAX_STEPS = 2_000_000


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.n = 0

    def name(self) -> str:
        self.n += 1
        return f"v{self.n}"

    def term(self, t: c.Type, env: dict[str, c.Type], depth: int) -> c.Expr:
        r = self.r
        vars_ = [v for v, vt in env.items() if vt == t]
        if depth <= 0 or r.random() < 0.2:
            if vars_ and r.random() < 0.6:
                return c.Var(r.choice(vars_))
            return self.leaf(t)
        pick = r.randrange(9)
        d = depth - 1
        if pick == 0:  # lazy or strict let
            bt = r.choice([c.INT, c.BOOL, LIST])
            x = self.name()
            return c.Let(
                c.Bind(x, bt, self.term(bt, env, d), r.random() < 0.5), self.term(t, {**env, x: bt}, d)
            )
        if pick == 1:  # a lambda applied (strict or lazy binder), maybe through a let (a known function)
            at = r.choice([c.INT, c.BOOL])
            x = self.name()
            lam = c.Lam(x, at, self.term(t, {**env, x: at}, d), r.random() < 0.5)
            if r.random() < 0.5:
                f = self.name()
                return c.Let(c.Bind(f, c.TFun(at, t), lam), c.App(c.Var(f), self.term(at, env, d)))
            return c.App(lam, self.term(at, env, d))
        if pick == 2:  # case on a Bool
            return c.Case(
                self.term(c.BOOL, env, d),
                t,
                (c.Alt(self.term(t, env, d), con="True"), c.Alt(self.term(t, env, d), con="False")),
            )
        if pick == 3:  # case on an Int
            lits = sorted({r.randint(-3, 3) for _ in range(r.randint(1, 3))})
            alts = [c.Alt(self.term(t, env, d), lit=v) for v in lits] + [c.Alt(self.term(t, env, d))]
            return c.Case(self.term(c.INT, env, d), t, tuple(alts))
        if pick == 4:  # case on a list
            h, tl = self.name(), self.name()
            inner = {**env, h: c.INT, tl: LIST}
            return c.Case(
                self.term(LIST, env, d),
                t,
                (
                    c.Alt(self.term(t, env, d), con="Nil"),
                    c.Alt(self.term(t, inner, d), con="Cons", vars=(h, tl)),
                ),
            )
        if pick == 5 and t == c.INT:  # an effect, then a value
            u = self.name()
            return c.Let(
                c.Bind(u, c.INT, c.Prim("putInt", (self.term(c.INT, env, d),)), True), self.term(t, env, d)
            )
        if pick == 6 and t == c.INT:  # a recursive function called with a small count
            f, n = self.name(), self.name()
            step = self.term(c.INT, {**env, n: c.INT}, d - 1)
            body = c.Case(
                c.Prim("le", (c.Var(n), c.Lit(0))),
                c.INT,
                (
                    c.Alt(self.term(c.INT, env, d - 1), con="True"),
                    c.Alt(
                        c.Prim("add", (step, c.App(c.Var(f), c.Prim("sub", (c.Var(n), c.Lit(1)))))),
                        con="False",
                    ),
                ),
            )
            lam = c.Lam(n, c.INT, body, r.random() < 0.5)
            return c.LetRec((c.Bind(f, c.TFun(c.INT, c.INT), lam),), c.App(c.Var(f), c.Lit(r.randint(0, 6))))
        if t == c.INT:
            op = r.choice(["add", "sub", "mul", "quot", "rem", "neg"])
            if op == "neg":
                return c.Prim(op, (self.term(c.INT, env, d),))
            return c.Prim(op, (self.term(c.INT, env, d), self.term(c.INT, env, d)))
        if t == c.BOOL:
            return c.Prim(
                r.choice(["eq", "ne", "lt", "le", "gt", "ge"]),
                (self.term(c.INT, env, d), self.term(c.INT, env, d)),
            )
        return c.Con("Cons", (c.INT,), (self.term(c.INT, env, d), self.term(LIST, env, d)))

    def leaf(self, t: c.Type) -> c.Expr:
        if t == c.INT:
            return c.Lit(self.r.randint(-9, 9))
        if t == c.BOOL:
            return c.Con(self.r.choice(["True", "False"]), (), ())
        return c.Con("Nil", (c.INT,), ())

    def program(self) -> c.Program:
        r = self.name()
        main = c.Let(
            c.Bind(r, c.INT, self.term(c.INT, {}, 5), True),
            c.Let(
                c.Bind(self.name(), c.INT, c.Prim("putInt", (c.Var(r),)), True),
                c.Prim("putChar", (c.Lit(10),)),
            ),
        )
        return c.Program((LIST_DECL,), main)


SEEDS = range(60)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_programs_agree_on_both_interpreters(seed: int) -> None:
    program = Gen(seed).program()
    check_program(program, "the generator")
    assert parse_program(print_program(program)) == program
    core = run_program(program, max_steps=MAX_STEPS)
    assert core.status in ("halted", "division_by_zero"), core.message
    ir = interpret(
        link(core_to_ir(program, "the generator"), namespace=NAMESPACE),
        store_size=200_000,
        max_steps=10 * MAX_STEPS,
    )
    assert (ir.output, ir.status) == (core.output, core.status), print_program(program)


@pytest.mark.parametrize("seed", range(0, 60, 10))
def test_random_programs_agree_on_the_engine(seed: int) -> None:
    program = Gen(seed).program()
    core = run_program(program, max_steps=MAX_STEPS)
    result = driver.compile_module(
        core_to_ir(program, "the generator"), driver.CompileOptions(opt_level=1), lang="systemf"
    )
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result, max_steps=10 * MAX_STEPS)
    assert (run.output, run.status) == (core.output, core.status), print_program(program)
