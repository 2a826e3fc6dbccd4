"""Every deck in tests/decks runs here with the expectations written in its own comment cards.

    . expect: TEXT              a line of output (TEXT and a new line)
    . expect-partial: TEXT      output with no new line after it
    . expect status: NAME       how the run ends (default: halted)
    . expect line: N            the deck line of the card where the run stopped
    . expect message: TEXT      words the run's message contains
    . expect mount error: L:C: TEXT   a diagnostic at line L, column C whose message contains TEXT
    . expect stats: KEY=VALUE ...     Statistics fields, `seconds`, or a Mill operation's count
    . options: drop_comments max_steps=N max_output=N profile=NAME
    . modes: keep drop          run with comments kept and with comments dropped, same expectations

Every expected value is worked by hand in the deck's comments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from babbage.cards import CardError, mount, run_cards

DECKS = Path(__file__).parent / "decks"


@dataclass
class Expectations:
    output: str = ""
    status: str = "halted"
    line: int | None = None
    message: list[str] = field(default_factory=list)
    mount_errors: list[tuple[int, int, str]] = field(default_factory=list)
    stats: dict[str, str] = field(default_factory=dict)
    options: dict[str, str] = field(default_factory=dict)
    modes: list[str] = field(default_factory=lambda: ["keep"])


def read_expectations(source: str) -> Expectations:
    found = Expectations()
    for line in source.split("\n"):
        if line.startswith(". expect: "):
            found.output += line[len(". expect: ") :] + "\n"
        elif line.startswith(". expect-partial: "):
            found.output += line[len(". expect-partial: ") :]
        elif line.startswith(". expect status: "):
            found.status = line.split(": ", 1)[1].strip()
        elif line.startswith(". expect line: "):
            found.line = int(line.split(": ", 1)[1])
        elif line.startswith(". expect message: "):
            found.message.append(line.split(": ", 1)[1].strip())
        elif line.startswith(". expect mount error: "):
            where, text = line[len(". expect mount error: ") :].split(": ", 1)
            row, column = where.split(":")
            found.mount_errors.append((int(row), int(column), text.strip()))
        elif line.startswith(". expect stats: "):
            for pair in line.split(": ", 1)[1].split():
                key, value = pair.split("=")
                found.stats[key] = value
        elif line.startswith(". options: "):
            for word in line.split(": ", 1)[1].split():
                key, _, value = word.partition("=")
                found.options[key] = value
        elif line.startswith(". modes: "):
            found.modes = line.split(": ", 1)[1].split()
    return found


def cases() -> Sequence[object]:
    params = []
    for path in sorted(DECKS.glob("*.ae")):
        expect = read_expectations(path.read_text(encoding="utf-8"))
        for mode in expect.modes:
            params.append(pytest.param(path, mode, id=f"{path.stem}-{mode}"))
    return params


@pytest.mark.parametrize(("path", "mode"), cases())
def test_deck(path: Path, mode: str) -> None:
    source = path.read_text(encoding="utf-8")
    expect = read_expectations(source)
    drop = mode == "drop" or "drop_comments" in expect.options
    if expect.mount_errors:
        with pytest.raises(CardError) as caught:
            mount(source, path.name, drop_comments=drop, include_dirs=[path.parent])
        got = [(d.line, d.column, d.message) for d in caught.value.diagnostics]
        assert len(got) == len(expect.mount_errors), got
        for (row, column, message), (want_row, want_column, want_text) in zip(
            got, expect.mount_errors, strict=True
        ):
            assert (row, column) == (want_row, want_column), (row, column, message)
            assert want_text in message, message
        return
    deck = mount(source, path.name, drop_comments=drop, include_dirs=[path.parent])
    options = expect.options
    result = run_cards(
        deck,
        max_steps=int(options.get("max_steps", 10_000_000)),
        max_output=int(options.get("max_output", 65536)),
        profile=options.get("profile", "babbage-1864"),
    )
    assert result.output == expect.output
    assert result.status == expect.status, result.message
    if expect.line is not None:
        assert result.source_line == expect.line
    for words in expect.message:
        assert words in result.message
    stats = result.stats
    for key, value in expect.stats.items():
        if key == "seconds":
            assert stats.simulated_seconds == pytest.approx(float(value)), key
        elif hasattr(stats, key):
            assert getattr(stats, key) == int(value), key
        else:
            assert stats.mill_operations.get(key, 0) == int(value), key
