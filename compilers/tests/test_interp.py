"""The reference interpreter's traps and limits, each against the Engine's own (ISA.md section 3a)."""

from __future__ import annotations

import pytest

from compilers import driver
from compilers.ir import InterpError, interpret, parse_module
from compilers.ir.interp import wrap


def _run(body: str, stdin: str = "", **limits: int) -> tuple[str, str]:
    text = f"func @main() -> w {{\n  slot $cell\nentry:\n{body}\n}}\n"
    result = interpret(parse_module(text), stdin=stdin, **limits)
    return result.status, result.output


def _both(text: str, stdin: str = "", **limits: int) -> list[tuple[str, str]]:
    """The interpreter's and the emulator's (status, output) for one program."""
    first = interpret(parse_module(text), stdin=stdin, **limits)
    compiled = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=0))
    second = driver.run_compiled(compiled, stdin=stdin, **limits)  # type: ignore[arg-type]
    return [(first.status, first.output), (second.status, second.output)]


def test_budget_and_output_limits() -> None:
    loop = "func @main() -> w {\nentry:\n  jmp top\ntop:\n  printc 65\n  jmp top\n}\n"
    for status, output in _both(loop, max_steps=50):
        assert status == "budget_exhausted" and 5 < len(output) < 50
    for status, output in _both(loop, max_output=7):
        assert (status, output) == ("output_limit", "A" * 7)


def test_bad_input_and_overflow_on_input() -> None:
    program = (
        "func @main() -> w {\n  slot $c\nentry:\n  %ok = read [$c]\n  %v = load [$c]\n  print %v\n"
        "  ret 0\n}\n"
    )
    for status, _ in _both(program, stdin="x12"):
        assert status == "bad_input"
    assert _both(program, stdin="  -12 ") == [("halted", "-12"), ("halted", "-12")]
    assert _run("  %ok = read [$cell]\n  ret 0", stdin="9" * 51)[0] == "overflow"


def test_arithmetic_traps() -> None:
    assert _run("  %x = mul 99999999999999999999999999, 99999999999999999999999999\n  ret 0")[0] == "overflow"
    assert _run("  %x = rem 5, 0\n  ret 0")[0] == "division_by_zero"
    assert _run("  printc -1\n  ret 0")[0] == "domain"
    assert _run("  printc 55296\n  ret 0")[0] == "domain"
    assert _run("  %x = shl 1, -1\n  ret 0")[0] == "domain"
    assert _run("  %x = load [-1]\n  ret 0")[0] == "store_out_of_range"
    assert _run("  store [2000], 1\n  ret 0")[0] == "store_out_of_range"


def test_endless_recursion_overflows_the_stack_on_both() -> None:
    program = (
        "func @down(%n) -> w {\nentry:\n  %m = add %n, 1\n  %r = call @down(%m)\n  ret %r\n}\n"
        "func @main() -> w {\nentry:\n  %r = call @down(0)\n  ret 0\n}\n"
    )
    assert [s for s, _ in _both(program)] == ["stack_overflow", "stack_overflow"]


def test_calls_through_a_bad_pointer() -> None:
    assert _run("  %r = call 12345(1)\n  ret 0")[0] == "bad_jump"


def test_unrunnable_modules() -> None:
    with pytest.raises(InterpError, match="no @main"):
        interpret(parse_module("func @f() -> w {\nentry:\n  ret 0\n}\n"))
    with pytest.raises(InterpError, match="not defined or linked"):
        interpret(parse_module("func @main() -> w {\nentry:\n  call @puts(0)\n  ret 0\n}\n"))
    with pytest.raises(InterpError, match="takes 1 arguments"):
        interpret(
            parse_module(
                "func @f(%a) -> w {\nentry:\n  ret 0\n}\n"
                "func @main() -> w {\nentry:\n  %x = call @f()\n  ret 0\n}\n"
            )
        )
    with pytest.raises(InterpError, match="do not fit"):
        interpret(parse_module("global @g[3000]\nfunc @main() -> w {\nentry:\n  ret 0\n}\n"))
    with pytest.raises(InterpError, match="malloc"):
        interpret(parse_module("func @main() -> w {\nentry:\n  %p = alloc 2\n  ret 0\n}\n"))


def test_function_pointers_in_data() -> None:
    text = """
global @table: ptr = @seven, 0
func @seven() -> w {
entry:
  ret 7
}
func @main() -> w {
entry:
  %f = load [@table]
  %v = call %f()
  print %v
  %g = load [@table+1]
  print %g
  ret 0
}
"""
    assert _both(text) == [("halted", "70"), ("halted", "70")]


def test_wrap_matches_modular_arithmetic() -> None:
    # reference: Python's own modular arithmetic, written out
    assert wrap("wrap.i8", 128) == -128 and wrap("wrap.u8", -1) == 255
    assert wrap("wrap.i16", 40000) == 40000 - 65536 and wrap("wrap.u16", 65536) == 0
    assert wrap("wrap.i64", 2**63) == -(2**63) and wrap("wrap.u64", -1) == 2**64 - 1


def test_trap_reports_its_line() -> None:
    result = interpret(parse_module("func @main() -> w {\nentry:\n  .line 9\n  trap 5\n}\n"))
    assert (result.status, result.trap_code, result.source_line) == ("trap", 5, 9)
