"""A small API for front-ends to build IR without spelling dataclasses (the C lowering's entry point).

    mb = ModuleBuilder()
    msg = mb.global_("msg", init=["hi\\n"], const=True)
    fb = mb.function("main", ret="w")
    fb.set_line(3)
    fb.call(Sym("puts"), [msg], returns=False)
    fb.ret(0)
    module = mb.finish()

Plain Python ints are accepted wherever an operand is and become Const. Temps and labels made by the
builder are unique within their function (%t1, %t2, ..., L1, L2, ...).
"""

from __future__ import annotations

from compilers.ir.nodes import (
    TERMINATORS,
    Alloc,
    Binary,
    Block,
    Branch,
    Call,
    Const,
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
    Param,
    Print,
    ReadChar,
    ReadInt,
    Return,
    Slot,
    SlotRef,
    Store,
    Switch,
    Sym,
    TailCall,
    Temp,
    Trap,
    Unary,
    data_words,
)

OperandLike = Operand | int


def as_operand(value: OperandLike) -> Operand:
    return Const(value) if isinstance(value, int) else value


class FunctionBuilder:
    def __init__(self, function: Function) -> None:
        self.function = function
        self.line: int | None = function.line
        self._counter = 0
        self._names: set[str] = {p.name for p in function.params}
        self._labels: set[str] = set()
        # The function's blocks by label and its slots' names, so that finding one is not a search of
        # the function (a function of thousands of blocks). Each index notes the list it was made from
        # and that list's length, and is made again when either differs: a front-end may filter its
        # function's blocks itself.
        self._blocks: dict[str, Block] = {}
        self._blocks_of: tuple[int, int] = (0, -1)
        self._slot_names: set[str] = set()
        self._slots_of: tuple[int, int] = (0, -1)
        self.current: Block = self._add_block("entry")

    # ---- names
    def param(self, index: int) -> Temp:
        return self.function.params[index].temp

    def new_temp(self, hint: str = "t") -> Temp:
        """A fresh temp; the hint (a source name) keeps the IR readable: %x, %x.1, ..."""
        names = self._names
        name = self._fresh(hint, names) if hint == "t" or hint in names else hint
        names.add(name)
        return Temp(name)

    def _fresh(self, hint: str, taken: set[str]) -> str:
        while True:
            self._counter += 1
            name = f"{hint}{self._counter}" if hint in ("t", "L") else f"{hint}.{self._counter}"
            if name not in taken:
                return name

    def slot(self, name: str, size: int = 1) -> SlotRef:
        slots = self.function.slots
        if self._slots_of != (id(slots), len(slots)):
            self._slot_names = {s.name for s in slots}
        taken = self._slot_names
        if name in taken:
            name = self._fresh(name, taken)
        slots.append(Slot(name, size))
        taken.add(name)
        self._slots_of = (id(slots), len(slots))
        return SlotRef(name)

    # ---- blocks
    def new_block(self, hint: str = "L") -> str:
        """Reserve a label; the block is created (at the end of the function) when set_block is called."""
        label = self._fresh(hint, self._labels) if hint in self._labels or hint == "L" else hint
        self._labels.add(label)
        return label

    def _block_index(self) -> dict[str, Block]:
        blocks = self.function.blocks
        if self._blocks_of != (id(blocks), len(blocks)):
            self._blocks = {}
            for b in blocks:
                self._blocks.setdefault(b.label, b)  # the first of a label, as a search finds
            self._blocks_of = (id(blocks), len(blocks))
        return self._blocks

    def _add_block(self, label: str) -> Block:
        self._labels.add(label)
        block = Block(label, [])
        index = self._block_index()
        blocks = self.function.blocks
        blocks.append(block)
        index.setdefault(label, block)
        self._blocks_of = (id(blocks), len(blocks))
        return block

    def set_block(self, label: str) -> None:
        """Continue emitting into the block `label` (created now if new). If the current block has no
        terminator yet, it falls through to the new one with an explicit jump."""
        instrs = self.current.instrs
        if not instrs or not isinstance(instrs[-1], TERMINATORS):  # not is_terminated, inlined
            self.jump(label)
        found = self._block_index().get(label)
        if found is not None:
            self.current = found
            return
        self.current = self._add_block(label)
        self._labels.add(label)

    @property
    def is_terminated(self) -> bool:
        instrs = self.current.instrs  # Block.terminator's test, inlined: every emit asks it
        return bool(instrs) and isinstance(instrs[-1], TERMINATORS)

    def set_line(self, line: int | None) -> None:
        self.line = line

    def emit(self, instr: Instr) -> None:
        """Append to the current block; code after a terminator is unreachable and goes to a fresh block."""
        instrs = self.current.instrs
        if instrs and isinstance(instrs[-1], TERMINATORS):  # is_terminated, inlined
            self.current = self._add_block(self.new_block("dead"))
            instrs = self.current.instrs
        if getattr(instr, "line", None) is None:
            instr.line = self.line  # type: ignore[attr-defined]
        instrs.append(instr)

    # ---- values
    def copy(self, src: OperandLike, dest: Temp | None = None) -> Temp:
        dest = dest or self.new_temp()
        self.emit(Copy(dest, as_operand(src)))
        return dest

    def binary(self, op: str, left: OperandLike, right: OperandLike, dest: Temp | None = None) -> Temp:
        dest = dest or self.new_temp()
        self.emit(Binary(op, dest, as_operand(left), as_operand(right)))
        return dest

    def unary(self, op: str, src: OperandLike, dest: Temp | None = None) -> Temp:
        dest = dest or self.new_temp()
        self.emit(Unary(op, dest, as_operand(src)))
        return dest

    def add(self, left: OperandLike, right: OperandLike) -> Temp:
        return self.binary("add", left, right)

    def sub(self, left: OperandLike, right: OperandLike) -> Temp:
        return self.binary("sub", left, right)

    def mul(self, left: OperandLike, right: OperandLike) -> Temp:
        return self.binary("mul", left, right)

    def wrap(self, width: str, src: OperandLike, dest: Temp | None = None) -> Temp:
        """width: i8 u8 i16 u16 i32 u32 i64 u64."""
        return self.unary(f"wrap.{width}", src, dest)

    def load(self, addr: OperandLike, offset: int = 0, dest: Temp | None = None) -> Temp:
        dest = dest or self.new_temp()
        self.emit(Load(dest, as_operand(addr), offset))
        return dest

    def store(self, addr: OperandLike, value: OperandLike, offset: int = 0) -> None:
        self.emit(Store(as_operand(addr), as_operand(value), offset))

    def call(
        self, target: Operand | str, args: list[OperandLike], returns: bool = True, dest: Temp | None = None
    ) -> Temp | None:
        """target: a function name or Sym (direct call) or a Temp holding a function pointer (indirect)."""
        tgt = Sym(target) if isinstance(target, str) else target
        result = (dest or self.new_temp()) if returns else None
        self.emit(Call(result, tgt, [as_operand(a) for a in args]))
        return result

    def alloc(self, size: OperandLike, dest: Temp | None = None) -> Temp:
        dest = dest or self.new_temp()
        self.emit(Alloc(dest, as_operand(size)))
        return dest

    def print_int(self, value: OperandLike) -> None:
        self.emit(Print("int", as_operand(value)))

    def print_char(self, value: OperandLike) -> None:
        self.emit(Print("char", as_operand(value)))

    def read_int(self, addr: OperandLike, dest: Temp | None = None) -> Temp:
        dest = dest or self.new_temp()
        self.emit(ReadInt(dest, as_operand(addr)))
        return dest

    def read_char(self, dest: Temp | None = None) -> Temp:
        dest = dest or self.new_temp()
        self.emit(ReadChar(dest))
        return dest

    def heap_info(self, which: str, dest: Temp | None = None) -> Temp:
        dest = dest or self.new_temp()
        self.emit(HeapInfo(which, dest))
        return dest

    # ---- terminators
    def jump(self, label: str) -> None:
        self.emit(Jump(label))

    def branch(self, cond: OperandLike, if_true: str, if_false: str) -> None:
        self.emit(Branch(as_operand(cond), if_true, if_false))

    def ret(self, value: OperandLike | None = None) -> None:
        self.emit(Return(None if value is None else as_operand(value)))

    def tail_call(self, target: Operand | str, args: list[OperandLike]) -> None:
        """Return what the call returns, giving up this activation first (constant stack).
        target: a function name or Sym, or a Temp holding a function pointer."""
        tgt = Sym(target) if isinstance(target, str) else target
        self.emit(TailCall(tgt, [as_operand(a) for a in args]))

    def switch(self, value: OperandLike, default: str, cases: list[tuple[int, str]]) -> None:
        """To the label of the case equal to value, else to default (case values distinct)."""
        self.emit(Switch(as_operand(value), default, list(cases)))

    def halt(self) -> None:
        self.emit(Halt())

    def trap(self, code: int) -> None:
        self.emit(Trap(code))

    def finish(self) -> Function:
        """Close the function: a block left open returns (0 for a value function), dead blocks stay
        (the optimiser removes unreachable blocks at -O1, the back end skips them)."""
        for block in self.function.blocks:
            if block.terminator is None:
                value = None if self.function.ret == "void" else Const(0)
                block.instrs.append(Return(value, self.line))
        return self.function


class ModuleBuilder:
    def __init__(self) -> None:
        self.module = Module()
        self._open: list[FunctionBuilder] = []

    def global_(
        self, name: str, init: list[DataItem] | None = None, size: int | None = None, const: bool = False
    ) -> Sym:
        """Declare a global; size defaults to what the initialiser takes (at least 1 word)."""
        init = list(init or [])
        words = data_words(init)
        self.module.globals.append(
            Global(name, max(size if size is not None else words, words, 1), init, const)
        )
        return Sym(name)

    def string(self, text: str, hint: str = "str") -> Sym:
        """A constant 0-terminated string literal, shared when the same text appears again."""
        for g in self.module.globals:
            if g.const and g.init == [text] and g.name.startswith(hint):
                return Sym(g.name)
        taken = {g.name for g in self.module.globals}
        n = len(taken)
        while f"{hint}.{n}" in taken:
            n += 1
        return self.global_(f"{hint}.{n}", [text], const=True)

    def function(
        self,
        name: str,
        params: list[str | tuple[str, str]] | None = None,
        ret: str = "w",
        line: int | None = None,
    ) -> FunctionBuilder:
        """params: names, or (name, type) pairs with type "w" or "ptr"."""
        plist = [Param(p, "w") if isinstance(p, str) else Param(p[0], p[1]) for p in params or []]
        fn = Function(name, plist, ret, line=line)
        self.module.functions.append(fn)
        fb = FunctionBuilder(fn)
        self._open.append(fb)
        return fb

    def finish(self) -> Module:
        for fb in self._open:
            fb.finish()
        self._open.clear()
        return self.module
