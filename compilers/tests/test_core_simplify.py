"""The core's simplification (compilers/core/simplify.py): which parameters it makes strict, and which it
must leave lazy; each program also runs alike on the core interpreter and on the IR interpreter (which
runs the simplified program)."""

from __future__ import annotations

import pytest

from compilers.core.erase import EApp, ECase, ECon, ELam, ELet, ELetRec, EPrim, Term, erase
from compilers.core.interp import run_program
from compilers.core.pipeline import NAMESPACE, core_to_ir
from compilers.core.simplify import simplify_program
from compilers.core.text import parse_program
from compilers.ir import interpret, verify_module
from compilers.ir.layout import DEFAULT_STORE_CAP
from compilers.runtime import link

# loop acc i: the sum of i*i for i up to 100, modulo 1000000007 (so the accumulator is known to stay within
# bounds, as an Int wrapped to 64 bits is); `step` is a top-level function small enough to inline.
LOOP = """
(main
 (letrec ((step (-> Int (-> Int Int))
            (lam a Int (lam b Int (prim rem (prim add a (prim mul b b)) 1000000007)))))
  (letrec ((loop (-> Int (-> Int Int))
            (lam acc Int (lam i Int
              (case (prim gt i 100) Int
                ((True) acc)
                ((False) (app loop (app step acc i) (prim add i 1))))))))
   (let! r Int (app loop 0 1) (let! u Int (prim putInt r) (prim putChar 10))))))
"""

# The accumulator is squared on every step and never used: it must stay a thunk (squaring 10 forty times
# would leave the Engine's Ints), and so must one divided by a variable (it could be divided by zero).
UNBOUNDED = """
(main
 (letrec ((ten Int 10))
  (letrec ((sq (-> Int (-> Int Int))
            (lam acc Int (lam k Int
              (case (prim eq k 0) Int ((True) 1) ((False) (app sq (prim mul acc acc) (prim sub k 1)))))))
           (dv (-> Int (-> Int (-> Int Int)))
            (lam d Int (lam acc Int (lam k Int
              (case (prim eq k 0) Int ((True) 2) ((False) (app dv d (prim quot acc d) (prim sub k 1)))))))))
   (let! r Int (app sq ten 40)
    (let! u Int (prim putInt r)
     (let! v Int (prim putInt (app dv 0 7 3)) (prim putChar 10)))))))
"""

# `pick a b` examines b first: b is strict, a stays lazy (it is undefined here: `fail`).
ORDER = """
(main
 (letrec ((pick (-> Int (-> Int Int))
           (lam a Int (lam b Int (case (prim gt b 0) Int ((True) a) ((False) 0))))))
  (let! r Int (app pick (fail Int "a") 0) (let! u Int (prim putInt r) (prim putChar 10)))))
"""


def _lambdas(t: Term) -> dict[str, ELam]:
    """Every letrec-bound lambda of t, by its name without the erasure's number."""
    found: dict[str, ELam] = {}
    stack = [t]
    while stack:
        e = stack.pop()
        match e:
            case ELetRec(binds, body):
                for name, rhs in binds:
                    if isinstance(rhs, ELam):
                        found[name.split(".")[0]] = rhs
                    stack.append(rhs)
                stack.append(body)
            case ELam(_, _, body):
                stack.append(body)
            case ELet(_, rhs, body, _):
                stack.extend((rhs, body))
            case ECase(scrut, _, alts):
                stack.append(scrut)
                stack.extend(a.body for a in alts)
            case EApp(fn, args):
                stack.append(fn)
                stack.extend(args)
            case ECon(_, _, args, _) | EPrim(_, args):
                stack.extend(args)
    return found


def _run_both(text: str) -> str:
    program = parse_program(text)
    core = run_program(program, max_steps=10_000_000)
    assert core.status == "halted"
    module = core_to_ir(program, "the test")
    assert verify_module(module) == []
    ir = interpret(link(module, namespace=NAMESPACE), store_size=DEFAULT_STORE_CAP, max_steps=10_000_000)
    assert (ir.status, ir.output) == ("halted", core.output)
    return core.output


def test_an_accumulator_given_ints_is_passed_evaluated() -> None:
    lams = _lambdas(simplify_program(erase(parse_program(LOOP))))
    assert lams["loop"].strict == (True, True)
    assert _run_both(LOOP) == "338350\n"


def test_an_accumulator_that_could_leave_the_ints_or_fail_stays_lazy() -> None:
    lams = _lambdas(simplify_program(erase(parse_program(UNBOUNDED))))
    assert lams["sq"].strict == (False, True)
    assert lams["dv"].strict == (True, False, True)  # d: always given the value 0, forced by nobody
    assert _run_both(UNBOUNDED) == "12\n"


@pytest.mark.parametrize("text", [ORDER])
def test_only_the_parameter_forced_first_is_strict(text: str) -> None:
    lams = _lambdas(simplify_program(erase(parse_program(text))))
    assert lams["pick"].strict == (False, True)
    assert _run_both(text) == "0\n"
