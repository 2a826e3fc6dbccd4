"""Constant propagation and folding over the control-flow graph, with branch folding.

A forward dataflow: at each point, the temps known to hold one constant. Blocks are visited only when
an edge that can be taken reaches them (a branch on a known condition follows one edge), so code
guarded by a constant condition is never considered. Then every use of a known temp becomes the
constant, operations on constants become copies of their value, and known branches and switches become
jumps.
Algebraic identities (x+0, x*1, x*0, x-0, x/1) simplify too.
"""

from __future__ import annotations

from heapq import heappop, heappush

from compilers.backend.liveness import Liveness, liveness
from compilers.ir.interp import _Stop, binary, unary
from compilers.ir.nodes import (
    Binary,
    Block,
    Branch,
    Const,
    Copy,
    Function,
    Instr,
    Jump,
    Operand,
    Switch,
    Temp,
    Unary,
    successors,
)

Env = dict[str, int]


def _value(op: Operand, env: Env) -> int | None:
    if type(op) is Const:  # operand classes have no subclasses: `type() is` is the cheap test
        return op.value
    if type(op) is Temp:
        return env.get(op.name)
    return None


def fold(instr: Instr, env: Env) -> int | None:
    """The constant an instruction computes, when its operands are known and it cannot trap."""
    try:
        if type(instr) is Copy:
            return _value(instr.src, env)
        if type(instr) is Unary:
            a = _value(instr.src, env)
            return None if a is None else unary(instr.op, a)
        if type(instr) is Binary:
            # _value inlined: this is the optimiser's innermost loop.
            left, right = instr.left, instr.right
            a = left.value if type(left) is Const else env.get(left.name) if type(left) is Temp else None
            b = right.value if type(right) is Const else env.get(right.name) if type(right) is Temp else None
            if a is None or b is None:
                if instr.op == "mul" and (a == 0 or b == 0):
                    return 0
                return None
            return binary(instr.op, a, b)
    except _Stop:
        return None  # the operation traps at run time: leave it to do so
    return None


def _transfer(block: Block, env: Env) -> Env:
    env = dict(env)
    for instr in block.instrs:
        if type(instr) is Copy:  # fold inlined for the commonest instruction
            name = instr.dest.name
            src = instr.src
            value = src.value if type(src) is Const else env.get(src.name) if type(src) is Temp else None
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
            continue
        d = instr.defs()
        if d is not None:
            value = fold(instr, env)
            if value is None:
                env.pop(d.name, None)
            else:
                env[d.name] = value
    return env


_ZERO = Const(0)
_ONE = Const(1)


def _meet(a: Env | None, b: Env, live: set[str] | None) -> Env:
    """What holds on entry to a block reached with `b`, given what held before (a; None: not reached
    yet), kept to the temps live there (live None: not known, all kept)."""
    if a is None:
        if live is None:
            return dict(b)
        if len(live) < len(b):
            return {k: b[k] for k in live if k in b}
        return {k: v for k, v in b.items() if k in live}
    return {k: v for k, v in a.items() if b.get(k) == v}


def _feasible(block: Block, env: Env) -> list[str]:
    term = block.terminator
    if term is None:
        return []
    if isinstance(term, Branch):
        c = _value(term.cond, env)
        if c is not None:
            return [term.if_true if c != 0 else term.if_false]
    elif isinstance(term, Switch):
        c = _value(term.value, env)
        if c is not None:
            return [term.target(c)]
    return successors(term)


def _reverse_postorder(fn: Function, blocks: dict[str, Block]) -> dict[str, int]:
    """Each block's place in a reverse postorder of the graph from the entry (iteratively: a function
    may have thousands of blocks)."""
    first = fn.blocks[0].label
    order: list[str] = []
    seen = {first}
    stack = [(first, iter(_successors(blocks[first])))]
    while stack:
        label, succs = stack[-1]
        for s in succs:
            if s not in seen and s in blocks:
                seen.add(s)
                stack.append((s, iter(_successors(blocks[s]))))
                break
        else:
            stack.pop()
            order.append(label)
    order.reverse()
    return {label: place for place, label in enumerate(order)}


def _successors(block: Block) -> list[str]:
    term = block.terminator
    return successors(term) if term is not None else []


def analyse(fn: Function, live: Liveness | None = None) -> dict[str, Env]:
    """The constants known on entry to each block that can be reached, for the temps live there (what
    is known of a dead temp changes no rewrite: every path from the block to a use of it assigns it
    first). live may be a liveness that holds more temps than are live now (the optimiser's previous
    round's, whose later passes only removed uses): the temps kept beyond the live ones change nothing.

    Near-linear in the function's size: each block's state holds only its live temps, and blocks are
    visited in reverse postorder (a block after the blocks that reach it, but for back edges), so a
    block is visited about once per loop around it rather than once per path into it."""
    live = live or liveness(fn)
    blocks = {b.label: b for b in fn.blocks}
    entry: dict[str, Env | None] = dict.fromkeys(blocks)
    place = _reverse_postorder(fn, blocks)
    first = fn.blocks[0].label
    entry[first] = {}
    work = [place[first]]
    labels = {index: label for label, index in place.items()}
    queued = {first}  # what `work` holds, for the membership test
    while work:
        label = labels[heappop(work)]
        queued.discard(label)
        state = entry[label]
        assert state is not None
        out = _transfer(blocks[label], state)
        for succ in _feasible(blocks[label], out):
            new = _meet(entry[succ], out, live.live_in.get(succ)) if succ != first else {}
            if entry[succ] is None or new != entry[succ]:
                entry[succ] = new
                if succ not in queued:
                    queued.add(succ)
                    heappush(work, place[succ])
    return {k: v for k, v in entry.items() if v is not None}


def _simplify(instr: Binary) -> Operand | None:
    """x+0, 0+x, x-0, x*1, 1*x, x/1: the operand the result equals."""
    left, right = instr.left, instr.right
    op = instr.op
    if op == "add" or op == "sub":
        if right == _ZERO:
            return left
        if op == "add" and left == _ZERO:
            return right
    elif op == "mul" or op == "div":
        if right == _ONE:
            return left
        if op == "mul" and left == _ONE:
            return right
    return None


def propagate_constants(fn: Function, live: Liveness | None = None) -> bool:
    """live: the function's liveness as it is now, when the caller has it."""
    states = analyse(fn, live)
    changed = False
    for block in fn.blocks:
        if block.label not in states:
            continue
        env = dict(states[block.label])
        instrs = block.instrs
        for i, instr in enumerate(instrs):
            if type(instr) is Copy:  # the commonest instruction, as the general case below does it
                name = instr.dest.name
                src = instr.src
                if type(src) is Temp:
                    value = env.get(src.name)
                    if value is not None:
                        instr.src = Const(value)
                        changed = True
                        env[name] = value
                    else:
                        env.pop(name, None)
                elif type(src) is Const:
                    env[name] = src.value
                else:
                    env.pop(name, None)
                continue
            if env:
                known: dict[Temp, Operand] | None = None
                for u in instr.uses():
                    if type(u) is Temp:
                        value = env.get(u.name)
                        if value is not None:
                            if known is None:
                                known = {}
                            known[u] = Const(value)
                if known:
                    instr.replace_uses(known)
                    changed = True
            d = instr.defs()
            if d is not None:
                value = fold(instr, env)
                if value is None:
                    env.pop(d.name, None)
                    if type(instr) is Binary:
                        same = _simplify(instr)
                        if same is not None:
                            instrs[i] = Copy(d, same, instr.line)
                            changed = True
                else:
                    env[d.name] = value
                    if not (type(instr) is Copy and instr.src == Const(value)):
                        instrs[i] = Copy(d, Const(value), instr.line)  # type: ignore[attr-defined]
                        changed = True
            elif type(instr) is Branch and type(instr.cond) is Const:
                target = instr.if_true if instr.cond.value != 0 else instr.if_false
                instrs[i] = Jump(target, instr.line)
                changed = True
            elif type(instr) is Switch and type(instr.value) is Const:
                instrs[i] = Jump(instr.target(instr.value.value), instr.line)
                changed = True
    return changed
