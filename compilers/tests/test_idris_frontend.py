"""The Idris front-end beyond the shared harness: programs checked by the dependent checker, erased, and
run on the functional core's interpreter and on the Engine; proofs accepted and rejected; coverage,
totality and holes reported with their line and column. Every expected output is worked by hand (the
comment beside it says how)."""

from __future__ import annotations

import random

import pytest

from compilers import driver, registry
from compilers.core.interp import run_program
from compilers.diagnostics import DiagnosticBag, Severity
from compilers.frontends.idris.frontend import IDRIS, check
from compilers.frontends.idris.lexer import lex
from compilers.frontends.idris.lower import to_core
from compilers.frontends.idris.parser import parse


def _check(source: str) -> tuple[object, DiagnosticBag]:
    diags = DiagnosticBag()
    tree = parse(lex(source, "t.idr", diags), diags)
    checked = check(tree, diags) if not diags.has_errors else None
    return checked, diags


def _errors(source: str) -> list[tuple[int, int, str]]:
    _, diags = _check(source)
    return [(d.span.line, d.span.column, d.message) for d in diags.items if d.severity is Severity.ERROR]


def _run(source: str, stdin: str = "") -> str:
    checked, diags = _check(source)
    assert not diags.has_errors, diags.render(source)
    run = run_program(to_core(checked), stdin=stdin, max_steps=5_000_000)  # type: ignore[arg-type]
    assert run.status == "halted", run.message
    return run.output


@pytest.fixture
def idris_available(monkeypatch: pytest.MonkeyPatch) -> None:
    """The driver compiles Idris with this front-end (the site does not offer it yet)."""
    original = registry.frontend
    monkeypatch.setattr(registry, "frontend", lambda key: IDRIS if key == "idris" else original(key))


VECT = """import Data.Vect

append : Vect n a -> Vect m a -> Vect (plus n m) a
append [] ys = ys
append (x :: xs) ys = x :: append xs ys
"""


def test_vect_append_runs_as_a_list() -> None:
    # [1, 2] ++ [3] is [1, 2, 3]; a Vect is shown as a list.
    assert _run(VECT + "main : IO ()\nmain = printLn (append [1, 2] [3])\n") == "[1, 2, 3]\n"


def test_show_as_idris_prints() -> None:
    source = """main : IO ()
main = do
  printLn (the Nat 7)
  printLn (Just (-3))
  printLn "a\\"b"
  printLn [Just 1, Nothing]
  printLn 'x'
  printLn (Left 2 : Either Integer Bool)
"""
    # Idris 2's Show: a negative argument in parentheses, strings and characters quoted and escaped,
    # lists with ", " between items (libs/prelude/Prelude/Show.idr).
    assert _run(source.replace("(Left 2 : Either Integer Bool)", "(the (Either Integer Bool) (Left 2))")) == (
        '7\nJust (-3)\n"a\\"b"\n[Just 1, Nothing]\n\'x\'\nLeft 2\n'
    )


def test_recursion_where_case_and_let() -> None:
    source = """fact : Integer -> Integer
fact 0 = 1
fact n = n * fact (n - 1)

sumTo : Nat -> Nat
sumTo n = go n 0
  where
    go : Nat -> Nat -> Nat
    go Z acc = acc
    go (S k) acc = go k (acc + S k)

describe : Nat -> String
describe n = case n of
  Z => "zero"
  S Z => "one"
  _ => let s = "many" in s

main : IO ()
main = do
  printLn (fact 20)
  printLn (sumTo 100)
  putStrLn (describe 0)
  putStrLn (describe 1)
  putStrLn (describe 5)
"""
    # 20! = 2432902008176640000; 1 + ... + 100 = 5050.
    assert _run(source) == "2432902008176640000\n5050\nzero\none\nmany\n"


def test_interfaces_with_a_user_type() -> None:
    source = """data Shape = Circle Integer | Rect Integer Integer

implementation Show Shape where
  showPrec d (Circle r) = showCon d "Circle" (showArg r)
  showPrec d (Rect w h) = showCon d "Rect" (showArg w ++ showArg h)

implementation Eq Shape where
  Circle a == Circle b = a == b
  Rect a b == Rect c d = a == c && b == d
  _ == _ = False

main : IO ()
main = do
  printLn (Circle 2)
  printLn [Rect 1 2, Circle (-1)]
  printLn (Just (Circle 3))
  printLn (Circle 2 == Circle 2, Rect 1 2 == Circle 1)
"""
    # showCon puts parentheses round a constructor with arguments only in an argument position.
    assert _run(source) == "Circle 2\n[Rect 1 2, Circle (-1)]\nJust (Circle 3)\n(True, False)\n"


def test_a_proof_by_induction_checks() -> None:
    source = """plusZero : (n : Nat) -> plus n Z = n
plusZero Z = Refl
plusZero (S k) = cong S (plusZero k)

plusSucc : (n, m : Nat) -> S (plus n m) = plus n (S m)
plusSucc Z m = Refl
plusSucc (S k) m = cong S (plusSucc k m)

plusComm : (n, m : Nat) -> plus n m = plus m n
plusComm Z m = sym (plusZero m)
plusComm (S k) m = rewrite plusComm k m in plusSucc m k

main : IO ()
main = putStrLn "proved"
"""
    assert _errors(source) == []


def test_a_wrong_proof_is_rejected_with_both_sides() -> None:
    source = """plusZero : (n : Nat) -> plus n Z = n
plusZero Z = Refl
plusZero (S k) = Refl

main : IO ()
main = putStrLn "no"
"""
    [(line, col, message)] = _errors(source)
    assert (line, col) == (3, 18)
    assert "Can't solve constraint between: plus k 0 and k" in message


def test_a_missing_case_is_named() -> None:
    source = "f : Nat -> Nat\nf Z = 0\n\nmain : IO ()\nmain = printLn (f 0)\n"
    assert _errors(source) == [(1, 1, "f is not covering. Missing cases: f (S _)")]


def test_an_impossible_case_need_not_be_written() -> None:
    # head of a Vect (S n): the [] case cannot have that type, so the function covers.
    source = VECT + "hd : Vect (S n) a -> a\nhd (x :: _) = x\n\nmain : IO ()\nmain = printLn (hd [4, 5])\n"
    assert _errors(source) == []
    assert _run(source) == "4\n"


def test_non_structural_recursion_in_a_total_function() -> None:
    source = "total\nloop : Nat -> Nat\nloop n = loop n\n\nmain : IO ()\nmain = printLn 1\n"
    [(line, col, message)] = _errors(source)
    assert (line, col) == (2, 1)
    assert "loop is not total, possibly not terminating due to recursive path Main.loop" in message


def test_a_hole_reports_its_goal() -> None:
    source = "f : (k : Nat) -> plus k Z = k\nf k = ?help\n\nmain : IO ()\nmain = printLn 1\n"
    [(line, col, message)] = _errors(source)
    assert (line, col) == (2, 7)
    assert "help : plus k 0 = k" in message


def test_an_erased_argument_is_not_available_at_run_time() -> None:
    source = "len : {0 n : Nat} -> Nat\nlen = n\n\nmain : IO ()\nmain = printLn 1\n"
    [(line, col, message)] = _errors(source)
    assert (line, col, message) == (2, 7, "n is not accessible in this context.")


@pytest.mark.parametrize(
    "source",
    ["main : IO (\n", "data = 3\n", "f x = \n", "main : IO ()\nmain = do\n", '"unterminated', "{- open"],
)
def test_bad_input_gets_a_diagnostic_not_a_traceback(source: str) -> None:
    errors = _errors(source)
    assert errors and all(line >= 1 and col >= 1 for line, col, _ in errors)


def test_a_program_runs_on_the_engine(idris_available: None) -> None:
    source = VECT + "main : IO ()\nmain = do\n  printLn (append [1, 2] [3])\n  printLn (plus 40 2)\n"
    result = driver.compile("idris", source, filename="t.idr")
    assert result.ok, result.render_diagnostics()
    outcome = driver.run_compiled(result)
    assert (outcome.output, outcome.exit_status()) == ("[1, 2, 3]\n42\n", 0)


def test_records_as_patterns_functor_and_dependent_pairs() -> None:
    source = """import Data.Vect

record Point where
  constructor MkPoint
  px : Integer
  py : Integer

data Tree a = Leaf | Node (Tree a) a (Tree a)

Functor Tree where
  map f Leaf = Leaf
  map f (Node l x r) = Node (map f l) (f x) (map f r)

total
size : Tree a -> Nat
size Leaf = 0
size (Node l _ r) = size l + 1 + size r

sumT : Tree Integer -> Integer
sumT Leaf = 0
sumT t@(Node l x r) = x + sumT l + sumT r

evens : Vect n Integer -> (m ** Vect m Integer)
evens [] = (_ ** [])
evens (x :: xs) = let (_ ** rest) = evens xs in
                  if mod x 2 == 0 then (_ ** x :: rest) else (_ ** rest)

main : IO ()
main = do
  printLn (px (MkPoint 3 4) + py (MkPoint 3 4))
  let t = Node (Node Leaf 1 Leaf) 2 (Node Leaf 3 Leaf)
  printLn (size t)
  printLn (sumT (map (* 10) t))
  printLn (evens [1, 2, 3, 4])
"""
    # 3 + 4 = 7; three nodes; (1 + 2 + 3) * 10 = 60; the even elements of [1, 2, 3, 4] are [2, 4], and
    # Idris 2 shows a dependent pair as (2 ** [2, 4]) (libs/prelude/Prelude/Show.idr).
    assert _run(source) == "7\n3\n60\n(2 ** [2, 4])\n"


def test_a_decision_with_its_proof() -> None:
    source = """import Data.Vect
import Data.Vect.Elem
import Decidable.Equality

found : Dec (Elem x xs) -> String
found (Yes _) = "yes"
found (No _) = "no"

main : IO ()
main = do
  putStrLn (found (isElem 2 (the (Vect 3 Nat) [1, 2, 3])))
  putStrLn (found (isElem 7 (the (Vect 3 Nat) [1, 2, 3])))
"""
    assert _run(source) == "yes\nno\n"


def test_an_impossible_case_that_is_possible() -> None:
    source = "f : Nat -> Nat\nf Z = 0\nf (S k) impossible\n\nmain : IO ()\nmain = printLn 1\n"
    [(line, col, message)] = _errors(source)
    assert (line, col, message) == (3, 1, "f (S k) is not a valid impossible case.")


def test_a_rewrite_that_changes_nothing() -> None:
    source = """f : (n : Nat) -> n = n
f n = rewrite the (Z = Z) Refl in Refl

main : IO ()
main = printLn 1
"""
    [(line, col, message)] = _errors(source)
    assert (line, col) == (2, 7)
    assert message.startswith("Rewriting by 0 = 0 did not change type n = n.")


def test_two_plus_two_is_not_five() -> None:
    source = "bad : 2 + 2 = 5\nbad = Refl\n\nmain : IO ()\nmain = printLn 1\n"
    [(line, col, message)] = _errors(source)
    assert (line, col) == (2, 7)
    assert "Mismatch between: 4 and 5" in message


def test_damaged_programs_get_diagnostics_never_an_exception() -> None:
    """Every prefix of a program, and the program with one character deleted or inserted (a fixed
    pseudo-random choice), is either accepted or reported: the front-end never raises."""
    source = (
        VECT
        + """
plusZero : (n : Nat) -> plus n Z = n
plusZero Z = Refl
plusZero (S k) = rewrite plusZero k in Refl

data Shape = Circle Integer | Square Integer

Show Shape where
  show (Circle r) = "circle " ++ show r
  show (Square s) = "square " ++ show s

main : IO ()
main = do
  let v = append [1, 2] [3]
  printLn v
  case v of
    (x :: _) => printLn (Circle x)
"""
    )
    rng = random.Random(7)
    variants = [source[:k] for k in range(0, len(source), 17)]
    for _ in range(120):
        i = rng.randrange(len(source))
        variants.append(source[:i] + source[i + 1 :])
        variants.append(source[:i] + rng.choice("()[]{}=:\\ ->|x1'\"?") + source[i:])
    for variant in variants:
        checked, diags = _check(variant)
        if not diags.has_errors:
            to_core(checked)  # type: ignore[arg-type]


def test_a_missing_case_at_run_time_stops_after_the_output_before_it(idris_available: None) -> None:
    # A partial function need not cover; (>>) runs its second action only after the first, so 3 is
    # printed before g 1 finds no case (trap 3, at the case's line).
    source = (
        "partial\ng : Nat -> Nat\ng n = case n of\n  Z => 1\n\n"
        "main : IO ()\nmain = do\n  printLn (the Nat 3)\n  printLn (g 1)\n"
    )
    result = driver.compile("idris", source, filename="t.idr")
    assert result.ok, result.render_diagnostics()
    outcome = driver.run_compiled(result)
    assert outcome.output == "3\n"
    assert outcome.status == "trap"


def test_termination_through_a_case_block() -> None:
    # f recurses on the part of n that its case matched; g on S k again, which is not smaller than n.
    source = """total
f : Nat -> Nat
f n = case n of
  Z => 0
  S k => f k

total
g : Nat -> Nat
g n = case n of
  Z => 0
  S k => g (S k)

main : IO ()
main = printLn (f 3)
"""
    [(line, col, message)] = _errors(source)
    assert (line, col) == (8, 1)
    assert message == "g is not total, possibly not terminating due to recursive path Main.g -> Main.g"


def test_a_superclass_comes_with_its_subclass() -> None:
    # Ord has Eq as its superclass (as in Idris 2's Prelude): == is available under Ord a, and an Ord
    # implementation needs the type's Eq implementation.
    source = """count : Ord a => a -> List a -> Nat
count x [] = 0
count x (y :: ys) = if x == y then S (count x ys) else count x ys

main : IO ()
main = printLn (count 2 [1, 2, 3, 2])
"""
    assert _run(source) == "2\n"  # two of the four elements are 2
    missing = "data C = A\n\nOrd C where\n  compare _ _ = EQ\n\nmain : IO ()\nmain = printLn 1\n"
    assert _errors(missing) == [(3, 1, "Can't find an implementation for Eq C (needed by Ord C)")]
