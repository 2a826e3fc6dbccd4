"""Address folding: constant offsets move into loads and stores, where the Engine's based operands
(`[B+3]`, `[B+table+1]`) give them for free.

- `%t = add %p, 3` then `load [%t]` becomes `load [%p+3]` (and likewise for `sub`, and for stores);
- `%u = add %j, 1` then `%t = add @table, %u` becomes `%v = add @table, %j` and `%t = add %v, 1`, so
  that the rule above applies and `a[j+1]` is read as `[j+a+1]`.

Both look back only within one block, and only while the temps they rely on are not assigned again.
"""

from __future__ import annotations

from compilers.ir.nodes import Binary, Const, Function, Instr, Load, Operand, Store, Sym, Temp


def _offset_form(instr: Instr) -> tuple[Operand, int] | None:
    """(base, c) when instr computes base + c with a constant c."""
    if not isinstance(instr, Binary):
        return None
    if instr.op == "add" and isinstance(instr.right, Const) and not isinstance(instr.left, Const):
        return instr.left, instr.right.value
    if instr.op == "add" and isinstance(instr.left, Const) and not isinstance(instr.right, Const):
        return instr.right, instr.left.value
    if instr.op == "sub" and isinstance(instr.right, Const) and not isinstance(instr.left, Const):
        return instr.left, -instr.right.value
    return None


def _definition(instrs: list[Instr], k: int, temp: Temp) -> tuple[int, Instr] | None:
    """The instruction before k in this block that last assigned temp, if its own operands still hold
    the same values at k."""
    for j in range(k - 1, -1, -1):
        if instrs[j].defs() == temp:
            used = {op for op in instrs[j].uses() if isinstance(op, Temp)}
            if any(instrs[m].defs() in used for m in range(j, k)):
                return None
            return j, instrs[j]
    return None


def _temp_names(fn: Function) -> set[str]:
    taken = {p.name for p in fn.params}
    for b in fn.blocks:
        for i in b.instrs:
            d = i.defs()
            if d is not None:
                taken.add(d.name)
    return taken


def fold_addresses(fn: Function) -> bool:
    changed = False
    taken: set[str] | None = None  # every temp's name, gathered when a fresh one is first needed
    counter = 0
    for block in fn.blocks:
        k = 0
        while k < len(block.instrs):
            instr = block.instrs[k]
            kind = type(instr)
            if kind is not Load and kind is not Store and kind is not Binary:
                k += 1
                continue
            if isinstance(instr, Load | Store) and isinstance(instr.addr, Temp):
                found = _definition(block.instrs, k, instr.addr)
                form = _offset_form(found[1]) if found else None
                if form is not None:
                    instr.addr, instr.offset = form[0], instr.offset + form[1]
                    changed = True
                    continue
            if (
                isinstance(instr, Binary)
                and instr.op == "add"
                and isinstance(instr.left, Sym)
                and isinstance(instr.right, Temp)
            ) or (
                isinstance(instr, Binary)
                and instr.op == "add"
                and isinstance(instr.right, Sym)
                and isinstance(instr.left, Temp)
            ):
                sym, index = (
                    (instr.left, instr.right) if isinstance(instr.left, Sym) else (instr.right, instr.left)
                )
                assert isinstance(index, Temp)
                found = _definition(block.instrs, k, index)
                form = _offset_form(found[1]) if found else None
                if form is not None and isinstance(form[0], Temp) and form[1] != 0:
                    if taken is None:
                        taken = _temp_names(fn)
                    while True:
                        counter += 1
                        name = f"addr{counter}"
                        if name not in taken:
                            taken.add(name)
                            break
                    base = Temp(name)
                    block.instrs[k : k + 1] = [
                        Binary("add", base, sym, form[0], instr.line),
                        Binary("add", instr.dest, base, Const(form[1]), instr.line),
                    ]
                    changed = True
                    continue
            k += 1
    return changed
