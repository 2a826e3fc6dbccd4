"""The LISP front-end: the reader, macro expansion at compile time, and every program of
compilers/tests/lisp through the IR interpreter, the Engine at -O0 and -O1 and SBCL (the same checks as
test_programs.py, for LISP alone, so that LISP's programs run whatever the state of other front-ends)."""

from __future__ import annotations

import pytest

from compilers import registry
from compilers.diagnostics import DiagnosticBag
from compilers.frontends.lisp.ast import NIL, Char, Cons, LString, Symbol, write
from compilers.frontends.lisp.check import Expander
from compilers.frontends.lisp.lexer import lex
from compilers.frontends.lisp.parser import parse
from compilers.tests.harness import (
    Program,
    ReferenceRunner,
    compile_errors,
    front_end,
    outcome_or_fail,
    programs,
    run_engine,
    run_interpreter,
)

_LISP = registry.get("lisp")
assert _LISP is not None
LISP: registry.Language = _LISP
PROGRAMS = programs(LISP)
RUNNING = [p for p in PROGRAMS if p.expect.compiles]
REFERENCED = [p for p in RUNNING if p.expect.runtime_error is None or p.expect.stderr is not None]
REFERENCE = ReferenceRunner()


def read(text: str) -> list[object]:
    diags = DiagnosticBag()
    forms = parse(lex(text, "t.lisp", diags), diags)
    assert not diags.has_errors, diags.render(text)
    return forms


def test_the_reader_upcases_symbols_and_reads_every_kind_of_atom() -> None:
    forms = read('(foo Bar :key) 42 -7 "a\\"b" #\\a #\\Space \'x #\'f `(a ,b ,@c) (a . b) #(1 2)')
    assert write(forms[0], True) == "(FOO BAR :KEY)"
    assert forms[1:3] == [42, -7]
    assert isinstance(forms[3], LString) and forms[3].text == 'a"b'
    assert forms[4:6] == [Char(ord("a")), Char(ord(" "))]
    assert write(forms[6], True) == "(QUOTE X)"
    assert write(forms[7], True) == "(FUNCTION F)"
    assert write(forms[8], True) == "(QUASIQUOTE (A (UNQUOTE B) (UNQUOTE-SPLICING C)))"
    assert isinstance(forms[9], Cons) and forms[9].cdr is Symbol.of("B")
    assert forms[10] == [1, 2]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1/2", "ratio 1/2"),
        ("2.5", "floating-point number 2.5"),
        ("(a", "unbalanced"),
        (")", "unexpected ')'"),
    ],
)
def test_reader_diagnostics(text: str, message: str) -> None:
    diags = DiagnosticBag()
    parse(lex(text, "t.lisp", diags), diags)
    assert any(message in d.message for d in diags.sorted())


def test_a_user_macro_is_expanded_by_running_its_body() -> None:
    expander = Expander()
    (definition,) = read("(defmacro twice (x) (let ((g (gensym))) `(let ((,g ,x)) (+ ,g ,g))))")
    expander.defmacro(definition)
    (use,) = read("(twice (f 1))")
    expanded, changed = expander.macroexpand_1(use)
    assert changed
    assert write(expanded, True).startswith("(LET ((#:G")  # a gensym: a fresh, uninterned symbol
    assert (
        isinstance(expanded, Cons) and isinstance(expanded.cdr, Cons) and isinstance(expanded.cdr.cdr, Cons)
    )
    body = expanded.cdr.cdr.car
    assert isinstance(body, Cons) and body.car is Symbol.of("+")


def test_nil_is_the_empty_list() -> None:
    assert read("()") == [NIL]


def _ids(program: Program) -> str:
    return program.id


def test_there_are_lisp_programs() -> None:
    assert len(PROGRAMS) >= 100


@pytest.mark.parametrize("program", PROGRAMS, ids=_ids)
def test_front_end_and_interpreter(program: Program) -> None:
    expect = program.expect
    module, diags = front_end("lisp", program.source, program.id)
    if expect.errors:
        assert module is None, "the program compiled but errors were expected"
        found = compile_errors(diags)
        for wanted in expect.errors:
            assert any(
                line == wanted.line and column == wanted.column and wanted.fragment in message
                for line, column, message in found
            ), f"missing {wanted.line}:{wanted.column}: {wanted.fragment}\nfound: {found}"
        return
    assert module is not None, diags.render(program.source)
    outcome = run_interpreter(module, expect, "lisp")
    assert outcome.output == expect.output
    assert outcome.status == expect.status, outcome.message


@pytest.mark.parametrize("opt_level", [0, 1], ids=["O0", "O1"])
@pytest.mark.parametrize("program", RUNNING, ids=_ids)
def test_engine(program: Program, opt_level: int) -> None:
    expect = program.expect
    outcome = run_engine("lisp", program.source, program.id, expect, opt_level)
    assert outcome.status != "compile_error", outcome.message
    assert outcome.output == expect.output
    assert outcome.status == expect.status, outcome.message
    if expect.trap_code is not None:
        assert outcome.trap_code == expect.trap_code
    if expect.stderr is not None:
        assert outcome.message.splitlines()[-1:] == [expect.stderr], outcome.message


@pytest.mark.parametrize("program", REFERENCED, ids=_ids)
def test_sbcl_agrees(program: Program) -> None:
    reference = LISP.reference
    assert reference is not None
    expect = program.expect
    found = outcome_or_fail(REFERENCE, reference, program.source, program.path.name, expect.stdin)
    assert found.status == "exited", f"SBCL: {found.status}\n{found.stderr_last}"
    assert found.stdout == expect.output
    if expect.runtime_error is None:
        assert found.exit_status == 0
    if expect.stderr is not None:
        assert found.stderr_last == expect.stderr
