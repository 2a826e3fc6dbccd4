"""The functional core (compilers/core/): its text form round-trips, its type checker rejects ill-typed
core naming the pass that made it, and every core program in compilers/tests/core_programs/ runs alike on
the core's call-by-need interpreter, the IR interpreter and the Engine at -O0 and -O1, printing what its
`; expect:` comments say (each worked by hand, as the program's comment says)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compilers import driver
from compilers.core.interp import run_program
from compilers.core.pipeline import NAMESPACE, core_to_ir
from compilers.core.syntax import Program
from compilers.core.text import CoreSyntaxError, parse_program, print_program
from compilers.core.typecheck import CoreTypeError, check_program
from compilers.ir import interpret, verify_module
from compilers.ir.layout import DEFAULT_STORE_CAP
from compilers.ir.printer import print_function
from compilers.runtime import link
from compilers.tests.harness import Expectations, read_expectations

FOLDER = Path(__file__).parent / "core_programs"
PROGRAMS = sorted(FOLDER.glob("*.core"))


def _load(path: Path) -> tuple[Program, Expectations]:
    text = path.read_text(encoding="utf-8")
    return parse_program(text), read_expectations(text, ";")


def _check_outcome(status: str, output: str, trap: int | None, expect: Expectations) -> None:
    assert output == expect.output
    assert status == expect.status
    if expect.trap_code is not None:
        assert trap == expect.trap_code


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_text_form_round_trips(path: Path) -> None:
    program, _ = _load(path)
    text = print_program(program)
    assert parse_program(text) == program
    assert print_program(parse_program(text)) == text


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_core_interpreter_and_ir_interpreter(path: Path) -> None:
    program, expect = _load(path)
    check_program(program, "the test")
    core = run_program(program, max_steps=expect.max_steps)
    _check_outcome(core.status, core.output, core.trap_code, expect)
    if core.ok:
        assert core.exit_code == (expect.exit_status or 0)
    module = core_to_ir(program, "the test")
    assert verify_module(module) == []
    ir = interpret(
        link(module, namespace=NAMESPACE),
        store_size=expect.store or DEFAULT_STORE_CAP,
        max_steps=expect.max_steps,
    )
    _check_outcome(ir.status, ir.output, ir.trap_code, expect)


@pytest.mark.parametrize("opt_level", [0, 1], ids=["O0", "O1"])
@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_engine(path: Path, opt_level: int) -> None:
    program, expect = _load(path)
    result = driver.compile_module(
        core_to_ir(program, "the test"),
        driver.CompileOptions(opt_level=opt_level, store_size=expect.store),
        lang="systemf",
    )
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result, max_steps=expect.max_steps)
    _check_outcome(run.status, run.output, run.trap_code, expect)
    if run.ok:
        assert run.exit_code == (expect.exit_status or 0)


def test_a_self_tail_call_is_a_jump_back_into_the_loop() -> None:
    """A saturated self tail call (loops.core's squares, which keeps its free variable n, and walk) is
    the assignment of the parameters and a jump back into the function's body, not a call of itself."""
    program, _ = _load(FOLDER / "loops.core")
    module = core_to_ir(program, "the test")
    loops = [f for f in module.functions if f.name.startswith(("core.squares.", "core.walk."))]
    assert len(loops) == 2
    for fn in loops:
        body = print_function(fn).split("\n", 1)[1]
        assert f"@{fn.name}(" not in body


ILL_TYPED = [
    ("(main (prim add 1 (con True ())))", "primitive add: expected Int, found Bool"),
    ("(main (app 3 4))", "not a function"),
    ("(main x)", "variable x is not in scope"),
    ("(main (tyapp (lam x Int x) Int))", "not polymorphic"),
    ("(data L () (N) (C Int L))\n(main (case 1 Int ((N) 0)))", "pattern N against a scrutinee of type Int"),
    ("(main (con Cons (Int) 1))", "unknown constructor Cons"),
    ("(main (let x Int (con True ()) x))", "let x: expected Int, found Bool"),
    ("(main (letrec ((f (-> Int Int) (lam x Bool x))) 0))", "letrec f"),
    ("(main (lam x 'a x))", "type variable 'a is not in scope"),
    ("(data L () (N) (C Int L))\n(main (case (con N ()) Int ((C a) 0)))", "binds 1 variables, it has 2"),
]


@pytest.mark.parametrize(("text", "fragment"), ILL_TYPED)
def test_ill_typed_core_names_the_pass_that_made_it(text: str, fragment: str) -> None:
    with pytest.raises(CoreTypeError) as error:
        check_program(parse_program(text), "the Haskell elaborator")
    assert error.value.made_by == "the Haskell elaborator"
    assert fragment in str(error.value)
    assert str(error.value).startswith("ill-typed core from the Haskell elaborator: ")


@pytest.mark.parametrize(
    "text",
    ["(main (lam x Int))", "(main 1", "(main 1) (main 2)", "(data)", "(main (fail Int oops))", "(foo)"],
)
def test_malformed_text_is_a_syntax_error(text: str) -> None:
    with pytest.raises(CoreSyntaxError):
        parse_program(text)


def test_polymorphic_types_compare_up_to_renaming() -> None:
    text = "(main (let f (forall b (-> 'b 'b)) (tylam a (lam x 'a x)) (app (tyapp f Int) 3)))"
    from compilers.core.syntax import INT

    assert check_program(parse_program(text), "the test") == INT
