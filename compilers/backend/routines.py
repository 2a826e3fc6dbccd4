"""The runtime routines' code, made once per process rather than once per compile (README.md here).

Every program links its runtime routines afresh (a Python program thousands of IR instructions of
them), but a routine's legalised IR is the same in every program, and so is its code, given the few
facts about the program that the code depends on (the key below). The cache holds both, shared by every
compile: nothing may change what it holds (the code generator copies before it changes anything).
"""

from __future__ import annotations

from dataclasses import dataclass

from compilers.backend.asm import Asm
from compilers.backend.legalize import legalize_function
from compilers.ir.nodes import Call, Function, HeapInfo, Sym

# Entries beyond this many clear the code cache: a routine's code depends on the heap's size when it
# asks for the heap's limit, so a long-lived process could otherwise gather one entry per heap size.
MAX_CODE_ENTRIES = 4096


@dataclass(frozen=True, slots=True)
class RoutineFacts:
    """What a routine's code depends on besides the routine: from its IR, found once."""

    callees: frozenset[str]  # functions it calls directly (whether each is unbalanced changes the call)
    calls_pointer: bool  # it calls through a pointer (whether any unbalanced function is address-taken)
    heap_limit: bool  # it asks for the heap's limit (the heap's size is an immediate)


@dataclass(frozen=True, slots=True)
class RoutineCode:
    """One routine's code after instruction selection and the peephole pass, and its text."""

    lines: tuple[Asm, ...]  # never changed: a compile that must change a line copies it
    # The text as render gives it when the routine's own file is in force and no source line is yet.
    text: tuple[str, ...]
    first_line: int | None  # the source line of its first instruction that has one
    last_line: int | None  # the source line in force after it (None: no instruction has one)
    frame: int  # words its activation takes
    tables: tuple[tuple[str, tuple[str, ...]], ...]  # its jump tables, in order
    constants: tuple[tuple[int, str], ...]  # its wide immediates, in first use: (value, label it uses)


class RoutineCache:
    """The legalised runtime routines and their code, for every compile of a process."""

    def __init__(self) -> None:
        self._legalised: dict[tuple[str, str], Function] = {}
        self._facts: dict[int, tuple[Function, RoutineFacts]] = {}  # id(routine) -> (routine, facts)
        self._code: dict[tuple[object, ...], RoutineCode] = {}

    def legalised(self, fn: Function) -> Function:
        """The shared, legalised form of a runtime routine just linked (fn: a fresh copy of it, which
        is legalised in place and kept the first time; later copies are dropped for the kept one)."""
        assert fn.file is not None, fn.name
        key = (fn.file, fn.name)
        kept = self._legalised.get(key)
        if kept is None:
            legalize_function(fn)
            kept = self._legalised[key] = fn
            self._facts[id(fn)] = (fn, _facts(fn))
        return kept

    def facts(self, fn: Function) -> RoutineFacts | None:
        """The facts of a routine this cache holds; None for any other function."""
        entry = self._facts.get(id(fn))
        return entry[1] if entry is not None and entry[0] is fn else None

    def code_key(
        self,
        fn: Function,
        facts: RoutineFacts,
        optimise: bool,
        heap_words: int,
        unbalanced: frozenset[str],
        indirect_unbalanced: bool,
    ) -> tuple[object, ...]:
        return (
            id(fn),
            optimise,
            heap_words if facts.heap_limit else None,
            facts.callees & unbalanced,
            indirect_unbalanced if facts.calls_pointer else None,
        )

    def code(self, key: tuple[object, ...]) -> RoutineCode | None:
        return self._code.get(key)

    def keep(self, key: tuple[object, ...], code: RoutineCode) -> None:
        if len(self._code) >= MAX_CODE_ENTRIES:
            self._code.clear()
        self._code[key] = code


def _facts(fn: Function) -> RoutineFacts:
    callees: set[str] = set()
    calls_pointer = heap_limit = False
    for block in fn.blocks:
        for ins in block.instrs:
            if isinstance(ins, Call):
                if isinstance(ins.target, Sym):
                    callees.add(ins.target.name)
                else:
                    calls_pointer = True
            elif isinstance(ins, HeapInfo) and ins.which == "heaplimit":
                heap_limit = True
    return RoutineFacts(frozenset(callees), calls_pointer, heap_limit)


# The process's cache (the driver's compiles share it; driver.preload fills it before a worker forks).
ROUTINES = RoutineCache()
