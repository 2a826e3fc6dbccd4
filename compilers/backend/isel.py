"""Instruction selection and emission for one function, given its register allocation.

Frame (README.md in this folder): [FP] the caller's FP, [FP+1] the return card, [FP+2+i] argument i;
slots and spilled temps below FP. D is the scratch register.
"""

from __future__ import annotations

from compilers.backend.asm import Asm, label
from compilers.backend.legalize import IndexedLoad, IndexedStore, low_mask_bits
from compilers.backend.liveness import Liveness, liveness
from compilers.backend.regalloc import Allocation
from compilers.ir.nodes import (
    WRAP_WIDTHS,
    Binary,
    Block,
    Branch,
    Call,
    Const,
    Copy,
    Function,
    Halt,
    HeapInfo,
    Instr,
    Jump,
    Load,
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

IMMEDIATE_LIMIT = 10**44  # wider immediates are loaded from a data word (ISA.md section 5)
_JUMPS = {"eq": "JZ", "ne": "JNZ", "lt": "JLT", "le": "JLE", "gt": "JGT", "ge": "JGE"}
_NEGATE = {"eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt", "le": "gt", "gt": "le"}
_SWAP = {"eq": "eq", "ne": "ne", "lt": "gt", "gt": "lt", "le": "ge", "ge": "le"}
_ARITH = {"add": "ADD", "sub": "SUB", "mul": "MUL", "div": "DIV", "rem": "MOD"}
_COMMUTATIVE = {"add", "mul"}
_REGISTER_NAMES = {"a", "b", "c", "d", "sp", "fp"}


def mangle(name: str) -> str:
    """An IR name as an assembly label (a label may not be a register's name, and is ASCII: ISA.md's
    `[A-Za-z_.][A-Za-z0-9_.]*`). A character outside ASCII (C's `zähler`, Python's `fünf`) becomes
    `.U` and its code point in upper-case hex and `.` (`z.U00E4.hler`): no identifier of a language holds
    a `.`, and no label the compilers make holds `.U` and a hex digit."""
    name = _ascii(name)
    return "_" + name if name.lower() in _REGISTER_NAMES else name


def _ascii(name: str) -> str:
    if name.isascii():
        return name
    return "".join(ch if ch.isascii() else f".U{ord(ch):04X}." for ch in name)


class Constants:
    """Immediates too wide for a card's 44 digits, kept as data words (one per distinct value)."""

    def __init__(self) -> None:
        self.labels: dict[int, str] = {}

    def operand(self, value: int) -> str:
        if abs(value) < IMMEDIATE_LIMIT:
            return str(value)
        if value not in self.labels:
            self.labels[value] = f"__const{len(self.labels)}"
        return f"[{self.labels[value]}]"


def _based(base: str, offset: int) -> str:
    if offset > 0:
        return f"[{base}+{offset}]"
    if offset < 0:
        return f"[{base}{offset}]"
    return f"[{base}]"


class FunctionEmitter:
    def __init__(
        self,
        fn: Function,
        alloc: Allocation,
        constants: Constants,
        fuse: bool = True,
        live: Liveness | None = None,
    ) -> None:
        self.fn = fn
        self.live = live
        self.alloc = alloc
        self.constants = constants
        self.fuse = fuse
        self.out: list[Asm] = []
        self.line: int | None = fn.line
        self.counter = 0
        self.name = mangle(fn.name)
        # Frame offsets below FP: slots first, in declaration order, then spilled temps.
        self.slot_offset: dict[str, int] = {}
        depth = 0
        for slot in fn.slots:
            depth += slot.size
            self.slot_offset[slot.name] = -depth
        self.home: dict[str, int] = {}
        params = {p.name: i for i, p in enumerate(fn.params)}
        for temp in alloc.spilled:
            if temp in params:
                self.home[temp] = 2 + params[temp]
            else:
                depth += 1
                self.home[temp] = -depth
        self.frame_size = depth
        self.heap_words = 0  # set by the module's code generator
        # Set by the module's code generator (calling.py): the functions that may return with another
        # number of argument words on the stack than they were called with (a tail call changed it),
        # and whether a call through a pointer may reach one.
        self.unbalanced: frozenset[str] = frozenset()
        self.indirect_unbalanced = False
        # Jump tables for dense switches: data label -> the card label of each entry, lowest case first.
        self.tables: dict[str, list[str]] = {}

    # ---- operands
    def block_label(self, name: str) -> str:
        return f"{self.name}.{_ascii(name)}"  # a block may carry a source name (C's goto labels)

    def new_label(self) -> str:
        self.counter += 1
        return f"{self.name}.__{self.counter}"

    def emit(self, op: str, *args: str) -> None:
        self.out.append(Asm(op, args, None, self.line))  # asm.instr, inlined: one call per card

    def reg(self, t: Temp) -> str | None:
        return self.alloc.registers.get(t.name)

    def mem(self, t: Temp) -> str:
        return _based("FP", self.home[t.name])

    def src(self, op: Operand) -> str:
        """The operand as an instruction's source: register, immediate or memory. Not for slot addresses."""
        if isinstance(op, Temp):
            if op.name not in self.alloc.registers and op.name not in self.home:
                return "0"  # a temp never assigned (read before any write) reads as 0
            return self.reg(op) or self.mem(op)
        if isinstance(op, Const):
            return self.constants.operand(op.value)
        if isinstance(op, Sym):
            return mangle(op.name)
        raise AssertionError("slot addresses are materialised with LEA")

    def load_into(self, target: str, op: Operand) -> None:
        """target <- value of op (skipped when it is already there)."""
        if isinstance(op, SlotRef):
            self.emit("LEA", target, _based("FP", self.slot_offset[op.name]))
            return
        source = self.src(op)
        if source != target:
            self.emit("LOAD", target, source)

    def in_register(self, op: Operand) -> str:
        """A register holding op: its own, or D."""
        if isinstance(op, Temp) and self.reg(op):
            return self.reg(op) or "D"
        self.load_into("D", op)
        return "D"

    def dest(self, t: Temp) -> str:
        return self.reg(t) or "D"

    def finish_dest(self, t: Temp, used: str) -> None:
        if self.reg(t) is None and t.name in self.home:
            self.emit("STOR", used, self.mem(t))

    def address(self, addr: Operand, offset: int, indexed: tuple[Sym, Temp] | None = None) -> str:
        """A memory operand for Store[addr + offset], or [index + sym + offset] when an indexed
        address was folded in; may use D."""
        if indexed is not None:
            sym, index = indexed
            base = self.reg(index)
            if base is None:
                self.load_into("D", index)
                base = "D"
            name = mangle(sym.name)
            return (
                f"[{base}+{name}+{offset}]"
                if offset > 0
                else f"[{base}+{name}{offset}]"
                if offset < 0
                else f"[{base}+{name}]"
            )
        if isinstance(addr, Sym):
            name = mangle(addr.name)
            return f"[{name}+{offset}]" if offset > 0 else f"[{name}{offset}]" if offset < 0 else f"[{name}]"
        if isinstance(addr, SlotRef):
            return _based("FP", self.slot_offset[addr.name] + offset)
        if isinstance(addr, Const):
            return f"[{addr.value + offset}]"
        r = self.reg(addr)
        if r is None:
            self.load_into("D", addr)
            r = "D"
        return _based(r, offset)

    # ---- the function
    def emit_function(self) -> list[Asm]:
        self.out.append(label(self.name))
        self.emit("PUSH", "FP")
        self.emit("LOAD", "FP", "SP")
        # The frame is claimed with a PUSH last, so the Engine's stack check covers it (writing SP
        # directly is not checked) and a frame of one or two words costs no more than SUB.
        if self.frame_size > 2:
            self.emit("SUB", "SP", str(self.frame_size - 1))
            self.emit("PUSH", "0")
        else:
            for _ in range(self.frame_size):
                self.emit("PUSH", "0")
        if any(
            isinstance(t := b.terminator, TailCall) and t.target == Sym(self.fn.name) for b in self.fn.blocks
        ):
            # A tail call of the function itself comes back here: its frame is already claimed.
            self.out.append(label(self.again_label()))
        live = self.live or liveness(self.fn)
        entry_live = live.live_in[self.fn.blocks[0].label]
        for i, p in enumerate(self.fn.params):
            r = self.alloc.registers.get(p.name)
            if r is not None and p.name in entry_live:
                self.emit("LOAD", r, _based("FP", 2 + i))
        order = self.fn.blocks
        for index, block in enumerate(order):
            following = order[index + 1].label if index + 1 < len(order) else None
            self.out.append(label(self.block_label(block.label)))
            self.emit_block(block, following, live.live_out[block.label])
        return self.out

    def emit_block(self, block: Block, following: str | None, live_out: set[str]) -> None:
        instrs = block.instrs
        fused: Binary | None = None
        term = instrs[-1]
        if (
            self.fuse
            and isinstance(term, Branch)
            and isinstance(term.cond, Temp)
            and len(instrs) >= 2
            and isinstance(instrs[-2], Binary)
            and instrs[-2].op in _JUMPS
            and instrs[-2].dest == term.cond
            and term.cond.name not in live_out
        ):
            fused = instrs[-2]
        for ins in instrs:
            if ins.line is not None:  # type: ignore[attr-defined]
                self.line = ins.line  # type: ignore[attr-defined]
            if ins is fused:
                continue
            if isinstance(ins, Branch) and fused is not None:
                self.emit_compare(fused.op, fused.left, fused.right, ins.if_true, ins.if_false, following)
            else:
                self.emit_instr(ins, following)

    def emit_compare(
        self, op: str, left: Operand, right: Operand, if_true: str, if_false: str, following: str | None
    ) -> None:
        if not (isinstance(left, Temp) and self.reg(left)) and isinstance(right, Temp) and self.reg(right):
            left, right, op = right, left, _SWAP[op]
        r = self.in_register(left)
        self.emit("CMP", r, self.src(right))
        self.emit_cond_jump(op, if_true, if_false, following)

    def emit_cond_jump(self, op: str, if_true: str, if_false: str, following: str | None) -> None:
        if following == if_true:
            self.emit(_JUMPS[_NEGATE[op]], self.block_label(if_false))
            return
        self.emit(_JUMPS[op], self.block_label(if_true))
        if following != if_false:
            self.emit("JMP", self.block_label(if_false))

    def emit_instr(self, ins: Instr, following: str | None) -> None:
        match ins:
            case Copy(dest, src):
                r = self.reg(dest)
                if r is not None:
                    self.load_into(r, src)
                elif isinstance(src, Temp) and self.reg(src):
                    self.emit("STOR", self.reg(src) or "D", self.mem(dest))
                elif dest.name in self.home and not (
                    isinstance(src, Temp) and self.src(src) == self.mem(dest)
                ):
                    self.load_into("D", src)
                    self.emit("STOR", "D", self.mem(dest))
            case Binary(op, dest, left, right):
                self.emit_binary(op, dest, left, right)
            case Unary(op, dest, src):
                self.emit_unary(op, dest, src)
            case IndexedLoad(dest, sym, index, offset):
                where = self.address(index, offset, (sym, index))
                r = self.dest(dest)
                self.emit("LOAD", r, where)
                self.finish_dest(dest, r)
            case IndexedStore(sym, index, value, offset):
                self.emit_store(index, value, offset, (sym, index))
            case Load(dest, addr, offset):
                where = self.address(addr, offset)
                r = self.dest(dest)
                self.emit("LOAD", r, where)
                self.finish_dest(dest, r)
            case Store(addr, value, offset):
                self.emit_store(addr, value, offset, None)
            case Call(dest, target, args):
                for arg in reversed(args):
                    if isinstance(arg, SlotRef):
                        self.load_into("D", arg)
                        self.emit("PUSH", "D")
                    else:
                        self.emit("PUSH", self.src(arg))
                if isinstance(target, Sym):
                    self.emit("CALL", mangle(target.name))
                    unbalanced = target.name in self.unbalanced
                else:
                    self.emit("CALLR", self.in_register(target))
                    unbalanced = self.indirect_unbalanced
                if unbalanced:
                    # The callee's tail calls may have left another number of argument words: SP is
                    # put back where it stands between calls, at the bottom of this frame.
                    self.reset_sp()
                elif args:
                    self.emit("ADD", "SP", str(len(args)))
                if dest is not None:
                    r = self.reg(dest)
                    if r is not None:
                        if r != "A":
                            self.emit("LOAD", r, "A")
                    elif dest.name in self.home:
                        self.emit("STOR", "A", self.mem(dest))
            case Print(kind, value):
                source = self.in_register(value) if isinstance(value, SlotRef) else self.src(value)
                self.emit("PRINT" if kind == "int" else "PRINTC", source)
            case ReadInt(dest, addr):
                self.emit_read(dest, addr)
            case ReadChar(dest):
                r = self.dest(dest)
                self.emit("READC", r)
                self.finish_dest(dest, r)
            case HeapInfo(which, dest):
                # __heap labels the first word after all static data (codegen puts it last).
                r = self.dest(dest)
                self.emit("LOAD", r, "__heap")
                if which == "heaplimit":
                    self.emit("ADD", r, str(self.heap_words))
                self.finish_dest(dest, r)
            case Jump(target):
                if target != following:
                    self.emit("JMP", self.block_label(target))
            case Branch(cond, if_true, if_false):
                if isinstance(cond, Const):
                    target = if_true if cond.value != 0 else if_false
                    if target != following:
                        self.emit("JMP", self.block_label(target))
                    return
                self.emit("CMP", self.in_register(cond), "0")
                self.emit_cond_jump("ne", if_true, if_false, following)
            case Switch(value, default, cases):
                self.emit_switch(value, default, cases, following)
            case TailCall(target, args):
                self.emit_tail_call(target, args)
            case Return(value):
                if value is not None:
                    self.load_into("A", value)
                if self.frame_size:
                    self.emit("LOAD", "SP", "FP")
                self.emit("POP", "FP")
                self.emit("RET")
            case Halt():
                self.emit("HALT")
            case Trap(code):
                self.emit("TRAP", str(code))
            case _:
                raise AssertionError(f"the back end has no selection for {ins!r}")

    def emit_binary(self, op: str, dest: Temp, left: Operand, right: Operand) -> None:
        if op in _JUMPS:
            if (
                not (isinstance(left, Temp) and self.reg(left))
                and isinstance(right, Temp)
                and self.reg(right)
            ):
                left, right, op = right, left, _SWAP[op]
            r = self.in_register(left)
            self.emit("CMP", r, self.src(right))
            d = self.dest(dest)
            done = self.new_label()
            self.emit("LOAD", d, "1")
            self.emit(_JUMPS[op], done)
            self.emit("LOAD", d, "0")
            self.out.append(label(done))
            self.finish_dest(dest, d)
            return
        if op in ("shl", "shr", "and"):
            self.emit_bitwise(op, dest, left, right)
            return
        mnemonic = _ARITH[op]
        d = self.dest(dest)
        right_src = self.src(right)
        if right_src == d and d != "D":
            # The result shares the right operand's register. A slot address on the left is never in
            # a register (it is made with LEA), so it is never that register.
            if not isinstance(left, SlotRef) and self.src(left) == d:
                self.emit(mnemonic, d, d)
            elif op in _COMMUTATIVE:
                self.emit(
                    mnemonic, d, self.src(left) if not isinstance(left, SlotRef) else self.in_register(left)
                )
            else:
                self.load_into("D", left)
                self.emit(mnemonic, "D", right_src)
                self.emit("LOAD", d, "D")
            return
        self.load_into(d, left)
        self.emit(mnemonic, d, right_src)
        self.finish_dest(dest, d)

    def emit_bitwise(self, op: str, dest: Temp, left: Operand, right: Operand) -> None:
        """The inline cases legalize.inline_bitwise keeps: shifts by a constant, and with 2^k-1."""
        if op == "and" and isinstance(left, Const) and low_mask_bits(left.value) is not None:
            left, right = right, left
        assert isinstance(right, Const)
        d = self.dest(dest)
        if op == "shl":
            self.load_into(d, left)
            self.emit("MUL", d, self.constants.operand(2**right.value))
        elif op == "shr":
            power = self.constants.operand(2**right.value)
            positive, done = self.new_label(), self.new_label()
            self.load_into(d, left)
            self.emit("CMP", d, "0")
            self.emit("JGE", positive)
            self.emit("ADD", d, "1")  # floor(a / p) = trunc((a + 1) / p) - 1 for a < 0
            self.emit("DIV", d, power)
            self.emit("SUB", d, "1")
            self.emit("JMP", done)
            self.out.append(label(positive))
            self.emit("DIV", d, power)
            self.out.append(label(done))
        else:
            bits = low_mask_bits(right.value)
            assert bits is not None
            self.floor_mod(d, left, 2**bits, 0)
        self.finish_dest(dest, d)

    def floor_mod(self, d: str, value: Operand, modulus: int, bias: int) -> None:
        """d <- ((value + bias) mod modulus, in [0, modulus)) - bias."""
        m = self.constants.operand(modulus)
        done = self.new_label()
        self.load_into(d, value)
        if bias:
            self.emit("ADD", d, self.constants.operand(bias))
        self.emit("MOD", d, m)
        self.emit("JGE", done)
        self.emit("ADD", d, m)
        self.out.append(label(done))
        if bias:
            self.emit("SUB", d, self.constants.operand(bias))

    def emit_unary(self, op: str, dest: Temp, src: Operand) -> None:
        d = self.dest(dest)
        if op == "neg":
            self.load_into(d, src)
            self.emit("NEG", d)
        elif op == "not":
            self.load_into(d, src)
            self.emit("NEG", d)
            self.emit("SUB", d, "1")
        elif op == "lnot":
            r = self.in_register(src)
            self.emit("CMP", r, "0")
            done = self.new_label()
            self.emit("LOAD", d, "1")
            self.emit("JZ", done)
            self.emit("LOAD", d, "0")
            self.out.append(label(done))
        else:
            bits, signed = WRAP_WIDTHS[op[5:]]
            self.floor_mod(d, src, 2**bits, 2 ** (bits - 1) if signed else 0)
        self.finish_dest(dest, d)

    def emit_store(
        self, addr: Operand, value: Operand, offset: int, indexed: tuple[Sym, Temp] | None
    ) -> None:
        value_reg = self.reg(value) if isinstance(value, Temp) else None
        if value_reg is not None:
            self.emit("STOR", value_reg, self.address(addr, offset, indexed))
            return
        base = indexed[1] if indexed is not None else addr
        addr_needs_d = isinstance(base, Temp) and self.reg(base) is None
        if not addr_needs_d:
            self.load_into("D", value)
            self.emit("STOR", "D", self.address(addr, offset, indexed))
            return
        # Both the address and the value need a register: borrow one, saved on the stack around its use.
        borrowed = "A"
        self.emit("PUSH", borrowed)
        self.load_into(borrowed, value)
        self.emit("STOR", borrowed, self.address(addr, offset, indexed))
        self.emit("POP", borrowed)

    def emit_read(self, dest: Temp, addr: Operand) -> None:
        eof, done = self.new_label(), self.new_label()
        self.emit("READ", "D")
        self.emit("JZ", eof)
        if isinstance(addr, Temp) and self.reg(addr) is None:
            self.emit("PUSH", "A")
            self.load_into("A", addr)
            self.emit("STOR", "D", "[A]")
            self.emit("POP", "A")
        else:
            self.emit("STOR", "D", self.address(addr, 0))
        d = self.dest(dest)
        self.emit("LOAD", d, "1")
        self.finish_dest(dest, d)
        self.emit("JMP", done)
        self.out.append(label(eof))
        self.emit("LOAD", d, "-1")
        self.finish_dest(dest, d)
        self.out.append(label(done))

    # ---- tail calls and switches (README.md in this folder)
    def reset_sp(self) -> None:
        """SP <- the bottom of this frame, where it stands whenever no call is being made."""
        if self.frame_size:
            self.emit("LEA", "SP", _based("FP", -self.frame_size))
        else:
            self.emit("LOAD", "SP", "FP")

    def again_label(self) -> str:
        return f"{self.name}.__again"

    def emit_tail_call(self, target: Operand, args: list[Operand]) -> None:
        """The callee's activation replaces this one: its arguments are written where this function's
        end ([FP+2+delta+i], delta = own arguments - new ones, so the words above stay the caller's),
        the return card moves down to just below them (when delta is not 0), SP points at it, FP gets
        back the caller's value, and a JMP (JMPR) enters the callee as if the caller had called it.

        When no argument reads a word that another argument's move overwrites, each is stored straight
        into place; otherwise all are pushed first (below the frame, where nothing is overwritten) and
        copied up from there, highest first (the destination is always above the source). A function
        calling itself this way just jumps back to the card after its prologue, with the arguments
        stored."""
        n = len(args)
        delta = len(self.fn.params) - n
        dests = [2 + delta + i for i in range(n)]  # FP offsets
        moves = [
            (dest, arg)
            for dest, arg in zip(dests, args, strict=True)
            # An argument already in place: a spilled parameter passed on at its own offset.
            if not (isinstance(arg, Temp) and self.reg(arg) is None and self.home.get(arg.name) == dest)
        ]
        written = {dest for dest, _ in moves} | ({1 + delta} if delta else set())

        def reads(op: Operand) -> int | None:
            """The FP offset of the frame word op is read from, if any."""
            if isinstance(op, Temp) and op.name not in self.alloc.registers and op.name in self.home:
                return self.home[op.name]
            return None

        sources = [reads(arg) for _, arg in moves] + [None if isinstance(target, Sym) else reads(target)]
        # With more arguments than this function has (delta < 0) the moves reach below FP, into this
        # frame's own words: always the pushed way then.
        direct = delta >= 0 and not any(r is not None and r in written for r in sources)
        if direct:
            for dest, arg in moves:
                if isinstance(arg, Temp) and self.reg(arg):
                    self.emit("STOR", self.reg(arg) or "D", _based("FP", dest))
                else:
                    self.load_into("D", arg)
                    self.emit("STOR", "D", _based("FP", dest))
            if target == Sym(self.fn.name) and delta == 0:
                # Itself: the frame stays as it is, the arguments are in place.
                self.emit("JMP", self.again_label())
                return
            if delta:
                self.emit("LOAD", "D", "[FP+1]")
                self.emit("STOR", "D", _based("FP", 1 + delta))
            if not isinstance(target, Sym):
                self.load_into("D", target)
            self.emit("LEA", "SP", _based("FP", 1 + delta))
            self.emit("LOAD", "FP", "[FP]")
        else:
            for arg in reversed(args):
                if isinstance(arg, SlotRef):
                    self.load_into("D", arg)
                    self.emit("PUSH", "D")
                else:
                    self.emit("PUSH", self.src(arg))
            if not isinstance(target, Sym):
                self.load_into("A", target)
            if delta:
                self.emit("LOAD", "B", "[FP+1]")
            if delta < 0:
                self.emit("LOAD", "C", "[FP]")
            for i in reversed(range(n)):
                self.emit("LOAD", "D", _based("SP", i))
                self.emit("STOR", "D", _based("FP", dests[i]))
            if delta:
                self.emit("STOR", "B", _based("FP", 1 + delta))
            self.emit("LEA", "SP", _based("FP", 1 + delta))
            self.emit("LOAD", "FP", "C" if delta < 0 else "[FP]")
        if isinstance(target, Sym):
            self.emit("JMP", mangle(target.name))
        else:
            self.emit("JMPR", "D" if direct else "A")

    def emit_switch(
        self, value: Operand, default: str, cases: list[tuple[int, str]], following: str | None
    ) -> None:
        """A dense switch is a bounds check and a jump through a table of card indices (JMPR); a sparse
        one a chain of compares."""
        if isinstance(value, Const) or not cases:
            target = default if not isinstance(value, Const) else dict(cases).get(value.value, default)
            if target != following:
                self.emit("JMP", self.block_label(target))
            return
        r = self.in_register(value)
        values = sorted(v for v, _ in cases)
        low, high = values[0], values[-1]
        if is_dense(values):
            by_value = dict(cases)
            table = f"{self.name}.__table{len(self.tables) + 1}"
            self.tables[table] = [self.block_label(by_value.get(v, default)) for v in range(low, high + 1)]
            self.emit("CMP", r, str(low))
            self.emit("JLT", self.block_label(default))
            self.emit("CMP", r, str(high))
            self.emit("JGT", self.block_label(default))
            shift = f"-{low}" if low > 0 else f"+{-low}" if low < 0 else ""
            self.emit("LOAD", "D", f"[{r}+{table}{shift}]")
            self.emit("JMPR", "D")
            return
        for v, label_ in cases:
            self.emit("CMP", r, self.constants.operand(v))
            self.emit("JZ", self.block_label(label_))
        if default != following:
            self.emit("JMP", self.block_label(default))


SWITCH_TABLE_MIN_CASES = 4  # below this a compare chain is as short
SWITCH_TABLE_LIMIT = 10**9  # case values beyond this are compared, never used to index a table


def is_dense(values: list[int]) -> bool:
    """A jump table pays when there are a few cases and they fill at least half of their range."""
    if len(values) < SWITCH_TABLE_MIN_CASES:
        return False
    low, high = min(values), max(values)
    return low > -SWITCH_TABLE_LIMIT and high < SWITCH_TABLE_LIMIT and high - low + 1 <= 2 * len(values)
