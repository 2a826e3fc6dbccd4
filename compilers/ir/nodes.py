"""The IR's data types: typed three-address code in basic blocks (README.md in this folder is the contract).

Every value is one Engine word (a signed integer of at most 50 decimal digits). Types are metadata on
parameters, results, globals and slots ("w" a word, "ptr" an address); narrow C widths are explicit
`wrap.*` operations, so the back end never has to guess where wrap-around is visible.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

# ---------------------------------------------------------------- operands


@dataclass(frozen=True, slots=True)
class Temp:
    """A virtual register of the current function, written %name. Not SSA: it may be assigned often."""

    name: str

    def __str__(self) -> str:
        return f"%{self.name}"


@dataclass(frozen=True, slots=True)
class Const:
    value: int

    def __str__(self) -> str:
        return str(self.value)


@dataclass(frozen=True, slots=True)
class Sym:
    """The address of a global (a Store address) or of a function (a card index), written @name."""

    name: str

    def __str__(self) -> str:
        return f"@{self.name}"


@dataclass(frozen=True, slots=True)
class SlotRef:
    """The address of a stack slot of the current function, written $name."""

    name: str

    def __str__(self) -> str:
        return f"${self.name}"


Operand = Temp | Const | Sym | SlotRef

# ---------------------------------------------------------------- operations

# Binary operators. Arithmetic is on mathematical integers (a result past 50 digits traps `overflow`);
# div and rem truncate toward zero (C, Java and the Engine). The bitwise operators and shifts have the
# meaning of Python's on unbounded two's complement integers (shr is arithmetic: floor division by 2^n),
# which is exactly C's and Java's once the result is wrapped to the type's width. Comparisons give 0 or 1.
ARITH_OPS = ("add", "sub", "mul", "div", "rem")
BITWISE_OPS = ("and", "or", "xor", "shl", "shr")
COMPARE_OPS = ("eq", "ne", "lt", "le", "gt", "ge")
BINARY_OPS = ARITH_OPS + BITWISE_OPS + COMPARE_OPS
COMMUTATIVE_OPS = frozenset({"add", "mul", "and", "or", "xor", "eq", "ne"})

# Wrap-around: wrap.iN brings a value into [-2^(N-1), 2^(N-1)), wrap.uN into [0, 2^N) (modulo 2^N).
WRAP_WIDTHS = {
    "i8": (8, True),
    "u8": (8, False),
    "i16": (16, True),
    "u16": (16, False),
    "i32": (32, True),
    "u32": (32, False),
    "i64": (64, True),
    "u64": (64, False),
}
WRAP_OPS = tuple(f"wrap.{name}" for name in WRAP_WIDTHS)
# Unary operators: neg (-x), not (bitwise complement, -x-1), lnot (logical: 1 if x == 0 else 0), wraps.
UNARY_OPS = ("neg", "not", "lnot", *WRAP_OPS)

VALUE_TYPES = ("w", "ptr")
RETURN_TYPES = ("w", "ptr", "void")


@dataclass(slots=True)
class Instr:
    """Base of every instruction; line is the source line it came from (None when it has none)."""

    def uses(self) -> list[Operand]:
        raise NotImplementedError

    def defs(self) -> Temp | None:
        return None

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        raise NotImplementedError


def _sub(op: Operand, mapping: dict[Temp, Operand]) -> Operand:
    return mapping.get(op, op) if isinstance(op, Temp) else op


@dataclass(slots=True)
class Copy(Instr):
    dest: Temp
    src: Operand
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.src]

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.src = _sub(self.src, mapping)


@dataclass(slots=True)
class Unary(Instr):
    op: str
    dest: Temp
    src: Operand
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.src]

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.src = _sub(self.src, mapping)


@dataclass(slots=True)
class Binary(Instr):
    op: str
    dest: Temp
    left: Operand
    right: Operand
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.left, self.right]

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.left = _sub(self.left, mapping)
        self.right = _sub(self.right, mapping)


@dataclass(slots=True)
class Load(Instr):
    """dest <- Store[addr + offset]. The Store is word-addressed: one integer per address."""

    dest: Temp
    addr: Operand
    offset: int = 0
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.addr]

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.addr = _sub(self.addr, mapping)


@dataclass(slots=True)
class Store(Instr):
    """Store[addr + offset] <- value."""

    addr: Operand
    value: Operand
    offset: int = 0
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.addr, self.value]

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.addr = _sub(self.addr, mapping)
        self.value = _sub(self.value, mapping)


@dataclass(slots=True)
class Call(Instr):
    """A direct call (target a Sym naming a function) or an indirect one (any other operand: a pointer)."""

    dest: Temp | None
    target: Operand
    args: list[Operand] = field(default_factory=list)
    line: int | None = None

    @property
    def direct(self) -> bool:
        return isinstance(self.target, Sym)

    def uses(self) -> list[Operand]:
        # direct, read without the property: every pass asks every call for its operands
        if type(self.target) is Sym:
            return list(self.args)
        return [self.target, *self.args]

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        if not self.direct:
            self.target = _sub(self.target, mapping)
        self.args = [_sub(a, mapping) for a in self.args]


@dataclass(slots=True)
class Alloc(Instr):
    """dest <- the address of `size` fresh heap words: the runtime's malloc (traps 1 when exhausted)."""

    dest: Temp
    size: Operand
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.size]

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.size = _sub(self.size, mapping)


@dataclass(slots=True)
class Print(Instr):
    """The printing apparatus: kind "int" prints the decimal value (PRINT), "char" a code point (PRINTC)."""

    kind: str
    value: Operand
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.value]

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.value = _sub(self.value, mapping)


@dataclass(slots=True)
class ReadInt(Instr):
    """Read the next integer of the input deck into Store[addr]; dest <- 1, or -1 at end of input
    (nothing is stored then). A non-number traps `bad_input` (READ)."""

    dest: Temp
    addr: Operand
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.addr]

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.addr = _sub(self.addr, mapping)


@dataclass(slots=True)
class ReadChar(Instr):
    """dest <- the code point of the next input character, -1 at end of input (READC)."""

    dest: Temp
    line: int | None = None

    def uses(self) -> list[Operand]:
        return []

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        return None


@dataclass(slots=True)
class HeapInfo(Instr):
    """dest <- the first heap address ("heapbase") or the first address past the heap ("heaplimit").
    Only the runtime's allocator uses these; the layout is fixed when the program is linked."""

    which: str
    dest: Temp
    line: int | None = None

    def uses(self) -> list[Operand]:
        return []

    def defs(self) -> Temp | None:
        return self.dest

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        return None


# ---------------------------------------------------------------- terminators


@dataclass(slots=True)
class Jump(Instr):
    target: str
    line: int | None = None

    def uses(self) -> list[Operand]:
        return []

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        return None


@dataclass(slots=True)
class Branch(Instr):
    """Go to if_true when cond is not zero, else to if_false."""

    cond: Operand
    if_true: str
    if_false: str
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.cond]

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.cond = _sub(self.cond, mapping)


@dataclass(slots=True)
class Return(Instr):
    value: Operand | None = None
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [] if self.value is None else [self.value]

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        if self.value is not None:
            self.value = _sub(self.value, mapping)


@dataclass(slots=True)
class Halt(Instr):
    """Stop the whole program normally (C's exit)."""

    line: int | None = None

    def uses(self) -> list[Operand]:
        return []

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        return None


@dataclass(slots=True)
class Trap(Instr):
    """Stop the program with runtime error `code` (0..999): bounds, failed matches, exhaustion."""

    code: int
    line: int | None = None

    def uses(self) -> list[Operand]:
        return []

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        return None


@dataclass(slots=True)
class TailCall(Instr):
    """Call the target and return what it returns, in the caller's place: the caller's activation is
    given up before the callee's begins, so a chain of tail calls runs in constant stack (a loop written
    as recursion). Direct (a Sym naming a function) or through a pointer (any other operand).

    uses() includes a direct target, unlike Call's: what looks for the functions an instruction refers
    to (linking) finds it there; nothing else reads a Sym operand as a value."""

    target: Operand
    args: list[Operand] = field(default_factory=list)
    line: int | None = None

    @property
    def direct(self) -> bool:
        return isinstance(self.target, Sym)

    def uses(self) -> list[Operand]:
        return [self.target, *self.args]

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        if not self.direct:
            self.target = _sub(self.target, mapping)
        self.args = [_sub(a, mapping) for a in self.args]


@dataclass(slots=True)
class Switch(Instr):
    """A multi-way branch: to the label of the case equal to value, else to default. Case values are
    distinct; several may share a label."""

    value: Operand
    default: str
    cases: list[tuple[int, str]] = field(default_factory=list)
    line: int | None = None

    def uses(self) -> list[Operand]:
        return [self.value]

    def replace_uses(self, mapping: dict[Temp, Operand]) -> None:
        self.value = _sub(self.value, mapping)

    def target(self, value: int) -> str:
        """The label taken for a value."""
        for case, label in self.cases:
            if case == value:
                return label
        return self.default


Terminator = Jump | Branch | Switch | Return | TailCall | Halt | Trap
TERMINATORS = (Jump, Branch, Switch, Return, TailCall, Halt, Trap)
_TERMINATOR_TYPES = frozenset(TERMINATORS)


def successors(term: Instr) -> list[str]:
    kind = type(term)
    if kind is Jump:  # the commonest first, by its type alone (isinstance below for the rest)
        return [term.target]  # type: ignore[attr-defined]
    if kind is Branch:
        return [term.if_true] if term.if_true == term.if_false else [term.if_true, term.if_false]  # type: ignore[attr-defined]
    if kind is Return:
        return []
    if isinstance(term, Jump):
        return [term.target]
    if isinstance(term, Branch):
        return [term.if_true] if term.if_true == term.if_false else [term.if_true, term.if_false]
    if isinstance(term, Switch):
        return list(dict.fromkeys([term.default, *(label for _, label in term.cases)]))
    return []


def retarget(term: Instr, new: dict[str, str]) -> bool:
    """Send a terminator's edges to other labels (new: old label -> new label); True if any changed."""
    changed = False
    if isinstance(term, Jump) and term.target in new:
        term.target, changed = new[term.target], True
    elif isinstance(term, Branch):
        t, f = new.get(term.if_true, term.if_true), new.get(term.if_false, term.if_false)
        if (t, f) != (term.if_true, term.if_false):
            term.if_true, term.if_false, changed = t, f, True
    elif isinstance(term, Switch):
        default = new.get(term.default, term.default)
        cases = [(value, new.get(label, label)) for value, label in term.cases]
        if default != term.default or cases != term.cases:
            term.default, term.cases, changed = default, cases, True
    return changed


# ---------------------------------------------------------------- containers


@dataclass(slots=True)
class Block:
    """A basic block: straight-line instructions, then exactly one terminator (the last instruction)."""

    label: str
    instrs: list[Instr] = field(default_factory=list)

    @property
    def terminator(self) -> Instr | None:
        instrs = self.instrs
        if instrs:
            last = instrs[-1]
            # The set's one lookup first (the passes ask of every block, every round); isinstance for a
            # subclass, should there ever be one.
            if type(last) in _TERMINATOR_TYPES or isinstance(last, TERMINATORS):
                return last
        return None

    @property
    def body(self) -> list[Instr]:
        return self.instrs[:-1] if self.terminator is not None else list(self.instrs)


@dataclass(slots=True)
class Param:
    name: str
    type: str = "w"

    @property
    def temp(self) -> Temp:
        return Temp(self.name)


@dataclass(slots=True)
class Slot:
    """Stack words of one activation, addressable ($name): locals whose address is taken, arrays, structs."""

    name: str
    size: int = 1


@dataclass(slots=True)
class Function:
    name: str
    params: list[Param] = field(default_factory=list)
    ret: str = "w"
    slots: list[Slot] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)  # blocks[0] is the entry
    line: int | None = None
    # The file its lines refer to when that is not the program's source: a runtime routine's own file
    # ("runtime/memory.ir"), so that the cards of the routine map to the routine, not to the program.
    file: str | None = None

    def block(self, label: str) -> Block:
        for b in self.blocks:
            if b.label == label:
                return b
        raise KeyError(label)

    def slot(self, name: str) -> Slot:
        for s in self.slots:
            if s.name == name:
                return s
        raise KeyError(name)


DataItem = int | str | Sym  # a word, a string (its code points then a 0 word), an address


@dataclass(slots=True)
class Global:
    """Static data: `size` words laid out in module order from address 0, initialised from `init`
    (the rest zero). `const` marks data the program never writes (string literals): passes may rely on it."""

    name: str
    size: int
    init: list[DataItem] = field(default_factory=list)
    const: bool = False
    type: str = "w"


def data_words(init: list[DataItem]) -> int:
    """How many words an initialiser takes."""
    return sum(len(item) + 1 if isinstance(item, str) else 1 for item in init)


@dataclass(slots=True)
class Module:
    globals: list[Global] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)

    def function(self, name: str) -> Function | None:
        for f in self.functions:
            if f.name == name:
                return f
        return None

    def global_(self, name: str) -> Global | None:
        for g in self.globals:
            if g.name == name:
                return g
        return None


def copy_instr(instr: Instr) -> Instr:
    """A shallow copy of an instruction (a call's argument list and a switch's cases copied too). Faster
    than copy.copy, which goes through __reduce_ex__: the compiler copies every instruction of a routine
    it links."""
    cls = type(instr)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(instr))
    c = cls.__new__(cls)
    for name in names:
        object.__setattr__(c, name, getattr(instr, name))
    if cls is Call or cls is TailCall:
        c.args = list(c.args)  # type: ignore[attr-defined]
    elif cls is Switch:
        c.cases = list(c.cases)  # type: ignore[attr-defined]
    return c


_FIELDS: dict[type, tuple[str, ...]] = {}


def clone_function(fn: Function) -> Function:
    """A copy that passes may change freely: instructions are copied, operands (immutable) shared."""
    return Function(
        fn.name,
        [Param(p.name, p.type) for p in fn.params],
        fn.ret,
        [Slot(s.name, s.size) for s in fn.slots],
        [Block(b.label, [copy_instr(i) for i in b.instrs]) for b in fn.blocks],
        fn.line,
        fn.file,
    )


def clone_global(g: Global) -> Global:
    return Global(g.name, g.size, list(g.init), g.const, g.type)
