"""The runtime routines' code, made once per process rather than once per compile (README.md here).

Every program links its runtime routines afresh (a Python program thousands of IR instructions of
them), but a routine's legalised IR is the same in every program, and so is its code, given the few
facts about the program that the code depends on (the key below). The cache holds both, shared by every
compile: nothing may change what it holds (the code generator copies before it changes anything).

It holds as well the functions of programs that a compile optimised and legalised, by their text
(Prepared), so that a function lowered again the same (a front-end's library lowered with every program,
the same program compiled again) is neither optimised nor given code again; the least recently used go
past a bound.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from compilers.backend.asm import Asm
from compilers.backend.legalize import legalize_function
from compilers.ir.nodes import Call, Function, HeapInfo, Sym, clone_function
from compilers.runtime.link import references

T = TypeVar("T")

# Entries beyond this many clear the code cache: a routine's code depends on the heap's size when it
# asks for the heap's limit, so a long-lived process could otherwise gather one entry per heap size.
MAX_CODE_ENTRIES = 4096
# The prepared functions of programs (below) the cache keeps, in IR instructions: the least recently
# used go first beyond this. A LISP program's printer is some 14,000, Java's library some 20,000; the
# cache takes about 0.9 kB of memory an instruction (code included), some 70 MB when full.
MAX_PREPARED_INSTRUCTIONS = 80_000


@dataclass(frozen=True, slots=True)
class RoutineFacts:
    """What a routine's code depends on besides the routine: from its IR, found once."""

    callees: frozenset[str]  # functions it calls directly (whether each is unbalanced changes the call)
    calls_pointer: bool  # it calls through a pointer (whether any unbalanced function is address-taken)
    heap_limit: bool  # it asks for the heap's limit (the heap's size is an immediate)
    names: tuple[str, ...]  # every name it refers to, in name order (what linking looks for)


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


@dataclass(frozen=True, slots=True)
class Prepared:
    """A function of a program, optimised and legalised, kept by its text (README.md here): a front-end
    that lowers its library with every program (LISP's printer, Java's collections) gives the same
    functions to every program that reaches them, and the same program compiled again gives all of
    its own. Neither form is ever changed."""

    optimised: Function  # as the optimiser left it (what the IR stage shows)
    legalised: Function  # what the back end compiles; its code is kept like a routine's
    size: int  # its instructions


class RoutineCache:
    """The legalised runtime routines and their code, for every compile of a process; and the programs'
    functions prepared by an earlier compile (Prepared)."""

    def __init__(self) -> None:
        self._legalised: dict[tuple[str, str], Function] = {}
        self._facts: dict[int, tuple[Function, RoutineFacts]] = {}  # id(routine) -> (routine, facts)
        self._code: dict[tuple[object, ...], tuple[Function, RoutineCode]] = {}
        self._code_of: dict[object, list[tuple[object, ...]]] = {}  # id(function) -> its code's keys
        self._prepared: OrderedDict[tuple[object, ...], Prepared] = OrderedDict()  # least recent first
        self._prepared_size = 0
        self._shapes: dict[int, tuple[Function, object]] = {}  # id(function) -> (function, its call shape)

    def forget_routines(self) -> None:
        """Drop the runtime routines and every code kept (the runtime's files changed: link.refresh).
        The programs' prepared functions stay: their keys are their texts, and their code is made again."""
        self._legalised.clear()
        self._code.clear()
        self._code_of.clear()
        kept = {id(entry.legalised) for entry in self._prepared.values()}
        self._facts = {key: value for key, value in self._facts.items() if key in kept}
        self._shapes = {key: value for key, value in self._shapes.items() if key in kept}

    def prepared(self, key: tuple[object, ...]) -> Prepared | None:
        """The function prepared under `key` (-O level, file and text, driver._prepare), if kept."""
        entry = self._prepared.get(key)
        if entry is not None:
            self._prepared.move_to_end(key)
        return entry

    def keep_prepared(self, key: tuple[object, ...], optimised: Function, legalised: Function) -> None:
        """Keep a function just prepared; neither form may be changed afterwards."""
        if key in self._prepared:
            return
        size = sum(len(block.instrs) for block in legalised.blocks)
        self._prepared[key] = Prepared(optimised, legalised, size)
        self._facts[id(legalised)] = (legalised, _facts(legalised))
        self._prepared_size += size
        while self._prepared_size > MAX_PREPARED_INSTRUCTIONS and len(self._prepared) > 1:
            _key, old = self._prepared.popitem(last=False)
            self._prepared_size -= old.size
            # Its code goes with it: a later function may be given its id.
            self._facts.pop(id(old.legalised), None)
            self._shapes.pop(id(old.legalised), None)
            for code_key in self._code_of.pop(id(old.legalised), ()):
                self._code.pop(code_key, None)

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

    def shared(self, routine: Function) -> Function:
        """The shared, legalised form of a prepared runtime routine (which is never changed: the first
        time, a copy of it is legalised and kept). What linking puts into a module (link's take)."""
        assert routine.file is not None, routine.name
        kept = self._legalised.get((routine.file, routine.name))
        return kept if kept is not None else self.legalised(clone_function(routine))

    def facts(self, fn: Function) -> RoutineFacts | None:
        """The facts of a routine this cache holds; None for any other function."""
        entry = self._facts.get(id(fn))
        return entry[1] if entry is not None and entry[0] is fn else None

    def names(self, fn: Function) -> Sequence[str]:
        """The names a function refers to, in name order (link's names_of): kept for a function this
        cache holds (which is never changed), found each time for any other."""
        entry = self._facts.get(id(fn))
        return entry[1].names if entry is not None and entry[0] is fn else sorted(references(fn))

    def code_key(
        self,
        fn: Function,
        facts: RoutineFacts,
        optimise: bool,
        heap_words: int,
        unbalanced: frozenset[str],
        indirect_unbalanced: bool,
    ) -> tuple[object, ...]:
        """Not the file its lines refer to: its text is rendered with that file in force, which it
        names nowhere (codegen.generate writes the `.file` before it where another file is in force)."""
        return (
            id(fn),
            optimise,
            heap_words if facts.heap_limit else None,
            facts.callees & unbalanced,
            indirect_unbalanced if facts.calls_pointer else None,
        )

    def call_shape(self, fn: Function, make: Callable[[Function], T]) -> T:
        """make(fn), kept for a function this cache holds (which is never changed); made each time for
        any other."""
        entry = self._facts.get(id(fn))
        if entry is None or entry[0] is not fn:
            return make(fn)
        found = self._shapes.get(id(fn))
        if found is None or found[0] is not fn:
            found = self._shapes[id(fn)] = (fn, make(fn))
        return found[1]  # type: ignore[return-value]

    def code(self, key: tuple[object, ...], fn: Function) -> RoutineCode | None:
        """The code kept under key for fn (the key holds fn's id: the entry is fn's own only while it
        holds fn itself, an id being given again once its function is gone)."""
        entry = self._code.get(key)
        return entry[1] if entry is not None and entry[0] is fn else None

    def keep(self, key: tuple[object, ...], code: RoutineCode, fn: Function) -> None:
        if len(self._code) >= MAX_CODE_ENTRIES:
            self._code.clear()
            self._code_of.clear()
        self._code[key] = (fn, code)
        self._code_of.setdefault(key[0], []).append(key)  # key[0]: the function's id


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
    return RoutineFacts(frozenset(callees), calls_pointer, heap_limit, tuple(sorted(references(fn))))


# The process's cache (the driver's compiles share it; driver.preload fills it before a worker forks).
ROUTINES = RoutineCache()
