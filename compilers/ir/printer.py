"""The IR's text form (README.md): the printer. parse_module(print_module(m)) gives m back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from compilers.ir.nodes import (
    Alloc,
    Binary,
    Branch,
    Call,
    Copy,
    DataItem,
    Function,
    Global,
    Halt,
    HeapInfo,
    Instr,
    Jump,
    Load,
    Module,
    Operand,
    Print,
    ReadChar,
    ReadInt,
    Return,
    Store,
    Switch,
    Sym,
    TailCall,
    Trap,
    Unary,
    data_words,
)

_ESCAPES = {"\n": "\\n", "\t": "\\t", "\\": "\\\\", '"': '\\"', "\0": "\\0"}


def quote_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif (ch.isprintable() and ord(ch) < 0x7F) or (ch.isprintable() and ord(ch) > 0xA0):
            out.append(ch)
        else:
            out.append(f"\\u{{{ord(ch):x}}}")
    return '"' + "".join(out) + '"'


def _address(addr: Operand, offset: int) -> str:
    if offset > 0:
        return f"[{addr}+{offset}]"
    if offset < 0:
        return f"[{addr}{offset}]"
    return f"[{addr}]"


def _print_kind(kind: str) -> str:
    # Another kind (which the verifier refuses) printed as itself: the text is a cache key.
    return "print" if kind == "int" else "printc" if kind == "char" else f"print.{kind}"


def _call(i: Call) -> str:
    text = f"call {i.target}({', '.join(map(str, i.args))})"
    return text if i.dest is None else f"{i.dest} = {text}"


def _switch(i: Switch) -> str:
    return f"switch {i.value}, {i.default}, [{', '.join(f'{v}: {label}' for v, label in i.cases)}]"


# Each instruction class's text, found by the class (a printer walks every instruction of a program's
# functions, for their cache keys as well: a lookup, not a chain of class tests).
_TEXT: dict[type, Callable[[Any], str]] = {
    Copy: lambda i: f"{i.dest} = copy {i.src}",
    Unary: lambda i: f"{i.dest} = {i.op} {i.src}",
    Binary: lambda i: f"{i.dest} = {i.op} {i.left}, {i.right}",
    Load: lambda i: f"{i.dest} = load {_address(i.addr, i.offset)}",
    Store: lambda i: f"store {_address(i.addr, i.offset)}, {i.value}",
    Call: _call,
    Alloc: lambda i: f"{i.dest} = alloc {i.size}",
    Print: lambda i: f"{_print_kind(i.kind)} {i.value}",
    ReadInt: lambda i: f"{i.dest} = read [{i.addr}]",
    ReadChar: lambda i: f"{i.dest} = readc",
    HeapInfo: lambda i: f"{i.dest} = {i.which}",
    Jump: lambda i: f"jmp {i.target}",
    Branch: lambda i: f"br {i.cond}, {i.if_true}, {i.if_false}",
    Switch: _switch,
    Return: lambda i: "ret" if i.value is None else f"ret {i.value}",
    TailCall: lambda i: f"tailcall {i.target}({', '.join(map(str, i.args))})",
    Halt: lambda i: "halt",
    Trap: lambda i: f"trap {i.code}",
}


def print_instr(instr: Instr) -> str:
    text = _TEXT.get(type(instr))
    if text is None:
        raise TypeError(f"not an IR instruction: {instr!r}")
    return text(instr)


def _item(item: DataItem) -> str:
    if isinstance(item, str):
        return quote_string(item)
    if isinstance(item, Sym):
        return str(item)
    return str(item)


def print_global(g: Global) -> str:
    head = ("const " if g.const else "") + f"global @{g.name}"
    if g.size != max(data_words(g.init), 1):
        head += f"[{g.size}]"
    if g.type != "w":
        head += f": {g.type}"
    if g.init:
        head += " = " + ", ".join(_item(i) for i in g.init)
    return head


def print_function(fn: Function) -> str:
    params = ", ".join(f"%{p.name}" if p.type == "w" else f"%{p.name}: {p.type}" for p in fn.params)
    lines = [f"func @{fn.name}({params}) -> {fn.ret} {{"]
    for slot in fn.slots:
        lines.append(f"  slot ${slot.name}" + (f"[{slot.size}]" if slot.size != 1 else ""))
    if fn.line is not None:
        lines.append(f"  .line {fn.line}")
    line: int | None = fn.line
    texts = _TEXT
    for block in fn.blocks:
        lines.append(f"{block.label}:")
        for instr in block.instrs:
            here = getattr(instr, "line", None)
            if here is not None and here != line:
                lines.append(f"  .line {here}")
                line = here
            text = texts.get(type(instr))
            lines.append("  " + (text(instr) if text is not None else print_instr(instr)))
    lines.append("}")
    return "\n".join(lines)


def print_module(module: Module) -> str:
    parts = [print_global(g) for g in module.globals]
    text = "\n".join(parts)
    funcs = "\n\n".join(print_function(f) for f in module.functions)
    if text and funcs:
        return text + "\n\n" + funcs + "\n"
    return (text or funcs) + "\n"
