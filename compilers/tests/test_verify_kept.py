"""The verifier's kept functions (verify_module's texts): a function found sound before is not walked
again, but only where the module says the same of every name it refers to; every problem a walk finds
is still found."""

from __future__ import annotations

import pytest

from compilers.ir import parse_module, verify_module
from compilers.ir.nodes import Const, Print
from compilers.ir.printer import print_function, print_instr

CALLER = "func @f() -> w {\nentry:\n  %x = call @h(1)\n  ret %x\n}\n"
TAIL_CALLER = "func @f() -> w {\nentry:\n  tailcall @h(1)\n}\n"


def _kept(text: str, allow_external: bool = True) -> list[str]:
    module = parse_module(text)
    return verify_module(module, allow_external, texts=[print_function(fn) for fn in module.functions])


def test_a_name_that_changes_kind_is_checked_again() -> None:
    assert _kept(CALLER + "func @h(%a) -> w {\nentry:\n  ret %a\n}\n") == []
    assert _kept(CALLER + "global @h = 1\n") == ["@f: entry: call of @h, which is a global"]


def test_a_tail_called_function_of_another_arity_or_result_is_checked_again() -> None:
    assert _kept(TAIL_CALLER + "func @h(%a) -> w {\nentry:\n  ret %a\n}\n") == []
    problems = _kept(TAIL_CALLER + "func @h(%a, %b) -> w {\nentry:\n  ret %a\n}\n")
    assert problems == ["@f: entry: tail call of @h with 1 arguments; it takes 2"]
    problems = _kept(TAIL_CALLER + "func @h(%a) -> void {\nentry:\n  ret\n}\n")
    assert problems == ["@f: entry: a w function tail-calls @h, which returns nothing"]


def test_a_global_gone_from_the_module_is_checked_again() -> None:
    reader = "func @f() -> w {\nentry:\n  %x = load [@g]\n  ret %x\n}\n"
    assert _kept("global @g = 1\n" + reader) == []
    assert _kept(reader) == ["@f: entry: unknown @g"]


def test_sound_with_external_calls_is_not_sound_without() -> None:
    text = "func @main() -> w {\nentry:\n  call @mystery()\n  ret 0\n}\n"
    assert _kept(text) == []
    assert _kept(text, allow_external=False) == ["@main: entry: call of undefined function @mystery"]
    assert _kept(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "func @f() -> w {\nentry:\n  ret %x\n}\n",
        "func @f() -> w {\nentry:\n  jmp gone\n}\n",
        "func @f() -> w {\nentry:\n  ret 1\n  ret 2\n}\n",
        "func @f() -> void {\nentry:\n  ret 1\n}\n",
        "global @g = 1\nfunc @f() -> w {\nentry:\n  call @g()\n  ret 0\n}\n",
        "func @f() -> w {\n  slot $a\n  slot $a\nentry:\n  ret 0\n}\n",
    ],
)
def test_a_function_with_problems_has_them_every_time(text: str) -> None:
    expected = verify_module(parse_module(text))
    assert expected
    assert _kept(text) == expected
    assert _kept(text) == expected


def test_every_print_kind_has_its_own_text() -> None:
    # The text is the key: a kind the verifier refuses must not read as a kind it accepts.
    texts = {print_instr(Print(kind, Const(65))) for kind in ("int", "char", "hex")}
    assert texts == {"print 65", "printc 65", "print.hex 65"}


def test_a_managed_function_is_checked_again_when_a_callee_comes_to_collect() -> None:
    # The roots rules (roots.py): %n may live across a call of @helper only while @helper cannot collect.
    main = (
        "func @main() -> w {\n  slot $roots[3]\nentry:\n  %prev = load [@gc_frames]\n"
        "  store [$roots+0], %prev\n  store [$roots+1], 1\n  store [$roots+2], 0\n"
        "  store [@gc_frames], $roots\n  %n = copy 5\n  call @helper()\n  print %n\n"
        "  %up = load [$roots+0]\n  store [@gc_frames], %up\n  ret 0\n}\n"
    )
    quiet = "func @helper() -> w {\nentry:\n  ret 0\n}\n"
    collecting = "global @hook = 0\nfunc @helper() -> w {\nentry:\n  %f = load [@hook]\n"
    collecting += "  %r = call %f()\n  ret %r\n}\n"
    assert _kept(main + quiet) == []
    expected = [
        "@main: entry: %n lives across the call of @helper, which may collect: keep it in a slot "
        "($roots for a pointer) and load again after the call"
    ]
    assert verify_module(parse_module(main + collecting)) == expected
    assert _kept(main + collecting) == expected
    assert _kept(main + quiet) == []
