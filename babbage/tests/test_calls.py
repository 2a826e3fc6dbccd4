"""Call-heavy programs on the block compiler and the native engine against the step-by-step interpreter.

Every program runs under every budget around it, with progress events and with the compiled function's
part cut short (blocks.PART), so that every way a call can end (a return to the card after the CALL, a
return elsewhere, a return by JMPR, the budget, a trap, HALT and the output limit inside a call, a jump
through a table out of the function, the stack running out) meets the interpreter's result exactly.
"""

from __future__ import annotations

import pytest

from babbage import assemble, blocks, emulator, run
from babbage.bench.runner import FIB, python_fib
from babbage.machine import Machine
from babbage.tests.conftest import observable, observed

MUTUAL = """\
; even(n) and odd(n) by mutual recursion: even(n) = n == 0 or odd(n - 1).
        LOAD A, 7
        CALL even
        PRINT A
        LOAD A, 10
        CALL even
        PRINT A
        HALT
even:   CMP A, 0
        JNZ even1
        LOAD A, 1
        RET
even1:  SUB A, 1
        CALL odd
        RET
odd:    CMP A, 0
        JNZ odd1
        LOAD A, 0
        RET
odd1:   SUB A, 1
        CALL even
        RET
"""

TABLE = """\
; Three functions called through a table of card indices with CALLR, twice round.
        .data
table:  .word double, square, negate
        .text
        LOAD A, 3
        CALL square
        PRINT A
        PRINTC ' '
        LOAD C, 0
loop:   LOAD A, 5
        ADD A, C
        LOAD B, [C+table]
        PUSH C
        CALLR B
        POP C
        PRINT A
        PRINTC ' '
        ADD C, 1
        CMP C, 3
        JLT loop
        LOAD B, square
        CALLR B
        PRINT A
        HALT
double: ADD A, A
        RET
square: MUL A, A
        RET
negate: NEG A
        CALL inc
        RET
inc:    ADD A, 1
        RET
"""

BROKEN = """\
; Returns that break the stack discipline: a function that rewrites its return card, one that
; returns by POP and JMPR, one that returns to a card of its own choosing, and one that jumps into
; another's body.
        CALL swap
        PRINT 1
        HALT
there:  PRINT 2
        CALL viajmpr
        PRINT 3
        CALL own
        PRINT 4
        HALT
chosen: PRINT 5
        CALL outer
        PRINT 6
        HALT
swap:   LOAD A, there
        STOR A, [SP]
        RET
viajmpr: POP B
        JMPR B
own:    POP B
        PUSH chosen
        RET
outer:  CALL inner
        PRINT 7
        RET
inner:  POP B
        ADD B, 1
        PUSH B
        RET
"""

DEEP = """\
; sum(n) = n + sum(n - 1) by recursion, deeper than the Store's stack in the last call.
        LOAD A, 30
        CALL sum
        PRINT A
        PRINTC 10
        LOAD A, 5000
        CALL sum
        PRINT A
        HALT
sum:    CMP A, 0
        JLE base
        PUSH A
        SUB A, 1
        CALL sum
        POP B
        ADD A, B
        RET
base:   LOAD A, 0
        RET
"""

EVERYTHING = """\
; A function that writes the heap, prints, reads, switches through a table with JMPR (inside its body
; and out of it), divides (by zero on its last call) and halts from inside a call.
        .data
cases:  .word c0, c1, away
        .heap 8
        .text
        LOAD D, 0
again:  CALL work
        ADD D, 1
        JMP again
away:   PRINTC '!'
        RET
work:   READ A
        STOR A, [D+__heap_base]
        LOAD B, D
        MOD B, 3
        LOAD C, [B+cases]
        JMPR C
c0:     PRINT A
        RET
c1:     LOAD B, 12
        DIV B, A
        PRINT B
        CMP D, 6
        JLT c1done
        HALT
c1done: RET
        .data
__heap_base: .word 0
"""

# Stack traffic at both ends of the Store, where a block's stack accesses are not proven safe on entry
# and the interpreter steps it: a callee that overflows after its pushes, a POP of an empty stack, and
# a CALL after SP was set below the stack limit.
SQUARES = """\
; A squared in a callee that pushes, prints and calls itself until the square passes 50 digits.
        LOAD A, 7
        CALL square
        HALT
square: PUSH A
        MUL A, A
        PRINT A
        PRINTC ' '
        CALL square
        POP B
        RET
"""

EMPTY = """\
; A callee that pops its own return card, then pops again from the empty stack.
        CALL f
        HALT
f:      POP B
        POP B
        RET
"""

BELOW = """\
; SP set below the stack limit (the 5 words of data), then a CALL.
        .data
five:   .space 5
        .text
        LOAD SP, 3
        CALL f
        HALT
f:      RET
"""

FRAMES = """\
; sum(n) = n + sum(n - 1), its argument read through FP and from SP and a word below SP written and read
; back, as compiled code addresses its frames; 40 levels of 3 words run out of stack in a small Store.
        LOAD A, 40
        PUSH A
        CALL sum
        ADD SP, 1
        PRINT A
        HALT
sum:    PUSH FP
        LOAD FP, SP
        LOAD A, [FP+2]
        CMP A, 0
        JLE zero
        SUB A, 1
        PUSH A
        CALL sum
        ADD SP, 1
        ADD A, [FP+2]
        STOR A, [SP-1]
        LOAD A, [SP-1]
        POP FP
        RET
zero:   LOAD A, [SP+2]
        POP FP
        RET
"""

ABOVE_SP = """\
; An operand based on SP that reaches past the Store's last word: SP is 1999 in the callee.
        CALL f
        HALT
f:      PUSH [SP]
        POP B
        LOAD A, [SP+1]
        RET
"""

ABOVE_FP = """\
; Operands based on FP, set before the call, the second past the Store's last word.
        LOAD FP, 1999
        CALL f
        HALT
f:      LOAD A, [FP]
        LOAD A, [FP+1]
        RET
"""

# name -> (source, input)
PROGRAMS = {
    "above_sp": (ABOVE_SP, ""),
    "above_fp": (ABOVE_FP, ""),
    "frames": (FRAMES, ""),
    "squares": (SQUARES, ""),
    "empty": (EMPTY, ""),
    "below": (BELOW, ""),
    "fib": (FIB.format(n=7), ""),
    "mutual": (MUTUAL, ""),
    "table": (TABLE, ""),
    "broken": (BROKEN, ""),
    "deep": (DEEP, ""),
    "everything": (EVERYTHING, "4 3 7 2 9 6 0 5"),
    "everything_trap": (EVERYTHING, "4 3 7 0"),
}

# Hand-worked results of the whole runs (fib's from CPython's own recursion).
EXPECTED = {
    "fib": ("halted", str(python_fib(7))),
    "mutual": ("halted", "01"),  # 7 is odd, 10 is even
    "table": ("halted", "9 10 36 -6 36"),  # 3*3, 5+5, 6*6, -7+1, then -6 squared
    # swap returns to `there` (2), viajmpr to its caller (3), own to `chosen` (5, never 4), inner to
    # outer's RET (never 7), and outer to its caller (6).
    "broken": ("halted", "2356"),
    "deep": ("stack_overflow", "465\n"),  # 30*31/2, then 5000 frames of two words overflow 2000 words
    # D mod 3 picks c0 (print A), c1 (print 12 / A, halt from D = 6 on) or away ('!'): D = 0..7.
    "everything": ("halted", "44!21!02"),
    "everything_trap": ("division_by_zero", "44!0"),  # D = 4 reads the end of input: A = 0
    # 7 squared again and again (CPython's squares); the sixth square has 54 digits.
    "frames": ("halted", "820"),  # 40 * 41 / 2
    "above_sp": ("store_out_of_range", ""),  # [SP+1] is address 2000 of a 2000-word Store
    "above_fp": ("store_out_of_range", ""),  # [FP+1] likewise
    "squares": ("overflow", "49 2401 5764801 33232930569601 1104427674243920646305299201 "),
    "empty": ("store_out_of_range", ""),  # the second POP reads address 2000 of a 2000-word Store
    "below": ("stack_overflow", ""),  # the CALL's new SP, 2, is below the limit, 5
}


def agree(name: str, budgets: list[int], engine: str = "blocks", **options: object) -> None:
    source, stdin = PROGRAMS[name]
    program = assemble(source)
    for budget in budgets:
        settings = {"max_steps": budget, "event_interval": 13, "stdin": stdin, "max_output": 7, **options}
        events: list[object] = []
        reference = run(program, engine="interpreter", on_event=events.append, **settings)  # type: ignore[arg-type]
        seen: list[object] = []
        result = run(program, engine=engine, on_event=seen.append, **settings)  # type: ignore[arg-type]
        assert (observable(result), seen) == (observable(reference), events), budget
        assert result.words == reference.words, budget


def full_run_length(name: str) -> int:
    source, stdin = PROGRAMS[name]
    return run(assemble(source), engine="interpreter", stdin=stdin, max_steps=10**6).stats.instructions


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_every_budget(name: str) -> None:
    length = full_run_length(name)
    budgets = [*range(1, min(length, 400) + 2), length - 1, length, length + 1, 10**6]
    for engine in ("blocks", "native"):
        agree(name, budgets, engine, store_size=2000, read_words=[1999, 1998, 0])
        agree(name, [10**6], engine, store_size=2000, max_output=3)  # the output limit strikes inside a call


@pytest.mark.parametrize("name", sorted(PROGRAMS))
@pytest.mark.parametrize("part", [1, 3, 7])
def test_short_parts(monkeypatch: pytest.MonkeyPatch, name: str, part: int) -> None:
    """PART 1 leaves the compiled function at every instruction."""
    monkeypatch.setattr(blocks, "PART", part)
    length = full_run_length(name)
    agree(name, [1, 2, 5, 17, 40, 41, length // 2, length - 1, length, 10**6], store_size=2000)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_translating_the_blocks_that_ran(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The engine "python" translates only the blocks that have run, and again when others have run long
    enough: with a warm-up of a few cards, the programs are translated part-way and again later, and
    every budget still gives the interpreter's result."""
    monkeypatch.setattr(emulator, "WARMUP", 3)
    monkeypatch.setattr(emulator, "WARMUP_PER_CARD", 1)
    monkeypatch.setattr(emulator, "LOOK_GAP_PER_CARD", 0)
    length = full_run_length(name)
    budgets = [*range(1, min(length, 120) + 2), length // 2, length - 1, length, length + 1, 10**6]
    agree(name, budgets, engine="python", store_size=2000, read_words=[1999, 0])
    agree(name, [10**6], engine="python", store_size=2000, event_interval=10**7)


def test_a_later_phase_is_translated_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """TABLE calls square first, and double and negate only later: the first translation leaves them
    out, and a second one, made once they have run, takes them in."""
    monkeypatch.setattr(emulator, "WARMUP", 3)
    monkeypatch.setattr(emulator, "WARMUP_PER_CARD", 1)
    monkeypatch.setattr(emulator, "LOOK_GAP_PER_CARD", 0)
    made: list[int] = []
    original = blocks.CompiledProgram.__init__

    def counting(self: blocks.CompiledProgram, machine: Machine, hot: frozenset[int] | None = None) -> None:
        original(self, machine, hot)
        made.append(len(self.cards))

    monkeypatch.setattr(blocks.CompiledProgram, "__init__", counting)
    program = assemble(TABLE)
    result = run(program, engine="python", max_steps=10**6, event_interval=10**7)
    assert (result.status, result.output) == EXPECTED["table"]
    assert len(made) >= 2 and made[0] < made[-1] <= len(program.instructions)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_whole_runs_give_the_worked_results(name: str) -> None:
    source, stdin = PROGRAMS[name]
    result = run(assemble(source), engine="blocks", stdin=stdin, max_steps=10**6)
    assert (result.status, result.output) == EXPECTED[name]


@pytest.mark.parametrize("source", [DEEP, FRAMES])
def test_stack_overflow_in_deep_recursion_at_every_store_size(source: str) -> None:
    """The stack runs out at a different depth in each Store: the trap, its card and the stack depth
    statistic are the interpreter's."""
    program = assemble(source)
    for store_size in range(100, 400, 7):
        reference = run(program, engine="interpreter", store_size=store_size)
        for engine in ("blocks", "native"):
            result = run(program, engine=engine, store_size=store_size)
            assert observable(result) == observable(reference), (engine, store_size)


# Recursion 10,000 deep, as C programs run it: calls stay inside the one compiled function (a CALL goes
# on to the callee's block, a RET to its predicted return site), so Python's own recursion limit plays
# no part. Two words of stack a level in a Store of 30,000 words.
DEEP_SUM = DEEP.replace("LOAD A, 30\n", "LOAD A, 10000\n").replace("LOAD A, 5000\n", "LOAD A, 3\n")
DEEP_TRAP = DEEP_SUM.replace("base:   LOAD A, 0", "base:   TRAP 7")
DEEP_MUTUAL = MUTUAL.replace("LOAD A, 7\n", "LOAD A, 10001\n")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (DEEP_SUM, ("halted", "50005000\n6")),  # 10000 * 10001 / 2, then 3 + 2 + 1
        (DEEP_TRAP, ("trap", "")),  # TRAP 7 at the bottom of the recursion, 10,000 calls deep
        (DEEP_MUTUAL, ("halted", "01")),  # 10001 is odd, 10 is even
    ],
)
def test_recursion_ten_thousand_deep(source: str, expected: tuple[str, str]) -> None:
    program = assemble(source)
    reference = run(program, engine="interpreter", store_size=30_000)
    assert (reference.status, reference.output) == expected
    length = reference.stats.instructions
    for engine in ("blocks", "python", "native"):
        # Budgets that end on the way down, at the bottom and on the way back up.
        for budget in (length // 3, length // 2, length - 7, length - 1, length, 10**7):
            options = {"store_size": 30_000, "max_steps": budget, "event_interval": 25_000}
            want = observed(program, "interpreter", **options)
            assert observed(program, engine, **options) == want, (engine, budget)
    if expected[0] == "trap":
        # main's CALL pushes one word, and each of the 10,000 levels above 0 pushes A and its return card.
        assert reference.trap_code == 7 and reference.stats.max_stack_depth == 1 + 2 * 10_000
