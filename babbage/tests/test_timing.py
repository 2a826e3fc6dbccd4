"""Statistics and simulated time, each figure worked by hand from ISA.md sections 6 and 7."""

from __future__ import annotations

import pytest

from babbage import assemble, run
from babbage.timing import format_duration

MUL_PROGRAM = """\
        .data
x:      .word 6
        .text
        LOAD A, [x]
        MUL A, 7
        STOR A, [x]
        PRINT A
        HALT
"""


@pytest.mark.parametrize("engine", ["interpreter", "blocks", "native"])
def test_costs_of_load_mul_stor_print_halt(engine: str) -> None:
    result = run(assemble(MUL_PROGRAM, "mul.bab"), engine=engine)
    assert result.output == "42"
    stats = result.stats
    # LOAD [x]: card 0.5 + transfer 0.25; MUL 6*7: 0.5 + 10 + 1 (one digit); STOR: 0.5 + 0.25;
    # PRINT 42: 0.5 + 2 characters; HALT: 0.5.
    assert stats.seconds_by_line == {4: 0.75, 5: 11.5, 6: 0.75, 7: 2.5, 8: 0.5}
    assert stats.simulated_seconds == 16.0
    assert stats.simulated_duration == "16 s"
    assert stats.instructions == stats.cards_read == 5
    assert stats.mill_operations == {"mul": 1}
    assert (stats.store_reads, stats.store_writes) == (1, 1)
    assert (stats.cards_passed, stats.max_stack_depth, stats.heap_high_water) == (0, 0, -1)
    assert stats.profile == "babbage-1864"
    assert (result.card_index, result.source_line, result.source_file) == (4, 8, "mul.bab")


def test_menabrea_profile_makes_mul_six_times_dearer() -> None:
    result = run(assemble(MUL_PROGRAM), profile="menabrea-1842")
    # MUL: 0.5 + (10 + 1) * 6 = 66.5; the rest as under babbage-1864: 0.75 + 0.75 + 2.5 + 0.5.
    assert result.stats.simulated_seconds == 71.0
    assert result.stats.profile == "menabrea-1842"


CALL_PROGRAM = """\
        LOAD A, 100
        DIV A, 7
        CALL f
        SHL A, 3
        HALT
f:      SQRT A
        RET
"""


@pytest.mark.parametrize("engine", ["interpreter", "blocks", "native"])
def test_costs_of_div_call_sqrt_ret_shift(engine: str) -> None:
    result = run(assemble(CALL_PROGRAM), engine=engine)
    stats = result.stats
    # LOAD 0.5; DIV 100/7 = 14, two quotient digits: 0.5 + 10 + 2; CALL card 2 -> 5 passes |5 - 3| = 2
    # cards and pushes one word: 0.5 + 1 + 0.25; SQRT 14 = 3, one digit: 0.5 + 10 + 2; RET card 6 -> 3
    # passes |3 - 7| = 4 cards and pops one word: 0.5 + 2 + 0.25; SHL 3 places: 0.5 + 0.3; HALT 0.5.
    assert stats.seconds_by_line == pytest.approx(
        {1: 0.5, 2: 12.5, 3: 1.75, 4: 0.8, 5: 0.5, 6: 12.5, 7: 2.75}
    )
    assert stats.simulated_seconds == pytest.approx(31.3)
    assert stats.cards_passed == 6
    assert stats.max_stack_depth == 1
    assert (stats.store_reads, stats.store_writes) == (1, 1)
    assert stats.mill_operations == {"div": 1, "shl": 1, "sqrt": 1}
    assert stats.instructions == 7


def test_untaken_jump_passes_no_cards_and_taken_backward_jump_does() -> None:
    source = "LOAD A, 2\nloop: SUB A, 1\nJNZ loop\nHALT\n"
    stats = run(assemble(source)).stats
    # JNZ on card 2 is taken once (to card 1: distance |1 - 3| = 2) and falls through once.
    assert stats.cards_passed == 2
    assert stats.instructions == 6
    assert stats.mill_operations == {"sub": 2}


@pytest.mark.parametrize("engine", ["interpreter", "blocks", "native"])
def test_heap_high_water_and_stack_depth(engine: str) -> None:
    source = """\
        .data
x:      .word 1, 2
        .heap 10
        .text
        LOAD A, 5
        STOR A, [5]             ; heap is 2..11
        STOR A, [3]
        STOR A, [1]             ; static data: not heap
        PUSH 1
        PUSH 2
        PUSH 3
        POP A
        SUB SP, 4               ; a frame of four words: SP 1998 -> 1994
        ADD SP, 6
        HALT
"""
    stats = run(assemble(source), engine=engine).stats
    assert stats.heap_high_water == 5
    assert stats.max_stack_depth == 2000 - 1994


def test_trace_has_a_line_per_card_executed() -> None:
    result = run(assemble("LOAD A, 3\nADD A, 4\nHALT\n"), trace=True)
    assert result.trace is not None
    assert len(result.trace) == 3
    assert "ADD A, 4" in result.trace[1]
    assert "A=7" in result.trace[1]
    assert run(assemble("HALT\n")).trace is None
    assert run(assemble("LOAD A, 3\nADD A, 4\nHALT\n"), trace=True, engine="blocks").trace == result.trace


def test_format_duration_of_simulated_time() -> None:
    assert format_duration(10_000) == "2 h 46 min"  # 2 h 46 min 40 s, whole minutes
    assert format_duration(16.0) == "16 s"
