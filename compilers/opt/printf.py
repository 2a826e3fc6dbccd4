"""printf, puts and putchar with a constant format become the printing cards themselves (-O1).

`printf("%d\\n", x)` through the runtime's printf walks the format at run time, a few hundred cards a
call; the same output is `print %x` and `printc 10`. This pass rewrites a call when:

- the format is a `const` global holding one string, made only of plain characters, `%d` `%i` `%ld` `%c`
  `%s` and `%%` (no width, no flags: those still go to the runtime);
- the variadic block is a slot used by nothing but this call and the stores that fill it, in the same
  block before the call;
- the call's result is never read (printf's count is rarely used; when it is, the call stays).
"""

from __future__ import annotations

import re

from compilers.ir.nodes import (
    Call,
    Const,
    Function,
    Global,
    Instr,
    Module,
    Operand,
    Print,
    SlotRef,
    Store,
    Sym,
    Temp,
)

_SPEC = re.compile(r"%(l{0,2}[di]|[cs%])")


def _pieces(fmt: str) -> list[tuple[str, str]] | None:
    """("text", chars) and ("conv", letter) pieces, or None when the format needs the runtime."""
    pieces: list[tuple[str, str]] = []
    i = 0
    while i < len(fmt):
        j = fmt.find("%", i)
        if j < 0:
            pieces.append(("text", fmt[i:]))
            break
        if j > i:
            pieces.append(("text", fmt[i:j]))
        m = _SPEC.match(fmt, j)
        if m is None:
            return None
        pieces.append(("conv", m.group(1)[-1]))
        i = m.end()
    return pieces


def _const_string(module: Module, op: Operand) -> str | None:
    if not isinstance(op, Sym):
        return None
    g: Global | None = module.global_(op.name)
    if g is None or not g.const or len(g.init) != 1 or not isinstance(g.init[0], str):
        return None
    return g.init[0]


def _used_temps(fn: Function) -> set[str]:
    return {op.name for b in fn.blocks for i in b.instrs for op in i.uses() if isinstance(op, Temp)}


def _slot_uses(fn: Function, name: str) -> int:
    return sum(1 for b in fn.blocks for i in b.instrs for op in i.uses() if op == SlotRef(name))


def _printing(text: str, line: int | None) -> list[Instr]:
    return [Print("char", Const(ord(ch)), line) for ch in text]


def _rewrite(module: Module, fn: Function, instrs: list[Instr], k: int, used: set[str]) -> list[Instr] | None:
    call = instrs[k]
    assert isinstance(call, Call) and isinstance(call.target, Sym)
    if call.dest is not None and call.dest.name in used:
        return None
    name, line = call.target.name, call.line
    if name == "putchar" and len(call.args) == 1:
        return [Print("char", call.args[0], line)]
    if name == "puts" and len(call.args) == 1:
        text = _const_string(module, call.args[0])
        return None if text is None else _printing(text + "\n", line)
    if name != "printf" or len(call.args) != 2:
        return None
    fmt = _const_string(module, call.args[0])
    pieces = _pieces(fmt) if fmt is not None else None
    if pieces is None:
        return None
    wanted = sum(1 for kind, text in pieces if kind == "conv" and text != "%")
    block_arg = call.args[1]
    values: dict[int, Operand] = {}
    if wanted:
        if not isinstance(block_arg, SlotRef) or _slot_uses(fn, block_arg.name) != wanted + 1:
            return None
        changed_since: set[Temp] = set()  # temps assigned between a store and the call
        for j in range(k - 1, -1, -1):  # the stores that fill the block, nearest first
            ins = instrs[j]
            if isinstance(ins, Store) and ins.addr == block_arg and ins.offset not in values:
                if ins.value in changed_since:
                    return None  # the value printed must be the one stored
                values[ins.offset] = ins.value
            d = ins.defs()
            if d is not None:
                changed_since.add(d)
        if sorted(values) != list(range(wanted)):
            return None
    out: list[Instr] = []
    index = 0
    for kind, text in pieces:
        if kind == "text":
            out.extend(_printing(text, line))
        elif text == "%":
            out.append(Print("char", Const(37), line))
        else:
            value = values[index]
            index += 1
            if text in "di":
                out.append(Print("int", value, line))
            elif text == "c":
                out.append(Print("char", value, line))
            else:
                out.append(Call(None, Sym("__print_str"), [value], line))
    return out


_OUTPUT = frozenset({"printf", "puts", "putchar"})


def specialise_output(module: Module) -> list[int]:
    """Rewrite every eligible call in the module; the program's own printf/puts/putchar are left alone.
    The indices of the functions rewritten (empty: nothing changed)."""
    if any(module.function(n) is not None for n in _OUTPUT):
        return []
    changed: list[int] = []
    for index, fn in enumerate(module.functions):
        used: set[str] | None = None  # found at the function's first call of one of them, if any
        for block in fn.blocks:
            k = 0
            while k < len(block.instrs):
                ins = block.instrs[k]
                replacement = None
                if isinstance(ins, Call) and isinstance(ins.target, Sym) and ins.target.name in _OUTPUT:
                    if used is None:
                        used = _used_temps(fn)
                    replacement = _rewrite(module, fn, block.instrs, k, used)
                if replacement is None:
                    k += 1
                    continue
                slot = ins.args[1] if isinstance(ins, Call) and len(ins.args) == 2 else None
                block.instrs[k : k + 1] = replacement
                if not changed or changed[-1] != index:
                    changed.append(index)
                if isinstance(slot, SlotRef):
                    block.instrs = [i for i in block.instrs if not (isinstance(i, Store) and i.addr == slot)]
                    fn.slots = [s for s in fn.slots if s.name != slot.name]
                    k = 0
                else:
                    k += len(replacement)
    return changed
