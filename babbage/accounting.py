"""Statistics and simulated time, computed once at the end of a run from per-card counters.

While a program runs the emulator keeps only two integers per card: how many times it completed, and
the sum of its one run-time quantity (digits of a MUL's shorter operand, a DIV's quotient digits, a
SQRT's result digits, characters printed, cards passed over by jumps). Everything of ISA.md sections 6 and
7 follows from those and from each card's fixed costs. Summing in card order, once, makes the seconds
identical whichever engine (step-by-step or compiled blocks) filled the counters.
"""

from __future__ import annotations

from dataclasses import dataclass

from babbage.isa import BY_NUMBER, MODE_ABSOLUTE, MODE_BASED
from babbage.program import Instruction, Program
from babbage.result import Statistics
from babbage.timing import TimingProfile


@dataclass(frozen=True, slots=True)
class CardCost:
    fixed_seconds: float  # card read, Mill base cost, shift places, Store transfers, READ
    unit_seconds: float  # price of one unit of the card's run-time quantity
    mill: str | None  # Mill operation kind, lower case
    reads: int  # Store reads
    writes: int  # Store writes
    passes: bool  # the run-time quantity counts cards passed over


def store_traffic(instruction: Instruction) -> tuple[int, int]:
    """(reads, writes) of the Store one completed card makes."""
    op = BY_NUMBER[instruction.opcode]
    reads = writes = 0
    if instruction.mode in (MODE_ABSOLUTE, MODE_BASED) and op.mnemonic != "LEA":
        if op.mnemonic == "STOR":
            writes += 1
        else:
            reads += 1
    if op.mnemonic in ("PUSH", "CALL", "CALLR"):
        writes += 1
    elif op.mnemonic in ("POP", "RET"):
        reads += 1
    return reads, writes


def card_cost(instruction: Instruction, profile: TimingProfile) -> CardCost:
    op = BY_NUMBER[instruction.opcode]
    reads, writes = store_traffic(instruction)
    fixed = profile.card_read + profile.store_transfer * (reads + writes)
    unit = 0.0
    cost = op.cost
    if cost == "add":
        fixed += profile.add
    elif cost == "mul":
        fixed += profile.mul_base * profile.mul_div_factor
        unit = profile.mul_per_digit * profile.mul_div_factor
    elif cost == "div":
        fixed += profile.div_base * profile.mul_div_factor
        unit = profile.div_per_digit * profile.mul_div_factor
    elif cost == "shift":
        fixed += profile.step_per_place * instruction.value
    elif cost == "sqrt":
        fixed += profile.sqrt_base
        unit = profile.sqrt_per_digit
    elif cost == "read":
        fixed += profile.read_per_card
    elif cost == "print":
        unit = profile.print_per_char
    elif cost in ("jump", "transfer"):
        unit = profile.card_passed
    mill = op.mnemonic.lower() if op.lever == "set" else None
    return CardCost(fixed, unit, mill, reads, writes, cost in ("jump", "transfer"))


def card_costs(program: Program, profile: TimingProfile) -> list[CardCost]:
    """Each card's costs, in card order. A card's costs follow from its opcode and mode alone, and for a
    shift from its value too, so a compiled program's hundred thousand cards (most of them its runtime
    library's) share a few hundred CardCosts: one is made per kind of card, not per card."""
    kinds: dict[tuple[int, int, int], CardCost] = {}
    costs: list[CardCost] = []
    for instruction in program.instructions:
        opcode = instruction.opcode
        key = (opcode, instruction.mode, instruction.value if opcode in _SHIFTS else 0)
        cost = kinds.get(key)
        if cost is None:
            cost = kinds[key] = card_cost(instruction, profile)
        costs.append(cost)
    return costs


# The opcodes whose cost depends on the card's value (the places shifted).
_SHIFTS = frozenset(number for number, op in BY_NUMBER.items() if op.cost == "shift")


def simulated_seconds(costs: list[CardCost], counts: list[int], quantities: list[int]) -> float:
    total = 0.0
    for cost, count, quantity in zip(costs, counts, quantities, strict=True):
        if count:
            total += count * cost.fixed_seconds + quantity * cost.unit_seconds
    return total


def statistics(
    program: Program,
    costs: list[CardCost],
    profile: TimingProfile,
    counts: list[int],
    quantities: list[int],
    store_size: int,
    lowest_sp: int,
    heap_high_water: int,
) -> Statistics:
    stats = Statistics(profile=profile.name, heap_high_water=heap_high_water, store_size=store_size)
    stats.max_stack_depth = max(0, store_size - lowest_sp)
    heap_used = heap_high_water - program.static_size + 1 if heap_high_water >= 0 else 0
    stats.columns_used = program.static_size + heap_used + stats.max_stack_depth
    mill: dict[str, int] = {}
    by_line: dict[int, float] = {}
    total = 0.0
    for index, (cost, count, quantity) in enumerate(zip(costs, counts, quantities, strict=True)):
        if not count:
            continue
        seconds = count * cost.fixed_seconds + quantity * cost.unit_seconds
        total += seconds
        stats.instructions += count
        stats.store_reads += count * cost.reads
        stats.store_writes += count * cost.writes
        if cost.passes:
            stats.cards_passed += quantity
        if cost.mill is not None:
            mill[cost.mill] = mill.get(cost.mill, 0) + count
        where = program.line_map.get(index)
        if where is not None:
            by_line[where[1]] = by_line.get(where[1], 0.0) + seconds
    stats.cards_read = stats.instructions
    stats.mill_operations = dict(sorted(mill.items()))
    stats.seconds_by_line = dict(sorted(by_line.items()))
    stats.simulated_seconds = total
    return stats
