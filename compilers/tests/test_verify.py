"""The verifier finds each structural problem README.md rules out."""

from __future__ import annotations

import pytest

from compilers.ir import VerifyError, check_module, parse_module, verify_module
from compilers.ir.nodes import Binary, Block, Const, Function, Module, Print, Return, Temp, Unary


def _problems(text: str, allow_external: bool = True) -> list[str]:
    return verify_module(parse_module(text), allow_external)


def test_a_good_module_has_no_problems() -> None:
    text = "global @g = 1\nfunc @main() -> w {\nentry:\n  %x = load [@g]\n  call @puts(@g)\n  ret %x\n}\n"
    assert _problems(text) == []
    check_module(parse_module(text))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("global @g = 1\nglobal @g = 2\n", "defined twice"),
        ("global @g = @nowhere\n", "unknown @nowhere"),
        ("func @f() -> w {\nentry:\n  ret %x\n}\n", "%x is never assigned"),
        ("func @f() -> w {\nentry:\n  jmp gone\n}\n", "unknown label gone"),
        ("func @f() -> w {\nentry:\n  %x = copy 1\n}\n", "does not end with a terminator"),
        ("func @f() -> w {\nentry:\n  ret 1\n  ret 2\n}\n", "middle of the block"),
        ("func @f() -> w {\nentry:\n  ret 1\nentry:\n  ret 2\n}\n", "label entry defined twice"),
        ("func @f() -> w {\nentry:\n  %x = load [$s]\n  ret %x\n}\n", "unknown slot $s"),
        ("func @f() -> void {\nentry:\n  ret 1\n}\n", "void function returns a value"),
        ("func @f() -> w {\nentry:\n  ret\n}\n", "returns no value"),
        ("func @f() -> w {\nentry:\n  trap 1000\n}\n", "outside 0..999"),
        ("global @g = 1\nfunc @f() -> w {\nentry:\n  call @g()\n  ret 0\n}\n", "which is a global"),
        ("func @f() -> w {\nentry:\n  %x = load [@nope]\n  ret 0\n}\n", "unknown @nope"),
        ("func @f() -> w {\n  slot $a\n  slot $a\nentry:\n  ret 0\n}\n", "slot is declared twice"),
        ("func @f() -> w {\n  slot $a[0]\nentry:\n  ret 0\n}\n", "at least 1 word"),
        ("global @g[0]\n", "size must be at least 1"),
    ],
)
def test_each_problem_is_found(text: str, fragment: str) -> None:
    problems = _problems(text)
    assert any(fragment in p for p in problems), problems


def test_undefined_calls_are_allowed_only_before_linking() -> None:
    text = "func @main() -> w {\nentry:\n  call @mystery()\n  ret 0\n}\n"
    assert _problems(text) == []
    assert any("undefined function @mystery" in p for p in _problems(text, allow_external=False))
    with pytest.raises(VerifyError):
        check_module(parse_module(text), allow_external=False)


def test_unknown_operations_in_built_code() -> None:
    fn = Function(
        "f",
        blocks=[
            Block(
                "entry",
                [
                    Binary("frob", Temp("x"), Const(1), Const(2)),
                    Unary("twist", Temp("y"), Const(1)),
                    Print("hex", Const(1)),
                    Return(Const(0)),
                ],
            )
        ],
    )
    problems = verify_module(Module(functions=[fn, Function("g")]))
    assert any("unknown operation frob" in p for p in problems)
    assert any("unknown operation twist" in p for p in problems)
    assert any("unknown print kind" in p for p in problems)
    assert any("has no blocks" in p for p in problems)
