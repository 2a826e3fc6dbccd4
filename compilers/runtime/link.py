"""Linking: a program's calls of functions it does not define are resolved from the runtime library.

Only the routines a program uses, and what they use in turn, are copied in (the default Store is 2000
words: an unused printf must not cost its constants). Linking copies, so passes may change the result.
"""

from __future__ import annotations

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


@cache
def runtime_library() -> Module:
    """Every runtime routine and the globals they use, parsed and optimised once per process (the
    routines are optimised whatever the program's -O level: -O0 is for reading the program's code)."""
    from compilers.opt import optimise_function

    library = Module()
    for name in RUNTIME_FILES:
        part = parse_module((RUNTIME_DIR / name).read_text(encoding="utf-8"), f"runtime/{name}")
        library.globals.extend(part.globals)
        library.functions.extend(part.functions)
    for fn in library.functions:
        optimise_function(fn)
    return library


def runtime_names() -> frozenset[str]:
    return frozenset(f.name for f in runtime_library().functions)


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
    library = runtime_library()
    lib_functions = {f.name: f for f in library.functions}
    lib_globals = {g.name: g for g in library.globals}
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
            lib_functions[i.name]
            for i in g.init
            if isinstance(i, Sym) and i.name not in defined and i.name in lib_functions
        )
    added_globals: list[Global] = []
    added_functions: list[Function] = []
    missing: list[str] = []
    while pending:
        fn = pending.pop()
        for name in sorted(references(fn)):
            if name in defined:
                continue
            if name in lib_functions:
                defined.add(name)
                added_functions.append(clone_function(lib_functions[name]))
                pending.append(lib_functions[name])
            elif name in lib_globals:
                defined.add(name)
                added_globals.append(clone_global(lib_globals[name]))
            else:
                defined.add(name)
                missing.append(name)
    if missing:
        raise LinkError(sorted(missing))
    # Runtime data goes after the program's, so the program's addresses do not depend on what it links.
    linked.globals.extend(added_globals)
    linked.functions.extend(sorted(added_functions, key=lambda f: f.name))
    return linked
