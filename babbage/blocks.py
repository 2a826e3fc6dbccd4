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
  start); per-card counts are expanded from them when the function returns. A trap inside a block
  credits the cards before the trapping one. Registers are not part of a run's result, so a trapping
  card may leave a register changed; everything a result shows is exact.
- Computed jumps (JMPR, CALLR, RET) to a card that does not start a block return to the caller, which
  steps with the interpreter until PC reaches one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import isqrt
from typing import Any

from babbage import interpreter
from babbage.isa import BY_MNEMONIC, BY_NUMBER, OPCODES, SP
from babbage.machine import Machine, Trap
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
LEAF = 4  # blocks tested one after another at the leaves of the dispatch tree

# Why the compiled function returned.
STOPPED = 0  # the machine halted or trapped
NEAR_LIMIT = 1  # the next block would pass the instruction limit
NOT_A_BLOCK = 2  # PC is not the start of a block (a computed jump)


class TrapAt(Exception):
    """A trap inside a block: the card, the block, and how many whole rounds of a loop block completed."""

    def __init__(self, card: int, block: int, rounds: int, trap: Trap) -> None:
        super().__init__(trap.message)
        self.card = card
        self.block = block
        self.rounds = rounds
        self.trap = trap


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

    # ---- helpers for one card ---------------------------------------------------------------------

    def trap(self, card: int, block: Block, rounds: str, trap_expr: str) -> str:
        return f"raise TA({card}, {block.number}, {rounds}, {trap_expr})"

    def address(self, card: int, block: Block, rounds: str, mode: int, base: int, value: int) -> str | None:
        """Emit the checks of a memory operand; returns the address expression, None if it always traps."""
        w = self.out
        if mode == 3:
            if 0 <= value < self.size:
                return str(value)
            w.line(self.trap(card, block, rounds, f"oos({value}, {self.size})"))
            return None
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
        tests = ([f"{name} > MAX"] if high else []) + ([f"{name} < NMAX"] if low else [])
        if tests:
            self.out.line(f"if {' or '.join(tests)}:")
            self.out.line("    " + self.trap(card, block, rounds, "ovf()"))

    def track_sp(self) -> None:
        self.out.line("if SP < low:")
        self.out.line("    low = SP")

    def push(self, card: int, block: Block, rounds: str, value: str) -> None:
        w = self.out
        w.line("ns = SP - 1")
        w.line(f"if ns < {self.limit} or ns >= {self.size}:")
        trap = f"sov({self.limit}) if ns < {self.limit} else oos(ns, {self.size})"
        w.line("    " + self.trap(card, block, rounds, trap))
        w.line(f"S[ns] = {value}")
        w.line("SP = ns")
        self.track_sp()

    def jump_to(self, card: int, block: Block, rounds: str, target: str, static: int | None) -> None:
        """PC <- target with the cards-passed quantity; a static target outside the chain traps."""
        w = self.out
        nxt = card + 1
        if static is not None:
            if not 0 <= static < self.count:
                w.line(self.trap(card, block, rounds, f"bjp({static}, {self.count})"))
                return
            if static != nxt:
                w.line(f"Q[{card}] += {abs(static - nxt)}")
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
            w.line(f"if SP < 0 or SP >= {self.size}:")
            w.line("    " + self.trap(index, block, rounds, f"oos(SP, {self.size})"))
            w.line("t = S[SP]")
            w.line("SP += 1")
            w.line(f"{reg} = t")
            if r == SP:
                self.track_sp()  # POP SP loads the popped value, which may be lower
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
            w.line(f"out({x}, {index}, {block.number}, {rounds})")
        elif op == 52:
            w.line(f"{reg}, {'lev' if live else '_'} = rd({index}, {block.number}, {rounds})")
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
                self.jump_to(index, block, rounds, "", value)
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
            self.jump_to(index, block, rounds, "", value)
        elif op == 40:
            w.line(f"if SP < 0 or SP >= {self.size}:")
            w.line("    " + self.trap(index, block, rounds, f"oos(SP, {self.size})"))
            w.line("g = S[SP]")
            w.line(f"if g < 0 or g >= {self.count}:")
            w.line("    " + self.trap(index, block, rounds, f"bjp(g, {self.count})"))
            w.line("SP += 1")
            w.line(f"Q[{index}] += abs(g - {index + 1})")
            w.line("pc = g")
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

    def side_exit(self, index: int, block: Block, rounds: str, in_loop: bool) -> None:
        """A conditional jump inside a block: when taken, count a block that ends here and leave."""
        op, _r, _mode, _base, value = self.machine.cards[index]
        exit_block = Block(len(self.blocks) + len(self.side_exits), block.start, index)
        self.side_exits.append(exit_block)
        w = self.out
        w.line(f"if {CONDITIONS[op]}:")
        w.depth += 1
        self.jump_to(index, block, rounds, "", value)
        w.line(f"BC[{exit_block.number}] += 1")
        if in_loop:
            w.line(f"full = back = it; ex = {exit_block.size}")
            w.line("break")
        else:
            w.line(f"steps += {exit_block.size}")
            w.line("continue")
        w.depth -= 1

    def body(self, block: Block, stop: int, rounds: str, live: set[int], in_loop: bool) -> bool:
        """Cards block.start..stop-1; False when one always traps (what follows is unreachable)."""
        for index in range(block.start, stop):
            if self.machine.cards[index][0] in CONDITIONAL:
                self.side_exit(index, block, rounds, in_loop)
            elif not self.card(index, block, rounds, live=index in live):
                return False
        return True

    def is_loop(self, block: Block) -> bool:
        op, _r, mode, _base, value = self.machine.cards[block.end]
        return 30 <= op <= 36 and mode == 2 and value == block.start

    def straight_block(self, block: Block) -> None:
        w = self.out
        w.line(f"if steps + {block.size} > limit:")
        w.line("    break")
        last = self.machine.cards[block.end][0]
        body_end = block.end if last in TERMINATORS else block.end + 1
        live = self.live_lever_writes(block.start, block.end)
        if not self.body(block, body_end, "0", live, in_loop=False):
            return
        if last in TERMINATORS:
            self.terminator(block.end, block, "0")
            if last == 60:
                return
        else:
            w.line(f"pc = {block.end + 1}")
        w.line(f"BC[{block.number}] += 1")
        w.line(f"steps += {block.size}")
        if last == 61:
            w.line("break")
        else:
            w.line("continue")

    def loop_block(self, block: Block) -> None:
        """A block whose last card jumps back to its first: a Python loop bounded by the budget.

        `full` counts the rounds that reached the last card, `back` the jumps back to the start, and
        `ex` the cards of a last partial round left by a side exit. When a CMP comes just before the
        final jump, the loop tests the registers directly and sets the lever only on leaving the loop.
        """
        w = self.out
        cards = self.machine.cards
        op = cards[block.end][0]
        distance = abs(block.start - (block.end + 1))
        fused = op != 30 and block.size >= 2 and cards[block.end - 1][0] == 20
        body_end = block.end - 1 if fused else block.end
        live = self.live_lever_writes(block.start, block.end)
        w.line(f"rounds = (limit - steps) // {block.size}")
        w.line("if rounds < 1:")
        w.line("    break")
        w.line("for it in range(rounds):")
        w.depth += 1
        body_start = len(w.lines)
        if not self.body(block, body_end, "it", live, in_loop=True):
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
            w.line("    full = it + 1; back = it; ex = 0")
            if settle:
                w.line(f"    {settle}")
            w.line("    break")
        if len(w.lines) == body_start:
            w.line("pass")  # a JMP to itself (after NOPs at most): the loop only spends the budget
        w.depth -= 1
        w.line("else:")
        w.line(f"    pc = {block.start}")
        w.line("    full = back = rounds; ex = 0")
        if settle:
            w.line(f"    {settle}")
        w.line(f"BC[{block.number}] += full")
        w.line(f"steps += {block.size} * full + ex")
        w.line(f"Q[{block.end}] += {distance} * back")
        w.line("continue")

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
        w.line("def compiled(m, limit, MAX=MAX, NMAX=-MAX, BC=BC, TA=TA, dc=dc, tdiv=tdiv, out=out):")
        w.depth += 1
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

    def __init__(self, machine: Machine) -> None:
        self.machine = machine
        regions = find_blocks(machine)
        self.starts = frozenset(block.start for block in regions)
        generator = _Generator(machine, regions)
        self.source = generator.source()
        # Counted ranges: the blocks themselves, then the shorter ones their side exits end.
        self.blocks = regions + generator.side_exits
        self.block_counts = [0] * len(self.blocks)
        namespace: dict[str, Any] = {
            "TA": TrapAt,
            "Trap": Trap,
            "MAX": WORD_MAX,
            "BC": self.block_counts,
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

    def output(self, text: str, card: int, block: int, rounds: int) -> None:
        try:
            interpreter.emit(self.machine, text, card)
        except Trap as trap:
            raise TrapAt(card, block, rounds, trap) from None

    def read(self, card: int, block: int, rounds: int) -> tuple[int, int]:
        try:
            return interpreter.read_into(self.machine)
        except Trap as trap:
            raise TrapAt(card, block, rounds, trap) from None

    def partial(self, stop: TrapAt, steps: int) -> tuple[int, int]:
        """Credit the cards that completed before a trap inside a block; returns (pc, steps)."""
        block = self.blocks[stop.block]
        self.block_counts[stop.block] += stop.rounds
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
        for block, times in zip(self.blocks, self.block_counts, strict=True):
            if times:
                for card in range(block.start, block.end + 1):
                    counts[card] += times
        self.block_counts[:] = [0] * len(self.block_counts)

    def run(self, limit: int) -> None:
        """Run until the machine stops or has executed `limit` instructions in all."""
        machine = self.machine
        while not machine.status and machine.steps < limit:
            reason = self.function(machine, limit)
            self.flush_counts()
            if reason == STOPPED:
                return
            # NEAR_LIMIT: step the last few cards; NOT_A_BLOCK: step until PC starts a block.
            while not machine.status and machine.steps < limit:
                interpreter.interpret(machine, machine.steps + 1)
                if reason == NOT_A_BLOCK and machine.pc in self.starts:
                    break
