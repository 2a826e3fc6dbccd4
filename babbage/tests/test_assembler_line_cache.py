"""Lines the assembler parsed before (instruction lines and the data section's `.word` lines) are taken
from its tables: a program assembles to the same Program however often those lines were seen, wherever
they stand, and a bad line is reported each time."""

from __future__ import annotations

import pytest

from babbage import AssemblyError, assemble, encode_deck

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
