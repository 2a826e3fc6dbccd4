"""Frameless functions at -O1 (compilers/backend/frameless.py, README.md in compilers/backend): FP
dropped, frame words addressed from SP, the frame claimed only on the paths that use it; and the
functions that must keep their FP frame. Expected outputs are worked by hand in the comments or computed
by CPython from the program's definition."""

from __future__ import annotations

from compilers import driver
from compilers.backend.asm import instr, label
from compilers.backend.frameless import frameless
from compilers.ir import parse_module
from compilers.tests.test_tail_calls_and_switches import GROWING

# fib(n) as C's front end gives it: n lives in its argument word, fib(n-1) in a frame word.
FIB = """
func @fib(%n) -> w {
entry:
  %t1 = lt %n, 2
  br %t1, base, more
base:
  ret %n
more:
  %t2 = sub %n, 1
  %t3 = call @fib(%t2)
  %t4 = sub %n, 2
  %t5 = call @fib(%t4)
  %t6 = add %t3, %t5
  ret %t6
}

func @main() -> w {
entry:
  %r = call @fib(15)
  print %r
  ret 0
}
"""

# sum(n) with its total in a frame word that a loop reads and writes: every path uses the frame.
LOOP = """
func @total(%n) -> w {
entry:
  %i = copy 0
  %s = copy 0
  jmp head
head:
  %c = lt %i, %n
  br %c, body, done
body:
  %k = call @id(%i)
  %s = add %s, %k
  %i = add %i, 1
  jmp head
done:
  ret %s
}

func @id(%x) -> w {
entry:
  ret %x
}

func @main() -> w {
entry:
  %r = call @total(10)
  print %r
  ret 0
}
"""


def _compile(text: str, level: int) -> driver.CompileResult:
    compiled = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=level))
    assert compiled.ok, compiled.render_diagnostics()
    return compiled


def _function(assembly: str, name: str) -> str:
    """One function's lines: from its label to the next label without a dot (another function's)."""
    lines = assembly.splitlines()
    start = lines.index(f"{name}:")
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].endswith(":") and "." not in lines[i]),
        len(lines),
    )
    return "\n".join(lines[start:end]) + "\n"


def python_fib(n: int) -> int:
    return n if n < 2 else python_fib(n - 1) + python_fib(n - 2)


def test_a_recursion_without_fp_claims_its_frame_only_where_it_calls() -> None:
    optimised, plain = _compile(FIB, 1), _compile(FIB, 0)
    fib = _function(optimised.assembly, "fib")
    assert "FP" not in fib
    # The base case reads its argument from SP and returns without a frame; the claim (PUSH 0, the
    # word for fib(n-1)) is the first card of the block that calls.
    assert "LOAD   A, [SP+1]\n        CMP    A, 2\n        JGE    fib.more\n" in fib
    assert "fib.base:\n        RET\nfib.more:\n        PUSH   0\n" in fib
    assert "FP" in _function(plain.assembly, "fib")  # -O0 keeps the documented FP frame
    for compiled in (optimised, plain):
        result = driver.run_compiled(compiled)
        assert (result.status, result.output) == ("halted", str(python_fib(15)))
    assert driver.run_compiled(optimised).stats.instructions < driver.run_compiled(plain).stats.instructions
    assert optimised.frames["fib"] == 1 + 1 + 1  # the argument, the return card, fib(n-1)'s word


def test_a_frame_used_on_every_path_is_claimed_at_the_entry() -> None:
    compiled = _compile(LOOP, 1)
    total = _function(compiled.assembly, "total")
    assert "FP" not in total
    result = driver.run_compiled(compiled)
    assert (result.status, result.output) == ("halted", str(sum(range(10))))  # 0 + 1 + ... + 9 = 45


def test_tail_calls_keep_the_fp_frame() -> None:
    compiled = _compile(GROWING, 1)
    for name in ("two", "three", "one"):  # each tail-calls the next, with another count of arguments
        assert f"{name}:\n        PUSH   FP\n        LOAD   FP, SP\n" in _function(compiled.assembly, name)
    result = driver.run_compiled(compiled)
    assert (result.status, result.output) == ("halted", "0 5 10 15 42\n")  # worked in that test file


def test_code_that_reads_sp_or_jumps_through_a_table_keeps_its_frame() -> None:
    prologue = [label("f"), instr("PUSH", "FP"), instr("LOAD", "FP", "SP")]
    epilogue = [instr("POP", "FP"), instr("RET")]
    assert frameless([*prologue, instr("LOAD", "A", "[FP+2]"), *epilogue], 0, 1) is not None
    assert frameless([*prologue, instr("LOAD", "A", "SP"), *epilogue], 0, 1) is None
    assert frameless([*prologue, instr("LOAD", "D", "[A]"), instr("JMPR", "D"), *epilogue], 0, 1) is None
    assert frameless([*prologue, instr("LOAD", "A", "[FP]"), *epilogue], 0, 1) is None
    assert frameless([*prologue, instr("JMP", "g"), *epilogue], 0, 1) is None  # a jump out: a tail call
