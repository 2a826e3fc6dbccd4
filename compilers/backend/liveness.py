"""Liveness of temps over the control-flow graph (loops included): the classic backward dataflow,
solved with a worklist (a block is revisited only when a successor's live-in set grew). Used by register
allocation, dead-code elimination and branch fusion."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.ir.nodes import Binary, Block, Copy, Function, Instr, Load, Temp, Unary, successors


def instr_uses(instr: Instr) -> set[str]:
    return {op.name for op in instr.uses() if type(op) is Temp}


def instr_def(instr: Instr) -> str | None:
    d = instr.defs()
    return d.name if d is not None else None


@dataclass(slots=True)
class Liveness:
    live_in: dict[str, set[str]]
    live_out: dict[str, set[str]]

    def live_after(self, fn: Function, label: str) -> list[set[str]]:
        """For each instruction of the block, the temps live just after it."""
        return self.live_after_block(fn.block(label))

    def live_after_block(self, block: Block) -> list[set[str]]:
        """For each instruction of the block, the temps live just after it (the block given itself:
        finding it by label is a search of the function's blocks)."""
        live = set(self.live_out[block.label])
        after: list[set[str]] = []
        for instr in reversed(block.instrs):
            after.append(set(live))
            d = instr.defs()
            if d is not None:
                live.discard(d.name)
            for op in instr.uses():
                if type(op) is Temp:
                    live.add(op.name)
        after.reverse()
        return after


def liveness(fn: Function) -> Liveness:
    gen: dict[str, set[str]] = {}
    kill: dict[str, set[str]] = {}
    preds: dict[str, list[str]] = {b.label: [] for b in fn.blocks}
    succ: dict[str, list[str]] = {}
    temp = Temp  # a local name: this loop visits every instruction, several times per compile
    for block in fn.blocks:
        g: set[str] = set()
        k: set[str] = set()
        for instr in block.instrs:
            # The commonest instructions read their operands' fields directly (Temp has no subclasses):
            # uses() and defs() are two calls and a list for each of the optimiser's many visits.
            kind = type(instr)
            if kind is Binary:
                op = instr.left  # type: ignore[attr-defined]
                if type(op) is temp and op.name not in k:
                    g.add(op.name)
                op = instr.right  # type: ignore[attr-defined]
                if type(op) is temp and op.name not in k:
                    g.add(op.name)
                k.add(instr.dest.name)  # type: ignore[attr-defined]
            elif kind is Copy or kind is Unary:
                op = instr.src  # type: ignore[attr-defined]
                if type(op) is temp and op.name not in k:
                    g.add(op.name)
                k.add(instr.dest.name)  # type: ignore[attr-defined]
            elif kind is Load:
                op = instr.addr  # type: ignore[attr-defined]
                if type(op) is temp and op.name not in k:
                    g.add(op.name)
                k.add(instr.dest.name)  # type: ignore[attr-defined]
            else:
                for op in instr.uses():
                    if type(op) is temp and op.name not in k:
                        g.add(op.name)
                d = instr.defs()
                if d is not None:
                    k.add(d.name)
        label = block.label
        gen[label], kill[label] = g, k
        term = block.terminator
        succ[label] = successors(term) if term is not None else []
        for s in succ[label]:
            if s in preds:
                preds[s].append(label)
    live_in: dict[str, set[str]] = {b.label: set() for b in fn.blocks}
    live_out: dict[str, set[str]] = {b.label: set() for b in fn.blocks}
    # A worklist, seeded in reverse layout order (most blocks settle in one visit).
    work = [b.label for b in fn.blocks]
    queued = set(work)
    while work:
        label = work.pop()
        queued.discard(label)
        out: set[str] = set()
        for s in succ[label]:
            if s in live_in:
                out |= live_in[s]
        live_out[label] = out
        new_in = gen[label] | (out - kill[label])
        if new_in != live_in[label]:
            live_in[label] = new_in
            for p in preds[label]:
                if p not in queued:
                    queued.add(p)
                    work.append(p)
    return Liveness(live_in, live_out)
