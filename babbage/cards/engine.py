"""Running a mounted chain of cards on the Mill and Store (CARDS.md), with budget, output limit,
statistics, simulated time, an optional trace and live events.

The loop is written for speed: the cards are unpacked into plain lists once, and nothing is done for
the trace or the event callback when they are off.
"""

from __future__ import annotations

from babbage.cards.card import (
    ADD,
    ANNOTATION,
    BELL,
    COLUMNS,
    COMBINATORIAL,
    COMMENT,
    CURVE,
    DIVIDE,
    HALT,
    LOAD,
    MULTIPLY,
    NEW_LINE,
    NUMBER,
    OPERATION,
    OPERATION_NAMES,
    PICTURE,
    PRINT,
    ROWS,
    STEP_DOWN,
    STEP_UP,
    STORE,
    SUBTRACT,
    TRACE,
    Card,
)
from babbage.cards.mill import Mill
from babbage.cards.mount import MountedDeck
from babbage.cards.picture import edit_to_picture
from babbage.result import EventCallback, OutputEvent, ProgressEvent, RunEvent, RunResult, Statistics
from babbage.timing import TimingProfile, get_profile

STORE_SIZE = 1000
TRACE_LIMIT = 100_000  # trace lines kept; a long traced run must not exhaust the worker's memory
FLOOR = "card chain fell on floor"
# The same names as the ISA emulator counts (its mnemonics in lower case): stepping up is SHL, down SHR.
OPERATION_KINDS = {ADD: "add", SUBTRACT: "sub", MULTIPLY: "mul", DIVIDE: "div"}


class _Stop(Exception):
    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Printer:
    """The printing apparatus: rows (a new line after each item, the default) or columns."""

    def __init__(self, max_output: int, on_event: EventCallback | None) -> None:
        self.chunks: list[str] = []
        self.pending: list[str] = []  # output not yet sent as an event
        self.size = 0  # bytes of UTF-8 printed
        self.max_output = max_output
        self.on_event = on_event
        self.rows = True
        self.picture: str | None = None

    def write(self, text: str) -> None:
        size = len(text) if text.isascii() else len(text.encode("utf-8"))
        if self.size + size > self.max_output:
            kept = self._fit(text, self.max_output - self.size)
            self._keep(kept)
            self.size = self.max_output
            raise _Stop("output_limit", f"the output limit of {self.max_output} bytes is spent")
        self.size += size
        self._keep(text)

    def _keep(self, text: str) -> None:
        if text:
            self.chunks.append(text)
            if self.on_event is not None:
                self.pending.append(text)

    @staticmethod
    def _fit(text: str, room: int) -> str:
        """The longest prefix of whole characters that fits in `room` bytes."""
        kept = text.encode("utf-8")[: max(room, 0)]
        return kept.decode("utf-8", errors="ignore")

    def end_of_item(self) -> None:
        if self.rows:
            self.write("\n")

    def flush(self) -> None:
        if self.on_event is not None and self.pending:
            self.on_event(OutputEvent(kind="output", text="".join(self.pending)))
            self.pending.clear()

    def text(self) -> str:
        return "".join(self.chunks)


def _trace_line(index: int, card: Card, mill: Mill) -> str:
    return (
        f"{index:5d} {card.main_line:4d}  {card.text.strip()[:24]:<24} | {OPERATION_NAMES[mill.operation]} "
        f"I0={mill.ingress[0]} I1={mill.ingress[1]} I0'={mill.prime} E={mill.egress} E'={mill.egress_prime} "
        f"lever={'1' if mill.lever else '0'}"
    )


def _trace(lines: list[str], index: int, card: Card, mill: Mill) -> None:
    if len(lines) < TRACE_LIMIT:
        lines.append(_trace_line(index, card, mill))
    elif len(lines) == TRACE_LIMIT:
        lines.append(f"... the trace stops here: more than {TRACE_LIMIT} cards")


def run_cards(
    deck: MountedDeck,
    *,
    stdin: str = "",
    max_steps: int = 10_000_000,
    max_output: int = 65536,
    profile: str = "babbage-1864",
    trace: bool = False,
    on_event: EventCallback | None = None,
    event_interval: int = 100_000,
) -> RunResult:
    """Run the chain from its first card. `stdin` is accepted for the shared run interface: the card
    language has no input cards (its numbers come on number cards)."""
    del stdin
    timing = get_profile(profile)
    cards = deck.cards
    count = len(cards)
    kinds = [card.kind for card in cards]
    mill = Mill()
    store = [0] * STORE_SIZE
    printer = _Printer(max_output, on_event)
    stats = Statistics(profile=timing.name)
    operations: dict[str, int] = {}
    hits = [0] * count  # cards read, per card
    extra = [0.0] * count  # seconds beyond the card read (Mill, chain movement, Store), per card
    tracing = trace
    trace_lines: list[str] | None = [] if trace else None
    interval = max(event_interval, 1)
    next_event = interval if on_event is not None else -1  # -1: never, so no events cost nothing
    emit: EventCallback = on_event if on_event is not None else _ignore
    steps = 0
    pc = 0
    here = 0
    status, message = "halted", ""
    stopped_at: int | None = None

    try:
        while True:
            if pc >= count:
                # Running past the last card in sequence is the normal end of a deck, as in Walker's
                # emulator (its reader simply has no next card); only a combinatorial card can drop it.
                stopped_at = count - 1 if count else None
                break
            if steps >= max_steps:
                stopped_at = pc
                raise _Stop("budget_exhausted", f"the budget of {max_steps} cards is spent")
            if steps == next_event:
                printer.flush()
                seconds = steps * timing.card_read + sum(extra)
                emit(ProgressEvent(kind="progress", instructions=steps, simulated_seconds=seconds))
                next_event += interval
            steps += 1
            hits[pc] += 1
            kind = kinds[pc]
            here = pc
            pc += 1
            if kind == COMMENT:
                pass
            elif kind == LOAD:
                card = cards[here]
                column = card.column
                cranked = mill.load(store[column], card.prime)
                stats.store_reads += 1
                cost = timing.store_transfer
                if card.zero:
                    store[column] = 0
                    stats.store_writes += 1
                if cranked:
                    cost += _charge_crank(mill, timing, operations)
                extra[here] += cost
            elif kind == STORE:
                card = cards[here]
                store[card.column] = mill.take(card.prime)
                stats.store_writes += 1
                extra[here] += timing.store_transfer
            elif kind == OPERATION:
                mill.set_operation(cards[here].value)
            elif kind == NUMBER:
                card = cards[here]
                store[card.column] = card.value
                stats.store_writes += 1
                extra[here] += timing.store_transfer
            elif kind == COMBINATORIAL:
                card = cards[here]
                if not card.conditional or mill.lever:
                    target = here + 1 + card.count if card.forward else here + 1 - card.count
                    if target < 0 or target >= count:
                        stopped_at = here
                        side = "past the last card" if target >= count else "before the first card"
                        raise _Stop(
                            "end_of_chain",
                            f"{FLOOR}: {card.text.strip()} on card {here} moves the chain to card {target}, "
                            f"{side} (the chain has {count} cards)",
                        )
                    pc = target
                    stats.cards_passed += card.count
                    extra[here] += timing.card_passed * card.count
            elif kind == PRINT:
                printer.write(edit_to_picture(mill.last, printer.picture))
                printer.end_of_item()
            elif kind in (STEP_UP, STEP_DOWN):
                places = cards[here].count
                if kind == STEP_UP:
                    mill.step_up(places)
                    operations["shl"] = operations.get("shl", 0) + 1
                else:
                    mill.step_down(places)
                    operations["shr"] = operations.get("shr", 0) + 1
                extra[here] += timing.step_per_place * places
            elif kind == HALT:
                stopped_at = here
                if tracing and trace_lines is not None:
                    _trace(trace_lines, here, cards[here], mill)
                break
            elif kind == ANNOTATION:
                printer.write(cards[here].string or "")
                printer.end_of_item()
            elif kind == NEW_LINE:
                printer.write("\n")
            elif kind == PICTURE:
                printer.picture = cards[here].string
            elif kind in (ROWS, COLUMNS):
                printer.rows = kind == ROWS
            elif kind == TRACE:
                tracing = cards[here].value == 1
                if tracing and trace_lines is None:
                    trace_lines = []
            # BELL and CURVE cards move nothing in the Mill or Store; the trace shows them.
            else:
                assert kind in (BELL, CURVE), kind
            if tracing and trace_lines is not None:
                _trace(trace_lines, here, cards[here], mill)
    except _Stop as stop:
        status, message = stop.status, stop.message
        if status == "output_limit":
            stopped_at = here  # the card that printed past the limit

    printer.flush()
    stats.instructions = steps
    stats.cards_read = steps
    stats.mill_operations = dict(sorted(operations.items()))
    total = 0.0
    by_line: dict[int, float] = {}
    for index in range(count):
        if hits[index] or extra[index]:
            seconds = hits[index] * timing.card_read + extra[index]
            total += seconds
            line = cards[index].main_line
            by_line[line] = by_line.get(line, 0.0) + seconds
    stats.simulated_seconds = round(total, 6)
    stats.seconds_by_line = {line: round(seconds, 6) for line, seconds in by_line.items()}
    emit(ProgressEvent(kind="progress", instructions=steps, simulated_seconds=stats.simulated_seconds))
    card_index = stopped_at
    source_line = cards[card_index].main_line if card_index is not None and 0 <= card_index < count else None
    return RunResult(
        status=status,
        output=printer.text(),
        stats=stats,
        message=message,
        card_index=card_index,
        source_line=source_line,
        source_file=deck.filename if source_line is not None else None,
        trace=trace_lines,
    )


def _ignore(event: RunEvent) -> None:
    del event


def _charge_crank(mill: Mill, timing: TimingProfile, operations: dict[str, int]) -> float:
    """Seconds for the operation the Mill just ran, counted by kind."""
    operation = mill.operation
    if operation == 0:
        return 0.0
    name = OPERATION_KINDS[operation]
    operations[name] = operations.get(name, 0) + 1
    if operation == MULTIPLY:
        return timing.mul_cost(mill.ingress[0], mill.ingress[1])
    if operation == DIVIDE:
        return timing.div_cost(mill.egress_prime)
    return timing.add
