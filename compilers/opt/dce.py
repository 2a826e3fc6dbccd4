"""Dead-code elimination: an instruction with no effect but its result goes when nothing reads the
result (liveness over the CFG). Loads and divisions stay when they could trap on purpose: a division
by a variable, or one by zero."""

from __future__ import annotations

from compilers.backend.liveness import Liveness, liveness
from compilers.ir.nodes import Binary, Const, Copy, Function, HeapInfo, Instr, Load, Temp, Unary


def _pure(instr: Instr) -> bool:
    if isinstance(instr, Binary) and instr.op in ("div", "rem"):
        return isinstance(instr.right, Const) and instr.right.value != 0
    return isinstance(instr, Copy | Unary | Binary | Load | HeapInfo)


def eliminate_dead_code(fn: Function, live: Liveness | None = None) -> bool:
    """live may be one computed before coalesce_copies ran: coalescing renames only temps that are not
    live out of their block, so the blocks' live-out sets it gives are still right."""
    changed = False
    live = live or liveness(fn)
    for block in fn.blocks:
        alive = set(live.live_out[block.label])
        kept: list[Instr] = []
        for instr in reversed(block.instrs):
            kind = type(instr)
            if kind is Copy:  # the commonest instruction, its fields read directly
                d = instr.dest  # type: ignore[attr-defined]
                src = instr.src  # type: ignore[attr-defined]
                if d.name not in alive or src == d:
                    changed = True
                    continue
                alive.discard(d.name)
                if type(src) is Temp:
                    alive.add(src.name)
                kept.append(instr)
                continue
            d = instr.defs()
            if d is not None and d.name not in alive and _pure(instr):
                changed = True
                continue
            if d is not None:
                alive.discard(d.name)
            for op in instr.uses():
                if type(op) is Temp:
                    alive.add(op.name)
            kept.append(instr)
        kept.reverse()
        block.instrs = kept
    return changed


def _defines_then_copies(instrs: list[Instr]) -> bool:
    """Whether an instruction is followed by a copy of the temp it defines (a test of the next one's
    kind first: most are no copy)."""
    for k in range(1, len(instrs)):
        second = instrs[k]
        if type(second) is Copy:
            d = instrs[k - 1].defs()
            if d is not None and second.src == d:
                return True
    return False


def coalesce_copies(fn: Function, live: Liveness | None = None) -> bool:
    """`%t = OP ...` then `%x = copy %t`, with %t dead afterwards, becomes `%x = OP ...`: the temp the
    front-end made for an expression's value disappears into the variable it was assigned to."""
    candidates = [b for b in fn.blocks if _defines_then_copies(b.instrs)]
    if not candidates:
        return False
    changed = False
    live = live or liveness(fn)
    for block in candidates:
        after = live.live_after_block(block)
        for k in range(len(block.instrs) - 1):
            first, second = block.instrs[k], block.instrs[k + 1]
            d = first.defs()
            if (
                d is not None
                and isinstance(second, Copy)
                and second.src == d
                and second.dest != d
                and d.name not in after[k + 1]
                and hasattr(first, "dest")
            ):
                first.dest = second.dest
                second.src = second.dest  # now `%x = copy %x`: removed by eliminate_dead_code
                changed = True
    return changed
