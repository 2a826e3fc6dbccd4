"""The back end's driver: a linked, legalised IR module in, Babbage assembly out (README.md here)."""

from __future__ import annotations

from dataclasses import dataclass

from compilers.backend.asm import Asm, instr, label, quote_file, render
from compilers.backend.isel import Constants, FunctionEmitter, mangle
from compilers.backend.legalize import select_indexed
from compilers.backend.liveness import liveness
from compilers.backend.peephole import peephole
from compilers.backend.regalloc import allocate
from compilers.ir.layout import layout_module
from compilers.ir.nodes import Block, Call, Function, Global, Module, Sym

_PLAIN = set(" !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~")
_STRING_ESCAPES = {"\n": "\\n", "\t": "\\t", "\\": "\\\\", '"': '\\"'}


@dataclass(slots=True)
class Compiled:
    assembly: str
    static_words: int  # words of static data (globals and wide constants)
    heap_words: int
    stack_words: int | None  # the deepest chain of frames, None when the program recurses
    frames: dict[str, int]  # function -> words its activation takes (arguments, return, FP, frame)


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
            if all(ch in _PLAIN or ch in _STRING_ESCAPES for ch in item):
                flush()
                lines.append('        .string "' + "".join(_STRING_ESCAPES.get(ch, ch) for ch in item) + '"')
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


def _stack_need(module: Module, frames: dict[str, int]) -> int | None:
    calls: dict[str, set[str]] = {}
    indirect = False
    for fn in module.functions:
        targets = set()
        for block in fn.blocks:
            for ins in block.instrs:
                if isinstance(ins, Call):
                    if isinstance(ins.target, Sym):
                        targets.add(ins.target.name)
                    else:
                        indirect = True
        calls[fn.name] = targets
    if indirect:
        return None
    memo: dict[str, int | None] = {}
    visiting: set[str] = set()

    def depth(name: str) -> int | None:
        if name in memo:
            return memo[name]
        if name in visiting:
            return None
        visiting.add(name)
        deepest = 0
        for callee in calls.get(name, set()):
            d = depth(callee)
            if d is None:
                visiting.discard(name)
                memo[name] = None
                return None
            deepest = max(deepest, d)
        visiting.discard(name)
        memo[name] = frames.get(name, 0) + deepest
        return memo[name]

    return depth("main") if "main" in calls else 0


def generate(module: Module, heap_words: int, optimise: bool = True, filename: str | None = None) -> Compiled:
    """Assembly for a linked, legalised module. heap_words: words reserved for the allocator."""
    constants = Constants()
    layout = layout_module(module, 0)
    text: list[Asm] = [label("__start"), instr("CALL", "main"), instr("HALT")]
    frames: dict[str, int] = {}
    for fn in module.functions:
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
        frames[fn.name] = emitter.frame_size + 2 + len(fn.params)
        emitter.heap_words = heap_words
        text.extend(emitter.emit_function())
    static = layout.static_words + len(constants.labels)
    if optimise:
        text = peephole(text)
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
    out.extend(render(text, files, filename or None))
    data: list[str] = []
    for g in module.globals:
        data.extend(_data_lines(g))
    for value, name in constants.labels.items():
        data.append(f"{name}:")
        data.append(f"        .word {value}")
    data.append("__heap:")  # the heap starts after all static data (the assembler's pool stays empty)
    out.append("        .data")
    out.extend(data)
    return Compiled("\n".join(out) + "\n", static, heap_words, _stack_need(module, frames), frames)


def function_emitter(fn: Function) -> FunctionEmitter:
    """For tests and the explorer: one function's emitter with its allocation."""
    return FunctionEmitter(fn, allocate(fn), Constants())
