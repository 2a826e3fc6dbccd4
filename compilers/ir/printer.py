"""The IR's text form (README.md): the printer. parse_module(print_module(m)) gives m back."""

from __future__ import annotations

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


def print_instr(instr: Instr) -> str:
    match instr:
        case Copy(dest, src):
            return f"{dest} = copy {src}"
        case Unary(op, dest, src):
            return f"{dest} = {op} {src}"
        case Binary(op, dest, left, right):
            return f"{dest} = {op} {left}, {right}"
        case Load(dest, addr, offset):
            return f"{dest} = load {_address(addr, offset)}"
        case Store(addr, value, offset):
            return f"store {_address(addr, offset)}, {value}"
        case Call(dest, target, args):
            text = f"call {target}({', '.join(str(a) for a in args)})"
            return text if dest is None else f"{dest} = {text}"
        case Alloc(dest, size):
            return f"{dest} = alloc {size}"
        case Print(kind, value):
            return f"{'print' if kind == 'int' else 'printc'} {value}"
        case ReadInt(dest, addr):
            return f"{dest} = read [{addr}]"
        case ReadChar(dest):
            return f"{dest} = readc"
        case HeapInfo(which, dest):
            return f"{dest} = {which}"
        case Jump(target):
            return f"jmp {target}"
        case Branch(cond, if_true, if_false):
            return f"br {cond}, {if_true}, {if_false}"
        case Switch(value, default, cases):
            return f"switch {value}, {default}, [{', '.join(f'{v}: {label}' for v, label in cases)}]"
        case Return(value):
            return "ret" if value is None else f"ret {value}"
        case TailCall(target, args):
            return f"tailcall {target}({', '.join(str(a) for a in args)})"
        case Halt():
            return "halt"
        case Trap(code):
            return f"trap {code}"
    raise TypeError(f"not an IR instruction: {instr!r}")


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
    for block in fn.blocks:
        lines.append(f"{block.label}:")
        for instr in block.instrs:
            here = getattr(instr, "line", None)
            if here is not None and here != line:
                lines.append(f"  .line {here}")
                line = here
            lines.append("  " + print_instr(instr))
    lines.append("}")
    return "\n".join(lines)


def print_module(module: Module) -> str:
    parts = [print_global(g) for g in module.globals]
    text = "\n".join(parts)
    funcs = "\n\n".join(print_function(f) for f in module.functions)
    if text and funcs:
        return text + "\n\n" + funcs + "\n"
    return (text or funcs) + "\n"
