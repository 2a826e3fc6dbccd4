"""Machine code: Program <-> the card deck's text form (ISA.md section 5 and the project's ISA.md).

A deck is plain text, one card a line:

    ; comment lines start with ';'
    .static 3                  words of static data (number cards give the non-zero ones)
    .heap 100                  words of heap
    .entry 0                   the first card to run
    .file 0 "fact.c"           a source file named by the debug annotations
    N 0000002 +00000000000000000000000000000000000000000000000120
    01020300000000000000000000000000000000000000000002 @0:7

A number card is `N`, the address (7 digits), a sign and 50 digits. An operation card is 50 digits, and
optionally `@FILE:LINE`, the source line it comes from.
"""

from __future__ import annotations

from babbage.diagnostics import LoadError
from babbage.isa import BY_NUMBER, NO_REGISTER, REGISTERS
from babbage.numbers import WORD_DIGITS, fits_word
from babbage.program import VALUE_DIGITS, VALUE_LIMIT, Instruction, Program

CARD_DIGITS = 50
ADDRESS_DIGITS = 7
HEADER = "; Babbage Engine deck"
# The cards' fields as %-formats (the sign of a number card by %+: "+" for zero too).
_CARD_FORMAT = f"%02d%d%d%d%d%0{VALUE_DIGITS}d"
_NUMBER_FORMAT = f"N %0{ADDRESS_DIGITS}d %+0{WORD_DIGITS + 1}d"


def encode_card(instruction: Instruction) -> str:
    """The 50 digits of one operation card: opcode (2), register, mode, base, sign and the value's 44."""
    value = instruction.value
    if not -VALUE_LIMIT < value < VALUE_LIMIT:
        raise ValueError(f"value {value} does not fit in a card's {VALUE_DIGITS} digits")
    # One %-format (a deck encodes tens of thousands of cards): the sign is 1 for a negative value.
    return _CARD_FORMAT % (
        instruction.opcode,
        instruction.register,
        instruction.mode,
        instruction.base,
        value < 0,
        -value if value < 0 else value,
    )


def decode_card(digits: str) -> Instruction:
    """One operation card; ValueError says what is wrong with it."""
    if len(digits) != CARD_DIGITS or not digits.isdigit() or not digits.isascii():
        raise ValueError(f"an operation card is {CARD_DIGITS} digits")
    opcode = int(digits[0:2])
    register, mode, base, sign = (int(ch) for ch in digits[2:6])
    op = BY_NUMBER.get(opcode)
    if op is None:
        raise ValueError(f"unknown opcode {opcode:02d}")
    if register != NO_REGISTER and register >= len(REGISTERS):
        raise ValueError(f"register field {register} is not 0-5 or 9")
    if op.has_register == (register == NO_REGISTER):
        raise ValueError(f"{op.mnemonic} {'needs' if op.has_register else 'has no'} register operand")
    if mode > 4 or base >= len(REGISTERS) or sign > 1:
        raise ValueError("mode, base or sign field out of range")
    value = int(digits[6:])
    return Instruction(opcode, register, mode, base, -value if sign else value)


def encode_number(address: int, value: int) -> str:
    """A number card: N, the address's 7 digits, the sign and the value's 50 digits."""
    return _NUMBER_FORMAT % (address, value)


def deck_header(
    program: Program, files_in_order: list[str] | None = None
) -> tuple[list[str], dict[str, int]]:
    """The deck's first lines (header and `.file` lines), and the number of each file they give.
    files_in_order: the files of the line map in the order of their first card, when the caller has them."""
    lines = [
        HEADER,
        f".static {program.static_size}",
        f".heap {program.heap_size}",
        f".entry {program.entry}",
    ]
    if files_in_order is None:
        files_in_order = list(dict.fromkeys(file for file, _line in program.line_map.values()))
    files: dict[str, int] = {}
    for file in files_in_order:
        files[file] = len(files)
        lines.append(f'.file {files[file]} "{_quote(file)}"')
    return lines, files


def encode_deck(program: Program) -> str:
    """The deck's text form: header, number cards for non-zero static words, operation cards."""
    lines, files = deck_header(program)
    lines.extend(encode_number(address, value) for address, value in enumerate(program.data) if value)
    encoded: dict[int, str] = {}  # by identity: the assembler gives the cards of repeated lines one object
    for index, instruction in enumerate(program.instructions):
        card = encoded.get(id(instruction))
        if card is None:
            card = encoded[id(instruction)] = encode_card(instruction)
        where = program.line_map.get(index)
        lines.append(f"{card} @{files[where[0]]}:{where[1]}" if where else card)
    return "\n".join(lines) + "\n"


def _quote(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', '\\"')


def _unquote(text: str) -> str:
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError('a file name is quoted: "name"')
    out: list[str] = []
    escaped = False
    for ch in text[1:-1]:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        else:
            out.append(ch)
    return "".join(out)


def _natural(text: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise ValueError(f"expected a non-negative integer, found {text!r}")
    return int(text)


def decode_deck(text: str) -> Program:
    """A Program from a deck's text form; LoadError names the first bad line."""
    static: int | None = None
    heap = 0
    entry = 0
    files: dict[int, str] = {}
    numbers: dict[int, int] = {}
    instructions: list[Instruction] = []
    line_map: dict[int, tuple[str, int]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        try:
            fields = line.split()
            if fields[0] == ".static" and len(fields) == 2:
                static = _natural(fields[1])
            elif fields[0] == ".heap" and len(fields) == 2:
                heap = _natural(fields[1])
            elif fields[0] == ".entry" and len(fields) == 2:
                entry = _natural(fields[1])
            elif fields[0] == ".file" and len(fields) >= 3:
                files[_natural(fields[1])] = _unquote(line.split(None, 2)[2])
            elif fields[0] == "N" and len(fields) == 3:
                value_text = fields[2]
                if value_text[:1] not in "+-" or len(value_text) != WORD_DIGITS + 1:
                    raise ValueError(f"a number card's value is a sign and {WORD_DIGITS} digits")
                value = -_natural(value_text[1:]) if value_text[0] == "-" else _natural(value_text[1:])
                if not fits_word(value):
                    raise ValueError("value wider than a word")
                numbers[_natural(fields[1])] = value
            elif len(fields) in (1, 2) and fields[0][:1].isdigit():
                if len(fields) == 2:
                    line_map[len(instructions)] = _annotation(fields[1], files)
                instructions.append(decode_card(fields[0]))
            else:
                raise ValueError(f"unrecognised line {line!r}")
        except ValueError as error:
            raise LoadError(f"deck line {number}: {error}") from None
    if static is None:
        static = max(numbers, default=-1) + 1
    if any(address >= static for address in numbers):
        raise LoadError("a number card's address is beyond the deck's static data")
    data = [0] * static
    for address, value in numbers.items():
        data[address] = value
    if instructions and not 0 <= entry < len(instructions):
        raise LoadError(f"entry card {entry} is outside the deck")
    return Program(instructions=instructions, data=data, heap_size=heap, entry=entry, line_map=line_map)


def _annotation(text: str, files: dict[int, str]) -> tuple[str, int]:
    if not text.startswith("@") or ":" not in text:
        raise ValueError("a card's annotation is @FILE:LINE")
    file_text, line_text = text[1:].split(":", 1)
    file_number = _natural(file_text)
    if file_number not in files:
        raise ValueError(f"file {file_number} is not declared by a .file line")
    return files[file_number], _natural(line_text)
