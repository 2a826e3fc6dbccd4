"""Linking: a program's calls of functions it does not define are resolved from the runtime library.

Only the routines a program uses, and what they use in turn, are copied in (the default Store is 2000
words: an unused printf must not cost its constants). Linking copies, so passes may change the result.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from compilers.ir.nodes import (
    Alloc,
    Binary,
    Copy,
    Function,
    Global,
    Module,
    Sym,
    Unary,
    clone_function,
    clone_global,
)
from compilers.ir.parser import parse_module

RUNTIME_DIR = Path(__file__).resolve().parent
# The shared files: every `*.ir` of this folder. A language's own routines are in `<namespace>/*.ir`.
RUNTIME_FILES = tuple(sorted(p.name for p in RUNTIME_DIR.glob("*.ir")))


def _files_version() -> tuple[object, ...]:
    """The folder and each runtime file's name, size and time of change (the folder's own `.ir` files
    and its folders'): what refresh compares."""
    found: list[object] = [RUNTIME_DIR]

    def scan(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.name.endswith(".ir") and entry.is_file():
                    stat = entry.stat()
                    found.append((prefix + entry.name, stat.st_size, stat.st_mtime_ns))
                elif not prefix and entry.is_dir():
                    scan(entry.path, entry.name + "/")

    scan(str(RUNTIME_DIR), "")
    return tuple(found)


_VERSION: list[tuple[object, ...] | None] = [None]  # the files as last read


def refresh() -> bool:
    """Forget what was read of the runtime's files when any of them changed, came or went since the last
    call (an edited runtime is never served from this process's caches); True when it did. The driver
    calls it at every compile (a look at some twenty files' times), and clears its routine cache then."""
    global RUNTIME_FILES
    version = _files_version()
    if version == _VERSION[0]:
        return False
    _VERSION[0] = version
    RUNTIME_FILES = tuple(sorted(p.name for p in RUNTIME_DIR.glob("*.ir")))
    for cached in (
        _index,
        _parsed,
        _globals_of,
        _function_names,
        _routine,
        _namespace_routine,
        runtime_library,
        _collecting,
        _has_folder,
    ):
        cached.cache_clear()
    is_runtime_file.cache_clear()
    _REFERENCES.clear()
    return True


class LinkError(Exception):
    """A call of a function that neither the program nor the runtime defines."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(
            "undefined function" + ("s" if len(names) > 1 else "") + ": " + ", ".join(f"@{n}" for n in names)
        )
        self.names = names


class RuntimeLibraryError(Exception):
    """The runtime library itself is malformed: a name defined twice, or a language's file defining a
    name without the language's prefix. A fault of the library, never of the program being linked."""


# A routine's or global's name where it is defined: `func @name(` or `[const] global @name` opening a line.
_DEFINITION = re.compile(
    r"^[ \t]*(?:func|(?:const[ \t]+)?global)[ \t]+@([A-Za-z_][A-Za-z0-9_.]*)", re.MULTILINE
)


def namespace_files(namespace: str) -> tuple[str, ...]:
    """A language's own runtime files, as paths relative to this folder ("py/objects.ir")."""
    if not namespace:
        return ()
    return tuple(f"{namespace}/{p.name}" for p in sorted((RUNTIME_DIR / namespace).glob("*.ir")))


@cache
def _index(namespace: str = "") -> dict[str, str]:
    """Which file defines each runtime name a program of the namespace can link: the shared files and
    the namespace's own. A scan of the text, not a parse: a program that links nothing (or one file's
    routines) does not pay for parsing the whole library. Raises RuntimeLibraryError when a name is
    defined twice or a namespace's file defines a name without its `<namespace>_` prefix."""
    where: dict[str, str] = {}
    for name in RUNTIME_FILES + namespace_files(namespace):
        own = name.partition("/")[0] if "/" in name else ""
        for match in _DEFINITION.finditer((RUNTIME_DIR / name).read_text(encoding="utf-8")):
            defined = match.group(1)
            if own and not defined.startswith(own + "_"):
                raise RuntimeLibraryError(
                    f"runtime/{name} defines @{defined}: every name in runtime/{own}/ must begin {own}_"
                )
            if defined in where:
                raise RuntimeLibraryError(
                    f"@{defined} is defined twice in the runtime: "
                    f"in runtime/{where[defined]} and runtime/{name}"
                )
            where[defined] = name
    return where


@cache
def _parsed(name: str) -> Module:
    """One runtime file (a path relative to this folder), parsed once per process. Never changed
    afterwards: linking clones.

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


@cache  # asked once per card of a deck: the answer for a name never changes within a process
def is_runtime_file(file: str) -> bool:
    """True for a runtime file's name as the cards carry it ("runtime/memory.ir", "runtime/py/x.ir")."""
    if not file.startswith("runtime/") or not file.endswith(".ir"):
        return False
    relative = file.removeprefix("runtime/")
    parts = relative.split("/")
    return len(parts) <= 2 and all(parts) and (RUNTIME_DIR / relative).is_file()


def _optimised(name: str, file: str) -> Function:
    """One runtime routine, optimised (routines are optimised whatever the program's -O level: -O0 is
    for reading the program's code). Optimising a function looks at that function alone, so doing it
    per routine gives what doing all of them would. file: where it is defined (_index says)."""
    from compilers.opt import optimise_function

    part = _parsed(file)
    fn = part.function(name)
    assert fn is not None, name
    fn = clone_function(fn)
    optimise_function(fn)
    return fn


@cache
def _routine(name: str, file: str) -> Function:
    """A shared routine, optimised once per process the first time a program links it. Never changed
    afterwards: linking clones."""
    return _optimised(name, file)


@cache
def _namespace_routine(name: str, file: str) -> Function:
    """A language's own routine, optimised once per process (its own cache, so that the shared one
    holds exactly the shared library, whatever languages a process has compiled)."""
    return _optimised(name, file)


def _prepared(name: str, file: str) -> Function:
    return _namespace_routine(name, file) if "/" in file else _routine(name, file)


def _global(name: str, file: str) -> Global:
    g = _globals_of(file).get(name)
    assert g is not None, name
    return g


@cache
def _globals_of(file: str) -> dict[str, Global]:
    """One runtime file's globals by name: a Python program links some three hundred of them, each a
    search of the file's list before. The first of a name, as Module.global_ finds it."""
    found: dict[str, Global] = {}
    for g in _parsed(file).globals:
        found.setdefault(g.name, g)
    return found


def _is_function(name: str, namespace: str = "") -> bool:
    file = _index(namespace).get(name)
    return file is not None and name in _function_names(file)


@cache
def _function_names(file: str) -> frozenset[str]:
    """The functions one runtime file defines (asked for every name a program links)."""
    return frozenset(fn.name for fn in _parsed(file).functions)


@cache
def runtime_library(namespace: str = "") -> Module:
    """Every runtime routine a program of the namespace can link (the shared ones, and the namespace's
    own), optimised, and the globals they use (for readers and tests: linking takes only what a
    program needs, through the caches above)."""
    library = Module()
    for name in RUNTIME_FILES + namespace_files(namespace):
        part = _parsed(name)
        library.globals.extend(part.globals)
        library.functions.extend(_prepared(f.name, name) for f in part.functions)
    return library


def runtime_names(namespace: str = "") -> frozenset[str]:
    return frozenset(name for name in _index(namespace) if _is_function(name, namespace))


def references(fn: Function) -> set[str]:
    """Names a function refers to: called functions, addresses taken, and malloc for an alloc."""
    names: set[str] = set()
    sym = Sym  # a local name: this loop visits every instruction of every program function, twice a compile
    for block in fn.blocks:
        for instr in block.instrs:
            # The commonest instructions read their operands directly (the IR's operand and instruction
            # classes have no subclasses): uses() is a call and a list for each.
            kind = type(instr)
            if kind is Copy or kind is Unary:
                op = instr.src  # type: ignore[attr-defined]
                if type(op) is sym:
                    names.add(op.name)
                continue
            if kind is Binary:
                op = instr.left  # type: ignore[attr-defined]
                if type(op) is sym:
                    names.add(op.name)
                op = instr.right  # type: ignore[attr-defined]
                if type(op) is sym:
                    names.add(op.name)
                continue
            if kind is Alloc:
                names.add("malloc")
            for op in instr.uses():
                if type(op) is sym:
                    names.add(op.name)
            target = getattr(instr, "target", None)  # a call's or a tail call's callee
            if type(target) is sym:
                names.add(target.name)
    return names


# A prepared routine's references, in name order, by the routine's id: (routine, names). A routine never
# changes, so they are found once; the entry is the routine's own only while it holds the routine itself.
_REFERENCES: dict[int, tuple[Function, tuple[str, ...]]] = {}


def _routine_references(routine: Function) -> tuple[str, ...]:
    entry = _REFERENCES.get(id(routine))
    if entry is None or entry[0] is not routine:
        entry = _REFERENCES[id(routine)] = (routine, tuple(sorted(references(routine))))
    return entry[1]


def link(
    module: Module,
    in_place: bool = False,
    namespace: str = "",
    take: Callable[[Function], Function] = clone_function,
    names_of: Callable[[Function], Sequence[str]] | None = None,
) -> Module:
    """The program's globals and functions, then the runtime routines it needs: a new module, or the
    given one extended when in_place (the driver's choice: it has no further use for the original).
    namespace: the language's (registry.Language.namespace); its own routines, in runtime/<namespace>/,
    are linked besides the shared ones. take: what goes into the module for a prepared routine (which
    must never change): a copy by default; the driver passes the routine cache's shared, legalised form
    (compilers/backend/routines.py), so that a compile copies no routine. names_of: a program function's
    references in name order, when known otherwise than by walking it (the routine cache keeps those
    of the functions it holds)."""
    index = _index(namespace)
    defined = {f.name for f in module.functions} | {g.name for g in module.globals}
    if in_place:
        linked = module
    else:
        linked = Module(
            [clone_global(g) for g in module.globals], [clone_function(f) for f in module.functions]
        )
    # (function, whether it is a prepared routine, whose references are known)
    pending = [(fn, False) for fn in module.functions]
    for g in module.globals:
        pending.extend(
            (_prepared(i.name, index[i.name]), True)
            for i in g.init
            if isinstance(i, Sym)
            and i.name not in defined
            and i.name in index
            and _is_function(i.name, namespace)
        )
    added_globals: list[Global] = []
    added_functions: list[Function] = []
    missing: list[str] = []
    while pending:
        fn, routine = pending.pop()
        if routine:
            names: Sequence[str] = _routine_references(fn)
        else:
            names = names_of(fn) if names_of is not None else sorted(references(fn))
        for name in names:
            if name in defined:
                continue
            defined.add(name)
            if name not in index:
                missing.append(name)
            elif _is_function(name, namespace):
                prepared = _prepared(name, index[name])
                added_functions.append(take(prepared))
                pending.append((prepared, True))
            else:
                added_globals.append(clone_global(_global(name, index[name])))
    if missing:
        raise LinkError(sorted(missing))
    # Runtime data goes after the program's, so the program's addresses do not depend on what it links.
    linked.globals.extend(added_globals)
    linked.functions.extend(sorted(added_functions, key=lambda f: f.name))
    return linked


@cache  # asked for every call the verifier checks: a look at the file system each time cost a tenth of it
def _has_folder(namespace: str) -> bool:
    """Whether the runtime has a folder of the namespace's own routines."""
    return (RUNTIME_DIR / namespace).is_dir()


def defines(name: str) -> bool:
    """True when the runtime library defines `name`: among the shared files, or (for `<ns>_...`) in
    the namespace `ns`'s own folder. The verifier accepts a program's reference to a runtime global
    (`@gc_frames`) on this word; linking then finds it, or reports it when the language cannot see it."""
    if name in _index():
        return True
    namespace = name.partition("_")[0]
    return bool(namespace) and _has_folder(namespace) and name in _index(namespace)


@cache
def _collecting(namespace: str) -> frozenset[str]:
    """The runtime routines a program of the namespace can link that may collect (roots.py's rule)."""
    from compilers.ir.roots import collecting_functions

    functions = [fn for name in RUNTIME_FILES + namespace_files(namespace) for fn in _parsed(name).functions]
    return frozenset(collecting_functions(functions, lambda _name: True))


def may_collect(name: str) -> bool:
    """Whether a call of `name` may run the collector: true for a runtime routine that can reach
    @gc_collect or calls through a pointer, and for any name the runtime does not define."""
    if name in _index():
        return name in _collecting("")
    namespace = name.partition("_")[0]
    if namespace and _has_folder(namespace) and name in _index(namespace):
        return name in _collecting(namespace)
    return True
