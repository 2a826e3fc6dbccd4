"""Linking: a program's calls of functions it does not define are resolved from the runtime library.

Only the routines a program uses, and what they use in turn, are copied in (the default Store is 2000
words: an unused printf must not cost its constants). Linking copies, so passes may change the result.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from compilers.ir.nodes import Alloc, Call, Function, Global, Module, Sym, clone_function, clone_global
from compilers.ir.parser import parse_module

RUNTIME_DIR = Path(__file__).resolve().parent
RUNTIME_FILES = ("io.ir", "memory.ir", "string.ir", "stdlib.ir", "bits.ir")


class LinkError(Exception):
    """A call of a function that neither the program nor the runtime defines."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(
            "undefined function" + ("s" if len(names) > 1 else "") + ": " + ", ".join(f"@{n}" for n in names)
        )
        self.names = names


# A routine's or global's name where it is defined: `func @name(` or `[const] global @name` opening a line.
_DEFINITION = re.compile(
    r"^[ \t]*(?:func|(?:const[ \t]+)?global)[ \t]+@([A-Za-z_][A-Za-z0-9_.]*)", re.MULTILINE
)


@cache
def _index() -> dict[str, str]:
    """Which file defines each runtime name. A scan of the text, not a parse: a program that links
    nothing (or one file's routines) does not pay for parsing the whole library."""
    where: dict[str, str] = {}
    for name in RUNTIME_FILES:
        for match in _DEFINITION.finditer((RUNTIME_DIR / name).read_text(encoding="utf-8")):
            where[match.group(1)] = name
    return where


@cache
def _parsed(name: str) -> Module:
    """One runtime file, parsed once per process. Never changed afterwards: linking clones.

    Its routines carry their own file and lines, so a card of a routine maps to the routine (a trap
    inside malloc is not reported at whatever line of the program came last)."""
    file = runtime_file(name)
    module = parse_module((RUNTIME_DIR / name).read_text(encoding="utf-8"), file, own_lines=True)
    for fn in module.functions:
        fn.file = file
    return module


def runtime_file(name: str) -> str:
    """The file name a runtime routine's cards map to: "runtime/memory.ir" for memory.ir."""
    return f"runtime/{name}"


_RUNTIME_FILE_NAMES = frozenset(runtime_file(name) for name in RUNTIME_FILES)


def is_runtime_file(file: str) -> bool:
    return file in _RUNTIME_FILE_NAMES


@cache
def _routine(name: str) -> Function:
    """One runtime routine, optimised once per process the first time a program links it (routines are
    optimised whatever the program's -O level: -O0 is for reading the program's code). Optimising a
    function looks at that function alone, so doing it per routine gives what doing all of them would.
    Never changed afterwards: linking clones."""
    from compilers.opt import optimise_function

    part = _parsed(_index()[name])
    fn = part.function(name)
    assert fn is not None, name
    fn = clone_function(fn)
    optimise_function(fn)
    return fn


def _global(name: str) -> Global:
    g = _parsed(_index()[name]).global_(name)
    assert g is not None, name
    return g


def _is_function(name: str) -> bool:
    file = _index().get(name)
    return file is not None and _parsed(file).function(name) is not None


@cache
def runtime_library() -> Module:
    """Every runtime routine, optimised, and the globals they use (for readers and tests: linking
    takes only what a program needs, through the caches above)."""
    library = Module()
    for name in RUNTIME_FILES:
        part = _parsed(name)
        library.globals.extend(part.globals)
        library.functions.extend(_routine(f.name) for f in part.functions)
    return library


def runtime_names() -> frozenset[str]:
    return frozenset(name for name in _index() if _is_function(name))


def references(fn: Function) -> set[str]:
    """Names a function refers to: called functions, addresses taken, and malloc for an alloc."""
    names: set[str] = set()
    for block in fn.blocks:
        for instr in block.instrs:
            if isinstance(instr, Call) and isinstance(instr.target, Sym):
                names.add(instr.target.name)
            if isinstance(instr, Alloc):
                names.add("malloc")
            for op in instr.uses():
                if isinstance(op, Sym):
                    names.add(op.name)
    return names


def link(module: Module, in_place: bool = False) -> Module:
    """The program's globals and functions, then the runtime routines it needs: a new module, or the
    given one extended when in_place (the driver's choice: it has no further use for the original)."""
    index = _index()
    defined = {f.name for f in module.functions} | {g.name for g in module.globals}
    if in_place:
        linked = module
    else:
        linked = Module(
            [clone_global(g) for g in module.globals], [clone_function(f) for f in module.functions]
        )
    pending = list(module.functions)
    for g in module.globals:
        pending.extend(
            _routine(i.name)
            for i in g.init
            if isinstance(i, Sym) and i.name not in defined and i.name in index and _is_function(i.name)
        )
    added_globals: list[Global] = []
    added_functions: list[Function] = []
    missing: list[str] = []
    while pending:
        fn = pending.pop()
        for name in sorted(references(fn)):
            if name in defined:
                continue
            if name in index and _is_function(name):
                defined.add(name)
                routine = _routine(name)
                added_functions.append(clone_function(routine))
                pending.append(routine)
            elif name in index:
                defined.add(name)
                added_globals.append(clone_global(_global(name)))
            else:
                defined.add(name)
                missing.append(name)
    if missing:
        raise LinkError(sorted(missing))
    # Runtime data goes after the program's, so the program's addresses do not depend on what it links.
    linked.globals.extend(added_globals)
    linked.functions.extend(sorted(added_functions, key=lambda f: f.name))
    return linked
