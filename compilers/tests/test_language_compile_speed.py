"""The languages' compile-time benchmark runs and prints its table (what it measures is not asserted)."""

from __future__ import annotations

import pytest

from compilers.bench import language_compile_speed


def test_an_edit_changes_one_number_on_one_line() -> None:
    source = "a = 12\nb = 30\nc = 7\nprint(a + b + c)\n"
    changed = language_compile_speed.edited(source, 2)
    assert changed == "a = 15\nb = 30\nc = 7\nprint(a + b + c)\n"  # the third number from the end, 12 + 3
    assert language_compile_speed.edited("(print (+ 1 2))\n", 0) == "(print (+ 1 3))\n"


def test_a_renumbered_program_changes_every_number_standing_alone() -> None:
    source = 'def step3(n):\n    print("%5d" % (n + 12))\n'
    assert language_compile_speed.renumbered(source) == 'def step3(n):\n    print("%5d" % (n + 1012))\n'


def test_the_benchmark_prints_every_figure_for_each_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        language_compile_speed.main(["--languages", "c,lisp-one-line", "--lines", "40", "--runs", "1"]) == 0
    )
    out = capsys.readouterr().out
    for word in ("first preloaded", "next", "same", "edited", "other", "unseen", "  c ", "  lisp-one-line "):
        assert word in out
    rows = [line for line in out.splitlines() if line.startswith(("  c ", "  lisp-one-line "))]
    assert len(rows) == 2
    assert all(line.count("(") == 7 for line in rows)  # seven figures, each with its wall time
