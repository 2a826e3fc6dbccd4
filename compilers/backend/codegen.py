"""The back end's driver: a linked, legalised IR module in, Babbage assembly out (README.md here)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain

from compilers.backend.asm import Asm, instr, label, quote_file, render_into
from compilers.backend.frameless import frameless
from compilers.backend.isel import Constants, FunctionEmitter, mangle
from compilers.backend.legalize import select_indexed
from compilers.backend.liveness import liveness
from compilers.backend.peephole import JUMP_OPS, peephole
from compilers.backend.regalloc import allocate
from compilers.backend.routines import RoutineCache, RoutineCode
from compilers.ir.layout import layout_module
from compilers.ir.nodes import Block, Call, Function, Global, Module, Sym, TailCall

_PLAIN = set(" !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~")
_STRING_ESCAPES = {"\n": "\\n", "\t": "\\t", "\\": "\\\\", '"': '\\"'}
# A string of these characters only is written as `.string` (a regular expression and a translation table:
# the runtime's strings are rendered in every compile).
_STRING_TEXT = re.compile("[" + re.escape("".join(sorted(_PLAIN | set(_STRING_ESCAPES)))) + "]*")
_STRING_TABLE = str.maketrans(_STRING_ESCAPES)


@dataclass(slots=True)
class Compiled:
    assembly: str
    static_words: int  # words of static data (globals and wide constants)
    heap_words: int
    stack_words: int | None  # the deepest chain of frames, None when the program recurses
    frames: dict[str, int]  # function -> words its activation takes (arguments, return, FP, frame)
    # The assembly in segments, whose lines joined make it: (kept, its lines), kept for a function's code
    # that is kept for the process (RoutineCache: a runtime routine's, a function prepared by an earlier
    # compile), which babbage.linker.assemble_parts keeps assembled too; the rest it reads line by line.
    segments: list[tuple[bool, Sequence[str]]] = field(default_factory=list)


def _data_lines(g: Global) -> list[str]:
    lines = [f"{mangle(g.name)}:"]
    used = 0
    numbers: list[str] = []

    def flush() -> None:
        if numbers:
            lines.append("        .word " + ", ".join(numbers))
            numbers.clear()

    for item in g.init:
        if isinstance(item, str):
            if _STRING_TEXT.fullmatch(item):
                flush()
                lines.append('        .string "' + item.translate(_STRING_TABLE) + '"')
            else:
                numbers.extend(str(ord(ch)) for ch in item)
                numbers.append("0")
            used += len(item) + 1
        else:
            numbers.append(mangle(item.name) if isinstance(item, Sym) else str(item))
            used += 1
    flush()
    if g.size > used:
        lines.append(f"        .space {g.size - used}")
    return lines


@dataclass(frozen=True, slots=True)
class CallShape:
    """What the whole-program questions below read of one function: its calls and the functions whose
    address it takes. A runtime routine's is found once per process (generate's `routines`)."""

    calls: frozenset[str]  # functions it calls directly
    tail_targets: frozenset[str]  # functions it tail-calls directly
    tails: tuple[tuple[int, str | None], ...]  # its tail calls: (arguments, target; None: a pointer)
    pushed: int  # the most arguments a tail call of it pushes
    through_pointer: bool  # it calls or tail-calls through a pointer
    taken: frozenset[str]  # functions (or globals) it names other than as a tail call's target


def call_shape(fn: Function) -> CallShape:
    calls: set[str] = set()
    tail_targets: set[str] = set()
    tails: list[tuple[int, str | None]] = []
    taken: set[str] = set()
    through_pointer = False
    for block in fn.blocks:
        for ins in block.instrs:
            if isinstance(ins, Call | TailCall):
                if isinstance(ins.target, Sym):
                    (tail_targets if isinstance(ins, TailCall) else calls).add(ins.target.name)
                else:
                    through_pointer = True
                if isinstance(ins, TailCall):
                    tails.append((len(ins.args), ins.target.name if isinstance(ins.target, Sym) else None))
            for op in ins.uses():
                if isinstance(op, Sym) and not (isinstance(ins, TailCall) and op is ins.target):
                    taken.add(op.name)
    pushed = max((count for count, _target in tails), default=0)
    return CallShape(
        frozenset(calls), frozenset(tail_targets), tuple(tails), pushed, through_pointer, frozenset(taken)
    )


def _shapes(module: Module, routines: RoutineCache | None) -> dict[str, CallShape]:
    """Each function's CallShape: a routine the cache holds (never changed) from the cache."""
    if routines is None:
        return {fn.name: call_shape(fn) for fn in module.functions}
    return {fn.name: routines.call_shape(fn, call_shape) for fn in module.functions}


def _stack_need(
    module: Module, frames: dict[str, int], shapes: dict[str, CallShape] | None = None
) -> int | None:
    """The deepest the stack can go from main, or None when a recursion (or a call through a pointer)
    leaves it unbounded. A tail call's callee takes its caller's place, so it adds nothing to the
    caller's depth: need(f) = max(frame(f) + the deepest need of what f calls, frame(f) + the
    arguments f pushes for a tail call, the need of what f tail-calls). A loop of tail calls is
    bounded; a loop through an ordinary call grows every round (a frame is at least 2 words), which is
    how a recursion is told: the longest-path iteration does not settle within one round per function."""
    if shapes is None:
        shapes = {fn.name: call_shape(fn) for fn in module.functions}
    if any(shape.through_pointer for shape in shapes.values()):
        return None
    calls = {name: shape.calls for name, shape in shapes.items()}
    tails = {name: shape.tail_targets for name, shape in shapes.items()}
    pushed = {name: shape.pushed for name, shape in shapes.items()}
    if "main" not in calls:
        return 0
    need = dict.fromkeys(calls, 0)
    for _ in range(len(calls) + 1):
        changed = False
        for name in calls:
            own = frames.get(name, 0)
            value = max(
                own + pushed[name],
                own + max((need.get(c, 0) for c in calls[name]), default=0),
                max((need.get(t, 0) for t in tails[name]), default=0),
            )
            if value != need[name]:
                need[name], changed = value, True
        if not changed:
            return need["main"]
    return None


def unbalanced_functions(
    module: Module, shapes: dict[str, CallShape] | None = None
) -> tuple[frozenset[str], bool]:
    """The functions that may return with another number of argument words on the stack than their
    caller pushed: a tail call with another number of arguments than its function takes leaves the
    callee's count there (README.md, tail calls), and so does a tail call of such a function. Also
    whether a call through a pointer may reach one (some function whose address is taken is one)."""
    if shapes is None:
        shapes = {fn.name: call_shape(fn) for fn in module.functions}
    taken: set[str] = set()
    for g in module.globals:
        taken.update(i.name for i in g.init if isinstance(i, Sym))
    for shape in shapes.values():
        taken |= shape.taken
    tails = {name: shape.tails for name, shape in shapes.items()}
    params = {fn.name: len(fn.params) for fn in module.functions}
    unbalanced: set[str] = set()
    changed = True
    while changed:
        changed = False
        through_pointer = bool(taken & unbalanced)
        for name, calls in tails.items():
            if name not in unbalanced and any(
                count != params[name] or (target in unbalanced if target is not None else through_pointer)
                for count, target in calls
            ):
                unbalanced.add(name)
                changed = True
    return frozenset(unbalanced), bool(taken & unbalanced)


def _emit(
    fn: Function,
    optimise: bool,
    constants: Constants,
    heap_words: int,
    unbalanced: frozenset[str],
    indirect_unbalanced: bool,
) -> FunctionEmitter:
    """One function's emitter, its code emitted (emitter.out; the peephole pass is the caller's)."""
    if optimise:
        # On new blocks: select_indexed replaces block contents and the back end never changes an
        # instruction, so the instructions can be shared and the IR the caller holds stays plain IR.
        fn = Function(
            fn.name,
            fn.params,
            fn.ret,
            fn.slots,
            [Block(b.label, list(b.instrs)) for b in fn.blocks],
            fn.line,
            fn.file,
        )
        live = select_indexed(fn)
    else:
        live = liveness(fn)
    emitter = FunctionEmitter(fn, allocate(fn, live=live), constants, fuse=True, live=live)
    emitter.heap_words = heap_words
    emitter.unbalanced = unbalanced
    emitter.indirect_unbalanced = indirect_unbalanced
    emitter.emit_function()
    return emitter


def _finished(emitter: FunctionEmitter, optimise: bool) -> tuple[list[Asm], int]:
    """A function's code and the words its activation takes: at -O1 after the peephole pass and, where
    it applies, without the frame pointer (frameless.py)."""
    params = len(emitter.fn.params)
    framed = emitter.frame_size + 2 + params  # arguments, the return card, the caller's FP, the frame
    if not optimise:
        return emitter.out, framed
    lines = peephole(emitter.out)
    light = frameless(lines, emitter.frame_size, params)
    return (lines, framed) if light is None else (light.lines, light.frame_words)


@dataclass(slots=True)
class _Cached:
    """A cached routine's place in a module's code: its code, with the module's constant labels."""

    code: RoutineCode
    lines: tuple[Asm, ...]  # code.lines, or all but the last (a jump to the next part's label)
    exact: bool  # lines are code.lines, their constants not renamed (code.text is their text)
    renamed: tuple[tuple[str, str], ...] = ()  # operands of its constants -> the module's labels for them
    # A program's own function whose code this compile made: its text goes to the assembler as plain
    # lines, which costs less than making a kept piece (babbage/linker.py) that the program may never
    # need again; the next compile that meets the function makes the piece.
    made_here: bool = False


# A kept function's code rendered otherwise than as kept (not RoutineCode.text: a constant numbered
# otherwise, its last jump dropped, another line in force), by id(code): (code, its labels, what the text
# depends on, the text, the file and the source line in force after it). The next compile of the program,
# or of another of its language, renders most of them the same way; a text met again is the same tuple,
# which the assembler's piece cache finds at once (babbage/linker.py).
_Rendering = tuple[RoutineCode, tuple[str, ...], tuple[object, ...], tuple[str, ...], str | None, int | None]
_RENDERED: dict[int, _Rendering] = {}
# Cleared past this many (each a function's text, a few kB; a language's runtime renders some 40 again).
MAX_RENDERED = 1024


def _render_kept(
    part: _Cached, files: dict[str, str], file: str | None, current: int | None
) -> tuple[tuple[str, ...], str | None, int | None]:
    """render_into's text of a kept function's code (part.lines), the file and the line in force after it:
    the same text as the last time the same code was rendered with the same operands, file and line in
    force, and the same files for its labels."""
    code = part.code
    entry = _RENDERED.get(id(code))
    if entry is not None and entry[0] is code:
        names = entry[1]
    else:
        entry = None
        names = tuple(item.label for item in code.lines if item.label is not None)
    key = (part.renamed, len(part.lines), file, current, tuple(map(files.get, names)))
    if entry is not None and entry[2] == key:
        return entry[3], entry[4], entry[5]
    lines: Sequence[Asm] = part.lines
    if part.renamed:
        renamed = dict(part.renamed)
        lines = [Asm(a.op, tuple(renamed.get(x, x) for x in a.args), a.label, a.line) for a in lines]
    out: list[str] = []
    file, current = render_into(out, lines, files, file, current)
    text = tuple(out)
    if len(_RENDERED) >= MAX_RENDERED:
        _RENDERED.clear()
    # One assignment, for a compile on another thread.
    _RENDERED[id(code)] = (code, names, key, text, file, current)
    return text, file, current


def _routine_code(
    fn: Function,
    owner: str,
    optimise: bool,
    heap_words: int,
    unbalanced: frozenset[str],
    indirect_unbalanced: bool,
) -> RoutineCode:
    """A runtime routine's code on its own: as generate makes it, with constants of its own."""
    constants = Constants()
    emitter = _emit(fn, optimise, constants, heap_words, unbalanced, indirect_unbalanced)
    lines, frame = _finished(emitter, optimise)
    text: list[str] = []
    _file, last = render_into(text, lines, {mangle(fn.name): owner}, owner, None)
    first = next((item.line for item in lines if item.op is not None and item.line is not None), None)
    return RoutineCode(
        tuple(lines),
        tuple(text),
        first,
        last,
        frame,
        tuple((name, tuple(entries)) for name, entries in emitter.tables.items()),
        tuple(constants.labels.items()),
    )


def generate(
    module: Module,
    heap_words: int,
    optimise: bool = True,
    filename: str | None = None,
    routines: RoutineCache | None = None,
) -> Compiled:
    """Assembly for a linked, legalised module. heap_words: words reserved for the allocator.

    routines: the cache of the runtime routines' code; a function it holds (cache.legalised gave it, or
    cache.keep_prepared took it) takes its code from there, made once per process, and the module's
    text is the same either way."""
    constants = Constants()
    layout = layout_module(module, 0)
    own: list[Asm] = [label("__start"), instr("CALL", "main"), instr("HALT")]
    # The code in order: the module's own functions (each after its peephole pass) and cached routines.
    # No peephole rule reaches past a function's first label but one, the jump to the next card, which
    # is applied across each boundary below.
    parts: list[list[Asm] | _Cached] = [own]
    frames: dict[str, int] = {}
    tables: dict[str, list[str]] = {}
    shapes = _shapes(module, routines)
    unbalanced, indirect_unbalanced = unbalanced_functions(module, shapes)
    for fn in module.functions:
        facts = routines.facts(fn) if routines is not None else None
        owner = fn.file if fn.file is not None else filename  # the file its lines refer to
        if routines is not None and facts is not None and owner:
            key = routines.code_key(fn, facts, optimise, heap_words, unbalanced, indirect_unbalanced)
            code = routines.code(key, fn)
            made_here = code is None and fn.file is None  # a program's own function, new to the process
            if code is None:
                code = _routine_code(fn, owner, optimise, heap_words, unbalanced, indirect_unbalanced)
                routines.keep(key, code, fn)
            renamed: dict[str, str] = {}
            for value, name in code.constants:  # the module's labels for them, numbered as if emitted
                operand = constants.operand(value)
                if operand != f"[{name}]":
                    renamed[f"[{name}]"] = operand
            # Its lines with the constants' operands renamed are made only if its text is (_render_kept):
            # the renaming changes no label, no op and no jump's target.
            parts.append(_Cached(code, code.lines, not renamed, tuple(renamed.items()), made_here))
            frames[fn.name] = code.frame
            tables.update((name, list(entries)) for name, entries in code.tables)
            continue
        emitter = _emit(fn, optimise, constants, heap_words, unbalanced, indirect_unbalanced)
        lines, frames[fn.name] = _finished(emitter, optimise)
        parts.append(lines)
        tables.update(emitter.tables)
    static = layout.static_words + len(constants.labels) + sum(len(t) for t in tables.values())
    if optimise:
        _jumps_to_next(parts)
    out: list[str] = []
    if filename:
        out.append(f"        .file {quote_file(filename)}")
    if heap_words:
        out.append(f"        .heap {heap_words}")
    out.append("        .text")
    # Each function's lines refer to its own file: a runtime routine's to the routine's .ir file, the
    # program's to `filename` (without one, the program's code has no file to return to; it comes
    # first in the module, before any runtime routine, so it never needs to).
    files: dict[str, str] = {}
    for fn in module.functions:
        owner = fn.file if fn.file is not None else filename
        if owner:
            files[mangle(fn.name)] = owner
    file: str | None = filename or None
    current: int | None = None
    segments: list[tuple[bool, Sequence[str]]] = [(False, out)]
    for part in parts:
        if isinstance(part, list):
            code_lines: list[str] = []
            file, current = render_into(code_lines, part, files, file, current)
            segments.append((False, code_lines))
            continue
        code = part.code
        owner = files.get(part.lines[0].label or "") if part.lines else None
        if part.exact and owner is not None and (owner != file or current != code.first_line):
            # Its text as made: after a .file, or where the line in force is not its first line.
            if owner != file:
                segments.append((False, [f"        .file {quote_file(owner)}"]))
                file, current = owner, None
            segments.append((not part.made_here, code.text))
            current = code.last_line if code.last_line is not None else current
        else:
            # A kept function's code rendered again (a constant numbered otherwise, a last jump dropped,
            # another line in force): the same text as in the last compile that rendered it so.
            kept_text, file, current = _render_kept(part, files, file, current)
            segments.append((not part.made_here, kept_text))
    data: list[str] = []
    for g in module.globals:
        data.extend(_data_lines(g))
    for value, name in constants.labels.items():
        data.append(f"{name}:")
        data.append(f"        .word {value}")
    for name, entries in tables.items():  # jump tables: card indices, read by JMPR
        data.append(f"{name}:")
        data.append("        .word " + ", ".join(entries))
    data.append("__heap:")  # the heap starts after all static data (the assembler's pool stays empty)
    segments.append((False, ["        .data", *data]))
    text = "\n".join(chain.from_iterable(lines for _code, lines in segments)) + "\n"
    return Compiled(text, static, heap_words, _stack_need(module, frames, shapes), frames, segments)


def _jumps_to_next(parts: list[list[Asm] | _Cached]) -> None:
    """The peephole rule that crosses a function's boundary: a jump (a tail call) that ends one part
    and goes to the label that starts the next goes."""
    for index in range(len(parts) - 1):
        part, following = parts[index], parts[index + 1]
        lines = part if isinstance(part, list) else part.lines
        after = following if isinstance(following, list) else following.lines
        if not lines or not after:
            continue
        last = lines[-1]
        labels: set[str] = set()
        for item in after:
            if item.label is None:
                break
            labels.add(item.label)
        if last.op in JUMP_OPS and last.args[0] in labels:
            if isinstance(part, list):
                part.pop()
            else:
                part.lines = part.lines[:-1]
                part.exact = False


def function_emitter(fn: Function) -> FunctionEmitter:
    """For tests and the explorer: one function's emitter with its allocation."""
    return FunctionEmitter(fn, allocate(fn), Constants())
