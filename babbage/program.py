"""A loaded program: operation cards, the Store's initial words and debug information."""

from __future__ import annotations

from dataclasses import dataclass, field

from babbage.isa import BY_NUMBER, MODE_ABSOLUTE, MODE_BASED, MODE_IMMEDIATE, MODE_REGISTER, REGISTERS

VALUE_DIGITS = 44  # digits 7-50 of an operation card
VALUE_LIMIT = 10**VALUE_DIGITS  # a card's value field holds abs(value) < VALUE_LIMIT


@dataclass(frozen=True, slots=True)
class Instruction:
    """One operation card, decoded: the fields of ISA.md section 5 with the sign folded into value."""

    opcode: int
    register: int  # 0-5, or 9 for none
    mode: int
    base: int  # base or source register for modes 1 and 4, else 0
    value: int

    @property
    def mnemonic(self) -> str:
        return BY_NUMBER[self.opcode].mnemonic

    def operand_text(self, labels: dict[int, str] | None = None) -> str:
        """The second operand in assembly syntax; a card index target prints as its label if given."""
        if self.mode == MODE_REGISTER:
            return REGISTERS[self.base]
        if self.mode == MODE_IMMEDIATE:
            if labels is not None and self.value in labels:
                return labels[self.value]
            return str(self.value)
        if self.mode == MODE_ABSOLUTE:
            return f"[{self.value}]"
        if self.mode == MODE_BASED:
            offset = f"{self.value:+d}" if self.value else ""
            return f"[{REGISTERS[self.base]}{offset}]"
        return ""

    def text(self, labels: dict[int, str] | None = None) -> str:
        parts = []
        if BY_NUMBER[self.opcode].has_register:
            parts.append(REGISTERS[self.register])
        operand = self.operand_text(labels)
        if operand:
            parts.append(operand)
        return f"{self.mnemonic} {', '.join(parts)}".rstrip()


# An Instruction is a frozen dataclass, whose generated __init__ sets each field through
# object.__setattr__; the assembler and the linker make one for every card they build, so `make_instruction`
# fills its slots through the slot descriptors instead: the same object in about half the time.
_new = object.__new__
_SET_OPCODE, _SET_REGISTER, _SET_MODE, _SET_BASE, _SET_VALUE = (
    Instruction.__dict__[name].__set__ for name in ("opcode", "register", "mode", "base", "value")
)


def make_instruction(opcode: int, register: int, mode: int, base: int, value: int) -> Instruction:
    """Instruction(opcode, register, mode, base, value), built faster."""
    card = _new(Instruction)
    _SET_OPCODE(card, opcode)
    _SET_REGISTER(card, register)
    _SET_MODE(card, mode)
    _SET_BASE(card, base)
    _SET_VALUE(card, value)
    return card


@dataclass(slots=True)
class Program:
    """What the assembler produces and a deck decodes to; what run() executes."""

    instructions: list[Instruction]
    data: list[int]  # the static words from address 0: data in the order written, then the constant pool
    heap_size: int = 0
    entry: int = 0
    line_map: dict[int, tuple[str, int]] = field(default_factory=dict)  # card index -> (file, line)
    labels: dict[str, int] = field(default_factory=dict)  # names kept for display only

    @property
    def static_size(self) -> int:
        return len(self.data)

    @property
    def stack_limit(self) -> int:
        """The first address above static data, constant pool and heap: SP may not go below it."""
        return self.static_size + self.heap_size
