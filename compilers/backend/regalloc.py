"""Register allocation: linear scan (Poletto and Sarkar) over A, B and C, with real spilling.

D is never allocated: it is the scratch register instruction selection uses to reach spilled values and
to build addresses. Every register is caller-saved and a call clobbers them all, so a temp whose value
must survive a call lives in its frame slot instead (on the Engine a memory operand costs no extra card
when it is an instruction's source, so a slot is cheap). Parameters that get no register stay where the
caller pushed them, [FP+2+i], at no cost.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from compilers.backend.liveness import Liveness, liveness
from compilers.ir.nodes import Binary, Call, Copy, Function, Temp, Unary, successors

ALLOCATABLE = ("A", "B", "C")


@dataclass(slots=True)
class Interval:
    temp: str
    start: int
    end: int
    crosses_call: bool = False
    hint: str | None = None  # a temp whose register this one would like (two-address operations)


@dataclass(slots=True)
class Allocation:
    registers: dict[str, str] = field(default_factory=dict)  # temp -> "A" | "B" | "C"
    spilled: list[str] = field(default_factory=list)  # temps that live in the frame, in spill order

    def where(self, temp: str) -> str | None:
        return self.registers.get(temp)


def intervals(fn: Function, live: Liveness | None = None) -> list[Interval]:
    """One interval per temp over the blocks in layout order: instruction k reads at 2k, writes at
    2k+1; a temp live into or out of a block covers the block's whole extent."""
    live = live or liveness(fn)
    spans: dict[str, list[int]] = {}
    hints: dict[str, str] = {}
    calls: list[int] = []

    def touch(name: str, pos: int) -> None:
        span = spans.get(name)
        if span is None:
            spans[name] = [pos, pos]
        elif pos < span[0]:
            span[0] = pos
        elif pos > span[1]:
            span[1] = pos

    for p in fn.params:
        touch(p.name, -1)
    k = 0
    for block in fn.blocks:
        first = 2 * k
        for instr in block.instrs:
            pos = 2 * k
            for op in instr.uses():
                if type(op) is Temp:
                    # touch(op.name, pos), inlined: every operand of every instruction
                    span = spans.get(op.name)
                    if span is None:
                        spans[op.name] = [pos, pos]
                    elif pos < span[0]:
                        span[0] = pos
                    elif pos > span[1]:
                        span[1] = pos
            dest = instr.defs()
            if dest is not None:
                d = dest.name
                touch(d, pos + 1)
                src = None
                if isinstance(instr, Binary | Unary):
                    src = instr.left if isinstance(instr, Binary) else instr.src
                elif isinstance(instr, Copy):
                    src = instr.src
                if isinstance(src, Temp) and d not in hints:
                    hints[d] = src.name
            if isinstance(instr, Call):
                calls.append(2 * k)
            k += 1
        last = 2 * k - 1
        for name in live.live_in[block.label]:
            touch(name, first)
        for name in live.live_out[block.label]:
            touch(name, last)
    result = []
    for name, (start, end) in spans.items():
        # A call strictly inside the interval: the first call after its start (calls are in order).
        first_call = bisect_right(calls, start)
        crosses = first_call < len(calls) and end > calls[first_call] + 1
        result.append(Interval(name, start, end, crosses, hints.get(name)))
    result.sort(key=lambda i: (i.start, i.temp))
    return result


def loop_depths(fn: Function) -> dict[str, int]:
    """How many loops each block sits in, from the back edges of the layout (a jump to a block at or
    before the jumping one): the blocks between target and source form the loop."""
    index = {b.label: i for i, b in enumerate(fn.blocks)}
    # Each back edge adds one to a range of blocks: noted at the range's two ends and summed in one
    # walk, so that a function of many long loops costs no more than its size.
    steps = [0] * (len(fn.blocks) + 1)
    for i, b in enumerate(fn.blocks):
        term = b.terminator
        for s in successors(term) if term is not None else []:
            j = index.get(s)
            if j is not None and j <= i:
                steps[j] += 1
                steps[i + 1] -= 1
    depth: dict[str, int] = {}
    level = 0
    for i, b in enumerate(fn.blocks):
        level += steps[i]
        depth[b.label] = level
    return depth


def spill_costs(fn: Function) -> dict[str, int]:
    """Reads and writes of each temp, each weighted by 10 per enclosing loop: what spilling it costs."""
    depth = loop_depths(fn)
    cost: dict[str, int] = {}
    for b in fn.blocks:
        weight = 10 ** min(depth[b.label], 6)
        # instr_uses and instr_def, inlined (every instruction of a function); a temp read twice by one
        # instruction counts once, as instr_uses's set gives it.
        for instr in b.instrs:
            kind = type(instr)
            if kind is Copy or kind is Unary:  # one operand: no set needed to count it once
                op = instr.src  # type: ignore[attr-defined]
                if type(op) is Temp:
                    cost[op.name] = cost.get(op.name, 0) + weight
            else:
                for name in {op.name for op in instr.uses() if type(op) is Temp}:
                    cost[name] = cost.get(name, 0) + weight
            dest = instr.defs()
            if dest is not None:
                cost[dest.name] = cost.get(dest.name, 0) + weight
    return cost


def allocate(
    fn: Function, registers: tuple[str, ...] = ALLOCATABLE, live: Liveness | None = None
) -> Allocation:
    """Linear scan; when the registers run out, the cheapest value to keep in memory (by spill_costs,
    then the one ending last) is spilled."""
    alloc = Allocation()
    cost = spill_costs(fn)
    active: list[Interval] = []
    free = list(registers)
    for current in intervals(fn, live):
        for old in [a for a in active if a.end < current.start]:
            active.remove(old)
            free.append(alloc.registers[old.temp])
        if current.crosses_call:
            alloc.spilled.append(current.temp)
            continue
        if free:
            wanted = alloc.registers.get(current.hint) if current.hint else None
            reg = wanted if wanted in free else min(free, key=registers.index)  # registers are distinct
            free.remove(reg)
            alloc.registers[current.temp] = reg
            active.append(current)
            continue
        victim = min([*active, current], key=lambda a: (cost.get(a.temp, 0), -a.end))
        if victim is not current:
            reg = alloc.registers.pop(victim.temp)
            alloc.spilled.append(victim.temp)
            active.remove(victim)
            alloc.registers[current.temp] = reg
            active.append(current)
        else:
            alloc.spilled.append(current.temp)
    return alloc
