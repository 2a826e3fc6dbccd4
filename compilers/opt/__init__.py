"""The -O1 passes over the IR, each a small module: printing with constant formats, slot promotion,
constant propagation and folding, copy propagation and coalescing, address folding, dead-code
elimination and control-flow clean-up (with loop inversion), repeated to a fixed point."""

from __future__ import annotations

from compilers.backend.liveness import Liveness, liveness
from compilers.ir.nodes import Function, Module
from compilers.opt.addresses import fold_addresses
from compilers.opt.constprop import propagate_constants
from compilers.opt.copyprop import propagate_copies
from compilers.opt.dce import coalesce_copies, eliminate_dead_code
from compilers.opt.printf import specialise_output
from compilers.opt.promote import promote_slots
from compilers.opt.simplify_cfg import simplify_cfg

MAX_ROUNDS = 10
# A function of more IR instructions than this gets one round of the passes, not rounds to a fixed
# point: each pass is near-linear, but a round of a function of 100,000 instructions (a 20,000-line C
# function) takes about a second, and the later rounds find little in such code (a machine-written
# table or a long straight sequence). Its code is correct either way, only less folded.
LARGE_FUNCTION = 50_000


def size(fn: Function) -> int:
    """The function's IR instructions."""
    return sum(len(block.instrs) for block in fn.blocks)


def optimise_function(fn: Function) -> None:
    promote_slots(fn)
    live: Liveness | None = None
    # The passes are functions of the IR alone: a pass that changed nothing on the function as it is
    # now would change nothing again. `version` counts the rounds' changes; `settled` holds, for each
    # pass, the version on which it last ran and changed nothing, and such a pass is not run again
    # while the version stays (a round's last passes, after a change earlier in the round before).
    # The liveness is found again only when the function changed since it was last found.
    version = 0
    settled = [-1] * 5
    live_version = -1

    def run(index: int, changed: bool) -> bool:
        nonlocal version
        if changed:
            version += 1
        else:
            settled[index] = version
        return changed

    for _ in range(1 if size(fn) > LARGE_FUNCTION else MAX_ROUNDS):
        # Control flow last: its loop inversion copies tests to a loop's entry, where the next round's
        # constant propagation often decides them.
        # With the previous round's liveness: the passes after it in that round only removed uses, so
        # it holds every temp live now, which is all that constant propagation needs it for.
        if propagate_constants(fn, live):
            version += 1
        changed = settled[0] != version and run(0, propagate_copies(fn))
        changed |= settled[1] != version and run(1, fold_addresses(fn))
        if live is None or live_version != version:
            live = liveness(fn)  # shared: coalescing keeps every block's live-out set as it was
            live_version = version
        rewritten = settled[2] != version and run(2, coalesce_copies(fn, live))
        rewritten |= settled[3] != version and run(3, eliminate_dead_code(fn, live))
        # Where neither changed anything, the liveness is still the function's own (most later rounds).
        changed |= rewritten
        changed |= settled[4] != version and run(4, simplify_cfg(fn, None if rewritten else live))
        if not changed:
            # The fixed point: the passes after constant propagation found nothing to do on what it
            # left, and constant propagation run again on its own result changes nothing (what it
            # knows at each point does not depend on its rewrites), so another round would change
            # nothing. (Most functions settle in two rounds; this saves the third that would only
            # confirm it.)
            break


def optimise_module(module: Module) -> Module:
    specialise_output(module)
    for fn in module.functions:
        optimise_function(fn)
    return module


__all__ = ["LARGE_FUNCTION", "optimise_function", "optimise_module", "size"]
