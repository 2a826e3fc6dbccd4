"""Compiles bounded in time and memory (ancient_compute/lib/bounded.py), fuzzed with programs that declare
huge objects, nest deeply or expand macros exponentially: each ends within its limits with a diagnostic.

The inputs are fixed (no randomness), so a failure names the program that caused it.
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
from multiprocessing.connection import Connection

import pytest

from ancient_compute.lib import bounded
from ancient_compute.lib.bounded import address_space, compile_bounded, limit_memory
from compilers.driver import CompileOptions

SECONDS = 4
MEGABYTES = 256


@pytest.fixture(autouse=True, scope="module")
def _compile_server_started() -> None:
    # As in a web process, which starts it as it starts (asgi.py): the limits below are the compiles'.
    assert bounded.compile_server_ready(120)


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
    # A legal program that is slow to compile in little memory: 20,000 statements in one function take
    # the optimiser several seconds. (A doubling macro fills the memory limit first on a fast machine.)
    source = "int main(void) {\n    int x = 0;\n" + "    x = x * 3 + 1;\n" * 20_000 + "    return x;\n}\n"
    result = compile_bounded("c", source, CompileOptions(), seconds=1, megabytes=MEGABYTES)
    assert not result.ok
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == "limit"
    assert "took longer than its limit of 1 s" in diagnostic.message


def test_a_compile_that_cannot_start_within_its_time_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every slot taken by other compiles: the time counts from the call, so this one waits no longer than
    # its limit and is told why it did not compile.
    taken = threading.BoundedSemaphore(1)
    taken.acquire()
    monkeypatch.setattr(bounded, "_slots", taken)
    result = compile_bounded(
        "c", "int main(void) { return 0; }\n", CompileOptions(), seconds=0.5, megabytes=64
    )
    assert not result.ok
    (diagnostic,) = result.diagnostics
    assert diagnostic.code == "limit"
    assert "could not start within its limit of 0.5 s" in diagnostic.message


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


def _compile_past_then_go_on(megabytes: int, connection: Connection) -> None:
    from compilers import driver

    limit_memory(megabytes)
    past = driver.compile("c", _doubling_macros(22))  # 2^22 tokens: far more than the bound
    connection.send(past.diagnostics[0].message)
    try:
        # What the failed compile built is freed as it ends: a file can be opened (a buffer allocated).
        connection.send(f"mapped {address_space() > 0}")
    except MemoryError:
        connection.send("MemoryError")
    after = driver.compile("c", "int main(void) { return 3; }\n")
    connection.send(f"next compile ok: {after.ok}")
    connection.close()


def test_a_process_whose_compile_met_its_bound_goes_on_within_it() -> None:
    # A worker's pool process lives on after a compile that ran out of memory: unless what that compile
    # built is freed as it ends, the diagnostic's write, or the next task's read, finds no memory left.
    # (A pipe, not a queue: a queue's feeder thread would need memory of its own past the bound.)
    context = multiprocessing.get_context("spawn")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_compile_past_then_go_on, args=(64, writer))
    child.start()
    writer.close()
    told = []
    while reader.poll(120):
        try:
            told.append(reader.recv())
        except EOFError:
            break
    child.join(10)
    assert len(told) == 3, told
    assert "ran out of memory" in told[0]
    assert told[1:] == ["mapped True", "next compile ok: True"]
