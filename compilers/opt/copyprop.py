"""Copy propagation within each block: after `%b = copy X`, uses of %b read X directly, until %b or X
is assigned again. (Constants are propagated across blocks by constprop; copies left dead are removed by
dce.)"""

from __future__ import annotations

from compilers.ir.nodes import Copy, Function, Operand, Temp, Unary


def propagate_copies(fn: Function) -> bool:
    changed = False
    for block in fn.blocks:
        copies: dict[Temp, Operand] = {}
        # X -> the temps once copied from X (each still is while copies maps it to X): assigning X
        # forgets those without a search of every copy (a block of thousands of instructions).
        readers: dict[Temp, list[Temp]] = {}
        for instr in block.instrs:
            kind = type(instr)
            # A temp in `copies` never maps to itself, so an instruction reading one of them changes.
            if copies:
                if kind is Copy or kind is Unary:  # one operand, read directly
                    src = instr.src  # type: ignore[attr-defined]
                    if type(src) is Temp and src in copies:
                        instr.src = copies[src]  # type: ignore[attr-defined]
                        changed = True
                elif any(type(u) is Temp and u in copies for u in instr.uses()):
                    instr.replace_uses(copies)
                    changed = True
            if kind is Copy:
                d = instr.dest  # type: ignore[attr-defined]
            else:
                d = instr.defs()
            if d is not None:
                copies.pop(d, None)
                for k in readers.pop(d, ()):
                    if copies.get(k) == d:
                        del copies[k]
                if isinstance(instr, Copy) and instr.src != d:
                    copies[d] = instr.src
                    if type(instr.src) is Temp:
                        readers.setdefault(instr.src, []).append(d)
    return changed
