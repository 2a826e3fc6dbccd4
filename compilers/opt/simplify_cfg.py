"""Control-flow clean-up: drop unreachable blocks, skip blocks that only jump on (from jumps, branches
and switches), drop a switch's cases that go where its default goes, merge a block into
its only predecessor when that predecessor jumps straight to it, and copy a loop's small test block
into the blocks that jump to it (loop inversion: the loop's back edge then tests and branches at once,
saving the jump on every iteration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from compilers.ir.nodes import (
    Binary,
    Branch,
    Copy,
    Function,
    Jump,
    Operand,
    Switch,
    Temp,
    Unary,
    copy_instr,
    retarget,
    successors,
)

if TYPE_CHECKING:
    from compilers.backend.liveness import Liveness

MAX_DUPLICATED = 4  # instructions of a test block worth copying into each predecessor


def _reachable(fn: Function) -> set[str]:
    blocks = {b.label: b for b in fn.blocks}
    seen = {fn.blocks[0].label}
    work = [fn.blocks[0].label]
    while work:
        term = blocks[work.pop()].terminator
        for s in successors(term) if term is not None else []:
            if s not in seen:
                seen.add(s)
                work.append(s)
    return seen


def duplicate_tests(fn: Function, live: Liveness | None = None) -> bool:
    """`jmp H` where H is a few plain instructions ending in a branch becomes a copy of H. The IR is
    not SSA, so a copy needs no renaming. live: the function's liveness as it is now, when the caller
    has it."""
    from compilers.backend.liveness import liveness

    changed = False
    entry = fn.blocks[0].label
    tests = {
        b.label: b
        for b in fn.blocks
        if b.label != entry
        and 1 < len(b.instrs) <= MAX_DUPLICATED
        and isinstance(b.instrs[-1], Branch)
        and all(isinstance(i, Binary | Copy | Unary) for i in b.instrs[:-1])
    }
    wanted = {t.target for b in fn.blocks if isinstance(t := b.terminator, Jump) and t.target != b.label}
    if not wanted & set(tests):
        return False
    live = live or liveness(fn)
    taken = {p.name for p in fn.params} | {d.name for blk in fn.blocks for i in blk.instrs if (d := i.defs())}
    counter = 0
    for b in fn.blocks:
        term = b.terminator
        if isinstance(term, Jump) and term.target in tests and term.target != b.label:
            test = tests[term.target]
            # Temps the test computes for itself get fresh names in each copy, so that each copy's
            # values have short live ranges of their own.
            local = (
                {d.name for i in test.instrs if (d := i.defs())}
                - live.live_out[test.label]
                - live.live_in[test.label]
            )
            mapping: dict[Temp, Operand] = {}
            for name in sorted(local):
                while True:
                    counter += 1
                    fresh = f"{name}.{counter}"
                    if fresh not in taken:
                        taken.add(fresh)
                        break
                mapping[Temp(name)] = Temp(fresh)
            copies = []
            for i in test.instrs:
                c = copy_instr(i)
                c.replace_uses(mapping)
                d = c.defs()
                if d is not None and d in mapping:
                    c.dest = mapping[d]  # type: ignore[attr-defined]
                copies.append(c)
            b.instrs[-1:] = copies
            changed = True
    return changed


def simplify_cfg(fn: Function, live: Liveness | None = None) -> bool:
    """live: the function's liveness as it is now, when the caller has it."""
    changed = duplicate_tests(fn, live)
    # Jump threading: a block that is only `jmp L` (not the entry) sends its predecessors to L.
    forward: dict[str, str] = {}
    for b in fn.blocks[1:]:
        if len(b.instrs) == 1 and isinstance(b.instrs[0], Jump) and b.instrs[0].target != b.label:
            forward[b.label] = b.instrs[0].target

    def final(label: str) -> str:
        seen = set()
        while label in forward and label not in seen:
            seen.add(label)
            label = forward[label]
        return label

    for b in fn.blocks:
        term = b.terminator
        if term is None:
            continue
        if forward:
            changed |= retarget(term, {s: final(s) for s in successors(term) if s in forward})
        if isinstance(term, Branch) and term.if_true == term.if_false:
            b.instrs[-1] = Jump(term.if_true, term.line)
            changed = True
        elif isinstance(term, Switch):
            # Cases that go where the default goes are the default; a switch left with none is a jump.
            kept = [(value, label) for value, label in term.cases if label != term.default]
            if len(kept) != len(term.cases):
                term.cases = kept
                changed = True
            if not kept:
                b.instrs[-1] = Jump(term.default, term.line)
                changed = True
    reachable = _reachable(fn)
    if len(reachable) != len(fn.blocks):
        fn.blocks = [b for b in fn.blocks if b.label in reachable]
        changed = True
    # Merge B into A when A ends in `jmp B` and A is B's only predecessor.
    preds: dict[str, list[str]] = {b.label: [] for b in fn.blocks}
    for b in fn.blocks:
        term = b.terminator
        for s in successors(term) if term is not None else []:
            preds[s].append(b.label)
    # One walk in layout order: a merge changes only the absorbing block's own chance of merging again
    # (its new last jump), never an earlier block's, so A is retried before the walk moves on.
    blocks = {b.label: b for b in fn.blocks}
    entry = fn.blocks[0].label
    merged: set[str] = set()  # blocks absorbed, dropped from the layout once the walk is done
    grown: set[str] = set()  # blocks that absorbed one
    for a in fn.blocks:
        if a.label in merged:
            continue
        while isinstance(term := a.terminator, Jump):
            target = term.target
            if target == a.label or target == entry or preds.get(target) != [a.label]:
                break
            b = blocks.pop(target)
            if a.label in grown:  # its list is its own already: extended in place, not copied again
                a.instrs.pop()
                a.instrs.extend(b.instrs)
            else:
                a.instrs = a.instrs[:-1] + b.instrs
                grown.add(a.label)
            merged.add(target)
            new_term = a.terminator
            for s in successors(new_term) if new_term is not None else []:
                preds[s] = [a.label if p == target else p for p in preds[s]]
            changed = True
    if merged:
        fn.blocks = [b for b in fn.blocks if b.label not in merged]
    return changed
