"""Rewrite IR operations the Engine has no instruction for into what it has, before register allocation.

- and/or/xor, and shifts by a variable amount, become calls of the runtime's decimal routines
  (`__and __or __xor __shl __shr`); the back end keeps inline the cases decimal arithmetic does in a few
  cards: `shl x, k` (a multiplication by 2^k), `shr x, k` (a floor division), `and x, 2^k-1` (a floor
  remainder).
- alloc becomes a call of the runtime's malloc.
- A slot address used where the instruction needs a plain value (the right operand of a binary
  operation, either side of a comparison, the operand of a unary one, a branch condition, a printed or
  stored value, a switch's value, an indirect call's or tail call's target) gets a copy into a temp
  first (the back end materialises slot addresses with LEA). The left operand of arithmetic is the one
  place a slot address stays: it is what the result starts from, and instruction selection puts it
  there with LEA.
"""

from __future__ import annotations

from dataclasses import dataclass

from compilers.backend.liveness import Liveness, liveness
from compilers.ir.nodes import (
    Alloc,
    Binary,
    Branch,
    Call,
    Const,
    Copy,
    Function,
    Instr,
    Load,
    Module,
    Operand,
    Print,
    SlotRef,
    Store,
    Switch,
    Sym,
    TailCall,
    Temp,
    Unary,
    copy_instr,
)

_ROUTINES = {"and": "__and", "or": "__or", "xor": "__xor", "shl": "__shl", "shr": "__shr"}
# The instructions whose operands legalising may replace (below); SlotRef and these have no subclasses.
_OPERANDS_REPLACED = frozenset({Binary, Unary, Branch, Switch, Print, Store, Call, TailCall})


def low_mask_bits(value: int) -> int | None:
    """k when value is 2^k - 1 (k >= 1), else None."""
    if value >= 1 and (value & (value + 1)) == 0:
        return value.bit_length()
    return None


def inline_bitwise(instr: Binary) -> bool:
    """True when the back end does this bitwise operation inline."""
    if instr.op in ("shl", "shr"):
        return isinstance(instr.right, Const) and 0 <= instr.right.value <= 160
    if instr.op == "and":
        return any(
            isinstance(o, Const) and low_mask_bits(o.value) is not None for o in (instr.left, instr.right)
        )
    return False


class _Fresh:
    def __init__(self, fn: Function) -> None:
        self.n = 0
        self.taken: set[str] = {p.name for p in fn.params}
        for b in fn.blocks:
            for i in b.instrs:
                d = i.defs()
                if d is not None:
                    self.taken.add(d.name)

    def temp(self) -> Temp:
        while True:
            self.n += 1
            name = f"lg{self.n}"
            if name not in self.taken:
                self.taken.add(name)
                return Temp(name)


def legalize_function(fn: Function) -> None:
    fresh = _Fresh(fn)
    for block in fn.blocks:
        out: list[Instr] = []
        for instr in block.instrs:
            line = getattr(instr, "line", None)

            def plain(op: Operand, line: int | None = line, out: list[Instr] = out) -> Operand:
                if isinstance(op, SlotRef):
                    t = fresh.temp()
                    out.append(Copy(t, op, line))
                    return t
                return op

            if isinstance(instr, Binary) and instr.op in _ROUTINES and not inline_bitwise(instr):
                instr = Call(instr.dest, Sym(_ROUTINES[instr.op]), [instr.left, instr.right], line)
            elif isinstance(instr, Alloc):
                instr = Call(instr.dest, Sym("malloc"), [instr.size], line)
            elif type(instr) in _OPERANDS_REPLACED and any(type(op) is SlotRef for op in instr.uses()):
                # Changed on a copy: the driver keeps the optimised IR's instructions for its text form.
                instr = copy_instr(instr)
            if isinstance(instr, Binary):
                # The left operand of arithmetic may stay a slot address (copy propagation puts one
                # there): instruction selection loads it into the destination with LEA, one card, where
                # a copy into a temp first would cost a second card whenever the result is spilled.
                instr.right = plain(instr.right)
                if instr.op in ("eq", "ne", "lt", "le", "gt", "ge"):
                    instr.left = plain(instr.left)
            elif isinstance(instr, Unary | Branch | Print):
                if isinstance(instr, Unary):
                    instr.src = plain(instr.src)
                elif isinstance(instr, Branch):
                    instr.cond = plain(instr.cond)
                else:
                    instr.value = plain(instr.value)
            elif isinstance(instr, Store | Switch):
                instr.value = plain(instr.value)
            elif isinstance(instr, Call | TailCall) and not instr.direct:
                instr.target = plain(instr.target)
            out.append(instr)
        block.instrs = out


def legalize_module(module: Module) -> Module:
    for fn in module.functions:
        legalize_function(fn)
    return module


def select_addressing(module: Module) -> Module:
    """The last step before register allocation (after every IR pass and the interpreter's last look)."""
    for fn in module.functions:
        select_indexed(fn)
    return module


@dataclass(slots=True)
class IndexedLoad(Instr):
    """Back-end only: dest <- Store[index + sym + offset], the Engine's `[r+label+k]` operand."""

    dest: Temp
    sym: Sym
    index: Temp
    offset: int = 0
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.index]

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        raise AssertionError("indexed forms are made after the last IR pass")


@dataclass(slots=True)
class IndexedStore(Instr):
    """Back-end only: Store[index + sym + offset] <- value."""

    sym: Sym
    index: Temp
    value: Operand
    offset: int = 0
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.index, self.value]

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        raise AssertionError("indexed forms are made after the last IR pass")


def select_indexed(fn: Function) -> Liveness:
    """`%t = add @g, %x` read only by the next load or store, as its address, becomes one indexed
    load or store: `[x+g+offset]` costs no card of its own on the Engine.

    Returns the function's liveness, which holds for the result too: %t is dead after the load or
    store, so it was never live into or out of the block, and every other temp is read and written
    where it was."""
    live = liveness(fn)
    for block in fn.blocks:
        after: list[set[str]] | None = None  # computed for the blocks that have a candidate
        out: list[Instr] = []
        k = 0
        instrs = block.instrs
        while k < len(instrs):
            ins = instrs[k]
            pair: tuple[Sym, Temp] | None = None
            if type(ins) is Binary and ins.op == "add":
                if isinstance(ins.left, Sym) and isinstance(ins.right, Temp):
                    pair = (ins.left, ins.right)
                elif isinstance(ins.right, Sym) and isinstance(ins.left, Temp):
                    pair = (ins.right, ins.left)
            nxt = instrs[k + 1] if pair is not None and k + 1 < len(instrs) else None
            if (
                pair is not None
                and isinstance(ins, Binary)
                and isinstance(nxt, Load | Store)
                and nxt.addr == ins.dest
                and not (isinstance(nxt, Store) and nxt.value == ins.dest)
            ):
                if after is None:
                    after = live.live_after_block(block)
                if ins.dest.name not in after[k + 1]:
                    sym, index = pair
                    if isinstance(nxt, Load):
                        out.append(IndexedLoad(nxt.dest, sym, index, nxt.offset, nxt.line))
                    else:
                        out.append(IndexedStore(sym, index, nxt.value, nxt.offset, nxt.line))
                    k += 2
                    continue
            out.append(ins)
            k += 1
        block.instrs = out
    return live
