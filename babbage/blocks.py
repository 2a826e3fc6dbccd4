"""The fast engine: the program's basic blocks translated to one Python function, once per run.

Each block (a run of cards from a leader to JMP, JMPR, CALL, CALLR, RET, HALT, TRAP or the next leader)
becomes straight-line Python with the registers and the lever in local variables; a dispatch tree on PC
picks the block. A conditional jump inside a block is a side exit: taken, it leaves the block; not taken,
the block goes on. A block whose last jump goes back to its own start becomes a Python loop. The
observable behaviour is the interpreter's exactly (tests run the corpus, random card sequences and
random structured programs on both and compare results and event streams):

- Budget: a block runs only when all of its cards fit in the budget; otherwise control returns to the
  caller, which steps the last cards one by one with the interpreter.
- Counting: each block counts its completions, and each side exit its own (a shorter block with the same
  start), in locals of the compiled function; per-card counts are expanded from them when the function
  returns. The budget test of a block compares the step count with limit - n, computed on entry, where
  n covers the block and the one written in place after it (budget_span), which has no test of its
  own. A block written in place after another is counted with it where it completes (or leaves by a
  side exit): one pair counter and one addition to the step count instead of two (count_and_follow);
  where it is left before (a failed stack guard, a trap) the one before is counted on its own. A trap
  inside a block credits the cards before the trapping one. Registers are not part of a run's
  result, so a trapping card may leave a register changed; everything a result shows is exact.
- Stack traffic: a straight block whose SP changes only by PUSH, POP, CALL, CALLR and RET tests SP once
  on entry against the lowest and highest words those cards and its operands based on SP reach (and FP
  against its operands based on FP, when the block leaves FP alone) (stack_guard), and does without
  their own checks; near the stack limit or either end of the Store the interpreter steps the block.
- Computed jumps (JMPR, CALLR, RET) to a card that does not start a block return to the caller, which
  steps with the interpreter until PC reaches one.
- Counted loops (a register stepped by ADDs of immediates and compared at the bottom) are written up to
  three times, chosen on entry: without the overflow and Store-address checks an entry guard proves
  unnecessary and without a round counter when the loop must end within the budget; without the checks
  only; and with every check (see induction_guard).
- A straight block's static exit (fall-through, JMP, CALL, a taken side exit) is followed by the next
  block's code written in place, CHAIN deep, instead of a trip through the dispatch.
- Cards passed by a static jump taken exactly when a block counter counts are added from that counter
  when the counters are flushed, not on every jump.
- Calls stay inside the one compiled function: a CALL goes on to the callee's block written in place,
  and a RET whose function is called from at most PREDICTED places tests those return sites first and
  goes on to the site's block. Engine recursion of any depth therefore uses no Python recursion. The
  other design, each function whose CALLs and RETs keep the stack discipline as a Python function (a
  CALL a Python call, a RET a Python return, the registers and counters shared as cells of an enclosing
  function), was built and measured on CPython 3.13: recursive Fibonacci ran 22% slower than this one
  (36.1 ms against 29.5 ms for fib(22), 458,503 instructions, best of 10 interleaved) and the counting
  loop no faster, since a Python call costs more than the dispatch it saves and a cell more than a
  local. Per-block counting is the larger cost: without the counters and step additions the same run
  took 19.3 ms against 27.3 ms, hence the pair counters above.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import isqrt
from typing import Any

from babbage import interpreter
from babbage.isa import BY_MNEMONIC, BY_NUMBER, OPCODES, SP
from babbage.machine import Card, Machine, Trap
from babbage.numbers import WORD_MAX, digit_count, trunc_div, trunc_mod
from babbage.textio import printable

NAMES = ("A", "B", "C", "D", "SP", "FP")
MAX_BLOCK = 48  # cards; long blocks only cost compile time, and the budget check is per block
# Cards that end a block: every transfer of control, TRAP and HALT.
TERMINATORS = frozenset(
    op.number for op in OPCODES if op.cost in ("jump", "transfer") or op.mnemonic in ("TRAP", "HALT")
)
# A conditional jump inside a block is a side exit; every other transfer ends the block.
CONDITIONAL = frozenset(op.number for op in OPCODES if op.cost == "jump")
ENDS_BLOCK = TERMINATORS - CONDITIONAL
# The jump conditions on the lever (the last result): ISA.md section 3.
CONDITIONS = {
    BY_MNEMONIC[name].number: condition
    for name, condition in (
        ("JMP", "True"),
        ("JZ", "lev == 0"),
        ("JNZ", "lev != 0"),
        ("JLT", "lev < 0"),
        ("JLE", "lev <= 0"),
        ("JGT", "lev > 0"),
        ("JGE", "lev >= 0"),
    )
}
# Cards that read their second operand as a value, so a memory operand is a Store read.
READS_STORE = interpreter.READS_OPERAND
SMALL = 2**30 - 1  # the largest int of one CPython digit: compared on the interpreter's fast path
PART = SMALL  # instructions per call of the compiled function at most (tests make it small)
CHAIN = 1  # blocks written in place after a block's static exit, in a row (see _Generator.follow)
LEAF = 4  # blocks tested one after another at the leaves of the dispatch tree
PREDICTED = 4  # return sites tested one after another after a RET, at most
COUNTERS_A_LINE = 100  # block counters set to 0, and added up, by one line of the compiled function

# Why the compiled function returned.
STOPPED = 0  # the machine halted or trapped
NEAR_LIMIT = 1  # the next block would pass the instruction limit
NOT_A_BLOCK = 2  # PC is not the start of a block (a computed jump)


class TrapAt(Exception):
    """A trap inside a block: the card, the block, and how many whole rounds of a loop block completed."""

    def __init__(self, card: int, block: int, rounds: int, trap: Trap, before: int = -1) -> None:
        super().__init__(trap.message)
        self.card = card
        self.block = block
        self.rounds = rounds
        self.trap = trap
        self.before = before  # the counter of a block completed just before, not yet counted (or -1)


@dataclass(frozen=True, slots=True)
class Block:
    number: int
    start: int
    end: int  # the last card, inclusive

    @property
    def size(self) -> int:
        return self.end - self.start + 1


def find_leaders(machine: Machine) -> list[int]:
    """Cards that start blocks: the entry, static jump targets, cards after a control transfer, and
    in-range immediates of LOAD and PUSH (likely code addresses for JMPR and CALLR)."""
    cards = machine.cards
    count = len(cards)
    leaders = {machine.program.entry} if count else set()
    for index, (op, _r, mode, _base, value) in enumerate(cards):
        if op in ENDS_BLOCK and index + 1 < count:
            leaders.add(index + 1)
        if mode == 2 and 0 <= value < count and (30 <= op <= 36 or op in (1, 4, 38)):
            leaders.add(value)
    return sorted(leaders)


def find_blocks(machine: Machine) -> list[Block]:
    """Blocks from each leader to a transfer of control other than a conditional jump (those are side
    exits), a conditional jump back to the block's start (a loop), the next leader or MAX_BLOCK cards."""
    cards = machine.cards
    leaders = set(find_leaders(machine))
    todo = sorted(leaders)
    spans: list[tuple[int, int]] = []
    while todo:
        start = todo.pop()
        end = start
        while (
            cards[end][0] not in ENDS_BLOCK
            and not (cards[end][0] in CONDITIONAL and cards[end][4] == start)  # a loop: ends here
            and end + 1 < len(cards)
            and end + 1 not in leaders
            and end - start + 1 < MAX_BLOCK
        ):
            end += 1
        # A block that can fall through (cut short, or a loop's last jump) makes the next card a leader.
        if cards[end][0] not in ENDS_BLOCK and end + 1 < len(cards) and end + 1 not in leaders:
            leaders.add(end + 1)
            todo.append(end + 1)
        spans.append((start, end))
    spans.sort()
    return [Block(number, start, end) for number, (start, end) in enumerate(spans)]


def static_successors(machine: Machine, block: Block) -> list[int]:
    """The cards control reaches from a block without leaving its function: side exits, a jump's
    target, the next card, and the card after a CALL or CALLR (where the call comes back)."""
    cards = machine.cards
    found = [cards[i][4] for i in range(block.start, block.end + 1) if cards[i][0] in CONDITIONAL]
    last = cards[block.end][0]
    if last == 30:
        found.append(cards[block.end][4])
    elif last not in (37, 40, 60, 61):  # JMPR RET TRAP HALT go nowhere static
        found.append(block.end + 1)
    return found


def return_sites(machine: Machine, blocks: list[Block]) -> dict[int, frozenset[int]]:
    """For each block that ends with RET: the cards it returns to when the program keeps the stack
    discipline, the cards after the static CALLs of every function the block belongs to (the blocks
    its entry reaches by static edges). A RET may go anywhere else too; this is only a prediction."""
    cards = machine.cards
    by_start = {block.start: block for block in blocks}
    callers: dict[int, set[int]] = {}
    for index, (op, _r, mode, _base, value) in enumerate(cards):
        if op == 38 and mode == 2 and value in by_start and index + 1 < len(cards):
            callers.setdefault(value, set()).add(index + 1)
    sites: dict[int, set[int]] = {}
    for entry, after_calls in callers.items():
        seen = {entry}
        todo = [entry]
        while todo:
            block = by_start[todo.pop()]
            if cards[block.end][0] == 40:
                sites.setdefault(block.start, set()).update(after_calls)
            for target in static_successors(machine, block):
                if target in by_start and target not in seen:
                    seen.add(target)
                    todo.append(target)
    return {start: frozenset(found) for start, found in sites.items()}


@dataclass(frozen=True, slots=True)
class Induction:
    """What _Generator.induction_guard proved about a loop block, and the tests it needs on entry."""

    guard: str  # true on entry: the checks below cannot fail in any round
    no_overflow: frozenset[int]  # the ADDs to the register
    no_bounds: frozenset[int]  # the cards that address the Store through it
    register: str
    step: int  # what one round adds to the register
    before: dict[int, int]  # card -> what the round has added to the register before that card
    ends: str  # true on entry: the loop leaves by its condition before the budget runs out


def written_registers(card: Card) -> frozenset[int]:
    """The registers a card may change."""
    op, r = card[0], card[1]
    if op in (4, 38, 39, 40):  # PUSH CALL CALLR RET
        return frozenset({SP})
    if op == 5:  # POP
        return frozenset({r, SP})
    if op in (2, 20, 50, 51, 60, 61, 62) or 30 <= op <= 37:  # STOR CMP PRINT PRINTC TRAP HALT NOP jumps
        return frozenset()
    return frozenset({r})


class _Writer:
    """Python source with indentation."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)


class _Generator:
    def __init__(self, machine: Machine, blocks: list[Block]) -> None:
        self.machine = machine
        self.blocks = blocks
        self.size = len(machine.store)
        self.count = len(machine.cards)
        self.static = machine.static_size
        self.limit = machine.stack_limit
        self.out = _Writer()
        self.side_exits: list[Block] = []  # blocks that end at a taken conditional jump inside a block
        # Checks a loop's entry guard has proven unnecessary (see induction_guard), while one loop body
        # is written: cards whose overflow check, and cards whose Store address check, cannot fail.
        self.no_overflow: frozenset[int] = frozenset()
        self.no_bounds: frozenset[int] = frozenset()
        self.by_start = {block.start: block for block in blocks}
        # (block counter, card) -> distance: static jumps whose cards passed follow from a block counter.
        self.jump_counters: dict[tuple[int, int], int] = {}
        self.chain_depth = 0  # blocks written in place of a dispatch, around the one being written
        self.round_of: dict[int, str] = {}  # card -> its round number, in a loop without a counter
        # True while a straight block whose stack accesses one guard on entry has proven inside the
        # Store and above the stack limit is written: its PUSH, POP, CALL and RET skip their checks.
        self.guarded = False
        self.limit_sizes: set[int] = set()  # block sizes whose L<n> = limit - n the budget tests use
        self.return_sites = return_sites(machine, blocks)
        # (RET card, card returned to) -> the local that counts those returns, whose cards passed are
        # added to the RET's quantity when the function returns.
        self.returns: dict[tuple[int, int], str] = {}
        # While a block written in place after another is written (follow): the counter and size of the
        # one before, whose completion the follower's exits count with their own (pair counters).
        self.deferred: tuple[int, int] | None = None
        self.pairs: dict[tuple[int, int], str] = {}  # (counter before, counter) -> its pair counter k<n>

    # ---- helpers for one card ---------------------------------------------------------------------

    def trap(self, card: int, block: Block, rounds: str, trap_expr: str) -> str:
        return f"raise TA({card}, {block.number}, {rounds}, {trap_expr}, {self.before()})"

    def before(self) -> int:
        """The counter of the block completed just before this one and not yet counted, or -1."""
        return -1 if self.deferred is None else self.deferred[0]

    def count_block(self, counter: int, size: int) -> None:
        """Count a completed block (or side exit), with the one before it when that is deferred."""
        w = self.out
        if self.deferred is None:
            w.line(f"c{counter} += 1")
            w.line(f"steps += {size}")
            return
        first, first_size = self.deferred
        name = self.pairs.setdefault((first, counter), f"k{len(self.pairs)}")
        w.line(f"{name} += 1")
        w.line(f"steps += {first_size + size}")

    def count_deferred(self) -> None:
        """Count the deferred block on its own (the follower is left before it completes)."""
        if self.deferred is not None:
            self.out.line(f"c{self.deferred[0]} += 1")
            self.out.line(f"steps += {self.deferred[1]}")

    def count_and_follow(self, counter: int, size: int, target: int) -> None:
        """Count a completed block (or side exit) and go on to the block at a static target. When that
        block is written in place, its exits count both (count_block): one counter and one step addition
        instead of two, on the path that matters. A trap inside it credits the one before (partial)."""
        if self.deferred is None and self.in_place(target):
            self.deferred = (counter, size)
            self.follow(target)
            self.deferred = None
            return
        self.count_block(counter, size)
        self.follow(target)

    def in_place(self, target: int) -> bool:
        """Whether follow(target) writes the target's block in place."""
        block = self.by_start.get(target)
        return block is not None and self.chain_depth < CHAIN and not self.is_loop(block)

    def address(self, card: int, block: Block, rounds: str, mode: int, base: int, value: int) -> str | None:
        """Emit the checks of a memory operand; returns the address expression, None if it always traps."""
        w = self.out
        if mode == 3:
            if 0 <= value < self.size:
                return str(value)
            w.line(self.trap(card, block, rounds, f"oos({value}, {self.size})"))
            return None
        if card in self.no_bounds:
            return f"{NAMES[base]} + {value}" if value else NAMES[base]
        where = "ad"
        if value:
            w.line(f"ad = {NAMES[base]} + {value}")
        else:
            where = NAMES[base]
        w.line(f"if {where} < 0 or {where} >= {self.size}:")
        w.line("    " + self.trap(card, block, rounds, f"oos({where}, {self.size})"))
        return where

    def operand(self, card: int, block: Block, rounds: str, mode: int, base: int, value: int) -> str | None:
        if mode == 2:
            return f"({value})"
        if mode == 1:
            return NAMES[base]
        where = self.address(card, block, rounds, mode, base, value)
        return None if where is None else f"S[{where}]"

    def check_word(self, card: int, block: Block, rounds: str, name: str, low: bool, high: bool) -> None:
        if card in self.no_overflow:
            return
        tests = ([f"{name} > MAX"] if high else []) + ([f"{name} < NMAX"] if low else [])
        if tests:
            # Comparing with a one-digit int is CPython's fast path; a 50-digit MAX is not. Values
            # inside +-SMALL are words, so the full test runs only outside them.
            near = ([f"{name} > {SMALL}"] if high else []) + ([f"{name} < {-SMALL}"] if low else [])
            self.out.line(f"if {' or '.join(near)}:")
            self.out.line(f"    if {' or '.join(tests)}:")
            self.out.line("        " + self.trap(card, block, rounds, "ovf()"))

    def track_sp(self) -> None:
        self.out.line("if SP < low:")
        self.out.line("    low = SP")

    def push(self, card: int, block: Block, rounds: str, value: str) -> None:
        w = self.out
        # SP moves first when the value does not read it: a trap leaves SP changed, but registers
        # are not part of a run's result, and the lowest SP is recorded only after the checks.
        sp = "SP" if "SP" not in value else "ns"
        w.line("SP -= 1" if sp == "SP" else "ns = SP - 1")
        if not self.guarded:
            w.line(f"if {sp} < {self.limit} or {sp} >= {self.size}:")
            trap = f"sov({self.limit}) if {sp} < {self.limit} else oos({sp}, {self.size})"
            w.line("    " + self.trap(card, block, rounds, trap))
        w.line(f"S[{sp}] = {value}")
        if sp == "ns":
            w.line("SP = ns")
        self.track_sp()

    def jump_to(
        self,
        card: int,
        block: Block,
        rounds: str,
        target: str,
        static: int | None,
        counter: int | None = None,
    ) -> None:
        """PC <- target with the cards-passed quantity; a static target outside the chain traps.

        counter: the block counter that counts exactly the times this jump is taken, if there is one;
        the cards passed are then that count times the distance, added when the counters are flushed.
        """
        w = self.out
        nxt = card + 1
        if static is not None:
            if not 0 <= static < self.count:
                w.line(self.trap(card, block, rounds, f"bjp({static}, {self.count})"))
                return
            if static != nxt:
                if counter is None:
                    w.line(f"Q[{card}] += {abs(static - nxt)}")
                else:
                    # A block written twice (in place and at its own dispatch) has one counter.
                    self.jump_counters[counter, card] = abs(static - nxt)
            w.line(f"pc = {static}")
            return
        w.line(f"if {target} < 0 or {target} >= {self.count}:")
        w.line("    " + self.trap(card, block, rounds, f"bjp({target}, {self.count})"))
        w.line(f"Q[{card}] += abs({target} - {nxt})")
        w.line(f"pc = {target}")

    # ---- one card ----------------------------------------------------------------------------------

    def card(self, index: int, block: Block, rounds: str, live: bool = True) -> bool:
        """Emit one non-terminating card; False when the card always traps (the rest is unreachable).

        live is False when a later card of the block sets the lever before anything reads it: the
        lever is read only by the jump that ends a block, and a trap does not report it.
        """
        op, r, mode, base, value = self.machine.cards[index]
        lev = "lev = " if live else ""
        w = self.out
        reg = NAMES[r] if r < len(NAMES) else ""
        if op in (1, 4, 10, 11, 12, 13, 14, 20, 50, 51):
            x = self.operand(index, block, rounds, mode, base, value)
            if x is None:
                return False
        else:
            x = ""
        if op == 1:
            w.line(f"{reg} = {x}")
            if r == SP:
                self.track_sp()
        elif op in (10, 11):
            # Registers are not part of a run's result, so a trapping ADD may leave its sum behind.
            sign = "+" if op == 10 else "-"
            w.line(f"{reg} {sign}= {x}")
            if mode == 2:
                grows = value if op == 10 else -value
                self.check_word(index, block, rounds, reg, low=grows < 0, high=grows > 0)
            else:
                self.check_word(index, block, rounds, reg, low=True, high=True)
            if live:
                w.line(f"lev = {reg}")
            if r == SP:
                self.track_sp()
        elif op == 20:
            if lev:
                w.line(f"lev = {reg} - {x}")
        elif op == 12:
            w.line(f"y = {x}")
            w.line(f"t = {reg} * y")
            self.check_word(index, block, rounds, "t", low=True, high=True)
            w.line(f"Q[{index}] += min(dc({reg}), dc(y))")
            w.line(f"{reg} = {lev}t")
            if r == SP:
                self.track_sp()
        elif op in (13, 14):
            w.line(f"y = {x}")
            w.line("if y == 0:")
            w.line("    " + self.trap(index, block, rounds, "dbz()"))
            w.line(f"t = tdiv({reg}, y)")
            w.line(f"Q[{index}] += dc(t)")
            w.line(f"{reg} = {lev}t" if op == 13 else f"{reg} = {lev}tmod({reg}, y)")
            if r == SP:
                self.track_sp()
        elif op == 2:
            where = self.address(index, block, rounds, mode, base, value)
            if where is None:
                return False
            w.line(f"S[{where}] = {reg}")
            if mode == 4:
                w.line(f"if {where} > hh and {self.static} <= {where} < {self.limit}:")
                w.line(f"    hh = {where}")
            elif self.static <= value < self.limit:
                w.line(f"if {value} > hh:")
                w.line(f"    hh = {value}")
        elif op == 3:
            w.line(f"{reg} = {value}" if mode == 3 else f"{reg} = {NAMES[base]} + {value}")
            if r == SP:
                self.track_sp()
        elif op == 4:
            # The value is read before SP moves, so PUSH SP pushes the old SP.
            self.push(index, block, rounds, x)
        elif op == 5:
            if not self.guarded:
                w.line(f"if SP < 0 or SP >= {self.size}:")
                w.line("    " + self.trap(index, block, rounds, f"oos(SP, {self.size})"))
            if r == SP:
                w.line("SP = S[SP]")
                self.track_sp()  # POP SP loads the popped value, which may be lower
            else:
                w.line(f"{reg} = S[SP]")
                w.line("SP += 1")
        elif op == 15:
            w.line(f"{reg} = {lev}-{reg}")
        elif op == 16:
            w.line(f"{reg} = {lev}abs({reg})")
        elif op == 17:
            w.line(f"t = {reg} * {10**value}")
            self.check_word(index, block, rounds, "t", low=True, high=True)
            w.line(f"{reg} = {lev}t")
        elif op == 18:
            w.line(f"{reg} = {lev}tdiv({reg}, {10**value})")
        elif op == 19:
            w.line(f"if {reg} < 0:")
            w.line(
                "    " + self.trap(index, block, rounds, f"dom('SQRT of the negative number ' + str({reg}))")
            )
            w.line(f"t = isqrt({reg})")
            w.line(f"Q[{index}] += dc(t)")
            w.line(f"{reg} = {lev}t")
        elif op in (50, 51):
            if op == 51:
                w.line(f"y = {x}")
                w.line("if not printable(y):")
                message = "'PRINTC of ' + str(y) + ', which is not a Unicode character'"
                w.line("    " + self.trap(index, block, rounds, f"dom({message})"))
                x = "chr(y)"
            else:
                x = f"str({x})"
            w.line(f"out({x}, {index}, {block.number}, {rounds}, {self.before()})")
        elif op == 52:
            lever = "lev" if live else "_"
            w.line(f"{reg}, {lever} = rd({index}, {block.number}, {rounds}, {self.before()})")
            if r == SP:
                self.track_sp()
        elif op == 53:
            w.line(f"{reg} = rdc(m)")
            if r == SP:
                self.track_sp()
        # 62 NOP: nothing.
        if op in (15, 16, 17, 18, 19) and r == SP:
            self.track_sp()
        return True

    def terminator(self, index: int, block: Block, rounds: str) -> None:
        """Emit the block's last card when it transfers control: sets pc (or raises)."""
        op, _r, _mode, base, value = self.machine.cards[index]
        w = self.out
        if 30 <= op <= 36:
            if op == 30:
                self.jump_to(index, block, rounds, "", value, block.number)
                return
            w.line(f"if {CONDITIONS[op]}:")
            w.depth += 1
            self.jump_to(index, block, rounds, "", value)
            w.depth -= 1
            w.line("else:")
            w.line(f"    pc = {index + 1}")
        elif op in (37, 39):
            w.line(f"g = {NAMES[base]}")
            w.line(f"if g < 0 or g >= {self.count}:")
            w.line("    " + self.trap(index, block, rounds, f"bjp(g, {self.count})"))
            if op == 39:
                self.push(index, block, rounds, str(index + 1))
            w.line(f"Q[{index}] += abs(g - {index + 1})")
            w.line("pc = g")
        elif op == 38:
            if not 0 <= value < self.count:
                w.line(self.trap(index, block, rounds, f"bjp({value}, {self.count})"))
                return
            self.push(index, block, rounds, str(index + 1))
            self.jump_to(index, block, rounds, "", value, block.number)
        elif op == 40:
            if not self.guarded:
                w.line(f"if SP < 0 or SP >= {self.size}:")
                w.line("    " + self.trap(index, block, rounds, f"oos(SP, {self.size})"))
            w.line("pc = S[SP]")  # a trap's card comes from the trap, not from pc
            w.line(f"if pc < 0 or pc >= {self.count}:")
            w.line("    " + self.trap(index, block, rounds, f"bjp(pc, {self.count})"))
            w.line("SP += 1")
            if index + 1 == self.count:
                w.line(f"Q[{index}] += {index + 1} - pc")  # the last card: every target lies before it
            else:
                w.line(f"Q[{index}] += abs(pc - {index + 1})")
        elif op == 60:
            w.line(self.trap(index, block, rounds, f"Trap('trap', 'TRAP {value}', {value})"))
        elif op == 61:
            w.line(f"pc = {index}")
            w.line("halted = True")

    # ---- blocks and dispatch -----------------------------------------------------------------------

    def live_lever_writes(self, start: int, end: int) -> set[int]:
        """Cards in start..end whose lever a later reader may see: a conditional jump of the block, or
        whatever runs after the block (traps do not report the lever)."""
        live: set[int] = set()
        needed = True
        for index in range(end, start - 1, -1):
            op = self.machine.cards[index][0]
            if op in CONDITIONAL:
                needed = True
            elif BY_NUMBER[op].lever != "-":
                if needed:
                    live.add(index)
                needed = False
        return live

    def reads_lever_first(self, start: int, stop: int) -> bool:
        """Whether a conditional jump in start..stop-1 reads the lever before a card there sets it."""
        for index in range(start, stop):
            op = self.machine.cards[index][0]
            if op in CONDITIONAL:
                return True
            if BY_NUMBER[op].lever != "-":
                return False
        return False

    def side_exit(self, index: int, block: Block, rounds: str, in_loop: bool) -> None:
        """A conditional jump inside a block: when taken, count a block that ends here and leave."""
        op, _r, _mode, _base, value = self.machine.cards[index]
        exit_block = Block(len(self.blocks) + len(self.side_exits), block.start, index)
        self.side_exits.append(exit_block)
        w = self.out
        w.line(f"if {CONDITIONS[op]}:")
        w.depth += 1
        self.jump_to(index, block, rounds, "", value, exit_block.number)
        if in_loop:
            w.line(f"c{exit_block.number} += 1")
            w.line(f"full = back = {rounds}; ex = {exit_block.size}")
            w.line("break")
        else:
            self.count_and_follow(exit_block.number, exit_block.size, value)
        w.depth -= 1

    def body(self, block: Block, stop: int, rounds: str, live: set[int], in_loop: bool) -> bool:
        """Cards block.start..stop-1; False when one always traps (what follows is unreachable)."""
        for index in range(block.start, stop):
            here = self.round_of.get(index, rounds)
            if self.machine.cards[index][0] in CONDITIONAL:
                self.side_exit(index, block, here, in_loop)
            elif not self.card(index, block, here, live=index in live):
                return False
        return True

    def is_loop(self, block: Block) -> bool:
        op, _r, mode, _base, value = self.machine.cards[block.end]
        return 30 <= op <= 36 and mode == 2 and value == block.start

    def follow(self, target: int) -> None:
        """Go on to the block at a static target: its code written here, where the dispatch loop would
        have found it, or `continue` to the dispatch. A block's code needs only pc at its start, which
        the exit has just set, so writing it in place changes nothing but the time the dispatch took.
        CHAIN bounds the depth, so that the code grows at most that many times over."""
        block = self.by_start.get(target)
        if block is None or self.chain_depth >= CHAIN or self.is_loop(block):
            self.out.line("continue")
            return
        self.chain_depth += 1
        self.straight_block(block)
        self.chain_depth -= 1

    def predicted_return(self, block: Block, sites: list[int]) -> None:
        """A block's closing RET when the cards it returns to under the stack discipline are known: each
        of them is tested for first, and goes on to that card's block written in place, with no test
        of the target's range and the cards passed counted in a local; any other target takes the
        general way (the range test, and the dispatch)."""
        w = self.out
        index = block.end
        if not self.guarded:
            w.line(f"if SP < 0 or SP >= {self.size}:")
            w.line("    " + self.trap(index, block, "0", f"oos(SP, {self.size})"))
        w.line("pc = S[SP]")
        w.line("SP += 1")
        self.count_block(block.number, block.size)
        deferred = self.deferred
        for number, site in enumerate(sites):
            w.line(f"{'if' if number == 0 else 'elif'} pc == {site}:")
            w.depth += 1
            name = self.returns.setdefault((index, site), f"r{len(self.returns)}")
            w.line(f"{name} += 1")
            self.follow(site)
            w.depth -= 1
        w.line("else:")
        w.depth += 1
        # The RET did not complete after all: undo the counts the branches above took for granted.
        w.line(f"if pc < 0 or pc >= {self.count}:")
        w.line("    SP -= 1")
        if deferred is None:
            w.line(f"    c{block.number} -= 1")
        else:
            # Only the block before completed: its count stays, the pair's goes.
            w.line(f"    {self.pairs[deferred[0], block.number]} -= 1")
            w.line(f"    c{deferred[0]} += 1")
        w.line(f"    steps -= {block.size}")
        self.deferred = None
        w.line("    " + self.trap(index, block, "0", f"bjp(pc, {self.count})"))
        self.deferred = deferred
        w.line(f"Q[{index}] += abs(pc - {index + 1})")
        w.line("continue")
        w.depth -= 1

    def stack_guard(self, block: Block) -> tuple[str, frozenset[int]] | None:
        """The test, on entry to a straight block, that every PUSH, POP, CALL, CALLR and RET of the block
        stays inside the Store and above the stack limit, and so does every operand based on SP (or on
        FP, when the block does not change FP), so that none of them needs its own checks; with the
        cards whose operand it covers. None when the block has none of them, or changes SP some other
        way (its SP offsets are then unknown).

        The offsets are taken along the whole block: a side exit leaves it with less done, so the test
        is only ever stronger than needed, and a block that fails it is stepped by the interpreter."""
        cards = self.machine.cards[block.start : block.end + 1]
        fp_fixed = not any(SP + 1 in written_registers(card) for card in cards)  # FP is register 5
        offset = 0  # SP now, less SP on entry
        pushed: list[int] = []  # the new SP of each push, less SP on entry
        read: dict[int, list[int]] = {SP: [], SP + 1: []}  # addresses read or written, less SP (FP) on entry
        covered: set[int] = set()
        for index, card in enumerate(cards, block.start):
            op, r, mode, base, value = card
            if mode == 4 and (op in READS_STORE or op == 2) and (base == SP or (base == SP + 1 and fp_fixed)):
                read[base].append(value + (offset if base == SP else 0))
                covered.add(index)
            if op in (4, 38, 39):
                offset -= 1
                pushed.append(offset)
            elif op in (5, 40) and r != SP:
                read[SP].append(offset)
                offset += 1
            elif SP in written_registers(card):
                return None
        if not pushed and not read[SP] and len(read[SP + 1]) < 2:
            return None  # nothing to save (one FP operand's own test costs what the guard would)
        tests = []
        # A push's new SP must not pass below the limit; an address must not pass below 0; and no
        # address may pass the Store's last word.
        for register, addresses in read.items():
            reached = addresses + (pushed if register == SP else [])
            if not reached:
                continue
            lows = [-min(addresses)] if addresses else []
            if register == SP and pushed:
                lows.append(self.limit - min(pushed))
            # Tested even when the bound is 0 or less: SP and FP may be set to any number.
            tests.append(f"{NAMES[register]} < {max(lows)}")
            tests.append(f"{NAMES[register]} > {self.size - 1 - max(reached)}")
        return " or ".join(tests), frozenset(covered)

    def predicted_sites(self, block: Block) -> list[int]:
        """The cards a block's closing RET is tested for first (predicted_return); none for a block
        that does not end with RET, or whose function is called from more than PREDICTED places."""
        if self.machine.cards[block.end][0] != 40:
            return []
        sites = self.return_sites.get(block.start, frozenset())
        return sorted(sites) if len(sites) <= PREDICTED else []

    def budget_span(self, block: Block) -> int:
        """The most cards a block and the block written in place after the exit it leaves by (follow)
        can run: the budget test on entry to the block covers both, so the one written in place needs
        none of its own (it is entered with the cards before it counted in `steps`)."""
        if self.chain_depth >= CHAIN:
            return block.size
        cards = self.machine.cards

        def chained(target: int) -> int:
            follower = self.by_start.get(target)
            return 0 if follower is None or self.is_loop(follower) else follower.size

        last, _r, mode, _base, value = cards[block.end]
        span = block.size
        body_end = block.end if last in TERMINATORS else block.end + 1
        for index in range(block.start, body_end):
            if cards[index][0] in CONDITIONAL:  # a side exit
                span = max(span, index - block.start + 1 + chained(cards[index][4]))
        if last not in TERMINATORS:
            span = max(span, block.size + chained(block.end + 1))
        elif last in (30, 38) and mode == 2:
            span = max(span, block.size + chained(value))
        for site in self.predicted_sites(block):
            span = max(span, block.size + chained(site))
        return span

    def straight_block(self, block: Block) -> None:
        w = self.out
        if self.chain_depth == 0:
            # L<n> is limit - n, computed on entry: the test is then one comparison of two locals.
            span = self.budget_span(block)
            self.limit_sizes.add(span)
            w.line(f"if steps > L{span}:")
            w.line("    break")
        last = self.machine.cards[block.end][0]
        body_end = block.end if last in TERMINATORS else block.end + 1
        live = self.live_lever_writes(block.start, block.end)
        guard = self.stack_guard(block)
        outer_bounds = self.no_bounds
        if guard is not None:
            # Near either end of the Store the interpreter steps the block, with every check in order.
            w.line(f"if {guard[0]}:")
            w.depth += 1
            self.count_deferred()
            w.line(f"reason = {NOT_A_BLOCK}")
            w.line("break")
            w.depth -= 1
        self.no_bounds = guard[1] if guard is not None else frozenset()
        outer, self.guarded = self.guarded, guard is not None
        complete = self.body(block, body_end, "0", live, in_loop=False)
        self.no_bounds = outer_bounds
        predicted = self.predicted_sites(block)
        if complete and predicted:
            self.predicted_return(block, predicted)
            self.guarded = outer
            return
        if complete and last in TERMINATORS:
            self.terminator(block.end, block, "0")
        self.guarded = outer
        if not complete:
            return
        if last in TERMINATORS:
            if last == 60:
                return
        else:
            w.line(f"pc = {block.end + 1}")
        op, _r, mode, _base, value = self.machine.cards[block.end]
        if last not in TERMINATORS:
            self.count_and_follow(block.number, block.size, block.end + 1)
        elif op in (30, 38) and mode == 2:  # JMP and CALL to a card index
            self.count_and_follow(block.number, block.size, value)
        else:
            self.count_block(block.number, block.size)
            w.line("break" if last == 61 else "continue")

    def induction_guard(self, block: Block) -> Induction | None:
        """For a loop block ending `CMP r, x` and JLT or JLE back to its start: when r changes in the
        body only by ADDs of immediates >= 0 and x (an immediate or another register) does not change,
        every value r takes in the loop lies in r0 .. max(r0, x) + step, where r0 is r on entry and step
        the sum of those immediates: round 0 starts at r0, every later round starts with r <= x, and a
        round adds at most step. A guard that tests this range once on entry proves those ADDs cannot
        overflow and the Store addresses [r+k] of the body are inside the Store.

        Returns None when the loop has no such shape.
        """
        cards = self.machine.cards
        if cards[block.end][0] not in (33, 34) or block.size < 2 or cards[block.end - 1][0] != 20:
            return None
        _cmp, r, mode, base, value = cards[block.end - 1]
        if r == SP:
            return None  # SP's low-water mark is tracked on every write; keep those loops plain
        if mode == 2:
            bound = f"({value})"
        elif mode == 1 and base != r:
            bound = NAMES[base]
        else:
            return None
        step = 0
        adds: set[int] = set()
        offsets: dict[int, int] = {}
        before: dict[int, int] = {}  # card -> the sum of the ADDs to r before it in the round
        for index in range(block.start, block.end - 1):
            before[index] = step
            op, cr, cmode, cbase, cvalue = cards[index]
            written = written_registers(cards[index])
            if mode == 1 and base in written:
                return None
            if r in written:
                if op != 10 or cr != r or cmode != 2 or cvalue < 0:
                    return None
                step += cvalue
                adds.add(index)
            if cmode == 4 and cbase == r and (op in READS_STORE or op == 2):
                offsets[index] = cvalue
        if not adds and not offsets:
            return None
        top = f"max({NAMES[r]}, {bound}) + {step}"
        tests = [f"{top} <= MAX"] if adds else []
        if offsets:
            low, high = min(offsets.values()), max(offsets.values())
            tests += [f"{NAMES[r]} >= {-low}", f"{top} < {self.size - high}"]
        # Rounds the loop can run: it leaves at the first round whose CMP finds r > x (JLE) or r >= x
        # (JLT), after at most (x - r0) // step + 1 rounds; one more covers both, and x < r0.
        ends = f"(max({NAMES[r]}, {bound}) - {NAMES[r]}) // {step} + 2 <= rounds" if step else "False"
        return Induction(
            " and ".join(tests), frozenset(adds), frozenset(offsets), NAMES[r], step, before, ends
        )

    def loop_block(self, block: Block) -> None:
        """A block whose last card jumps back to its first: a Python loop bounded by the budget.

        `full` counts the rounds that reached the last card, `back` the jumps back to the start, and
        `ex` the cards of a last partial round left by a side exit. When a CMP comes just before the
        final jump, the loop tests the registers directly and sets the lever only on leaving the loop.
        When an induction guard applies, the loop is written up to three times, chosen on entry: with
        neither the checks the guard proves nor a round counter, when the loop must also end within
        the budget; without those checks; and with every check.
        """
        w = self.out
        w.line(f"rounds = (limit - steps) // {block.size}")
        w.line("if rounds < 1:")
        w.line("    break")
        induction = self.induction_guard(block)
        if induction is None:
            self.loop_rounds(block, None)
        else:
            self.no_overflow, self.no_bounds = induction.no_overflow, induction.no_bounds
            if induction.step:
                w.line(f"if {induction.guard} and {induction.ends}:")
                w.depth += 1
                self.loop_rounds(block, induction)
                w.depth -= 1
                w.line(f"elif {induction.guard}:")
            else:
                w.line(f"if {induction.guard}:")
            w.depth += 1
            self.loop_rounds(block, None)
            w.depth -= 1
            self.no_overflow = self.no_bounds = frozenset()
            w.line("else:")
            w.depth += 1
            self.loop_rounds(block, None)
            w.depth -= 1
        distance = abs(block.start - (block.end + 1))
        w.line(f"c{block.number} += full")
        w.line(f"steps += {block.size} * full + ex")
        w.line(f"Q[{block.end}] += {distance} * back")
        w.line("continue")

    def loop_rounds(self, block: Block, counted: Induction | None) -> None:
        """The Python loop of a loop block; every way out sets pc, full, back and ex (or raises).

        counted: the loop is known to end by its condition within the budget, so it needs no round
        counter: the round a card runs in follows from the induction register, which grows by
        `step` each round (ADDs of 0 or more, and step > 0).
        """
        w = self.out
        cards = self.machine.cards
        op = cards[block.end][0]
        # The CMP before the closing jump is fused into the loop's test, and sets the lever only when
        # the loop is left, unless a side exit reads the lever the previous round's CMP left.
        fused = (
            op != 30
            and block.size >= 2
            and cards[block.end - 1][0] == 20
            and not self.reads_lever_first(block.start, block.end - 1)
        )
        body_end = block.end - 1 if fused else block.end
        live = self.live_lever_writes(block.start, block.end)
        if counted is None:
            w.line("for it in range(rounds):")
            self.round_of = {}
        else:
            reg, step = counted.register, counted.step
            w.line(f"i0 = {reg}")
            w.line("while True:")
            self.round_of = {
                index: f"(({reg} - i0 - {added}) // {step})" for index, added in counted.before.items()
            }
        w.depth += 1
        body_start = len(w.lines)
        complete = self.body(block, body_end, "it", live, in_loop=True)
        self.round_of = {}
        if not complete:
            # A card that always traps ends round 0: only a side exit before it leaves normally.
            w.depth -= 1
            return
        condition = CONDITIONS[op]
        settle = ""
        if fused:
            _cmp, r, mode, base, value = cards[block.end - 1]
            x = self.operand(block.end - 1, block, "it", mode, base, value)
            if x is None:
                w.depth -= 1
                return
            if x.startswith("S["):
                w.line(f"y = {x}")
                x = "y"
            condition = condition.replace("lev", NAMES[r]).replace(" 0", f" {x}")
            settle = f"lev = {NAMES[r]} - {x}"
        if op != 30:
            w.line(f"if not ({condition}):")
            w.line(f"    pc = {block.end + 1}")
            if counted is None:
                w.line("    full = it + 1; back = it; ex = 0")
            else:
                w.line(f"    full = ({counted.register} - i0) // {counted.step}; back = full - 1; ex = 0")
            if settle:
                w.line(f"    {settle}")
            w.line("    break")
        if len(w.lines) == body_start:
            w.line("pass")  # a JMP to itself (after NOPs at most): the loop only spends the budget
        w.depth -= 1
        if counted is not None:
            return  # the loop ends by its condition (or a side exit, or a trap)
        w.line("else:")
        w.line(f"    pc = {block.start}")
        w.line("    full = back = rounds; ex = 0")
        if settle:
            w.line(f"    {settle}")

    def dispatch(self, blocks: list[Block]) -> None:
        w = self.out
        if len(blocks) <= LEAF:
            for block in blocks:
                w.line(f"if pc == {block.start}:")
                w.depth += 1
                if self.is_loop(block):
                    self.loop_block(block)
                else:
                    self.straight_block(block)
                w.depth -= 1
            w.line(f"reason = {NOT_A_BLOCK}")
            w.line("break")
            return
        middle = len(blocks) // 2
        w.line(f"if pc < {blocks[middle].start}:")
        w.depth += 1
        self.dispatch(blocks[:middle])
        w.depth -= 1
        w.line("else:")
        w.depth += 1
        self.dispatch(blocks[middle:])
        w.depth -= 1

    def source(self) -> str:
        w = self.out
        # Names the generated code uses often are bound as default arguments: locals are faster.
        w.line("def compiled(m, limit, MAX=MAX, NMAX=-MAX, TA=TA, dc=dc, tdiv=tdiv, out=out, fl=fl, fp=fp):")
        w.depth += 1
        counters_at = len(w.lines)
        w.line("S = m.store")
        w.line("Q = m.quantities")
        w.line("A, B, C, D, SP, FP = m.regs")
        w.line("lev = m.lever")
        w.line("pc = m.pc")
        w.line("steps = m.steps")
        w.line("low = m.lowest_sp")
        w.line("hh = m.heap_high_water")
        w.line("halted = False")
        w.line(f"reason = {NEAR_LIMIT}")
        w.line("try:")
        w.depth += 1
        w.line("while True:")
        w.depth += 1
        self.dispatch(self.blocks)
        w.depth -= 2
        w.line("except TA as stop:")
        w.line("    pc, steps = partial(stop, steps)")
        w.line(f"    reason = {STOPPED}")
        # The block counters are locals (c0, c1, ...: a local's increment is cheaper than a list
        # element's), set to 0 on entry and added to the block counts on the way out.
        numbers = range(len(self.blocks) + len(self.side_exits))
        for first in range(0, len(numbers), COUNTERS_A_LINE):
            names = [f"c{n}" for n in numbers[first : first + COUNTERS_A_LINE]]
            w.lines.insert(counters_at, "    " + " = ".join(names) + " = 0")
            counters_at += 1
            w.line(f"fl({first}, ({', '.join(names)},))")
        for size in sorted(self.limit_sizes):
            w.lines.insert(counters_at, f"    L{size} = limit - {size}")
        pairs = list(self.pairs.values())
        for first in range(0, len(pairs), COUNTERS_A_LINE):
            names = pairs[first : first + COUNTERS_A_LINE]
            w.lines.insert(counters_at, "    " + " = ".join(names) + " = 0")
            w.line(f"fp({first}, ({', '.join(names)},))")
        for (card, site), name in self.returns.items():
            w.lines.insert(counters_at, f"    {name} = 0")
            w.line(f"Q[{card}] += {name} * {abs(site - (card + 1))}")
        w.line("m.regs[:] = [A, B, C, D, SP, FP]")
        w.line("m.lever = lev")
        w.line("m.pc = pc")
        w.line("m.steps = steps")
        w.line("m.lowest_sp = low")
        w.line("m.heap_high_water = hh")
        w.line("if halted:")
        w.line("    m.status = 'halted'")
        w.line(f"    reason = {STOPPED}")
        w.line("return reason")
        return "\n".join(w.lines) + "\n"


class CompiledProgram:
    """The compiled function of one run, with the block counters it fills."""

    def __init__(self, machine: Machine, hot: frozenset[int] | None = None) -> None:
        """hot: translate only the blocks that start at these cards, and the blocks they go on to by
        static edges (a loop's exit, say, which may not have run yet); None: every block. The others
        are stepped by the interpreter, as a computed jump to a card that starts no block is."""
        self.machine = machine
        regions = find_blocks(machine)
        if hot is not None:
            by_start = {block.start: block for block in regions}
            chosen = {block.start for block in regions if block.start in hot}
            for start in list(chosen):
                chosen.update(t for t in static_successors(machine, by_start[start]) if t in by_start)
            kept = [block for block in regions if block.start in chosen]
            regions = [Block(number, block.start, block.end) for number, block in enumerate(kept)]
        self.starts = frozenset(block.start for block in regions)
        self.cards = frozenset(card for block in regions for card in range(block.start, block.end + 1))
        self.interpreted = 0  # instructions the interpreter has stepped for this translation
        self.look_at = 0  # interpreted instructions at which the emulator looks at it again (it sets it)
        generator = _Generator(machine, regions)
        self.source = generator.source()
        # Counted ranges: the blocks themselves, then the shorter ones their side exits end.
        self.blocks = regions + generator.side_exits
        self.block_counts = [0] * len(self.blocks)
        self.jump_counters = generator.jump_counters
        self.pairs = list(generator.pairs)  # pair counter k<n> -> the two counters it stands for
        namespace: dict[str, Any] = {
            "TA": TrapAt,
            "Trap": Trap,
            "MAX": WORD_MAX,
            "fl": self.add_counts,
            "fp": self.add_pair_counts,
            "dc": digit_count,
            "tdiv": trunc_div,
            "tmod": trunc_mod,
            "isqrt": isqrt,
            "printable": printable,
            "oos": interpreter.out_of_store,
            "bjp": interpreter.bad_jump,
            "sov": interpreter.stack_overflow,
            "ovf": interpreter.overflow,
            "dbz": lambda: Trap("division_by_zero", "division by zero"),
            "dom": lambda message: Trap("domain", message),
            "out": self.output,
            "rd": self.read,
            "rdc": interpreter.readc,
            "partial": self.partial,
            "m": machine,
        }
        exec(compile(self.source, "<babbage blocks>", "exec"), namespace)  # the source is ours, built above
        self.function: Callable[[Machine, int], int] = namespace["compiled"]

    def add_counts(self, first: int, counts: tuple[int, ...]) -> None:
        """Add the compiled function's block counters, from block `first` on, to the block counts."""
        block_counts = self.block_counts
        for number, times in enumerate(counts, first):
            if times:
                block_counts[number] += times

    def add_pair_counts(self, first: int, counts: tuple[int, ...]) -> None:
        """Add the pair counters, from k<first> on, to the counts of both blocks each stands for."""
        block_counts = self.block_counts
        for (one, other), times in zip(self.pairs[first : first + len(counts)], counts, strict=True):
            if times:
                block_counts[one] += times
                block_counts[other] += times

    def output(self, text: str, card: int, block: int, rounds: int, before: int) -> None:
        try:
            interpreter.emit(self.machine, text, card)
        except Trap as trap:
            raise TrapAt(card, block, rounds, trap, before) from None

    def read(self, card: int, block: int, rounds: int, before: int) -> tuple[int, int]:
        try:
            return interpreter.read_into(self.machine)
        except Trap as trap:
            raise TrapAt(card, block, rounds, trap, before) from None

    def partial(self, stop: TrapAt, steps: int) -> tuple[int, int]:
        """Credit the cards that completed before a trap inside a block; returns (pc, steps)."""
        block = self.blocks[stop.block]
        self.block_counts[stop.block] += stop.rounds
        if stop.before >= 0:  # the block written in place before this one completed
            self.block_counts[stop.before] += 1
            steps += self.blocks[stop.before].size
        if stop.rounds:
            # Every whole round of a loop block ended by jumping back to its start.
            self.machine.quantities[block.end] += abs(block.start - (block.end + 1)) * stop.rounds
        counts = self.machine.counts
        for card in range(block.start, stop.card):
            counts[card] += 1
        machine = self.machine
        machine.status = stop.trap.status
        machine.message = stop.trap.message
        machine.trap_code = stop.trap.code
        return stop.card, steps + block.size * stop.rounds + (stop.card - block.start)

    def flush_counts(self) -> None:
        """Add the block counters to the per-card counts and clear them."""
        counts = self.machine.counts
        quantities = self.machine.quantities
        for (counter, card), distance in self.jump_counters.items():
            quantities[card] += self.block_counts[counter] * distance
        for block, times in zip(self.blocks, self.block_counts, strict=True):
            if times:
                for card in range(block.start, block.end + 1):
                    counts[card] += times
        self.block_counts[:] = [0] * len(self.block_counts)

    def run(self, limit: int, interpret_limit: int | None = None) -> None:
        """Run until the machine stops or has executed `limit` instructions in all, or until the
        interpreter has stepped `interpret_limit` of them for this translation (cards left out of it)."""
        machine = self.machine
        while not machine.status and machine.steps < limit:
            if interpret_limit is not None and self.interpreted >= interpret_limit:
                return
            # The generated code compares its step count with the limit at every block: a limit within
            # PART of the count keeps both one-digit ints, on CPython's fast path. A longer run re-enters.
            part = min(limit, machine.steps + PART)
            reason = self.function(machine, part)
            self.flush_counts()
            if reason == STOPPED:
                return
            if reason == NEAR_LIMIT and part < limit:
                interpreter.interpret(machine, machine.steps + 1)  # the block that did not fit `part`
                self.interpreted += 1
                continue
            # NEAR_LIMIT: step the last few cards; NOT_A_BLOCK: step until PC starts a block.
            before = machine.steps
            if reason == NOT_A_BLOCK:
                until = limit
                if interpret_limit is not None:
                    until = min(limit, before + max(1, interpret_limit - self.interpreted))
                interpreter.interpret(machine, until, stops=self.starts)
            else:
                interpreter.interpret(machine, limit)
            self.interpreted += machine.steps - before
