"""The reference interpreter: runs a linked IR module directly, the oracle the compiled program must match.

It follows README.md to the letter and shares the Store layout with the back end (layout.py), so that even
addresses agree. Frames live on an explicit stack (no Python recursion), each charged the words a compiled
frame takes for its return card, saved FP and arguments, so deep recursion runs out of Store much as the
Engine does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from babbage.numbers import WORD_MAX, trunc_div, trunc_mod
from babbage.result import HALTED, RunResult, Statistics
from compilers.ir.layout import default_heap_words, layout_module
from compilers.ir.nodes import (
    WRAP_WIDTHS,
    Alloc,
    Binary,
    Block,
    Branch,
    Call,
    Const,
    Copy,
    Function,
    Halt,
    HeapInfo,
    Jump,
    Load,
    Module,
    Operand,
    Print,
    ReadChar,
    ReadInt,
    Return,
    SlotRef,
    Store,
    Switch,
    Sym,
    TailCall,
    Temp,
    Trap,
    Unary,
)

FUNCTION_BASE = 10**9  # function pointers are FUNCTION_BASE + index: never 0, never a Store address


class InterpError(Exception):
    """The module cannot be run at all (no @main, a call of a function that is not linked)."""


class _Stop(Exception):
    def __init__(self, status: str, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


@dataclass(slots=True)
class _Frame:
    fn: Function
    block: Block
    index: int
    temps: dict[str, int]
    slots: dict[str, int]
    sp: int  # the lowest stack word of this frame: callees start below it
    dest: Temp | None  # the caller's temp that receives the result
    top: int  # the first word above this activation (its arguments end there): a tail call's anchor
    line: int | None = None


def _check(value: int) -> int:
    if -WORD_MAX <= value <= WORD_MAX:
        return value
    raise _Stop("overflow", "arithmetic result has more than 50 digits")


def wrap(op: str, value: int) -> int:
    bits, signed = WRAP_WIDTHS[op[5:]]
    modulus = 1 << bits
    value %= modulus
    if signed and value >= modulus >> 1:
        value -= modulus
    return value


def binary(op: str, a: int, b: int) -> int:
    """One binary operation of README.md (shared with the optimiser's constant folding)."""
    if op == "add":
        return _check(a + b)
    if op == "sub":
        return _check(a - b)
    if op == "mul":
        return _check(a * b)
    if op in ("div", "rem"):
        if b == 0:
            raise _Stop("division_by_zero", "division by zero")
        return trunc_div(a, b) if op == "div" else trunc_mod(a, b)
    if op == "and":
        return a & b
    if op == "or":
        return a | b
    if op == "xor":
        return a ^ b
    if op in ("shl", "shr"):
        if not 0 <= b <= 200:
            raise _Stop("domain", f"shift by {b}")
        return _check(a << b) if op == "shl" else a >> b
    if op == "eq":
        return int(a == b)
    if op == "ne":
        return int(a != b)
    if op == "lt":
        return int(a < b)
    if op == "le":
        return int(a <= b)
    if op == "gt":
        return int(a > b)
    if op == "ge":
        return int(a >= b)
    raise InterpError(f"unknown operation {op}")


def unary(op: str, a: int) -> int:
    if op == "neg":
        return -a
    if op == "not":
        return _check(-a - 1)
    if op == "lnot":
        return int(a == 0)
    return wrap(op, a)


@dataclass(slots=True)
class _Machine:
    module: Module
    memory: list[int]
    stdin: str
    max_steps: int
    max_output: int
    heap_base: int
    heap_limit: int
    addresses: dict[str, int]
    functions: dict[str, Function] = field(default_factory=dict)
    by_pointer: dict[int, Function] = field(default_factory=dict)
    pointers: dict[str, int] = field(default_factory=dict)
    output: list[str] = field(default_factory=list)
    output_bytes: int = 0
    input_pos: int = 0
    steps: int = 0
    frames: list[_Frame] = field(default_factory=list)
    switches: dict[int, dict[int, str]] = field(default_factory=dict)  # id(Switch) -> value -> label
    blocks: dict[int, dict[str, Block]] = field(default_factory=dict)  # id(Function) -> label -> block
    param_names: dict[int, list[str]] = field(default_factory=dict)  # id(Function) -> its parameters

    def value(self, op: Operand, frame: _Frame) -> int:
        kind = type(op)  # operand classes have no subclasses
        if kind is Temp:
            return frame.temps.get(op.name, 0)  # type: ignore[union-attr]  # unassigned reads as 0
        if kind is Const:
            return op.value  # type: ignore[union-attr]
        if isinstance(op, Sym):
            if op.name in self.addresses:
                return self.addresses[op.name]
            if op.name in self.pointers:
                return self.pointers[op.name]
            raise InterpError(f"unknown @{op.name}")
        assert isinstance(op, SlotRef)
        return frame.slots[op.name]

    def address(self, value: int) -> int:
        if not 0 <= value < len(self.memory):
            raise _Stop("store_out_of_range", f"address {value} is outside the Store")
        return value

    def emit(self, text: str) -> None:
        size = len(text.encode("utf-8", "surrogatepass"))
        if self.output_bytes + size > self.max_output:
            raise _Stop("output_limit", "the printer's output limit is spent")
        self.output_bytes += size
        self.output.append(text)

    def read_int(self) -> int | None:
        text, pos = self.stdin, self.input_pos
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            self.input_pos = pos
            return None
        start = pos
        if text[pos] in "+-":
            pos += 1
        digits = pos
        while pos < len(text) and text[pos] in "0123456789":
            pos += 1
        if pos == digits:
            self.input_pos = start
            raise _Stop("bad_input", "the input deck has no number here")
        if pos - digits > 50:
            raise _Stop("overflow", "an input number has more than 50 digits")
        self.input_pos = pos
        return int(text[start:pos])

    def enter(self, fn: Function, args: list[int], dest: Temp | None, sp: int) -> _Frame:
        if len(args) != len(fn.params):
            raise InterpError(f"@{fn.name} takes {len(fn.params)} arguments, given {len(args)}")
        # What a compiled call takes: the arguments, the return card, the saved FP, then the slots.
        new_sp = sp - len(args) - 2
        slots: dict[str, int] = {}
        for slot in fn.slots:
            new_sp -= slot.size
            slots[slot.name] = new_sp
        if new_sp < self.heap_limit:
            raise _Stop("stack_overflow", "the stack ran into the static data and heap")
        temps = dict(zip(self.param_names[id(fn)], args, strict=True))
        return _Frame(fn, fn.blocks[0], 0, temps, slots, new_sp, dest, sp)

    def callee(self, call: Call | TailCall, frame: _Frame) -> Function:
        if isinstance(call.target, Sym):
            fn = self.functions.get(call.target.name)
            if fn is None:
                raise InterpError(f"call of @{call.target.name}, which is not defined or linked")
            return fn
        pointer = self.value(call.target, frame)
        fn = self.by_pointer.get(pointer)
        if fn is None:
            raise _Stop("bad_jump", f"call through {pointer}, which is not a function")
        return fn

    def run(self) -> None:
        main = self.functions.get("main")
        if main is None:
            raise InterpError("the program has no @main")
        frame = self.enter(main, [0] * len(main.params), None, len(self.memory))
        self.frames.append(frame)
        v = self.value
        blocks = self.blocks
        while True:
            instr = frame.block.instrs[frame.index]
            frame.index += 1
            self.steps += 1
            if self.steps > self.max_steps:
                raise _Stop("budget_exhausted", "the instruction budget is spent")
            line = instr.line  # type: ignore[attr-defined]
            if line is not None:
                frame.line = line
            # The commonest instructions first, by exact class (the IR's classes have no subclasses):
            # cheaper than the class patterns of `match`, which the rest go through.
            cls = type(instr)
            if cls is Binary:
                left, right = v(instr.left, frame), v(instr.right, frame)  # type: ignore[attr-defined]
                frame.temps[instr.dest.name] = binary(instr.op, left, right)  # type: ignore[attr-defined]
                continue
            if cls is Copy:
                frame.temps[instr.dest.name] = v(instr.src, frame)  # type: ignore[attr-defined]
                continue
            if cls is Branch:
                taken = v(instr.cond, frame) != 0  # type: ignore[attr-defined]
                label = instr.if_true if taken else instr.if_false  # type: ignore[attr-defined]
                frame.block = blocks[id(frame.fn)][label]
                frame.index = 0
                continue
            if cls is TailCall:
                # The callee's activation takes the caller's place: its arguments end where the
                # caller's ended (as on the Engine), so a chain of tail calls never deepens.
                fn = self.callee(instr, frame)  # type: ignore[arg-type]
                values = [v(a, frame) for a in instr.args]  # type: ignore[attr-defined]
                done = self.frames.pop()
                frame = self.enter(fn, values, done.dest, done.top)
                self.frames.append(frame)
                continue
            match instr:
                case Load(dest, addr, offset):
                    frame.temps[dest.name] = self.memory[self.address(v(addr, frame) + offset)]
                case Store(addr, value, offset):
                    self.memory[self.address(v(addr, frame) + offset)] = v(value, frame)
                case Jump(target):
                    frame.block = blocks[id(frame.fn)][target]
                    frame.index = 0
                case Unary(op, dest, src):
                    frame.temps[dest.name] = unary(op, v(src, frame))
                case Call(dest, _target, args):
                    fn = self.callee(instr, frame)
                    values = [v(a, frame) for a in args]
                    frame = self.enter(fn, values, dest, frame.sp)
                    self.frames.append(frame)
                case Alloc(dest, size):
                    allocator = self.functions.get("malloc")
                    if allocator is None:
                        raise InterpError("alloc needs the runtime's @malloc linked")
                    frame = self.enter(allocator, [v(size, frame)], dest, frame.sp)
                    self.frames.append(frame)
                case Switch(value, default, cases):
                    table = self.switches.get(id(instr))
                    if table is None:
                        table = self.switches[id(instr)] = dict(cases)
                    frame.block = blocks[id(frame.fn)][table.get(v(value, frame), default)]
                    frame.index = 0
                case Return(value):
                    result = 0 if value is None else v(value, frame)
                    done = self.frames.pop()
                    if not self.frames:
                        return
                    frame = self.frames[-1]
                    if done.dest is not None:
                        frame.temps[done.dest.name] = result
                case Print(kind, value):
                    number = v(value, frame)
                    if kind == "int":
                        self.emit(str(number))
                    else:
                        if not 0 <= number <= 0x10FFFF or 0xD800 <= number <= 0xDFFF:
                            raise _Stop("domain", f"PRINTC of {number}, which is not a character")
                        self.emit(chr(number))
                case ReadInt(dest, addr):
                    where = v(addr, frame)
                    got = self.read_int()
                    if got is None:
                        frame.temps[dest.name] = -1
                    else:
                        self.memory[self.address(where)] = got
                        frame.temps[dest.name] = 1
                case ReadChar(dest):
                    if self.input_pos < len(self.stdin):
                        frame.temps[dest.name] = ord(self.stdin[self.input_pos])
                        self.input_pos += 1
                    else:
                        frame.temps[dest.name] = -1
                case HeapInfo(which, dest):
                    frame.temps[dest.name] = self.heap_base if which == "heapbase" else self.heap_limit
                case Halt():
                    return
                case Trap(code):
                    raise _Stop("trap", f"TRAP {code}", code)
                case _:
                    raise InterpError(f"cannot interpret {instr!r}")


def interpret(
    module: Module,
    stdin: str = "",
    store_size: int = 2000,
    max_steps: int = 10_000_000,
    max_output: int = 65536,
    heap_words: int | None = None,
) -> RunResult:
    """Run a linked module from @main. Returns a RunResult: status "halted" or a trap name, the output,
    stats.instructions = IR instructions executed, trap_code for `trap N`, source_line where known."""
    heap = default_heap_words(module, store_size) if heap_words is None else heap_words
    layout = layout_module(module, heap)
    if layout.heap_limit > store_size:
        raise InterpError(f"the static data and heap ({layout.heap_limit} words) do not fit in {store_size}")
    memory = [0] * store_size
    for g in module.globals:
        address = layout.addresses[g.name]
        for item in g.init:
            if isinstance(item, str):
                for ch in item:
                    memory[address] = ord(ch)
                    address += 1
                memory[address] = 0
                address += 1
            else:
                memory[address] = item if isinstance(item, int) else -1  # symbols are set below
                address += 1
    machine = _Machine(
        module, memory, stdin, max_steps, max_output, layout.heap_base, layout.heap_limit, layout.addresses
    )
    for index, fn in enumerate(module.functions):
        machine.functions[fn.name] = fn
        machine.blocks[id(fn)] = {b.label: b for b in fn.blocks}
        machine.param_names[id(fn)] = [p.name for p in fn.params]
        machine.pointers[fn.name] = FUNCTION_BASE + index
        machine.by_pointer[FUNCTION_BASE + index] = fn
    for g in module.globals:  # addresses in initialisers, now that every name has a value
        address = layout.addresses[g.name]
        for item in g.init:
            if isinstance(item, Sym):
                memory[address] = layout.addresses.get(item.name, machine.pointers.get(item.name, 0))
            address += len(item) + 1 if isinstance(item, str) else 1
    status, message, code = HALTED, "", None
    try:
        machine.run()
    except _Stop as stop:
        status, message, code = stop.status, stop.message, stop.code
    # The program's line: a stop inside a runtime routine (whose lines are its own file's) is reported
    # at the line of the program that called it.
    line = None
    if status != HALTED:
        line = next((f.line for f in reversed(machine.frames) if f.fn.file is None), None)
    return RunResult(
        status=status,
        output="".join(machine.output),
        stats=Statistics(instructions=machine.steps),
        message=message,
        source_line=line,
        trap_code=code,
    )
