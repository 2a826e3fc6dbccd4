"""The instruction set as data: the one place that says what each opcode is.

The assembler, the card encoder and decoder, the emulator, the disassembler and the tables of ISA.md all
read this module, so that a new instruction is one new row here (plus its semantics in the emulator).
"""

from __future__ import annotations

from dataclasses import dataclass

# Register numbers as the register and base fields of an operation card carry them (ISA.md section 5).
REGISTERS: tuple[str, ...] = ("A", "B", "C", "D", "SP", "FP")
REGISTER_NUMBERS: dict[str, int] = {name: number for number, name in enumerate(REGISTERS)}
SP = REGISTER_NUMBERS["SP"]
FP = REGISTER_NUMBERS["FP"]
NO_REGISTER = 9

# Modes of the second operand (digit 4 of an operation card).
MODE_NONE = 0
MODE_REGISTER = 1
MODE_IMMEDIATE = 2
MODE_ABSOLUTE = 3
MODE_BASED = 4
MODE_NAMES: dict[int, str] = {
    MODE_NONE: "none",
    MODE_REGISTER: "register",
    MODE_IMMEDIATE: "immediate",
    MODE_ABSOLUTE: "absolute",
    MODE_BASED: "based",
}

# Operand kinds, as the mnemonic column of the opcode table writes them.
#   r      a register, written to or read and written: carried in the register field
#   src    register, immediate, absolute or based: carried in the mode, base and value fields
#   mem    absolute or based
#   n      an immediate 0..50 (SHL, SHR)
#   label  an immediate card index, usually a text label (jumps and CALL)
#   reg    a register read as a value (JMPR, CALLR): mode 1
#   code   an immediate 0..999 (TRAP)
OPERAND_MODES: dict[str, frozenset[int]] = {
    "src": frozenset({MODE_REGISTER, MODE_IMMEDIATE, MODE_ABSOLUTE, MODE_BASED}),
    "mem": frozenset({MODE_ABSOLUTE, MODE_BASED}),
    "n": frozenset({MODE_IMMEDIATE}),
    "label": frozenset({MODE_IMMEDIATE}),
    "reg": frozenset({MODE_REGISTER}),
    "code": frozenset({MODE_IMMEDIATE}),
}

# Cost classes (ISA.md section 7): what a card costs beyond its card read and its Store transfers.
COST_TEXT: dict[str, str] = {
    "none": "-",
    "add": "add",
    "mul": "mul base + per digit of the shorter operand",
    "div": "div base + per quotient digit",
    "shift": "step per place",
    "sqrt": "sqrt base + per result digit",
    "jump": "passed per card of distance, when taken",
    "transfer": "passed per card of distance",
    "print": "print per character",
    "read": "read per card",
}

SHIFT_MAX = 50
TRAP_MAX = 999


@dataclass(frozen=True, slots=True)
class Opcode:
    mnemonic: str
    number: int  # digits 1-2 of the operation card
    operands: tuple[str, ...]  # operand kinds, see OPERAND_MODES; "r" is the register field
    lever: str  # "-" untouched, "set" Z and N from the result, "Z" READ's own rule
    cost: str  # cost class, see COST_TEXT
    stack: int  # Store transfers of the stack: PUSH, POP, CALL, CALLR, RET each move one word
    effect: str

    @property
    def has_register(self) -> bool:
        return bool(self.operands) and self.operands[0] == "r"

    @property
    def second(self) -> str | None:
        """The kind of the operand carried in the mode fields, if any."""
        rest = self.operands[1:] if self.has_register else self.operands
        return rest[0] if rest else None

    @property
    def syntax(self) -> str:
        return ", ".join(self.operands)


OPCODES: tuple[Opcode, ...] = (
    Opcode("LOAD", 1, ("r", "src"), "-", "none", 0, "r <- src"),
    Opcode("STOR", 2, ("r", "mem"), "-", "none", 0, "mem <- r"),
    Opcode("LEA", 3, ("r", "mem"), "-", "none", 0, "r <- the address of mem"),
    Opcode("PUSH", 4, ("src",), "-", "none", 1, "SP <- SP-1; [SP] <- src"),
    Opcode("POP", 5, ("r",), "-", "none", 1, "r <- [SP]; SP <- SP+1"),
    Opcode("ADD", 10, ("r", "src"), "set", "add", 0, "r <- r + src"),
    Opcode("SUB", 11, ("r", "src"), "set", "add", 0, "r <- r - src"),
    Opcode("MUL", 12, ("r", "src"), "set", "mul", 0, "r <- r * src"),
    Opcode("DIV", 13, ("r", "src"), "set", "div", 0, "r <- r / src, truncated toward zero"),
    Opcode("MOD", 14, ("r", "src"), "set", "div", 0, "r <- remainder of r / src, sign of r"),
    Opcode("NEG", 15, ("r",), "set", "add", 0, "r <- -r"),
    Opcode("ABS", 16, ("r",), "set", "add", 0, "r <- abs(r)"),
    Opcode("SHL", 17, ("r", "n"), "set", "shift", 0, "r <- r * 10^n"),
    Opcode("SHR", 18, ("r", "n"), "set", "shift", 0, "r <- r / 10^n, truncated toward zero"),
    Opcode("SQRT", 19, ("r",), "set", "sqrt", 0, "r <- floor(sqrt(r))"),
    Opcode("CMP", 20, ("r", "src"), "set", "add", 0, "lever from r - src"),
    Opcode("JMP", 30, ("label",), "-", "transfer", 0, "PC <- label"),
    Opcode("JZ", 31, ("label",), "-", "jump", 0, "jump if Z"),
    Opcode("JNZ", 32, ("label",), "-", "jump", 0, "jump if not Z"),
    Opcode("JLT", 33, ("label",), "-", "jump", 0, "jump if N"),
    Opcode("JLE", 34, ("label",), "-", "jump", 0, "jump if N or Z"),
    Opcode("JGT", 35, ("label",), "-", "jump", 0, "jump if neither N nor Z"),
    Opcode("JGE", 36, ("label",), "-", "jump", 0, "jump if not N"),
    Opcode("JMPR", 37, ("reg",), "-", "transfer", 0, "PC <- reg"),
    Opcode("CALL", 38, ("label",), "-", "transfer", 1, "push the return card index; PC <- label"),
    Opcode("CALLR", 39, ("reg",), "-", "transfer", 1, "push the return card index; PC <- reg"),
    Opcode("RET", 40, (), "-", "transfer", 1, "PC <- pop"),
    Opcode("PRINT", 50, ("src",), "-", "print", 0, "print the decimal value"),
    Opcode("PRINTC", 51, ("src",), "-", "print", 0, "print the character with that code point"),
    Opcode("READ", 52, ("r",), "Z", "read", 0, "r <- next integer of the input, 0 at its end"),
    Opcode("READC", 53, ("r",), "-", "read", 0, "r <- next input code point, -1 at its end"),
    Opcode("TRAP", 60, ("code",), "-", "none", 0, "stop with runtime error code"),
    Opcode("HALT", 61, (), "-", "none", 0, "stop normally"),
    Opcode("NOP", 62, (), "-", "none", 0, "nothing"),
)

BY_MNEMONIC: dict[str, Opcode] = {op.mnemonic: op for op in OPCODES}
BY_NUMBER: dict[int, Opcode] = {op.number: op for op in OPCODES}
ALIASES: dict[str, str] = {"JEQ": "JZ", "JNE": "JNZ"}

# Mill operations are counted by kind (ISA.md section 6); the kind is the mnemonic in lower case.
MILL_KINDS: frozenset[str] = frozenset(op.mnemonic for op in OPCODES if op.lever == "set")


def lookup(mnemonic: str) -> Opcode | None:
    """The opcode for a mnemonic or alias, in any letter case."""
    name = mnemonic.upper()
    return BY_MNEMONIC.get(ALIASES.get(name, name))


def register_number(name: str) -> int | None:
    return REGISTER_NUMBERS.get(name.upper())


def store_transfers_text(op: Opcode) -> str:
    """The Store transfers column: one per memory operand (LEA none), one per stack move."""
    parts: list[str] = []
    if op.stack:
        parts.append(str(op.stack))
    if op.second in ("src", "mem") and op.mnemonic != "LEA":
        parts.append("1 if memory" if op.second == "src" else "1")
    return " + ".join(parts) if parts else "0"


def opcode_table() -> str:
    """The opcode table of ISA.md, in Markdown, rendered from OPCODES (the doc test compares the two)."""
    lines = [
        "| opcode | mnemonic | operands | effect | lever | cost beyond the card read | Store transfers |",
        "|---|---|---|---|---|---|---|",
    ]
    for op in OPCODES:
        aliases = [alias for alias, target in ALIASES.items() if target == op.mnemonic]
        name = op.mnemonic + "".join(f" ({alias})" for alias in aliases)
        lines.append(
            f"| {op.number:02d} | {name} | {op.syntax or '-'} | {op.effect} | {op.lever} "
            f"| {COST_TEXT[op.cost]} | {store_transfers_text(op)} |"
        )
    return "\n".join(lines) + "\n"
