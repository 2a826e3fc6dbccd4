"""The public API other engineers code against, and the edges of loading and rendering."""

from __future__ import annotations

import pytest

from babbage import AssemblyError, Diagnostic, Instruction, LoadError, Program, assemble, native, run
from babbage.bench.runner import main as bench_main
from babbage.machine import CHUNK, load


def test_assembly_error_renders_every_diagnostic_with_caret() -> None:
    source = "\tLOAD A\nok: HALT\n  JMP nowhere\n"
    with pytest.raises(AssemblyError) as info:
        assemble(source, "prog.bab")
    error = info.value
    assert [(d.file, d.line, d.column) for d in error.diagnostics] == [("prog.bab", 1, 2), ("prog.bab", 3, 7)]
    # The caret line keeps the tab so that it lines up under the column however tabs expand.
    assert str(error) == (
        "prog.bab:1:2: error: LOAD takes 2 operands (r, src), found 1\n\tLOAD A\n\t^\n"
        "prog.bab:3:7: error: undefined label 'nowhere'\n  JMP nowhere\n      ^"
    )
    assert error.diagnostics[1].render(source) == str(error).split("\n", 3)[3]
    assert error.diagnostics[0].as_dict() == {
        "file": "prog.bab",
        "line": 1,
        "column": 2,
        "message": "LOAD takes 2 operands (r, src), found 1",
    }


def test_diagnostic_outside_the_source_renders_its_header_only() -> None:
    assert Diagnostic("f", 9, 1, "oops").render("one line\n") == "f:9:1: error: oops"


def test_program_attributes() -> None:
    program = assemble(".data\nx: .word 1, 2\n.heap 5\n.text\nNOP\nstart: .line 7\nHALT\n.entry start\n", "p")
    assert (program.static_size, program.heap_size, program.entry) == (2, 5, 1)
    assert program.line_map == {1: ("p", 7)}
    assert program.labels == {"x": 0, "start": 1}


def test_a_program_without_line_directives_maps_to_assembly_lines() -> None:
    program = assemble("\nNOP\n\nHALT\n", "a.bab")
    assert program.line_map == {0: ("a.bab", 2), 1: ("a.bab", 4)}


def test_store_too_small_or_out_of_range_is_a_load_error() -> None:
    program = assemble(".data\nx: .space 90\n.heap 20\n.text\nHALT\n")
    with pytest.raises(LoadError, match="more than the Store's 100 words"):
        run(program, store_size=100)
    assert run(program, store_size=110).ok  # static data and heap fill the Store exactly: allowed
    with pytest.raises(LoadError, match=r"outside 100\.\.1000000"):
        run(assemble("HALT\n"), store_size=99)


def test_unknown_opcode_profile_and_engine() -> None:
    with pytest.raises(LoadError, match="unknown opcode 77"):
        run(Program(instructions=[Instruction(77, 9, 0, 0, 0)], data=[]))
    with pytest.raises(KeyError, match="unknown timing profile"):
        run(assemble("HALT\n"), profile="difference-engine")
    with pytest.raises(ValueError, match="unknown engine"):
        run(assemble("HALT\n"), engine="quantum")


def test_empty_program_falls_off_the_chain() -> None:
    result = run(assemble(""))
    assert (result.status, result.card_index, result.source_line) == ("end_of_chain", 0, None)
    assert result.exit_status() == 70


@pytest.mark.parametrize("engine", ["interpreter", "blocks", "native"])
def test_output_limit_counts_utf8_bytes_of_wide_characters(engine: str) -> None:
    # 'é' is 2 bytes in UTF-8, '€' 3 and '𝔅' (U+1D505) 4: 2 + 3 = 5 bytes fit in a limit of 8, and
    # 5 + 4 = 9 does not, so the output is 'é€' and the run ends at the third PRINTC.
    source = "PRINTC 233\nPRINTC 8364\nPRINTC 120069\nHALT\n"
    result = run(assemble(source), max_output=8, engine=engine)
    assert (result.output, result.status, result.card_index) == ("é€", "output_limit", 2)
    assert result.exit_status() == 75
    assert run(assemble(source), max_output=9, engine=engine).output == "é€𝔅"


def test_print_of_non_ascii_is_counted_in_bytes() -> None:
    # READC of 'é' then PRINT of the number 233 prints 3 ASCII digits.
    result = run(assemble("READC A\nPRINT A\nPRINTC A\nHALT\n"), stdin="é", max_output=4)
    assert (result.output, result.status) == ("233", "output_limit")


def test_auto_engine_switches_to_blocks_after_warm_up() -> None:
    source = "LOAD A, 0\nloop: ADD A, 1\nCMP A, 30000\nJLT loop\nPRINT A\nHALT\n"
    program = assemble(source)
    auto = run(program, max_steps=1_000_000)
    stepped = run(program, max_steps=1_000_000, engine="interpreter")
    assert auto.output == "30000"
    assert auto.stats == stepped.stats
    assert auto.stats.instructions == 1 + 3 * 30000 + 2


def test_printer_joins_small_pieces_into_chunks() -> None:
    machine = load(assemble("HALT\n"), stdin="", store_size=100, max_output=10**6, trace=False)
    for _ in range(10_000):
        machine.print_text("ab")
    # 10,000 pieces make two chunks of CHUNK pieces and leave the rest pending.
    assert len(machine.output) == 10_000 // CHUNK
    machine.settle_output()
    assert "".join(machine.output) == "ab" * 10_000
    assert machine.pending == []


def test_long_printing_run_gives_the_whole_output() -> None:
    source = "LOAD A, 0\nloop: PRINTC 'x'\nADD A, 1\nCMP A, 9000\nJLT loop\nHALT\n"
    for engine in ("interpreter", "blocks", "native"):
        assert run(assemble(source), engine=engine).output == "x" * 9000


def test_bench_runs_and_checks_its_programs(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_main(["--scale", "0.002", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "counting loop" in out and "fibonacci" in out
    # The native engine's figures first when it is built, then the pure-Python engine's, each with its ratio.
    assert ("engine native" in out) == native.AVAILABLE and "engine python" in out
    assert out.count("fibonacci / counting loop") == (2 if native.AVAILABLE else 1)
