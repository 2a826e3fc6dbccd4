"""babbage/ISA.md's opcode table is the one the instruction set in code renders."""

from __future__ import annotations

from pathlib import Path

from babbage.isa import OPCODES, lookup, opcode_table

ISA_MD = Path(__file__).resolve().parents[1] / "ISA.md"
BEGIN = "<!-- opcode table: `python -m babbage isa-table` -->"
END = "<!-- end of opcode table -->"


def test_isa_md_opcode_table_matches_code() -> None:
    text = ISA_MD.read_text(encoding="utf-8")
    start = text.index(BEGIN) + len(BEGIN)
    table = text[start : text.index(END, start)].strip("\n") + "\n"
    assert table == opcode_table()


def test_every_mnemonic_of_the_instruction_table_is_in_the_opcode_table() -> None:
    text = ISA_MD.read_text(encoding="utf-8")
    section = text[text.index("## 3. Instructions") : text.index("## 3a.")]
    for line in section.splitlines():
        if line.startswith("| ") and not line.startswith("| mnemonic"):
            for word in line.split("|")[1].split():
                assert lookup(word) is not None, word
    assert len({op.number for op in OPCODES}) == len(OPCODES)
    assert all(0 <= op.number <= 99 for op in OPCODES)
