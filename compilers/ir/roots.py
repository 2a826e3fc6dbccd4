"""Precise roots for the managed heap: the rules a function that keeps heap pointers follows, checked.

The collector (compilers/runtime/gc.ir) moves objects, so it must find and update every pointer a
running program holds. Pointers held in the Engine's registers or in spilled temps cannot be found;
pointers in a function's shadow-stack frame can. A function opts into the managed heap by declaring the
slot `$roots` of 2 + k words, its frame: [link, k, value_1 .. value_k]. Then (compilers/runtime/README.md):

1. Linking the frame: in the entry block, before the first call, every word of `$roots` is stored (word
   1 with the constant k, the values with 0 or a parameter), and then `$roots` is stored into
   `@gc_frames` (word 0 holding what `@gc_frames` held before).
2. Unlinking it: a block that leaves the function (`ret`, or a tail call) stores into `@gc_frames`, after
   its last call, a temp loaded from `[$roots]` in that block.
3. No temp lives across a call that may collect: whatever a function needs after such a call (pointers,
   and numbers too) is in a slot, pointers in `$roots`. The optimiser may later keep a one-word slot in
   a register; the rule is checked before it runs, on the IR the front-end wrote.

A call may collect unless it is a direct call of a function known not to: one of the module's functions,
or a runtime routine, that neither calls through a pointer nor reaches `@gc_collect`. Rule 3 is what
makes the roots precise and complete; rules 1 and 2 keep the chain of frames well formed, so that the
collector never reads a stale frame or an unset word. Slots and temps have no types, so a pointer kept
in an ordinary slot instead of `$roots` is beyond what this check can see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from compilers.ir.nodes import (
    Call,
    Function,
    Halt,
    Instr,
    Load,
    Module,
    SlotRef,
    Store,
    Sym,
    Temp,
    Trap,
    successors,
)

ROOTS_SLOT = "roots"
FRAMES_GLOBAL = "gc_frames"
COLLECTOR = "gc_collect"  # the one routine that collects; whatever can reach it may collect


def is_managed(fn: Function) -> bool:
    return any(s.name == ROOTS_SLOT for s in fn.slots)


def _calls(fn: Function) -> Iterable[Instr]:
    """Every call of the function, tail calls included (any instruction with a `target`)."""
    for block in fn.blocks:
        for instr in block.instrs:
            if hasattr(instr, "target") and hasattr(instr, "args"):
                yield instr


CallSummary = tuple[frozenset[str], bool]

# What is kept of a function by its text (printer.print_function; verify_module's texts): its calls'
# summary, and, once it is found to follow the rules, the names it calls and whether each may collect,
# as the check read them. Found to follow them again where each name's answer is the same.
_SUMMARIES: dict[str, CallSummary] = {}
_SOUND: dict[str, tuple[tuple[str, ...], tuple[bool, ...]]] = {}
MAX_KEPT = 4096  # past this many texts, each table is dropped


def call_summary(fn: Function) -> CallSummary:
    """The names the function calls directly (tail calls too), and whether it calls through a pointer."""
    names: set[str] = set()
    through_pointer = False
    for call in _calls(fn):
        target = call.target  # type: ignore[attr-defined]
        if isinstance(target, Sym):
            names.add(target.name)
        else:
            through_pointer = True
    return frozenset(names), through_pointer


def collecting_functions(
    functions: Iterable[Function],
    external: Callable[[str], bool],
    summaries: Sequence[CallSummary] | None = None,
) -> set[str]:
    """The names of the functions that may collect: those that call through a pointer, call
    @gc_collect, or call a function that may collect (external(name) answers for functions not given).
    summaries: each function's call_summary, when known."""
    given = list(functions)
    found = summaries if summaries is not None else [call_summary(fn) for fn in given]
    fns = {fn.name: summary for fn, summary in zip(given, found, strict=True)}
    collecting: set[str] = {COLLECTOR} & fns.keys()
    for name, (targets, through_pointer) in fns.items():
        if through_pointer or any(t == COLLECTOR or (t not in fns and external(t)) for t in targets):
            collecting.add(name)
    changed = True
    while changed:  # what calls a collecting function collects: to a fixed point over the call graph
        changed = False
        for name, (targets, _pointer) in fns.items():
            if name not in collecting and not targets.isdisjoint(collecting):
                collecting.add(name)
                changed = True
    return collecting


def _runtime_may_collect(name: str) -> bool:
    from compilers.runtime.link import may_collect  # the runtime is parsed with this package

    return may_collect(name)


def check_roots(
    module: Module, external: Callable[[str], bool] | None = None, texts: Sequence[str] | None = None
) -> list[str]:
    """The rules above for every function of the module that declares `$roots`, as verifier messages.
    external: whether a function the module does not define may collect (default: the runtime's answer,
    and yes for a name the runtime does not define). texts: each function's print_function text, when
    the caller has them: what is kept of a function of the same text is used (_SOUND)."""
    functions = module.functions
    managed = [index for index, fn in enumerate(functions) if is_managed(fn)]
    if not managed:
        return []
    external = external or _runtime_may_collect
    summaries = (
        None if texts is None else [_summary(fn, text) for fn, text in zip(functions, texts, strict=True)]
    )
    collecting = collecting_functions(functions, external, summaries)
    own = {fn.name for fn in functions}

    def name_may_collect(name: str) -> bool:
        return name == COLLECTOR or name in collecting or (name not in own and external(name))

    def may_collect(call: Call) -> bool:
        return not isinstance(call.target, Sym) or name_may_collect(call.target.name)

    problems: list[str] = []
    for index in managed:
        if summaries is None or texts is None:
            problems.extend(_check_function(functions[index], may_collect))
            continue
        kept = _SOUND.get(texts[index])
        if kept is not None and kept[1] == tuple(map(name_may_collect, kept[0])):
            continue
        found = _check_function(functions[index], may_collect)
        problems.extend(found)
        if not found:
            if len(_SOUND) >= MAX_KEPT:
                _SOUND.clear()
            names = tuple(sorted(summaries[index][0]))  # every name it calls, tail calls too
            _SOUND[texts[index]] = (names, tuple(map(name_may_collect, names)))
    return problems


def _summary(fn: Function, text: str) -> CallSummary:
    summary = _SUMMARIES.get(text)
    if summary is None:
        if len(_SUMMARIES) >= MAX_KEPT:
            _SUMMARIES.clear()
        summary = _SUMMARIES[text] = call_summary(fn)
    return summary


def _is_store_to_frames(instr: Instr) -> bool:
    return (
        isinstance(instr, Store)
        and isinstance(instr.addr, Sym)
        and instr.addr.name == FRAMES_GLOBAL
        and instr.offset == 0
    )


def _check_function(fn: Function, may_collect: Callable[[Call], bool]) -> list[str]:
    from compilers.backend.liveness import liveness  # the back end's; it imports only this package's nodes

    where = f"@{fn.name}"
    size = fn.slot(ROOTS_SLOT).size
    if size < 2:
        return [f"{where}: $roots needs at least 2 words (its link and its count)"]
    problems: list[str] = []
    problems.extend(_check_link(fn, size))
    problems.extend(_check_unlinks(fn))
    live = liveness(fn)
    for block in fn.blocks:
        after = live.live_after_block(block)
        for instr, live_after in zip(block.instrs, after, strict=True):
            if not (isinstance(instr, Call) and may_collect(instr)):
                continue
            across = sorted(live_after - ({instr.dest.name} if instr.dest is not None else set()))
            if across:
                names = ", ".join(f"%{t}" for t in across)
                problems.append(
                    f"{where}: {block.label}: {names} "
                    + ("lives" if len(across) == 1 else "live")
                    + f" across the call of {instr.target}, which may collect: keep "
                    + ("it" if len(across) == 1 else "them")
                    + " in a slot ($roots for a pointer) and load again after the call"
                )
    return problems


def _check_link(fn: Function, size: int) -> list[str]:
    """Rule 1, on the entry block up to its first call."""
    where = f"@{fn.name}: {fn.blocks[0].label}"
    stored: set[int] = set()  # offsets of $roots set before the frame is linked
    linked = False
    count_ok = False
    for instr in fn.blocks[0].instrs:
        if hasattr(instr, "target") and hasattr(instr, "args"):
            break
        if isinstance(instr, Store) and isinstance(instr.addr, SlotRef) and instr.addr.name == ROOTS_SLOT:
            stored.add(instr.offset)
            if instr.offset == 1:
                count_ok = getattr(instr.value, "value", None) == size - 2
        elif _is_store_to_frames(instr):
            assert isinstance(instr, Store)
            if instr.value != SlotRef(ROOTS_SLOT):
                return [f"{where}: @{FRAMES_GLOBAL} is set to {instr.value}, not to $roots"]
            linked = True
            break  # the words set so far are those set before the frame is linked
    problems: list[str] = []
    missing = sorted(set(range(size)) - stored)
    if missing:
        problems.append(
            f"{where}: $roots words {', '.join(map(str, missing))} are not set before the first call"
        )
    elif not count_ok:
        problems.append(f"{where}: $roots+1 must hold the count of its values, {size - 2}")
    if not linked:
        problems.append(f"{where}: $roots is not linked into @{FRAMES_GLOBAL} before the first call")
    return problems


def _check_unlinks(fn: Function) -> list[str]:
    """Rule 2, on every block that leaves the function."""
    problems: list[str] = []
    for block in fn.blocks:
        term = block.terminator
        if term is None or isinstance(term, Halt | Trap) or successors(term):
            continue
        links: set[str] = set()  # temps holding [$roots] (the caller's frame)
        unlinked = False
        for instr in block.instrs:
            if hasattr(instr, "target") and hasattr(instr, "args") and instr is not term:
                unlinked = False
            if isinstance(instr, Load) and instr.addr == SlotRef(ROOTS_SLOT) and instr.offset == 0:
                links.add(instr.dest.name)
            elif instr.defs() is not None:
                links.discard(instr.defs().name)  # type: ignore[union-attr]
            if _is_store_to_frames(instr):
                assert isinstance(instr, Store)
                unlinked = isinstance(instr.value, Temp) and instr.value.name in links
        if not unlinked:
            problems.append(
                f"@{fn.name}: {block.label}: leaves the function without restoring @{FRAMES_GLOBAL} "
                "from [$roots] after its last call"
            )
    return problems


def runtime_defines(name: str) -> bool:
    """Whether the runtime library defines `name`: a program may name a runtime global (`@gc_frames`)
    that linking will add."""
    from compilers.runtime.link import defines

    return defines(name)
