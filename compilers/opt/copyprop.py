"""Copy propagation within each block: after `%b = copy X`, uses of %b read X directly, until %b or X
is assigned again. (Constants are propagated across blocks by constprop; copies left dead are removed by
dce.)"""

from __future__ import annotations

from compilers.ir.nodes import Copy, Function, Operand, Temp


def propagate_copies(fn: Function) -> bool:
    changed = False
    for block in fn.blocks:
        copies: dict[Temp, Operand] = {}
        for instr in block.instrs:
            # A temp in `copies` never maps to itself, so an instruction reading one of them changes.
            if copies and any(type(u) is Temp and u in copies for u in instr.uses()):
                instr.replace_uses(copies)
                changed = True
            d = instr.defs()
            if d is not None:
                copies.pop(d, None)
                for k in [k for k, v in copies.items() if v == d]:
                    del copies[k]
                if isinstance(instr, Copy) and instr.src != d:
                    copies[d] = instr.src
    return changed
