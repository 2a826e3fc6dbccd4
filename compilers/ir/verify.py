"""The IR verifier: the structural rules of README.md, checked before any pass trusts them."""

from __future__ import annotations

from collections.abc import Sequence

from compilers.ir.nodes import (
    BINARY_OPS,
    TERMINATORS,
    UNARY_OPS,
    Binary,
    Call,
    Const,
    Copy,
    Function,
    HeapInfo,
    Load,
    Module,
    Operand,
    Print,
    Return,
    SlotRef,
    Switch,
    Sym,
    TailCall,
    Temp,
    Trap,
    Unary,
    successors,
)
from compilers.ir.roots import check_roots, runtime_defines

_TERMINATOR_CLASSES = frozenset(TERMINATORS)


class VerifyError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


# Functions found sound, by their text (printer.print_function, which renders every field the rules
# read) and allow_external: (the names each refers to, the functions it tail-calls, what the module
# said of them). Found sound again in a module that says the same of those names: the rules read nothing
# else of the module. A function compiled again (a front-end's library lowered with every program, the
# lines of a program not edited) is then checked in a few lookups.
_SOUND: dict[tuple[bool, str], tuple[tuple[str, ...], tuple[str, ...], tuple[object, ...]]] = {}
# Past this many, the kept texts are dropped (a long-lived process compiling many programs).
MAX_SOUND = 4096


def verify_module(
    module: Module, allow_external: bool = True, texts: Sequence[str] | None = None
) -> list[str]:
    """Every problem found, as `@function: block: message`. allow_external lets direct calls name
    functions the module does not define (the runtime library resolves them when linking). texts: each
    function's print_function text, when the caller has them: a function of a text found sound before,
    in the same context, is not walked again."""
    problems: list[str] = []
    names: dict[str, str] = {}
    for g in module.globals:
        if g.name in names:
            problems.append(f"@{g.name}: defined twice")
        names[g.name] = "global"
        if g.size < 1:
            problems.append(f"@{g.name}: size must be at least 1")
    for fn in module.functions:
        if fn.name in names:
            problems.append(f"@{fn.name}: defined twice")
        names[fn.name] = "function"
    for g in module.globals:
        for item in g.init:
            if isinstance(item, Sym) and item.name not in names:
                problems.append(f"@{g.name}: initialiser names unknown @{item.name}")
    functions = {fn.name: fn for fn in module.functions}
    for index, fn in enumerate(module.functions):
        if texts is None:
            problems.extend(_verify_function(fn, names, allow_external, functions))
            continue
        key = (allow_external, texts[index])
        kept = _SOUND.get(key)
        if kept is not None and kept[2] == _context(kept[0], kept[1], names, functions, allow_external):
            continue
        found = _verify_function(fn, names, allow_external, functions)
        if found:
            problems.extend(found)
            continue
        if len(_SOUND) >= MAX_SOUND:
            _SOUND.clear()
        refs, tails = _references(fn)
        _SOUND[key] = (refs, tails, _context(refs, tails, names, functions, allow_external))
    problems.extend(check_roots(module, texts=texts))  # the managed heap's rules, for functions with $roots
    return problems


def check_module(module: Module, allow_external: bool = True) -> None:
    problems = verify_module(module, allow_external)
    if problems:
        raise VerifyError(problems)


def _verify_function(
    fn: Function,
    names: dict[str, str],
    allow_external: bool,
    functions: dict[str, Function] | None = None,
) -> list[str]:
    problems: list[str] = []
    where = f"@{fn.name}"
    if not fn.blocks:
        return [f"{where}: has no blocks"]
    labels: set[str] = set()
    for block in fn.blocks:
        if block.label in labels:
            problems.append(f"{where}: label {block.label} defined twice")
        labels.add(block.label)
    slots = {s.name for s in fn.slots}
    if len(slots) != len(fn.slots):
        problems.append(f"{where}: a slot is declared twice")
    for s in fn.slots:
        if s.size < 1:
            problems.append(f"{where}: slot ${s.name} must have at least 1 word")
    defined = {p.name for p in fn.params}
    for block in fn.blocks:
        for instr in block.instrs:
            d = instr.defs()
            if d is not None:
                defined.add(d.name)

    def check_operand(op: Operand, here: str) -> None:
        if isinstance(op, Temp):
            if op.name not in defined:
                problems.append(f"{here}: %{op.name} is never assigned")
        elif isinstance(op, SlotRef):
            if op.name not in slots:
                problems.append(f"{here}: unknown slot ${op.name}")
        elif (
            isinstance(op, Sym)
            and op.name not in names
            and not (allow_external and runtime_defines(op.name))  # a runtime global, linked in later
        ):
            problems.append(f"{here}: unknown @{op.name}")

    for block in fn.blocks:
        here = f"{where}: {block.label}"
        if not block.instrs or not isinstance(block.instrs[-1], TERMINATORS):
            problems.append(f"{here}: does not end with a terminator")
        last = len(block.instrs) - 1
        for i, instr in enumerate(block.instrs):
            cls = type(instr)
            if cls is Copy or cls is Load or cls is Binary:
                # The commonest instructions, their operands read directly: a word, or a temp assigned
                # somewhere, needs none of check_operand's tests.
                if cls is Binary:
                    operands: tuple[Operand, ...] = (instr.left, instr.right)  # type: ignore[attr-defined]
                else:
                    operands = (instr.addr if cls is Load else instr.src,)  # type: ignore[attr-defined]
                for op in operands:
                    if not ((type(op) is Temp and op.name in defined) or type(op) is Const):
                        check_operand(op, here)
                if cls is Binary and instr.op not in BINARY_OPS:  # type: ignore[attr-defined]
                    problems.append(f"{here}: unknown operation {instr.op}")  # type: ignore[attr-defined]
                continue
            # One chain of class tests: only the rules for the instruction's own class run.
            if type(instr) in _TERMINATOR_CLASSES and i != last:
                problems.append(f"{here}: a terminator in the middle of the block")
            if isinstance(instr, Call | TailCall) and instr.direct:
                assert isinstance(instr.target, Sym)
                kind = names.get(instr.target.name)
                if kind == "global":
                    problems.append(f"{here}: call of @{instr.target.name}, which is a global")
                elif kind is None and not allow_external:
                    problems.append(f"{here}: call of undefined function @{instr.target.name}")
            for op in instr.uses():
                if isinstance(instr, TailCall) and op is instr.target and instr.direct:
                    continue  # checked above, as a call's target (a runtime routine is external)
                check_operand(op, here)
            if isinstance(instr, Binary):
                if instr.op not in BINARY_OPS:
                    problems.append(f"{here}: unknown operation {instr.op}")
            elif isinstance(instr, Unary):
                if instr.op not in UNARY_OPS:
                    problems.append(f"{here}: unknown operation {instr.op}")
            elif isinstance(instr, Print):
                if instr.kind not in ("int", "char"):
                    problems.append(f"{here}: unknown print kind {instr.kind}")
            elif isinstance(instr, HeapInfo):
                if instr.which not in ("heapbase", "heaplimit"):
                    problems.append(f"{here}: unknown heap query {instr.which}")
            elif isinstance(instr, Trap):
                if not 0 <= instr.code <= 999:
                    problems.append(f"{here}: trap code {instr.code} is outside 0..999")
            elif isinstance(instr, TailCall):
                problems.extend(_tail_call_problems(fn, instr, functions or {}, here))
            elif isinstance(instr, Switch):
                values = [value for value, _ in instr.cases]
                if len(set(values)) != len(values):
                    twice = sorted({v for v in values if values.count(v) > 1})
                    problems.append(f"{here}: switch has case {', '.join(map(str, twice))} more than once")
            elif isinstance(instr, Return):
                if fn.ret == "void" and instr.value is not None:
                    problems.append(f"{here}: a void function returns a value")
                if fn.ret != "void" and instr.value is None:
                    problems.append(f"{here}: a {fn.ret} function returns no value")
        term = block.terminator
        if term is not None:
            for target in successors(term):
                if target not in labels:
                    problems.append(f"{here}: jump to unknown label {target}")
    return problems


def _references(fn: Function) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names the function's operands and call targets refer to, and the functions it tail-calls
    directly: what its verification reads of the module."""
    refs: set[str] = set()
    tails: set[str] = set()
    for block in fn.blocks:
        for instr in block.instrs:
            for op in instr.uses():
                if isinstance(op, Sym):
                    refs.add(op.name)
            if isinstance(instr, Call | TailCall) and isinstance(instr.target, Sym):
                refs.add(instr.target.name)
                if isinstance(instr, TailCall):
                    tails.add(instr.target.name)
    return tuple(sorted(refs)), tuple(sorted(tails))


def _context(
    refs: tuple[str, ...],
    tails: tuple[str, ...],
    names: dict[str, str],
    functions: dict[str, Function],
    allow_external: bool,
) -> tuple[object, ...]:
    """What the module says of the names a function refers to: each name's kind (and, for a name the
    module lacks, whether the runtime defines it), and each tail-called function's result and arity."""
    kinds = tuple(
        (names.get(name), name not in names and allow_external and runtime_defines(name)) for name in refs
    )
    shapes = tuple(
        None if callee is None else (callee.ret == "void", len(callee.params))
        for callee in (functions.get(name) for name in tails)
    )
    return kinds, shapes


def _tail_call_problems(fn: Function, call: TailCall, functions: dict[str, Function], here: str) -> list[str]:
    """A tail call returns what its callee returns: a void function may tail-call only a void one, a
    value function only a value one; a callee in the module takes exactly the arguments given."""
    if not isinstance(call.target, Sym) or call.target.name not in functions:
        return []  # through a pointer, or a runtime routine: checked when it runs
    callee = functions[call.target.name]
    problems = []
    if (fn.ret == "void") != (callee.ret == "void"):
        problems.append(
            f"{here}: a {fn.ret} function tail-calls @{callee.name}, which returns "
            + ("nothing" if callee.ret == "void" else "a value")
        )
    if len(call.args) != len(callee.params):
        problems.append(
            f"{here}: tail call of @{callee.name} with {len(call.args)} arguments; "
            f"it takes {len(callee.params)}"
        )
    return problems
