"""Lines the assembler parsed before (instruction lines and the data section's `.word` and `.space` lines)
are taken from its tables: a program assembles to the same Program however often those lines were seen,
wherever they stand, and a bad line is reported each time."""

from __future__ import annotations

import pytest

from babbage import AssemblyError, assemble, encode_deck
from babbage.machine import STORE_MAX

TABLE = "table:\n        .word first, second, 7, -3, 'a'\n"
CODE = "        .text\nfirst:\n        LOAD A, 1\n        HALT\nsecond:\n        HALT\n"


def _program(padding: int) -> str:
    """The table and the code, with `padding` data words and cards before them (so addresses move)."""
    data = "        .data\n" + ("        .word 0\n" * padding) + TABLE
    code = CODE.replace("first:\n", "first:\n" + "        LOAD B, 2\n" * padding)
    return code + data


@pytest.mark.parametrize("padding", [0, 3, 0, 5])
def test_a_word_line_seen_before_gives_the_values_of_its_place(padding: int) -> None:
    text = _program(padding)
    program = assemble(text)
    # worked by hand: the table starts after `padding` zero words; first is card 0, second is after
    # first's padding + 2 cards; 'a' is 97
    start = padding
    assert program.data[start : start + 5] == [0, padding + 2, 7, -3, 97]
    assert encode_deck(assemble(text)) == encode_deck(program)


def test_a_bad_word_line_is_reported_every_time() -> None:
    for _ in range(2):
        with pytest.raises(AssemblyError) as error:
            assemble("        .text\n        HALT\n        .data\n        .word missing, 1\n")
        assert "undefined label 'missing'" in str(error.value)
    for _ in range(2):
        with pytest.raises(AssemblyError) as error:
            assemble("        .text\n        HALT\n        .data\n        .word 1, , 2\n")
        assert "empty operand" in str(error.value)


@pytest.mark.parametrize("padding", [0, 2, 0])
def test_a_space_line_seen_before_adds_its_zeros_where_it_stands(padding: int) -> None:
    text = "        .text\n        HALT\n        .data\n" + "        .word 9\n" * padding
    text += "buffer:\n        .space 3\nafter:\n        .word 5\n"
    program = assemble(text)
    # worked by hand: `padding` nines, the buffer's three zeros, then the 5 at `after`
    assert program.data == [9] * padding + [0, 0, 0, 5]
    assert program.labels["after"] == padding + 3


def test_a_space_line_too_large_where_it_stands_is_reported_every_time() -> None:
    line = f"        .space {STORE_MAX // 2}\n"
    assemble("        .text\n        HALT\n        .data\n" + line)  # fits on its own: the line is kept
    for _ in range(2):
        with pytest.raises(AssemblyError) as error:
            assemble("        .text\n        HALT\n        .data\n        .word 1\n" + line * 2)
        assert "larger than any Store" in str(error.value)
