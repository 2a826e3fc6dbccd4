"""Warnings found by following values through a function's control-flow graph: a variable read before it
is set (a C local), and a loop whose condition nothing in the loop can change."""

from __future__ import annotations

from compilers.analysis import calls, cfg
from compilers.ir.nodes import (
    Binary,
    Branch,
    Call,
    Copy,
    Function,
    Halt,
    Instr,
    Module,
    Sym,
    TailCall,
    Temp,
    Unary,
)


def instruction_lines(fn: Function) -> dict[int, int | None]:
    """id(instruction) -> the source line it belongs to: its own, else the last one before it in the
    function's text (the IR's printer writes `.line N` only where the line changes)."""
    lines: dict[int, int | None] = {}
    current = fn.line
    for block in fn.blocks:
        for ins in block.instrs:
            current = getattr(ins, "line", None) or current
            lines[id(ins)] = current
    return lines


def _variable(temp: Temp) -> str:
    """A C local's name from its temp's (`s`, or `s.2` for a second `s` in an inner scope)."""
    return temp.name.split(".", 1)[0]


def used_before_set(fn: Function) -> list[tuple[str, int | None]]:
    """(variable, line) for each temp that some path from the entry reads before any instruction sets
    it: a must-be-set analysis (a temp counts as set where every path to it has set it). Only the temps
    a block reads before setting them itself are followed (the compiler's own temps are set and read
    in one block), as bits of one integer per block, so that a long function costs little."""
    g = cfg.graph(fn)
    blocks = {b.label: b for b in fn.blocks if b.label in g.edges}
    order = cfg.reverse_postorder(g)
    preds: dict[str, list[str]] = {label: [] for label in g.edges}
    for label, targets in g.edges.items():
        for t in targets:
            preds[t].append(label)
    params = {p.temp for p in fn.params}
    bit: dict[Temp, int] = {}
    for label in order:
        seen: set[Temp] = set()
        for ins in blocks[label].instrs:
            for op in ins.uses():
                if isinstance(op, Temp) and op not in seen and op not in params and op not in bit:
                    bit[op] = 1 << len(bit)
            if (d := ins.defs()) is not None:
                seen.add(d)
    if not bit:
        return []
    sets = {label: _bits(blocks[label].instrs, bit) for label in order}
    everything = (1 << len(bit)) - 1
    set_out = dict.fromkeys(order, everything)
    changed = True
    while changed:
        changed = False
        for label in order:
            out = _came(label, g.entry, preds, set_out, everything) | sets[label]
            if out != set_out[label]:
                set_out[label], changed = out, True
    lines = instruction_lines(fn)
    found: dict[str, int | None] = {}
    for label in order:
        now = _came(label, g.entry, preds, set_out, everything)
        for ins in blocks[label].instrs:
            for op in ins.uses():
                if isinstance(op, Temp) and op in bit and not now & bit[op]:
                    line = lines.get(id(ins))
                    name = _variable(op)
                    if name not in found or (line or 0) < (found[name] or 0):
                        found[name] = line
            if (d := ins.defs()) is not None and d in bit:
                now |= bit[d]
    return sorted(found.items(), key=lambda item: (item[1] or 0, item[0]))


def _bits(instrs: list[Instr], bit: dict[Temp, int]) -> int:
    """The followed temps a block sets, as bits."""
    found = 0
    for ins in instrs:
        if (d := ins.defs()) is not None and d in bit:
            found |= bit[d]
    return found


def _came(
    label: str, entry: str, preds: dict[str, list[str]], set_out: dict[str, int], everything: int
) -> int:
    """What every path into the block has set: the intersection of its predecessors' (none at the entry)."""
    if label == entry:
        return 0
    found = everything
    for p in preds[label]:
        found &= set_out[p]
    return found


def halting(module: Module, library: Module) -> set[str]:
    """The functions of the program and of its runtime library that can stop the Engine (`exit`): those
    with a HALT, and those that call one of them or call through a value (whose callee is not known)."""
    functions = {fn.name: fn for fn in [*library.functions, *module.functions]}
    stops = {name for name, fn in functions.items() if _halts_itself(fn)}
    callers = {name: calls.direct_callees(fn) for name, fn in functions.items()}
    changed = True
    while changed:
        changed = False
        for name, callees in callers.items():
            if name not in stops and any(c in stops or c not in functions for c in callees):
                stops.add(name)
                changed = True
    return stops


def _halts_itself(fn: Function) -> bool:
    return any(
        isinstance(ins, Halt) or (isinstance(ins, Call | TailCall) and not isinstance(ins.target, Sym))
        for block in fn.blocks
        for ins in block.instrs
    )


def _may_stop(instrs: list[Instr], stops: set[str]) -> bool:
    return any(
        isinstance(ins, Call | TailCall) and (not isinstance(ins.target, Sym) or ins.target.name in stops)
        for ins in instrs
    )


def unchanging_loops(fn: Function, stops: set[str]) -> list[tuple[int | None, list[str]]]:
    """(line, variables) for each loop that can leave only by one branch whose condition nothing in the
    loop changes: once entered, it never ends. Sound on the IR: a temp changes only where an instruction
    sets it; what a load, a call or an input gives is taken to change every time; a loop that calls a
    function that can stop the Engine (`stops`, from `halting`) may end there and is not reported. A
    condition that reads no variable (`while (1)`) is meant to loop and is not reported either."""
    g = cfg.graph(fn)
    blocks = {b.label: b for b in fn.blocks if b.label in g.edges}
    lines = instruction_lines(fn)
    found: list[tuple[int | None, list[str]]] = []
    counts = _definition_counts(fn)
    for body in cfg.loops(g).values():
        exits = [(label, t) for label in body for t in g.edges[label] if t not in body]
        if len(exits) != 1 or any(label in g.exits for label in body):
            continue
        term = blocks[exits[0][0]].terminator
        if not isinstance(term, Branch) or not isinstance(term.cond, Temp):
            continue
        instrs: list[Instr] = [ins for label in body for ins in blocks[label].instrs]
        if _may_stop(instrs, stops):
            continue
        variant = _variant_temps(instrs, counts)
        if term.cond in variant:
            continue
        reads = _reads(term.cond, instrs)
        if reads:
            found.append((lines.get(id(term)), sorted({_variable(t) for t in reads})))
    return found


def _definition_counts(fn: Function) -> dict[Temp, int]:
    counts: dict[Temp, int] = {}
    for block in fn.blocks:
        for ins in block.instrs:
            if (d := ins.defs()) is not None:
                counts[d] = counts.get(d, 0) + 1
    return counts


def _variant_temps(instrs: list[Instr], counts: dict[Temp, int]) -> set[Temp]:
    """The temps a loop's instructions may give a new value each round. A temp set in the loop is known
    not to change only when it is set once in the whole function, by arithmetic on what does not change
    (the compiler's temps for a condition): one set twice (`i = i + 1`, or before the loop and in it)
    may change. Grown to a fixed point from none known."""
    inside = {d for ins in instrs if (d := ins.defs()) is not None}
    steady: set[Temp] = set()
    changed = True
    while changed:
        changed = False
        for ins in instrs:
            d = ins.defs()
            if d is None or d in steady or counts[d] != 1 or not isinstance(ins, Copy | Unary | Binary):
                continue
            if all(not isinstance(op, Temp) or op not in inside or op in steady for op in ins.uses()):
                steady.add(d)
                changed = True
    return inside - steady


def _reads(cond: Temp, instrs: list[Instr]) -> set[Temp]:
    """The temps set outside the loop that the condition is worked out from (through the loop's own
    pure instructions): the program's variables the condition reads."""
    defined = {d: ins for ins in instrs if (d := ins.defs()) is not None}
    seen: set[Temp] = set()
    outside: set[Temp] = set()
    todo = [cond]
    while todo:
        temp = todo.pop()
        if temp in seen:
            continue
        seen.add(temp)
        ins = defined.get(temp)
        if ins is None:
            outside.add(temp)
            continue
        todo.extend(op for op in ins.uses() if isinstance(op, Temp))
    return outside


__all__ = ["halting", "instruction_lines", "unchanging_loops", "used_before_set"]
