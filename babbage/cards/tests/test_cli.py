"""The command line: python -m babbage cards DECK.ae (LANGUAGES.md exit statuses and streams)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from babbage.cards.cli import main

ROOT = Path(__file__).resolve().parents[3]


def write(tmp_path: Path, text: str, name: str = "deck.ae") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_halted_run_prints_only_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write(tmp_path, "N1 6\nN2 7\nx\nL1\nL2\nP\nH\n")
    assert main([deck]) == 0
    captured = capsys.readouterr()
    assert captured.out == "42\n"
    assert captured.err == ""


def test_stats_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write(tmp_path, "N1 6\nN2 7\nx\nL1\nL2\nP\nB\nH\n")
    assert main([deck, "--stats", "--profile", "menabrea-1842"]) == 0
    err = capsys.readouterr().err
    # 8 cards x 0.5 = 4 s; N1 N2 L1 L2 = 4 transfers x 0.25 = 1 s; 6 x 7: (10 + 1) x 6 = 66 s. 71 s.
    assert "cards read: 8" in err
    assert "Mill operations: mul 1" in err
    assert "simulated time: 71 s (1 min 11 s) under menabrea-1842" in err


def test_mount_error_is_65_with_caret(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write(tmp_path, "N1 6\nL1000\n")
    assert main([deck]) == 65
    err = capsys.readouterr().err
    assert (
        err == f"{deck}:2:2: error: column 1000 is out of range: the Store has columns 0 to 999\nL1000\n ^\n"
    )


def test_chain_on_the_floor_is_70(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write(tmp_path, "N1 1\nCF+5\nH\n")
    assert main([deck]) == 70
    err = capsys.readouterr().err
    assert err.startswith(f"{deck}:2:1: error: end_of_chain: card chain fell on floor")
    assert err.endswith("\nCF+5\n^\n")


def test_deck_without_a_halt_card_ends_with_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write(tmp_path, "N1 4\n+\nL1\nL1\nP\n")
    assert main([deck]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("8\n", "")


def test_a_byte_order_mark_is_not_a_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.ae"
    path.write_bytes(b"\xef\xbb\xbfN1 4\nL1\nP\n")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out == "4\n"


def test_limits_are_75(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write(tmp_path, "(\nP\n)\n")
    assert main([deck, "--max-steps", "10"]) == 75
    assert "budget_exhausted" in capsys.readouterr().err
    assert main([deck, "--max-output", "3"]) == 75
    captured = capsys.readouterr()
    assert captured.out == "0\n0"
    assert "output_limit" in captured.err


def test_drop_comments_changes_explicit_distances(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write(tmp_path, "CF+1\n. a comment card\nA write annotation kept\nH\n")
    assert main([deck]) == 0
    assert capsys.readouterr().out == "kept\n"
    assert main([deck, "--drop-comments"]) == 0
    assert capsys.readouterr().out == ""


def test_trace_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write(tmp_path, "N1 2\nH\n")
    assert main([deck, "--trace"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("lever=0") == 2


def test_include_beside_the_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "A write annotation from the side deck\n", "side.ae")
    deck = write(tmp_path, "A include cards side\nH\n")
    assert main([deck]) == 0
    assert capsys.readouterr().out == "from the side deck\n"


@pytest.mark.parametrize(
    "argv", [[], ["a.ae", "--max-steps", "x"], ["a.ae", "--profile", "steam"], ["a.ae", "--max-steps", "-1"]]
)
def test_usage_errors_are_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_help_is_printed_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--drop-comments" in capsys.readouterr().out


def test_missing_file_is_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "absent.ae")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_python_dash_m_babbage_cards(tmp_path: Path) -> None:
    deck = write(tmp_path, "N1 -5\n+\nL1\nP\nH\n")
    done = subprocess.run(
        [sys.executable, "-m", "babbage.cards", deck], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "-5\n", "")
