"""The block compiler against the step-by-step interpreter where its own shortcuts live: a run split into
many calls of the compiled function, counted loops under every budget around them, and calls (recursion,
rewritten return addresses, computed calls and jumps, the stack limit) under every budget."""

from __future__ import annotations

import pytest

from babbage import assemble, blocks, run
from babbage.bench.runner import cases
from babbage.tests.conftest import observable, observed
from babbage.tests.test_properties import EDGE_LOOPS

SOURCES = [case.source for case in cases(0.002)] + [
    f".data\nx: .word 5, -3, 0, 7\n.text\n{loop}\nout: PRINT A\nHALT\n" for loop in EDGE_LOOPS
]


@pytest.mark.parametrize("part", [1, 2, 3, 7, 50])
@pytest.mark.parametrize("source", SOURCES)
def test_short_parts_agree(monkeypatch: pytest.MonkeyPatch, source: str, part: int) -> None:
    """PART bounds the instructions of one call of the compiled function (2**30 - 1 in a real run)."""
    program = assemble(source)
    reference_events: list[object] = []
    reference = run(program, engine="interpreter", on_event=reference_events.append, event_interval=97)
    monkeypatch.setattr(blocks, "PART", part)
    events: list[object] = []
    result = run(program, engine="blocks", on_event=events.append, event_interval=97)
    assert observable(result) == observable(reference)
    assert events == reference_events


SHORT_LOOPS = [
    "LOAD A, 0\ntop: ADD A, 1\nCMP A, 5\nJLE top",
    "LOAD A, 0\ntop: ADD A, 1\nCMP A, 5\nJLT top",
    "LOAD A, 1\ntop: ADD A, 2\nNOP\nCMP A, 6\nJLE top",
    "LOAD A, 9\nLOAD B, 4\ntop: ADD A, 3\nCMP A, B\nJLT top",
    "LOAD C, 0\ntop: ADD A, [C+x]\nADD C, 1\nCMP C, 4\nJLT top",
    "LOAD A, 0\nLOAD B, 100\ntop: ADD A, 1\nDIV B, [A+x]\nCMP A, 5\nJLT top",
    "LOAD A, 0\ntop: ADD A, 1\nPRINT A\nADD A, 2\nCMP A, 40\nJLT top",
    "LOAD A, 0\ntop: ADD A, 1\nCMP A, 2\nJGT out\nLOAD B, [5000]\nCMP A, 5\nJLT top",
    "LOAD A, 5\ntop: ADD A, 1\nCMP A, 2\nJGT out\nLOAD B, [5000]\nCMP A, 9\nJLT top",
    "LOAD A, 0\ntop: ADD A, 1\nCMP A, 3\nJGT out\nADD A, 1\nCMP A, 9\nJLE top",
    "LOAD A, 0\ntop: ADD A, 1\nCMP A, [x+3]\nJLT top",  # a bound in the Store: no guard
    "LOAD A, 0\ntop: ADD A, 1\nCMP A, A\nJLE top",  # the register is its own bound: no guard
    "LOAD SP, 1990\ntop: ADD SP, 2\nCMP SP, 1999\nJLT top",  # SP's low-water mark: no guard
]


@pytest.mark.parametrize("loop", SHORT_LOOPS)
def test_every_budget_around_a_counted_loop(loop: str) -> None:
    """The loop without a round counter runs only when it ends within the budget: every budget that
    ends before, inside or just after it gives the interpreter's result."""
    program = assemble(f".data\nx: .word 5, -3, 0, 7\n.text\n{loop}\nout: PRINT A\nHALT\n")
    for budget in range(1, 40):
        reference = run(program, engine="interpreter", max_steps=budget, max_output=7)
        result = run(program, engine="blocks", max_steps=budget, max_output=7)
        assert observable(result) == observable(reference), budget


# Calls: recursion (RET the last card), a function that rewrites its return address (RET not the last
# card), computed calls and jumps, and recursion that runs into the stack limit.
CALL_PROGRAMS = [
    cases(0.002)[2].source.replace("LOAD A, 16", "LOAD A, 6"),
    "CALL f\nPRINT 1\nHALT\nback: PRINT 2\nHALT\nf: LOAD A, back\nSTOR A, [SP]\nRET\nNOP\n",
    "LOAD B, g\nCALLR B\nLOAD C, done\nJMPR C\nPRINT 9\ndone: PRINT A\nHALT\ng: LOAD A, 7\nRET\n",
    "LOAD A, 0\nCALL r\nHALT\nr: ADD A, 1\nPUSH A\nCALL r\nRET\n",
    "CALL f\nPRINT A\nHALT\nf: ADD A, 1\nCMP A, 3\nJLT f\nJMP g\ng: RET\n",
]


@pytest.mark.parametrize("source", CALL_PROGRAMS)
def test_every_budget_around_calls(source: str) -> None:
    program = assemble(source)
    for budget in [*range(1, 130), 10_000]:
        options = {"max_steps": budget, "store_size": 200, "event_interval": 7}
        events: list[object] = []
        reference = run(program, engine="interpreter", on_event=events.append, **options)
        seen: list[object] = []
        result = run(program, engine="blocks", on_event=seen.append, **options)
        assert (observable(result), seen) == (observable(reference), events), budget


# Two programs the random tests found (outputs and statuses worked by hand): SP set below 0 before a
# RET, whose stack guard must test SP < 0 too; and a loop whose side exit reads the lever the CMP of
# the round before set (A doubles from 0, so CMP A, -2 leaves a positive lever and JGT goes back to
# `top` for ever), which the CMP fused into the loop's test left unset inside the loop.
FOUND = {
    "negative_sp": ("LOAD C, 1\nNEG SP\nSHL SP, 1\nJMP back\nPRINT 1\nback: RET\n", "store_out_of_range"),
    "lever": (
        "top: LOAD C, 1\nADD A, A\nc2: JGT top\nCMP A, -2\nJNZ c2\nNEG A\nPRINT A\nHALT\n",
        "budget_exhausted",
    ),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_programs_the_random_tests_found(name: str) -> None:
    source, status = FOUND[name]
    program = assemble(source)
    assert run(program, engine="blocks", max_steps=1000).status == status
    for budget in range(1, 60):
        reference = run(program, engine="interpreter", max_steps=budget)
        assert observable(run(program, engine="blocks", max_steps=budget)) == observable(reference), budget


# A block written in place after the one before it (a fall-through, a JMP, a CALL or a taken side
# exit) is counted with it by one pair counter where it completes; where it is left early the one
# before is counted on its own. Each program ends inside such a block in a different way; outputs
# and statuses worked by hand.
IN_PLACE = {
    # A counts down 2, 1, 0 and `mid`, written in place after `top`, divides 12 by it: the third
    # round divides by zero there, and max_output=2 strikes at its PRINT.
    "trap": ("LOAD A, 3\ntop: SUB A, 1\nmid: PRINT A\nLOAD B, 12\nDIV B, A\nJMP top\nJMP mid\n", ""),
    # READ in a block written in place: the third number is not one (bad_input).
    "read": ("top: ADD C, 1\nnext: READ A\nPRINT A\nJMP top\nJMP next\n", "1 2 x"),
    # POP of an empty stack in a block written in place: its stack guard fails on the second round
    # (SP 2000 in a 2000-word Store) and the interpreter steps it to store_out_of_range.
    "guard": ("LOAD A, 1\nPUSH A\ntop: ADD A, 1\npop: POP B\nPRINT B\nJMP top\nJMP pop\n", ""),
    # A RET written in place after f's body, predicted to return after the CALL, pops 5000: bad_jump.
    "return": ("CALL f\nHALT\nf: LOAD A, 5000\nSTOR A, [SP]\nret: RET\nJMP ret\n", ""),
    # A taken side exit's target written in place: PRINT 7, then TRAP 5.
    "side": ("LOAD A, 2\ntop: SUB A, 1\nJZ zero\nJMP top\nzero: PRINT 7\nTRAP 5\n", ""),
}
IN_PLACE_RESULTS = {
    "trap": ("division_by_zero", "210"),
    "read": ("bad_input", "12"),
    "guard": ("store_out_of_range", "1"),
    "return": ("bad_jump", ""),
    "side": ("trap", "7"),
}


@pytest.mark.parametrize("name", sorted(IN_PLACE))
def test_every_budget_inside_blocks_written_in_place(name: str) -> None:
    source, stdin = IN_PLACE[name]
    program = assemble(source)
    result = run(program, engine="blocks", stdin=stdin, max_steps=1000)
    assert (result.status, result.output) == IN_PLACE_RESULTS[name]
    for max_output, interval in ((2, 5), (100, 5), (100, 10**6)):
        for budget in [*range(1, 60), 1000]:
            options = {"stdin": stdin, "max_steps": budget, "max_output": max_output}
            options["event_interval"] = interval
            want = observed(program, "interpreter", **options)
            assert observed(program, "blocks", **options) == want, (budget, interval)
