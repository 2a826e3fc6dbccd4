"""The Engine's state during a run, shared by the step-by-step interpreter and the block compiler."""

from __future__ import annotations

from dataclasses import dataclass, field

from babbage.diagnostics import LoadError
from babbage.isa import BY_NUMBER, SP
from babbage.program import Program

STORE_MIN = 100
CHUNK = 4096  # printed pieces joined into one string at a time
STORE_MAX = 1_000_000

# Card tuples the engines execute: (opcode, register, mode, base, value).
Card = tuple[int, int, int, int, int]


class Trap(Exception):
    """Raised inside an engine to stop the run; the engine has already saved its state."""

    def __init__(self, status: str, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


@dataclass(slots=True)
class Machine:
    program: Program
    cards: list[Card]
    store: list[int]
    stdin: str
    max_output: int
    regs: list[int] = field(default_factory=lambda: [0] * 6)
    pc: int = 0
    lever: int = 1  # the last result: Z = (lever == 0), N = (lever < 0); 1 is a clear lever
    steps: int = 0
    counts: list[int] = field(default_factory=list)  # completions per card
    quantities: list[int] = field(default_factory=list)  # run-time cost quantity per card
    lowest_sp: int = 0
    heap_high_water: int = -1
    input_position: int = 0
    output: list[str] = field(default_factory=list)  # large chunks of printed text
    pending: list[str] = field(default_factory=list)  # what PRINT and PRINTC added since the last chunk
    output_bytes: int = 0
    trace: list[str] | None = None
    status: str = ""  # "" while running, then "halted" or a trap name
    message: str = ""
    trap_code: int | None = None

    def print_text(self, text: str) -> None:
        """Append to the printer; small pieces are joined in chunks so that memory stays proportional
        to the text, not to the number of PRINT cards run."""
        pending = self.pending
        pending.append(text)
        if len(pending) >= CHUNK:
            self.output.append("".join(pending))
            pending.clear()

    def settle_output(self) -> None:
        """Move pending pieces into one chunk (before the output is read)."""
        if self.pending:
            self.output.append("".join(self.pending))
            self.pending.clear()

    @property
    def static_size(self) -> int:
        return self.program.static_size

    @property
    def stack_limit(self) -> int:
        return self.program.stack_limit


def load(program: Program, *, stdin: str, store_size: int, max_output: int, trace: bool) -> Machine:
    """A machine at the start of a run (ISA.md section 1); LoadError when the program cannot run."""
    if not STORE_MIN <= store_size <= STORE_MAX:
        raise LoadError(f"store size {store_size} is outside {STORE_MIN}..{STORE_MAX} words")
    if program.stack_limit > store_size:
        raise LoadError(
            f"the program needs {program.static_size} words of static data and {program.heap_size} of "
            f"heap, more than the Store's {store_size} words"
        )
    for instruction in program.instructions:
        if instruction.opcode not in BY_NUMBER:
            raise LoadError(f"unknown opcode {instruction.opcode:02d}")
    store = [0] * store_size
    store[: program.static_size] = program.data
    cards = [(i.opcode, i.register, i.mode, i.base, i.value) for i in program.instructions]
    machine = Machine(
        program=program,
        cards=cards,
        store=store,
        stdin=stdin,
        max_output=max_output,
        counts=[0] * len(cards),
        quantities=[0] * len(cards),
        lowest_sp=store_size,
        trace=[] if trace else None,
    )
    machine.regs[SP] = store_size
    machine.regs[SP + 1] = store_size  # FP
    machine.pc = program.entry
    return machine
