"""The public interface: mount, run_cards, CardError, MountedDeck, as the execution layer calls them."""

from __future__ import annotations

from pathlib import Path

import pytest

from babbage.cards import CardError, MountedDeck, mount, run_cards
from babbage.result import OutputEvent, ProgressEvent, RunEvent


def test_source_lines_map_cards_to_deck_lines() -> None:
    deck = mount("N1 3\n. note\n(\nP\n)\nH\n", "d.ae")
    # Comments kept: N1, the comment, "(" as a comment, P, the CB, ")" as a comment, H.
    assert isinstance(deck, MountedDeck)
    assert deck.source_lines == [1, 2, 3, 4, 5, 5, 6]
    dropped = mount("N1 3\n. note\n(\nP\n)\nH\n", "d.ae", drop_comments=True)
    assert dropped.source_lines == [1, 4, 5, 6]
    assert len(dropped) == 4


def test_every_malformed_card_is_reported_at_once_with_a_caret() -> None:
    source = "N1 3\nQ\nL1000\n"
    with pytest.raises(CardError) as caught:
        mount(source, "bad.ae")
    error = caught.value
    assert [(d.file, d.line, d.column) for d in error.diagnostics] == [("bad.ae", 2, 1), ("bad.ae", 3, 2)]
    assert error.diagnostics[1].render(source) == (
        "bad.ae:3:2: error: column 1000 is out of range: the Store has columns 0 to 999\nL1000\n ^"
    )
    assert str(error).startswith("bad.ae:2:1: error: unknown card")
    assert error.render(source).count("^") == 2
    assert error.diagnostics[0].as_dict()["line"] == 2


def test_cycle_mismatches_are_reported() -> None:
    with pytest.raises(CardError) as caught:
        mount("(\nP\n}\n{?\nP\n}{\nP\n", "c.ae")
    messages = [(d.line, d.message) for d in caught.value.diagnostics]
    # The "}" on line 3 cannot close the "(" of line 1; the else block opened on line 6 never closes.
    assert messages == [
        (3, "'}' does not match '(' on line 1"),
        (6, "the else block begun on line 6 needs a '}'"),
    ]
    with pytest.raises(CardError) as caught:
        mount("{\nP\n}{\nP\n)\n")
    assert [(d.line, d.message) for d in caught.value.diagnostics] == [
        (5, "the else block begun on line 3 needs a '}'")
    ]


def test_run_stops_at_the_line_of_the_card() -> None:
    result = run_cards(mount("N1 1\n\nCB+9\nH\n", "x.ae"))
    assert result.status == "end_of_chain"
    assert result.card_index == 2 and result.source_line == 3 and result.source_file == "x.ae"
    assert "card chain fell on floor" in result.message
    assert result.exit_status() == 70


def test_halt_as_the_last_card_of_the_budget_is_a_normal_halt() -> None:
    deck = mount("N1 1\nN2 2\nH\n")
    assert run_cards(deck, max_steps=3).status == "halted"
    stopped = run_cards(deck, max_steps=2)
    assert stopped.status == "budget_exhausted" and stopped.source_line == 3
    assert stopped.exit_status() == 75


def test_output_limit_keeps_whole_characters() -> None:
    # "é" is 2 bytes of UTF-8: "ééé" is 6 bytes; with a limit of 5, two characters (4 bytes) fit.
    result = run_cards(mount("A write in columns\nA write annotation ééé\nH\n"), max_output=5)
    assert result.status == "output_limit"
    assert result.output == "éé"


def test_trace_shows_the_axes_and_lever_after_each_card() -> None:
    deck = mount("N1 5\n-\nL0\nL1\nH\n")
    result = run_cards(deck, trace=True)
    assert result.trace is not None and len(result.trace) == 5
    assert result.trace[3].endswith("- I0=0 I1=5 I0'=0 E=-5 E'=0 lever=1")
    assert run_cards(deck).trace is None


def test_trace_cards_switch_the_trace_on_and_off() -> None:
    result = run_cards(mount("N1 5\nT1\n+\nL1\nT0\nL1\nH\n"))
    # T1 itself is traced, then "+", "L1"; T0 turns it off before it is recorded.
    assert result.trace is not None and len(result.trace) == 3
    assert "I0=5" in result.trace[2] and "lever=0" in result.trace[2]


def test_events_batch_output_and_report_progress() -> None:
    events: list[RunEvent] = []
    source = "N1 3\n+\nL1\nP\nP\nP\nH\n"
    result = run_cards(mount(source), on_event=events.append, event_interval=4)
    progress = [e for e in events if isinstance(e, ProgressEvent)]
    output = [e for e in events if isinstance(e, OutputEvent)]
    assert "".join(e.text for e in output) == result.output == "3\n3\n3\n"
    # Progress after 4 cards, then the final report after all 7.
    assert [p.instructions for p in progress] == [4, 7]
    # Before card 5: N1, +, L1, P read (2 s) and 2 Store transfers (0.5 s) = 2.5 s.
    assert progress[0].simulated_seconds == pytest.approx(2.5)
    assert progress[-1].simulated_seconds == result.stats.simulated_seconds
    # The output of the first P was batched into one event with the progress at card 4.
    assert output[0].text == "3\n"


def test_include_from_the_deck_directory_with_interpolation_comments(tmp_path: Path) -> None:
    (tmp_path / "double.ae").write_text("+\nL1\nL1\nS1\n", encoding="utf-8")
    source = "N1 21\nA include cards double\nCF+2\nA write annotation skipped\nL1\nP\nH\n"
    # The included cards double V1 to 42. CF+2 passes the annotation and the L1, so P prints the last
    # value moved, the 42 that S1 stored. With comments kept the include is bracketed by two comment cards.
    deck = mount(source, str(tmp_path / "main.ae"), include_dirs=[tmp_path])
    texts = [card.text for card in deck.cards]
    assert texts[1] == ". Begin interpolation of double by attendant"
    assert texts[6] == ". End interpolation of double by attendant"
    assert deck.source_lines[1:7] == [2, 2, 2, 2, 2, 2]
    result = run_cards(deck)
    assert result.output == "42\n"
    dropped = mount(source, "main.ae", include_dirs=[tmp_path], drop_comments=True)
    assert len(dropped) == 10


def test_included_cards_errors_name_their_own_file(tmp_path: Path) -> None:
    (tmp_path / "broken.ae").write_text("N1 2\nW\n", encoding="utf-8")
    with pytest.raises(CardError) as caught:
        mount("A include cards broken.ae\nH\n", "main.ae", include_dirs=[tmp_path])
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.file.endswith("broken.ae") and diagnostic.line == 2
    assert diagnostic.render().endswith("\nW\n^")


def test_include_not_found_and_include_cycles(tmp_path: Path) -> None:
    with pytest.raises(CardError) as caught:
        mount("A include cards nowhere\n")
    assert "cannot find cards named 'nowhere'" in caught.value.diagnostics[0].message
    with pytest.raises(CardError) as caught:
        mount("A include from library cards for ../secrets\n")
    assert "in the library" in caught.value.diagnostics[0].message
    (tmp_path / "loop.ae").write_text("A include cards loop\n", encoding="utf-8")
    with pytest.raises(CardError) as caught:
        mount("A include cards loop\n", include_dirs=[tmp_path])
    assert "include themselves" in caught.value.diagnostics[0].message


def test_library_names_are_found_by_both_include_cards() -> None:
    source = "N900 40000000000\nA include cards sqrt\nA write numbers as 9\n+\nL901\nP\nH\n"
    assert run_cards(mount(source)).output == "20000000000\n"


def test_decimal_places_settings_are_checked() -> None:
    with pytest.raises(CardError) as caught:
        mount(
            "A set decimal places to 51\nA set decimal places to x\nA set decimal places to 2\n"
            "A set decimal places to -3\n<\nA write numbers with decimal point\n"
        )
    lines = [d.line for d in caught.value.diagnostics]
    assert lines == [1, 2, 4]
    with pytest.raises(CardError) as caught:
        mount("<\n>\nA write numbers with decimal point\nA set decimal places to 49\nN1 9" + "9" * 3 + ".5\n")
    # Lines 1-3 come before any setting; 9999.5 at 49 places is 99995 x 10^48, past 50 digits.
    assert [d.line for d in caught.value.diagnostics] == [1, 2, 3, 5]
    with pytest.raises(CardError) as caught:
        mount("A set decimal places to 49\nN1 10.0\n")
    assert caught.value.diagnostics[0].code == "out_of_range"


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(KeyError):
        run_cards(mount("H\n"), profile="steam-1900")


def test_empty_deck_ends_at_once() -> None:
    # No card to read is the normal end of a deck (Walker's reader has no next card), exit status 0.
    result = run_cards(mount(""))
    assert result.status == "halted" and result.card_index is None and result.source_line is None
    assert result.exit_status() == 0


@pytest.mark.parametrize(
    ("card", "message"),
    [
        ("+ 3", "unexpected '3'"),
        ("T2", "trace card"),
        ("DZ", "curve drawing"),
        ("<x", "number of places"),
        ("CF+x", "number of cards"),
        ("N1", "a number card is"),
        ("Nx 1", "Store column"),
        ("N1000 1", "out of range"),
        ("( x", "unexpected 'x'"),
        (") x", "unexpected 'x'"),
        ("}{ x", "unexpected 'x'"),
        ("A include cards ", "name the cards"),
        ("A include from library cards for ", "name the library cards"),
        ("z1", "unknown card"),
    ],
)
def test_malformed_cards(card: str, message: str) -> None:
    with pytest.raises(CardError) as caught:
        mount(card + "\n")
    assert message in caught.value.diagnostics[0].message


def test_windows_line_ends_and_trailing_comments() -> None:
    result = run_cards(mount("N1 7 . seven\r\n+\r\nL1 . load it\r\nP\r\nH\r\n"))
    assert result.output == "7\n"


def test_a_long_trace_is_cut_short(monkeypatch: pytest.MonkeyPatch) -> None:
    from babbage.cards import engine

    monkeypatch.setattr(engine, "TRACE_LIMIT", 3)
    result = run_cards(mount("(\nP\n)\n", drop_comments=True), trace=True, max_steps=10)
    assert result.trace is not None and len(result.trace) == 4
    assert result.trace[-1] == "... the trace stops here: more than 3 cards"
