"""The native engine: the common cards run by babbage/_native.c, every other card by the interpreter.

The C loop is the interpreter's loop for the cards whose words fit in 126 bits. Before any card it does
not execute (a trap condition, a value past 126 bits, READ, READC, TRAP, HALT) it stops with the state
saved, and the interpreter executes that card, so every trap, every 50-digit value and every statistic
is the interpreter's own. The module is built by `make install` (babbage/native_build.py); without it,
AVAILABLE is False and the emulator runs the pure-Python engines.
"""

from __future__ import annotations

from typing import Any

from babbage.interpreter import interpret
from babbage.isa import SP
from babbage.machine import Machine

try:
    from babbage import _native  # type: ignore[attr-defined]
except ImportError:  # not built: no C compiler, or a checkout that has not run `make install`
    _native = None

AVAILABLE = _native is not None
STEPS_ALONE = 16  # cards stepped one at a time while the registers do not fit, before stepping in runs
RUN_MIN = 256  # cards a run of interpreted steps has at least (it reloads the whole Store after)


def written_address(machine: Machine) -> int | None:
    """The Store word the next card writes if it completes (STOR, PUSH, CALL, CALLR), else None."""
    if machine.pc >= len(machine.cards):
        return None
    op, _, mode, base, value = machine.cards[machine.pc]
    regs = machine.regs
    if op == 2:  # STOR
        if mode == 3:
            return value
        return regs[base] + value if 0 <= base < len(regs) else None
    if op in (4, 38, 39):  # PUSH CALL CALLR
        return regs[SP] - 1
    return None


class NativeRun:
    """One run's C engine, which keeps its copy of the Store and its counters between calls of run()."""

    def __init__(self, machine: Machine) -> None:
        if _native is None:
            raise RuntimeError("the native engine is not built (make install)")
        self.machine = machine
        self.engine: Any = _native.Engine(
            machine.cards, machine.store, machine.static_size, machine.stack_limit, machine.max_output
        )

    def run(self, limit: int) -> None:
        """Run until the machine stops or has executed `limit` instructions in all. The machine's
        counters, Store and output are up to date on return."""
        machine = self.machine
        engine = self.engine
        alone = 0  # cards stepped one at a time since the C loop last ran
        while not machine.status and machine.steps < limit:
            entered, pc, steps, lever, lowest_sp, heap_high, output_bytes, text = engine.run(
                limit,
                machine.pc,
                machine.steps,
                machine.lever,
                machine.lowest_sp,
                machine.heap_high_water,
                machine.output_bytes,
                machine.regs,
            )
            if entered:
                machine.pc = pc
                machine.lever = lever
                machine.lowest_sp = lowest_sp
                machine.heap_high_water = heap_high
                machine.output_bytes = output_bytes
                if text is not None:
                    machine.print_text(text)
                if steps > machine.steps:
                    alone = 0
                machine.steps = steps
                if steps >= limit:
                    break
            engine.flush_store(machine.store)
            if alone < STEPS_ALONE:
                # The card the C loop stopped before, by the interpreter; then the one word it wrote.
                alone += 1
                address = written_address(machine)
                interpret(machine, machine.steps + 1)
                if address is not None and 0 <= address < len(machine.store):
                    engine.set_word(address, machine.store[address])
            else:
                # The registers keep values past 126 bits: step a run of cards, then reload the Store,
                # whose cost the run's length keeps in proportion.
                interpret(machine, min(limit, machine.steps + max(RUN_MIN, len(machine.store) // 8)))
                engine.load_store(machine.store)
        engine.flush_store(machine.store)
        engine.flush_counts(machine.counts, machine.quantities)
