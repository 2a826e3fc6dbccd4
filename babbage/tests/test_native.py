"""The native engine (babbage/_native.c) against the step-by-step interpreter, at every budget.

The C loop keeps words in 126 bits and stops before every card it does not execute; these programs sit
on each edge of that: values crossing 2^126 and back, 50-digit values in the Store and the registers,
shifts by 0..50 places, square roots of large values, the signs of DIV and MOD, every trap, the output
limit cutting a character, READ at the end of its input, and the stack running out at its exact card.
Every expected value is the interpreter's (the reference, babbage/interpreter.py); the few fixed
results are worked by hand in the comments.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace
from typing import Any

import pytest

from babbage import assemble, emulator, native, native_build, run
from babbage.numbers import WORD_MAX
from babbage.tests.conftest import observable, observed

EDGE = 2**126 - 1  # the largest magnitude the C loop holds


def test_the_native_engine_is_built_where_there_is_a_c_compiler() -> None:
    """`make install` builds it; a machine with a compiler must not silently run without it."""
    if native_build.compiler() is not None:
        assert native.AVAILABLE, "babbage/_native.so is missing: run `make install`"


def test_auto_runs_the_native_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[object] = []
    original = native.NativeRun

    def counting(machine: Any) -> native.NativeRun:
        made.append(machine)
        return original(machine)

    monkeypatch.setattr(emulator, "NativeRun", counting)
    result = run(assemble("LOAD A, 2\nADD A, 3\nPRINT A\nHALT\n"))
    assert (result.status, result.output, len(made)) == ("halted", "5", 1)
    assert run(assemble("HALT\n"), trace=True).trace is not None and len(made) == 1  # traces step


def agree_at_every_budget(source: str, stdin: str = "", **options: object) -> None:
    """The native run equals the interpreter's, with its events and Store words, at every budget from 1
    to one past the whole run."""
    program = assemble(source)
    length = run(program, engine="interpreter", stdin=stdin, max_steps=10**6, **options).stats.instructions  # type: ignore[arg-type]
    for budget in range(1, length + 2):
        settings: dict[str, Any] = {"max_steps": budget, "stdin": stdin, "event_interval": 3, **options}
        settings["read_words"] = list(range(8))
        want = observed(program, "interpreter", **settings)
        got = observed(program, "native", **settings)
        assert got == want, budget
        words = run(program, engine="native", **settings).words
        assert words == run(program, engine="interpreter", **settings).words, budget


BOUNDARY = f"""\
        .data
x:      .word {EDGE}, {-EDGE}, {WORD_MAX}, 0
        .text
        LOAD A, [x]
        ADD A, 1            ; 2^126: past the C loop's words, the interpreter adds
        PRINT A
        PRINTC 32
        SUB A, 2            ; back within 2^126 - 1
        PRINT A
        PRINTC 32
        STOR A, [x+3]
        LOAD B, [x+2]       ; 10^50 - 1 in a register
        PUSH B
        POP C
        CMP C, B
        JNZ bad
        SUB C, [x+2]
        ADD C, [x+1]
        SUB C, 1            ; -2^126
        PRINT C
        PRINTC 32
        LOAD D, 9223372036854775807
        ADD D, 1            ; 2^63, past a C long long
        MUL D, D            ; 2^126: the interpreter multiplies
        PRINT D
        PRINTC 32
        LOAD D, 9223372036854775807
        MUL D, 9223372036854775808
        PRINT D             ; 2^126 - 2^63, within
        PRINTC 32
        LOAD A, 0
loop:   ADD A, 1
        CMP A, 5
        JLT loop
        PRINT [x+3]
        LOAD B, [x+2]
        ADD B, 1            ; 10^50: overflow
bad:    HALT
"""


def test_values_crossing_the_edge_of_the_c_words() -> None:
    agree_at_every_budget(BOUNDARY)
    result = run(assemble(BOUNDARY), engine="native")
    edge = 2**126
    assert result.status == "overflow"
    assert result.output == f"{edge} {edge - 2} {-edge} {edge} {edge - 2**63} {edge - 2}"


BIG_LOOP = f"""\
        LOAD A, {10**40}
        LOAD B, 40
loop:   ADD A, 1
        STOR A, [SP-1]
        SUB B, 1
        JNZ loop
        PRINT A
        HALT
"""


def test_a_loop_on_50_digit_values() -> None:
    agree_at_every_budget(BIG_LOOP)
    assert run(assemble(BIG_LOOP), engine="native").output == str(10**40 + 40)


@pytest.mark.parametrize("value", [0, 1, -7, 123456789, -(2**63), 2**100, EDGE, 10**49])
def test_shifts_by_every_number_of_places(value: int) -> None:
    for places in range(51):
        for op in ("SHL", "SHR"):
            source = (
                f"LOAD A, {value}\n{op} A, {places}\nPRINT A\nJZ zero\nJLT neg\nHALT\nzero: HALT\nneg: HALT\n"
            )
            program = assemble(source)
            want = observable(run(program, engine="interpreter"))
            assert observable(run(program, engine="native")) == want, (op, places)


@pytest.mark.parametrize(
    "value",
    [0, 1, 2, 3, 4, 15, 16, 17, 99, 10**18, EDGE, (2**63 - 1) ** 2, 2**126 - 2**64, 10**37, 10**49, -1],
)
def test_square_roots(value: int) -> None:
    program = assemble(f"LOAD A, {value}\nSQRT A\nPRINT A\nHALT\n")
    want = observable(run(program, engine="interpreter"))
    assert observable(run(program, engine="native")) == want


@pytest.mark.parametrize("dividend", [7, -7, 0, 6, EDGE, -EDGE, 10**45])
@pytest.mark.parametrize("divisor", [2, -2, 7, -7, 1, -1, 0, 10**20, -(10**45)])
def test_division_signs(dividend: int, divisor: int) -> None:
    # Truncated toward zero with the dividend's sign on the remainder: -7 / 2 = -3, -7 % 2 = -1.
    source = f"LOAD A, {dividend}\nLOAD B, A\nDIV A, {divisor}\nPRINT A\nPRINTC 32\n"
    source += f"MOD B, {divisor}\nPRINT B\nHALT\n"
    program = assemble(source)
    want = observable(run(program, engine="interpreter"))
    assert observable(run(program, engine="native")) == want


TRAPS = {
    "end_of_chain": "LOAD A, 1\nADD A, 1\n",
    "trap": "LOAD A, 1\nTRAP 42\n",
    "bad_jump": "LOAD A, 2\nCMP A, 2\nJZ 99\nHALT\n",
    "bad_jmpr": "LOAD A, -1\nJMPR A\nHALT\n",
    "bad_callr": "LOAD A, 5\nCALLR A\nHALT\n",
    "bad_ret": "PUSH 77\nRET\nHALT\n",
    "store_read": "LOAD A, 3\nLOAD B, [A+1997]\nHALT\n",  # address 2000 of a 2000-word Store
    "store_write": "LOAD A, -3\nSTOR A, [A]\nHALT\n",
    "pop_empty": "POP A\nHALT\n",
    "division_by_zero": "LOAD A, 5\nLOAD B, 0\nMOD A, B\nHALT\n",
    "sqrt_negative": "LOAD A, -4\nSQRT A\nHALT\n",
    "printc_surrogate": "PRINTC 65\nPRINTC 55296\nHALT\n",
    "printc_negative": "PRINTC -1\nHALT\n",
    "printc_too_large": "PRINTC 1114112\nHALT\n",
    "overflow_mul": f"LOAD A, {10**25}\nMUL A, A\nHALT\n",
    "overflow_shl": "LOAD A, 1\nSHL A, 50\nHALT\n",
    "overflow_sub": f"LOAD A, {-WORD_MAX}\nSUB A, 1\nHALT\n",
}


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_every_trap(name: str) -> None:
    agree_at_every_budget(TRAPS[name])
    assert run(assemble(TRAPS[name]), engine="native").status != "halted"


PRINTER = """\
        LOAD A, -12345
loop:   PRINT A
        PRINTC 233          ; two bytes
        PRINTC 8364         ; three bytes
        PRINTC 128512       ; four bytes
        ADD A, 1111
        JMP loop
"""


@pytest.mark.parametrize("room", range(30))
def test_the_output_limit_cuts_at_the_exact_byte(room: int) -> None:
    program = assemble(PRINTER)
    options: dict[str, Any] = {"max_output": room, "event_interval": 2, "max_steps": 200}
    assert observed(program, "native", **options) == observed(program, "interpreter", **options)


READER = """\
loop:   READ A
        JZ end
        PRINT A
        PRINTC 44
        JMP loop
end:    READC B
        PRINT B
        HALT
"""


@pytest.mark.parametrize(
    "stdin", ["", "12", "  -5 +7 \n", "x", "1 2x", "3 " + "9" * 51, "4 " + "9" * 50, "é"]
)
def test_read_to_the_end_of_the_input(stdin: str) -> None:
    agree_at_every_budget(READER, stdin=stdin)


STACK = """\
        .data
w:      .word 1
        .heap 3
        .text
        STOR A, [w+1]       ; the heap's first word
        STOR A, [w+3]
loop:   PUSH A
        ADD A, 1
        CALL fn
        JMP loop
fn:     LEA SP, [SP+0]
        RET
"""


@pytest.mark.parametrize("store_size", [100, 101, 137])
def test_the_stack_runs_out_at_its_exact_card(store_size: int) -> None:
    agree_at_every_budget(STACK, store_size=store_size)
    result = run(assemble(STACK), engine="native", store_size=store_size)
    assert result.status == "stack_overflow" and result.stats.heap_high_water == 3


class CountingEngine:
    """Wraps the C engine to count the Store words it reloads."""

    def __init__(self, engine: Any, reloaded: list[int], *args: Any) -> None:
        self.inner = engine(*args)
        self.reloaded = reloaded
        self.run = self.inner.run
        self.set_word = self.inner.set_word
        self.flush_store = self.inner.flush_store
        self.flush_counts = self.inner.flush_counts

    def load_store(self, store: list[int]) -> None:
        self.reloaded.append(len(store))
        self.inner.load_store(store)


ALTERNATING = f"""\
        LOAD B, 300
loop:   LOAD A, {EDGE}
        ADD A, 5            ; past 2^126: the interpreter
        SUB A, 9            ; A is still past it: the interpreter again
        SUB A, 1000         ; back within: the C loop
        STOR A, [SP-1]
        SUB B, 1
        JNZ loop
        PRINT A
        HALT
"""


@pytest.mark.parametrize("source", [ALTERNATING, BIG_LOOP.replace("LOAD B, 40", "LOAD B, 3000")])
def test_leaving_the_c_loop_never_costs_the_whole_store_a_card(
    monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    """Cards the interpreter executes reload one Store word each, or the whole Store once for a run of
    at least an eighth of its size in cards, so reloading costs at most 8 words a card."""
    reloaded: list[int] = []
    assert native._native is not None
    engine = native._native.Engine
    module = SimpleNamespace(Engine=lambda *args: CountingEngine(engine, reloaded, *args))
    monkeypatch.setattr(native, "_native", module)
    program = assemble(source)
    result = run(program, engine="native", store_size=200_000)
    assert observable(result) == observable(run(program, engine="interpreter", store_size=200_000))
    assert sum(reloaded) <= 8 * result.stats.instructions + 200_000


def test_runs_in_threads_at_once() -> None:
    """The C loop lets other threads run (it holds no Python object); runs in threads give each its own
    result."""
    programs = [assemble(BIG_LOOP), assemble(PRINTER), assemble(STACK), assemble(BOUNDARY)]
    want = [observable(run(program, engine="interpreter", max_steps=50_000)) for program in programs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(
            pool.map(
                lambda program: observable(run(program, engine="native", max_steps=50_000)), programs * 3
            )
        )
    assert got == want * 3
