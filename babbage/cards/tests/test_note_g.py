"""Ada Lovelace's Note G program, as printed in 1843 and as corrected.

Worked by hand (the working is also in the decks' comments), with n = 4, B1 = 1/6, B3 = -1/30,
B5 = 1/42, A1 = 4, A3 = 14, A5 = 28/3:

- corrected: B7 = -(-7/18 + 2/3 - 7/15 + 2/9) = -(-35 + 60 - 42 + 20)/90 = -1/30 = -0.03333333333|33...
- as printed: operation 4 gives 9/7, so A0 becomes -9/14, and operation 24 adds:
  B7 = -9/14 + 2/3 - 7/15 + 2/9 = (-405 + 420 - 294 + 140)/630 = -139/630 = -0.22063492063|49...

The decks work with 20 decimal places: each of their 8 divisions and 8 stepped-down products truncates by
less than 10^-20, and no such error is multiplied by more than 14 afterwards, so V24 is within 10^-17 of
the exact value. Rounded to 10 places the 11th digits (3 and 3) are far from a tie, so the printed values
are -0.0333333333 and -0.2206349206.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from babbage.cards import mount, run_cards

DECKS = Path(__file__).resolve().parent.parent / "decks"


@pytest.mark.parametrize("drop_comments", [False, True])
def test_corrected_table_gives_minus_one_thirtieth(drop_comments: bool) -> None:
    path = DECKS / "note_g_corrected.ae"
    result = run_cards(mount(path.read_text(encoding="utf-8"), path.name, drop_comments=drop_comments))
    assert result.status == "halted"
    assert result.output == "B7 = -0.0333333333\n"


@pytest.mark.parametrize("drop_comments", [False, True])
def test_published_table_gives_minus_139_over_630(drop_comments: bool) -> None:
    path = DECKS / "note_g_published.ae"
    result = run_cards(mount(path.read_text(encoding="utf-8"), path.name, drop_comments=drop_comments))
    assert result.status == "halted"
    assert result.output == "B7 = -0.2206349206\n"


def test_the_decks_differ_only_in_operations_4_and_24() -> None:
    def cards(name: str) -> list[str]:
        text = (DECKS / name).read_text(encoding="utf-8")
        return [line for line in text.split("\n") if line and not line.startswith(".")]

    corrected, published = cards("note_g_corrected.ae"), cards("note_g_published.ae")
    assert len(corrected) == len(published)
    changed = [i for i, (a, b) in enumerate(zip(corrected, published, strict=True)) if a != b]
    # Operation 4: L4 < L5 became L5 < L4 (two cards); operation 24: - L24 L13 became + L13 L24 (three).
    assert [(corrected[i], published[i]) for i in changed] == [
        ("L4", "L5"),
        ("L5", "L4"),
        ("-", "+"),
        ("L24", "L13"),
        ("L13", "L24"),
    ]
