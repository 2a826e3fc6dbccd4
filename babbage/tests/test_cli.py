"""`python -m babbage ...`: exit statuses of LANGUAGES.md, stdout only for program output."""

from __future__ import annotations

import io
import sys
import types
from pathlib import Path

import pytest

from babbage import cli
from babbage.isa import opcode_table

HELLO = "PRINTC 'h'\nPRINTC 'i'\nPRINTC 10\nHALT\n"


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_run_prints_program_output_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["run", write(tmp_path, "hi.bab", HELLO)]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("hi\n", "")


def test_stats_and_trace_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["run", write(tmp_path, "hi.bab", HELLO), "--stats", "--trace"]) == 0
    out, err = capsys.readouterr()
    assert out == "hi\n"
    assert "instructions: 4" in err
    assert "under babbage-1864" in err
    assert "PRINTC 104" in err


def test_assembly_error_exits_65_with_caret(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "bad.bab", "  LOAD A\n  FOO\n")
    assert cli.main(["run", path]) == 65
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{path}:1:3: error: LOAD takes 2 operands (r, src), found 1\n  LOAD A\n  ^" in err
    assert f"{path}:2:3: error: unknown instruction 'FOO'" in err


def test_runtime_trap_exits_70_naming_trap_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "div.bab", "PRINT 5\nDIV A, 0\nHALT\n")
    assert cli.main(["run", path]) == 70
    out, err = capsys.readouterr()
    assert out == "5"
    assert f"{path}:2: runtime error: division_by_zero" in err


@pytest.mark.parametrize(
    ("source", "flags"),
    [("loop: JMP loop\n", ["--max-steps", "50"]), ("PRINT 123456\nHALT\n", ["--max-output", "3"])],
)
def test_limits_exit_75(
    tmp_path: Path, source: str, flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["run", write(tmp_path, "p.bab", source), *flags]) == 75


def test_store_too_small_is_a_load_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "big.bab", ".data\nx: .space 150\n.text\nHALT\n")
    assert cli.main(["run", path, "--store", "100"]) == 65
    assert "load error" in capsys.readouterr().err
    assert cli.main(["run", path, "--store", "50"]) == 65


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert cli.main(["run"]) == 2
    assert cli.main(["run", str(tmp_path / "missing.bab")]) == 2
    assert cli.main(["run", write(tmp_path, "h.bab", HELLO), "--profile", "nope"]) == 2
    assert cli.main(["--help"]) == 0


def test_stdin_from_file_and_from_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "echo.bab", "READ A\nPRINT A\nHALT\n")
    assert cli.main(["run", path, "--stdin", write(tmp_path, "in.txt", " 41 ")]) == 0
    assert capsys.readouterr().out == "41"
    fake = types.SimpleNamespace(buffer=io.BytesIO(b"-7\n"))
    monkeypatch.setattr(sys, "stdin", fake)
    assert cli.main(["run", path]) == 0
    assert capsys.readouterr().out == "-7"


def test_asm_deck_run_and_disasm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path, "hi.bab", HELLO)
    deck = str(tmp_path / "hi.deck")
    assert cli.main(["asm", source, "-o", deck]) == 0
    assert cli.main(["run", deck]) == 0
    assert capsys.readouterr().out == "hi\n"
    assert cli.main(["asm", source]) == 0
    assert capsys.readouterr().out == Path(deck).read_text(encoding="utf-8")
    assert cli.main(["disasm", deck]) == 0
    assert "PRINTC 104" in capsys.readouterr().out
    assert cli.main(["asm", source, "-o", str(tmp_path / "no" / "such" / "dir.deck")]) == 2


def test_bad_deck_exits_65(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["run", write(tmp_path, "bad.deck", "12\n")]) == 65


def test_isa_table_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["isa-table"]) == 0
    assert capsys.readouterr().out == opcode_table()


def test_external_subcommand_dispatches_lazily(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[list[str]] = []
    module = types.ModuleType("babbage_fake_cards_cli")

    def fake_main(argv: list[str]) -> int:
        seen.append(argv)
        return 3

    module.main = fake_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "babbage_fake_cards_cli", module)
    monkeypatch.setitem(cli.EXTERNAL, "cards", "babbage_fake_cards_cli")
    assert cli.main(["cards", "deck.ae", "--stats"]) == 3
    assert seen == [["deck.ae", "--stats"]]
    monkeypatch.setitem(cli.EXTERNAL, "cards", "babbage.no_such_module_here")
    assert cli.main(["cards"]) == 2
    assert "not installed" in capsys.readouterr().err
