"""Slot promotion: a one-word slot that is only ever loaded and stored directly becomes a temp.

A C local whose address is never taken lives in a slot when lowered plainly; promoted, the register
allocator can keep it in a register. The IR is not SSA, so no phi functions are needed: every store
becomes a copy into the temp and every load a copy out of it.
"""

from __future__ import annotations

from compilers.ir.nodes import Copy, Function, Load, SlotRef, Store, Temp


def promotable(fn: Function) -> set[str]:
    candidates = {s.name for s in fn.slots if s.size == 1}
    for block in fn.blocks:
        for instr in block.instrs:
            direct: SlotRef | None = None
            if isinstance(instr, Load | Store) and isinstance(instr.addr, SlotRef) and instr.offset == 0:
                direct = instr.addr
            for op in instr.uses():
                if isinstance(op, SlotRef) and not (
                    op is direct
                    and isinstance(instr, Load | Store)
                    and (isinstance(instr, Load) or instr.value != op)
                ):
                    candidates.discard(op.name)
            if isinstance(instr, Load | Store) and isinstance(instr.addr, SlotRef) and instr.offset != 0:
                candidates.discard(instr.addr.name)
    return candidates


def promote_slots(fn: Function) -> bool:
    names = promotable(fn)
    if not names:
        return False
    taken = {p.name for p in fn.params}
    for block in fn.blocks:
        for instr in block.instrs:
            d = instr.defs()
            if d is not None:
                taken.add(d.name)
    temps: dict[str, Temp] = {}
    for name in sorted(names):
        candidate = name
        while candidate in taken:
            candidate += ".s"
        taken.add(candidate)
        temps[name] = Temp(candidate)
    for block in fn.blocks:
        for i, instr in enumerate(block.instrs):
            if isinstance(instr, Load) and isinstance(instr.addr, SlotRef) and instr.addr.name in temps:
                block.instrs[i] = Copy(instr.dest, temps[instr.addr.name], instr.line)
            elif isinstance(instr, Store) and isinstance(instr.addr, SlotRef) and instr.addr.name in temps:
                block.instrs[i] = Copy(temps[instr.addr.name], instr.value, instr.line)
    fn.slots = [s for s in fn.slots if s.name not in names]
    return True
