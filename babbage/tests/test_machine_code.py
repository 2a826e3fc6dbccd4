"""Operation cards, number cards and the deck's text form: encode, decode and disassemble round-trip."""

from __future__ import annotations

import pytest

from babbage import LoadError, Program, assemble, decode_deck, disassemble, encode_deck
from babbage.deck import decode_card, encode_card
from babbage.isa import (
    MODE_ABSOLUTE,
    MODE_BASED,
    MODE_IMMEDIATE,
    MODE_NONE,
    MODE_REGISTER,
    NO_REGISTER,
    OPCODES,
    OPERAND_MODES,
)
from babbage.program import Instruction


def every_instruction() -> list[Instruction]:
    """Each opcode with each operand form its kinds allow, with a positive and a negative value."""
    found: list[Instruction] = []
    for op in OPCODES:
        registers = [0, 4, 5] if op.has_register else [NO_REGISTER]
        kind = op.second
        modes = sorted(OPERAND_MODES[kind]) if kind else [MODE_NONE]
        for register in registers:
            for mode in modes:
                if mode == MODE_REGISTER:
                    found.extend(Instruction(op.number, register, mode, base, 0) for base in range(6))
                elif mode == MODE_BASED:
                    found.append(Instruction(op.number, register, mode, 5, -2))
                    found.append(Instruction(op.number, register, mode, 2, 10**44 - 1))
                elif mode == MODE_IMMEDIATE:
                    values = {"n": [0, 50], "code": [0, 999], "label": [0, 3]}.get(
                        kind or "", [-(10**44) + 1, 42]
                    )
                    found.extend(Instruction(op.number, register, mode, 0, v) for v in values)
                elif mode == MODE_ABSOLUTE:
                    found.append(Instruction(op.number, register, mode, 0, 1999))
                else:
                    found.append(Instruction(op.number, register, mode, 0, 0))
    return found


def test_every_card_round_trips() -> None:
    instructions = every_instruction()
    assert len({i.opcode for i in instructions}) == len(OPCODES)
    for instruction in instructions:
        card = encode_card(instruction)
        assert len(card) == 50 and card.isdigit()
        assert decode_card(card) == instruction


def test_card_fields() -> None:
    # STOR C, [FP-2]: opcode 02, register 2, mode 4 (based), base 5, sign 1, value 2.
    card = encode_card(Instruction(2, 2, MODE_BASED, 5, -2))
    assert card == "022451" + "0" * 43 + "2"


def test_every_instruction_round_trips_through_deck_and_disassembly() -> None:
    program = Program(
        instructions=every_instruction(),
        data=[0, 7, -(10**50 - 1), 0, 0, 0, 0, 5],
        heap_size=12,
        entry=3,
        line_map={0: ("a.c", 10), 1: ("a.c", 10), 2: ("b.c", 3)},
    )
    deck = encode_deck(program)
    decoded = decode_deck(deck)
    assert decoded.instructions == program.instructions
    assert decoded.data == program.data
    assert (decoded.heap_size, decoded.entry, decoded.line_map) == (12, 3, program.line_map)
    assert encode_deck(decoded) == deck
    again = assemble(disassemble(program))
    assert again.instructions == program.instructions
    assert again.data == program.data
    assert (again.heap_size, again.entry) == (12, 3)


def test_number_card_text_form() -> None:
    deck = encode_deck(assemble(".data\nx: .word 0, -120\n.text\nHALT\n"))
    assert "N 0000001 -" + "0" * 47 + "120" in deck.splitlines()
    assert ".static 2" in deck.splitlines()


def test_wide_immediate_goes_to_the_constant_pool() -> None:
    wide = 10**49 + 7
    program = assemble(
        f".data\nx: .word 1\n.text\nLOAD A, {wide}\nADD A, {wide}\nLOAD B, {10**44 - 1}\nHALT\n"
    )
    assert program.data == [1, wide]
    assert program.instructions[0] == Instruction(1, 0, MODE_ABSOLUTE, 0, 1)
    assert program.instructions[1] == Instruction(10, 0, MODE_ABSOLUTE, 0, 1)
    assert program.instructions[2] == Instruction(1, 1, MODE_IMMEDIATE, 0, 10**44 - 1)


@pytest.mark.parametrize(
    ("deck", "message"),
    [
        ("0102", "deck line 1: an operation card is 50 digits"),
        ("99" + "9" * 48, "unknown opcode 99"),
        ("01" + "7" + "2" + "0" * 46, "register field 7"),
        ("61" + "0" + "0" * 47, "HALT has no register operand"),
        ("01" + "9" + "2" + "0" * 46, "LOAD needs register operand"),
        ("01" + "0" + "7" + "0" * 46, "mode, base or sign"),
        ("N 0000001 +12", "a sign and 50 digits"),
        ("N x +" + "0" * 50, "non-negative integer"),
        (".static 1\nN 0000003 +" + "0" * 50, "beyond the deck's static data"),
        ("61" + "9" + "0" * 47 + " @0:1", "file 0 is not declared"),
        ("61" + "9" + "0" * 47 + " 12", "@FILE:LINE"),
        (".file 0 name", "quoted"),
        (".entry 5\n61" + "9" + "0" * 47, "entry card 5"),
        ("hello", "unrecognised line"),
    ],
)
def test_bad_decks_are_load_errors(deck: str, message: str) -> None:
    with pytest.raises(LoadError, match=message.replace("(", r"\(").replace("[", r"\[")):
        decode_deck(deck)


def test_deck_file_names_with_quotes_round_trip() -> None:
    program = assemble('.file "we\\"ird\\\\.c"\n.line 3\nHALT\n')
    assert program.line_map == {0: ('we"ird\\.c', 3)}
    assert decode_deck(encode_deck(program)).line_map == program.line_map
    assert assemble(disassemble(program)).line_map == program.line_map


def test_card_value_wider_than_44_digits_cannot_be_encoded() -> None:
    with pytest.raises(ValueError, match="44 digits"):
        encode_card(Instruction(1, 0, MODE_IMMEDIATE, 0, 10**44))


def test_disassembly_labels_jump_targets() -> None:
    text = disassemble(assemble("loop: ADD A, 1\nJMP loop\nJMP end\nend:\n"))
    assert "c0:     ADD A, 1" in text
    assert "JMP c0" in text
    assert "c3:" in text
