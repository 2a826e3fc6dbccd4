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
        kind = type(instr)
        if kind is Copy:  # fold inlined for the commonest instruction
            name = instr.dest.name  # type: ignore[attr-defined]
            src = instr.src  # type: ignore[attr-defined]
            value = src.value if type(src) is Const else env.get(src.name) if type(src) is Temp else None
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
            continue
        if kind is Binary:
            # fold's first test inlined: most have an operand not known, and fold gives None then
            # (but for a product with a known 0).
            name = instr.dest.name  # type: ignore[attr-defined]
            left, right = instr.left, instr.right  # type: ignore[attr-defined]
            a = left.value if type(left) is Const else env.get(left.name) if type(left) is Temp else None
            b = right.value if type(right) is Const else env.get(right.name) if type(right) is Temp else None
            if a is None or b is None:
                if instr.op == "mul" and (a == 0 or b == 0):  # type: ignore[attr-defined]
                    env[name] = 0
                else:
                    env.pop(name, None)
                continue
            value = fold(instr, env)
        elif kind is Unary:
            name = instr.dest.name  # type: ignore[attr-defined]
            value = fold(instr, env)
        else:
            # Any other instruction's result is not known (fold knows only these three).
            d = instr.defs()
            if d is not None:
                env.pop(d.name, None)
            continue
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
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


def _reverse_postorder(first: str, succ: dict[str, list[str]]) -> dict[str, int]:
    """Each block's place in a reverse postorder of the graph from the entry (iteratively: a function
    may have thousands of blocks). succ: each block's successors."""
    order: list[str] = []
    seen = {first}
    stack = [(first, iter(succ[first]))]
    while stack:
        label, succs = stack[-1]
        for s in succs:
            if s not in seen and s in succ:
                seen.add(s)
                stack.append((s, iter(succ[s])))
                break
        else:
            stack.pop()
            order.append(label)
    order.reverse()
    return {label: place for place, label in enumerate(order)}


# Temps a block's state may hold when no liveness bounds it (analyse): past this, the states are kept
# to the live temps instead.
UNBOUNDED_STATE = 64


def analyse(fn: Function, live: Liveness | None = None) -> dict[str, Env]:
    """The constants known on entry to each block that can be reached, for the temps live there (what
    is known of a dead temp changes no rewrite: every path from the block to a use of it assigns it
    first). live may be a liveness that holds more temps than are live now (the optimiser's previous
    round's, whose later passes only removed uses): the temps kept beyond the live ones change nothing.

    Near-linear in the function's size: each block's state holds only its live temps, and blocks are
    visited in reverse postorder (a block after the blocks that reach it, but for back edges), so a
    block is visited about once per loop around it rather than once per path into it.

    Without a liveness, the states first hold every temp known (the same rewrites: finding the liveness
    was most of the work in a function's first round); a state of more than UNBOUNDED_STATE temps
    stops that, and the liveness is found after all."""
    blocks = {b.label: b for b in fn.blocks}
    # Each block's terminator and successors, found once (a block is visited once or more).
    terms: dict[str, Instr | None] = {}
    succ: dict[str, list[str]] = {}
    for label, block in blocks.items():
        term = terms[label] = block.terminator
        succ[label] = successors(term) if term is not None else []
    first = fn.blocks[0].label
    place = _reverse_postorder(first, succ)
    if live is None:
        found = _solve(blocks, terms, succ, first, place, None)
        if found is not None:
            return found
        live = liveness(fn)
    found = _solve(blocks, terms, succ, first, place, live.live_in)
    assert found is not None
    return found


def _solve(
    blocks: dict[str, Block],
    terms: dict[str, Instr | None],
    succ: dict[str, list[str]],
    first: str,
    place: dict[str, int],
    live_in: dict[str, set[str]] | None,
) -> dict[str, Env] | None:
    """analyse's states, each kept to the temps live_in holds of its block; live_in None: every temp
    known kept, or None once a state holds more than UNBOUNDED_STATE."""
    entry: dict[str, Env | None] = dict.fromkeys(blocks)
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
        if live_in is None and len(out) > UNBOUNDED_STATE:
            return None
        # The successors an edge can be taken to: a branch or a switch on a known value takes one.
        term = terms[label]
        feasible = succ[label]
        if type(term) is Branch:
            c = _value(term.cond, out)
            if c is not None:
                feasible = [term.if_true if c != 0 else term.if_false]
        elif type(term) is Switch:
            c = _value(term.value, out)
            if c is not None:
                feasible = [term.target(c)]
        for target in feasible:
            known = entry[target]
            if target == first:
                new: Env = {}
            elif live_in is None:
                new = dict(out) if known is None else {k: v for k, v in known.items() if out.get(k) == v}
            else:
                new = _meet(known, out, live_in.get(target))
            if known is None or new != known:
                entry[target] = new
                if target not in queued:
                    queued.add(target)
                    heappush(work, place[target])
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
