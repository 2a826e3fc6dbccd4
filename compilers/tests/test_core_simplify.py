"""The core's simplification (compilers/core/simplify.py): which parameters it makes strict, and which it
must leave lazy; each program also runs alike on the core interpreter and on the IR interpreter (which
runs the simplified program)."""

from __future__ import annotations

import pytest

from compilers.core.erase import EApp, ECase, ECon, ELam, ELet, ELetRec, EPrim, EVar, Term, erase
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


# fold f z xs, a loop that passes f unchanged, called with the top-level function plus: it gets a copy at
# plus, `fold@0:plus`, whose step is plus's primitive (no call of an unknown function is left); `pick`
# given the top-level dictionary-like constructor `both` takes its field at compile time.
FOLD = """
(data List (a) (Nil) (Cons 'a (List 'a)))
(data Pair (a) (P 'a 'a))
(main
 (letrec ((plus (-> Int (-> Int Int)) (lam a Int (lam b Int (prim add a b))))
          (both (Pair Int) (con P (Int) 3 4))
          (pick (-> (Pair Int) Int) (lam p (Pair Int) (case p Int ((P x y) y))))
          (fold (-> (-> Int (-> Int Int)) (-> Int (-> (List Int) Int)))
            (lam f (-> Int (-> Int Int)) (lam z Int (lam xs (List Int)
              (case xs Int
                ((Nil) z)
                ((Cons x rest) (app fold f (app f z x) rest)))))))
          (upto (-> Int (-> Int (List Int)))
            (lam i Int (lam n Int
              (case (prim gt i n) (List Int)
                ((True) (con Nil (Int)))
                ((False) (con Cons (Int) i (app upto (prim add i 1) n))))))))
  (let! r Int (app fold plus (app pick both) (app upto 1 100))
   (let! u Int (prim putInt r) (prim putChar 10)))))
"""


def test_a_loop_given_a_known_function_is_copied_for_it() -> None:
    program = simplify_program(erase(parse_program(FOLD)))
    assert isinstance(program, ELetRec)
    binds = dict(program.binds)
    copy = binds["fold@0:plus"]
    assert isinstance(copy, ELam) and len(copy.params) == 2
    calls = [e for e in _terms(copy) if isinstance(e, EApp)]
    assert all(isinstance(e.fn, EVar) and e.fn.name == "fold@0:plus" for e in calls)
    assert _run_both(FOLD) == "5054\n"


def _terms(t: Term) -> list[Term]:
    out = [t]
    match t:
        case ELam(_, _, body):
            out += _terms(body)
        case EApp(fn, args):
            for e in (fn, *args):
                out += _terms(e)
        case ELet(_, rhs, body, _):
            out += _terms(rhs) + _terms(body)
        case ECase(scrut, _, alts):
            out += _terms(scrut)
            for a in alts:
                out += _terms(a.body)
        case ECon(_, _, args, _) | EPrim(_, args):
            for e in args:
                out += _terms(e)
    return out
