"""run(): a program, its input and its limits -> RunResult (ISA.md section 6)."""

from __future__ import annotations

from collections.abc import Sequence

from babbage.accounting import card_costs, simulated_seconds, statistics
from babbage.blocks import CompiledProgram
from babbage.interpreter import interpret
from babbage.machine import Machine, load
from babbage.native import AVAILABLE as NATIVE_AVAILABLE
from babbage.native import NativeRun
from babbage.program import Program
from babbage.result import HALTED, EventCallback, OutputEvent, ProgressEvent, RunResult
from babbage.timing import get_profile

ENGINES = ("auto", "native", "python", "interpreter", "blocks")
# Translating costs about as much as interpreting 300 cards for each card translated (110-170 us a card
# against 0.4 us an interpreted card, measured on compiled C, LISP and Python), plus a fixed part
# (compile and exec) of one to two thousand. "python" translates the blocks that have run once the run
# has stepped 400 cards for each card that has run: a run that goes on past that pays for it.
WARMUP = 2_000
WARMUP_PER_CARD = 400
LOOK_GAP_PER_CARD = 4  # see _look_gap


def _ran(machine: Machine, translated: frozenset[int]) -> int:
    """How many cards outside `translated` have run."""
    return sum(1 for card, count in enumerate(machine.counts) if count and card not in translated)


def _look_gap(machine: Machine) -> int:
    """Instructions between two looks at the cards that have run: a look is a pass over the cards,
    which costs about an eighth of interpreting as many, so a gap of four times the cards
    (LOOK_GAP_PER_CARD) keeps the looks within 3% of the run."""
    return max(WARMUP, LOOK_GAP_PER_CARD * len(machine.counts))


def _hot(machine: Machine) -> frozenset[int]:
    """The cards that have run: the blocks that start at them are the ones worth translating."""
    return frozenset(card for card, count in enumerate(machine.counts) if count)


def _translate_hot(machine: Machine) -> CompiledProgram:
    """The blocks that have run, translated."""
    compiled = CompiledProgram(machine, _hot(machine))
    compiled.look_at = WARMUP
    return compiled


def _translated(machine: Machine, compiled: CompiledProgram, limit: int) -> CompiledProgram:
    """Run the hot blocks' translation towards `limit`. When cards left out of it have run, and the
    interpreter has stepped as many cards for it as translating again would cost (the blocks that have
    run, all of them), translate again. Returns the translation in use."""
    compiled.run(limit, interpret_limit=compiled.look_at)
    if not machine.status and machine.steps < limit:  # the interpreter reached look_at
        ran = _ran(machine, compiled.cards)
        cost = WARMUP_PER_CARD * (len(compiled.cards) + ran)
        if ran and compiled.interpreted >= cost:
            return _translate_hot(machine)
        compiled.look_at = max(cost, compiled.interpreted + _look_gap(machine))
    return compiled


class _Events:
    """Batches output between progress points so that a live view gets few, large messages."""

    def __init__(self, callback: EventCallback, machine: Machine) -> None:
        self.callback = callback
        self.machine = machine
        self.flushed = 0  # chunks of machine.output already sent

    def flush_output(self) -> None:
        self.machine.settle_output()
        chunks = self.machine.output
        if len(chunks) > self.flushed:
            text = "".join(chunks[self.flushed :])
            self.flushed = len(chunks)
            if text:
                self.callback(OutputEvent("output", text))

    def progress(self, seconds: float) -> None:
        self.flush_output()
        self.callback(ProgressEvent("progress", self.machine.steps, seconds))


def run(
    program: Program,
    *,
    stdin: str = "",
    store_size: int = 2000,
    max_steps: int = 10_000_000,
    max_output: int = 65536,
    profile: str = "babbage-1864",
    trace: bool = False,
    on_event: EventCallback | None = None,
    event_interval: int = 100_000,
    engine: str = "auto",
    read_words: Sequence[int] = (),
) -> RunResult:
    """Run a program; LoadError when it cannot be loaded, KeyError for an unknown profile.

    engine "interpreter" steps card by card; "blocks" translates the program's basic blocks to Python
    first (babbage/blocks.py); "python" steps a while, then translates the blocks that have run, and
    again when others have run long enough; "native" runs the common cards in C (babbage/native.py,
    built by `make install`); "auto" is "native" when it is built, else "python". All give the same
    result; a trace is always written by the step-by-step engine. `read_words`: Store addresses
    whose final values the result carries in `words` (a compiler's driver reads its runtime's globals).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    if engine == "native" and not NATIVE_AVAILABLE:
        raise ValueError("the native engine is not built on this machine (make install builds it)")
    if engine == "auto":
        engine = "native" if NATIVE_AVAILABLE else "python"
    timing = get_profile(profile)
    machine = load(program, stdin=stdin, store_size=store_size, max_output=max_output, trace=trace)
    costs = card_costs(program, timing)
    texts = [instruction.text() for instruction in program.instructions] if trace else None
    # "python" steps the first cards one by one and translates only a run that goes on, and then only the
    # blocks it has run: most of a compiled program, its runtime library above all, never runs.
    compile_after: int | None = 0 if engine == "blocks" else WARMUP if engine == "python" else None
    if trace:
        compile_after = None  # a trace is a line per card: only the step-by-step engine writes one
    hot_only = engine == "python"
    native = NativeRun(machine) if engine == "native" and not trace else None
    compiled: CompiledProgram | None = None
    events = _Events(on_event, machine) if on_event is not None else None
    interval = max(1, event_interval)
    next_event = interval if events is not None else max_steps + 1
    while True:
        limit = min(max_steps, next_event)
        if compiled is None and compile_after is not None and machine.steps >= compile_after:
            if not hot_only:
                compiled = CompiledProgram(machine)
            else:
                ran = _ran(machine, frozenset())
                if machine.steps >= WARMUP_PER_CARD * ran:
                    compiled = _translate_hot(machine)
                else:
                    # When it pays, if no other card runs meanwhile.
                    compile_after = max(WARMUP_PER_CARD * ran, machine.steps + _look_gap(machine))
        if native is not None:
            native.run(limit)
        elif compiled is not None:
            if hot_only:
                compiled = _translated(machine, compiled, limit)
            else:
                compiled.run(limit)
            if not machine.status and machine.steps < limit:
                continue
        elif compile_after is not None:
            interpret(machine, min(limit, compile_after))
            if not machine.status and machine.steps < limit:
                continue
        else:
            interpret(machine, limit, texts)
        if machine.status:
            break
        if machine.steps >= max_steps:
            machine.status = "budget_exhausted"
            machine.message = f"the instruction budget of {max_steps} instructions is spent"
            break
        if events is not None:
            events.progress(simulated_seconds(costs, machine.counts, machine.quantities))
            next_event += interval
    machine.settle_output()
    stats = statistics(
        program,
        costs,
        timing,
        machine.counts,
        machine.quantities,
        store_size,
        machine.lowest_sp,
        machine.heap_high_water,
    )
    if events is not None:
        events.progress(stats.simulated_seconds)
    where = program.line_map.get(machine.pc)
    return RunResult(
        status=machine.status,
        output="".join(machine.output),  # settled above
        stats=stats,
        message="" if machine.status == HALTED else machine.message,
        card_index=machine.pc,
        source_line=where[1] if where else None,
        source_file=where[0] if where else None,
        trap_code=machine.trap_code,
        trace=machine.trace,
        words={address: machine.store[address] for address in read_words if 0 <= address < store_size},
        input_read=machine.input_position,
    )
