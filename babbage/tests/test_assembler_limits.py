"""Static data is measured before it is made: no assembly source can make the assembler build more
words than the largest Store holds."""

from __future__ import annotations

import tracemalloc

import pytest

from babbage import AssemblyError, assemble
from babbage.machine import STORE_MAX


def test_space_directives_adding_up_past_every_store_are_refused_before_the_zeros_are_made() -> None:
    lines = [".data"] + [f"x{i}: .space {STORE_MAX}" for i in range(20)] + [".text", "HALT"]
    tracemalloc.start()
    try:
        with pytest.raises(AssemblyError) as caught:
            assemble("\n".join(lines), "many.s")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    first = caught.value.diagnostics[0]
    assert first.line == 3  # the second .space: the first one fills the largest Store exactly
    assert f"makes the static data {2 * STORE_MAX} words: larger than any Store" in first.message
    # One Store's worth of zeros (8 MB of references), not 20 of them (160 MB).
    assert peak < 64 * 1024 * 1024


def test_space_up_to_the_largest_store_still_assembles() -> None:
    program = assemble(f".data\nx: .space {STORE_MAX - 1}\ny: .word 7\n.text\nHALT\n", "full.s")
    assert program.static_size >= STORE_MAX
