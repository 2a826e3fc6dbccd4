"""What a run returns, for both machines: the ISA emulator and the card engine.

The Django shell, the command line and the judge read only these types, so a card deck and an assembly
program are reported, stored and streamed the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from babbage.timing import format_duration

# Final states of a run on the Engine. "halted" is the only normal one.
HALTED = "halted"
TRAPS = (
    "overflow",
    "division_by_zero",
    "domain",
    "store_out_of_range",
    "stack_overflow",
    "bad_jump",
    "end_of_chain",
    "bad_input",
    "trap",
    "budget_exhausted",
    "output_limit",
)
# Traps that mean "a limit was reached" rather than "the program failed" (command-line exit 75).
LIMIT_TRAPS = frozenset({"budget_exhausted", "output_limit"})
# The Store of Babbage's own design: a thousand columns of fifty digits (ISA.md section 1).
BABBAGE_COLUMNS = 1000


def columns_text(columns: int) -> str:
    """A run's Store use beside Babbage's plan: "this run used 14,210 columns: 14 times the Store
    Babbage planned (1,000 columns)"."""
    ratio = columns / BABBAGE_COLUMNS
    if ratio >= 9.95:  # what would print as "10.0 times" or more
        share = f"{round(ratio):,} times"
    elif ratio >= 1:
        share = f"{ratio:.1f} times"
    elif 0 < columns * 100 < BABBAGE_COLUMNS:
        share = "under 1% of"
    else:
        share = f"{columns * 100 // BABBAGE_COLUMNS}% of"
    plural = "" if columns == 1 else "s"
    planned = f"the Store Babbage planned ({BABBAGE_COLUMNS:,} columns)"
    return f"this run used {columns:,} column{plural}: {share} {planned}"


@dataclass(slots=True)
class Statistics:
    """ISA.md section 6, shared by both machines (fields a machine has no notion of stay at 0)."""

    instructions: int = 0  # cards executed
    mill_operations: dict[str, int] = field(default_factory=dict)  # by kind: "add", "mul", "div", ...
    store_reads: int = 0
    store_writes: int = 0
    cards_read: int = 0
    cards_passed: int = 0  # cards passed over (either direction) by jumps and combinatorial cards
    max_stack_depth: int = 0
    heap_high_water: int = -1  # highest heap address written, -1 when none
    store_size: int = 0  # words of Store the run had
    # Columns the run used: static data, plus the heap in use at its peak, plus the stack at its deepest
    # (the Engine counts the heap up to its highest address written; a compiler's driver, which knows
    # the allocator's own high-water mark, may replace that part).
    columns_used: int = 0
    simulated_seconds: float = 0.0
    profile: str = "babbage-1864"
    seconds_by_line: dict[int, float] = field(default_factory=dict)  # source line -> simulated seconds

    @property
    def simulated_duration(self) -> str:
        """The simulated time in human units under the profile: "3 h 12 min"."""
        return format_duration(self.simulated_seconds)

    @property
    def columns_summary(self) -> str:
        return columns_text(self.columns_used)

    def as_dict(self) -> dict[str, object]:
        return {
            "instructions": self.instructions,
            "mill_operations": dict(self.mill_operations),
            "store_reads": self.store_reads,
            "store_writes": self.store_writes,
            "cards_read": self.cards_read,
            "cards_passed": self.cards_passed,
            "max_stack_depth": self.max_stack_depth,
            "heap_high_water": self.heap_high_water,
            "store_size": self.store_size,
            "columns_used": self.columns_used,
            "simulated_seconds": self.simulated_seconds,
            "profile": self.profile,
            "seconds_by_line": {str(k): v for k, v in sorted(self.seconds_by_line.items())},
        }


@dataclass(slots=True)
class RunResult:
    status: str  # HALTED or one of TRAPS
    output: str
    stats: Statistics
    message: str = ""  # human explanation of a trap, empty when halted
    card_index: int | None = None  # card where the run stopped (trap or HALT)
    source_line: int | None = None  # mapped through .line debug info, when there is any
    source_file: str | None = None
    trap_code: int | None = None  # n of TRAP n
    trace: list[str] | None = None  # per-card trace lines when asked for
    exit_code: int = 0  # the program's own exit status (0..255) when it halted, where it sets one
    words: dict[int, int] = field(default_factory=dict)  # the Store words asked for, as the run left them
    input_read: int = 0  # characters of stdin the program had read when it stopped
    stderr: str = ""  # what the program wrote to its standard error, when its runtime separates it
    # The run stopped on the program's own uncaught error (a Python exception, GHC's `error`), which its
    # language reports itself: None for any other end; else what its toolchain writes to standard error
    # after the program's own (a traceback), "" where the runtime wrote that to stderr already. exit_code
    # is then the status the toolchain's program ends with (1).
    uncaught_report: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == HALTED

    @property
    def limit_reached(self) -> bool:
        return self.status in LIMIT_TRAPS

    @property
    def program_status(self) -> int | None:
        """The program's own exit status: when it halted, or stopped on its uncaught error (as its
        toolchain's program would); None when the Engine stopped it (a trap, a limit)."""
        if self.ok or self.uncaught_report is not None:
            return self.exit_code
        return None

    def exit_status(self) -> int:
        """The command-line exit status of LANGUAGES.md: the program's own status (program_status), 75 a
        limit, 70 any other trap."""
        own = self.program_status
        if own is not None:
            return own
        return 75 if self.limit_reached else 70


@dataclass(frozen=True, slots=True)
class OutputEvent:
    kind: Literal["output"]
    text: str


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    kind: Literal["progress"]
    instructions: int
    simulated_seconds: float


RunEvent = OutputEvent | ProgressEvent
EventCallback = Callable[[RunEvent], None]
