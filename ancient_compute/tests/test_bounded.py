"""Compiles bounded in time and memory (ancient_compute/lib/bounded.py), fuzzed with programs that declare
huge objects, nest deeply or expand macros exponentially: each ends within its limits with a diagnostic.

The inputs are fixed (no randomness), so a failure names the program that caused it.
"""

from __future__ import annotations

import multiprocessing
import resource

import pytest

from ancient_compute.lib.bounded import compile_bounded, limit_memory
from compilers.driver import CompileOptions

SECONDS = 4
MEGABYTES = 256


def _doubling_macros(levels: int) -> str:
    lines = ["#define A0 x"] + [f"#define A{i} A{i - 1} A{i - 1}" for i in range(1, levels + 1)]
    return "\n".join(lines) + f"\nint main(void) {{ int x = 1; return A{levels}; }}\n"


def _doubling_structs(levels: int) -> str:
    lines = ["struct S0 { int x; };"]
    lines += [f"struct S{i} {{ struct S{i - 1} a, b; }};" for i in range(1, levels)]
    return "\n".join(lines) + f"\nstruct S{levels - 1} g;\nint main(void) {{ return 0; }}\n"


HOSTILE = {
    "a static array of 10^8 ints": "int big[100000000];\nint main(void) { big[5] = 1; return big[5]; }\n",
    "a static array of 2 * 10^9 ints": "int big[2000000000];\nint main(void) { return big[1]; }\n",
    "a 2-D array of 4 * 10^18 ints": "int big[2000000000][2000000000];\nint main(void) { return 0; }\n",
    "a struct whose size doubles 80 times": _doubling_structs(80),
    "a macro that doubles 60 times": _doubling_macros(60),
    "a function-like macro nested 40 deep": "#define F(a) a a\nint main(void) { return "
    + "F(" * 40
    + "1"
    + ")" * 40
    + "; }\n",
    "parentheses nested 50,000 deep": "int main(void) { return " + "(" * 50_000 + "1" + ")" * 50_000 + ";}",
    "blocks nested 50,000 deep": "int main(void) { " + "{" * 50_000 + "}" * 50_000 + " return 0; }\n",
    "20,000 nested ifs": "int main(void) { int x = 0; " + "if (x) " * 20_000 + "x = 1; return x; }\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_hostile_program_ends_within_the_limits_with_a_diagnostic(name: str) -> None:
    result = compile_bounded(
        "c", HOSTILE[name], CompileOptions(), filename="main.c", seconds=SECONDS, megabytes=MEGABYTES
    )
    assert not result.ok
    first = result.diagnostics[0]
    assert first.severity == "error"
    # Told as the program's size or depth, or as the limit it met: never as a fault of the compiler.
    assert first.code in {"store", "limit"}, (name, first.code, first.message)


def test_a_huge_local_array_compiles_within_the_limits_to_a_frame_of_its_size() -> None:
    # A legal program: its frame does not fit the Store, which the run reports as a stack overflow.
    source = "int main(void) { int a[100000000] = {1}; return a[0]; }\n"
    result = compile_bounded("c", source, CompileOptions(), seconds=SECONDS, megabytes=MEGABYTES)
    assert result.ok, [d.message for d in result.diagnostics]
    assert result.stack_words is not None and result.stack_words > 100_000_000


def test_hostile_assembly_ends_with_a_diagnostic() -> None:
    source = ".data\n" + "".join(f"x{i}: .space 1000000\n" for i in range(50)) + ".text\nHALT\n"
    result = compile_bounded("assembly", source, CompileOptions(), seconds=SECONDS, megabytes=MEGABYTES)
    assert not result.ok
    assert "larger than any Store" in result.diagnostics[0].message


def test_a_compile_past_its_time_is_stopped_and_says_so() -> None:
    result = compile_bounded("c", _doubling_macros(60), CompileOptions(), seconds=1, megabytes=MEGABYTES)
    assert not result.ok
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == "limit"
    assert "took longer than its limit of 1 s" in diagnostic.message


def test_a_compile_past_its_memory_is_stopped_and_says_so() -> None:
    # 2^22 copies of a token: far more memory than 64 MB, reached long before the time limit.
    result = compile_bounded("c", _doubling_macros(22), CompileOptions(), seconds=30, megabytes=64)
    assert not result.ok
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == "limit"
    assert "ran out of memory" in diagnostic.message or "limit of 64 MB" in diagnostic.message


def test_a_good_program_comes_back_with_every_stage_to_read() -> None:
    source = '#include <stdio.h>\nint main(void) { printf("%d\\n", 6 * 7); return 0; }\n'
    result = compile_bounded("c", source, CompileOptions(), filename="main.c", seconds=30, megabytes=512)
    assert result.ok, [d.message for d in result.diagnostics]
    assert result.tokens and result.ast and result.ir and result.assembly and result.deck
    assert result.line_map


def _allocate_past(megabytes: int, queue: multiprocessing.Queue[str]) -> None:
    limit_memory(megabytes)
    try:
        block = bytearray(2 * megabytes * 1024 * 1024)
        queue.put(f"allocated {len(block)}")
    except MemoryError:
        queue.put("MemoryError")
    queue.put(str(resource.getrlimit(resource.RLIMIT_AS)[0]))


def test_a_process_that_bounds_its_memory_gets_memory_error_past_the_bound() -> None:
    # In a child of its own: the bound is for the rest of a process's life (a worker's pool process).
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[str] = context.Queue()
    child = context.Process(target=_allocate_past, args=(64, queue))
    child.start()
    child.join(60)
    assert queue.get(timeout=5) == "MemoryError"
    assert int(queue.get(timeout=5)) > 0
