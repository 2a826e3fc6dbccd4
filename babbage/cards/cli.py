"""`python -m babbage cards DECK.ae [--drop-comments] [--stats] [--trace] [--max-steps N]
[--max-output BYTES] [--profile NAME]` (LANGUAGES.md).

stdout carries only the printer's output; diagnostics, the trace and --stats go to stderr. Exit status:
0 halted, 65 the deck cannot be mounted, 70 a runtime error (the chain fell on the floor), 75 a limit
(budget or output), 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn, TextIO

from babbage.cards.card import Card
from babbage.cards.engine import run_cards
from babbage.cards.errors import CardDiagnostic, CardError
from babbage.cards.mount import mount
from babbage.result import RunResult
from babbage.timing import PROFILES, format_duration

EXIT_MOUNT_ERROR = 65
EXIT_USAGE = 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> _Parser:
    parser = _Parser(prog="python -m babbage cards", description="Run an Analytical Engine card deck.")
    parser.add_argument("deck", help="the deck of cards (.ae)")
    parser.add_argument("--drop-comments", action="store_true", help="remove comment cards when mounting")
    parser.add_argument("--stats", action="store_true", help="statistics and simulated time on stderr")
    parser.add_argument("--trace", action="store_true", help="the Mill's axes and lever after each card")
    parser.add_argument("--max-steps", type=int, default=10_000_000, help="budget of cards read")
    parser.add_argument("--max-output", type=int, default=65536, help="output limit in bytes of UTF-8")
    parser.add_argument("--profile", default="babbage-1864", choices=sorted(PROFILES), help="timing profile")
    return parser


def main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
        if args.max_steps < 0 or args.max_output < 0:
            raise _UsageError("--max-steps and --max-output must not be negative")
    except _UsageError as exc:
        sys.stderr.write(f"{_parser().format_usage()}error: {exc}\n")
        return EXIT_USAGE
    except SystemExit as exc:  # --help has been printed
        return int(exc.code or 0)
    path = Path(args.deck)
    try:
        source = path.read_text(encoding="utf-8-sig")  # a byte-order mark is not a card
    except (OSError, UnicodeDecodeError) as exc:
        sys.stderr.write(f"error: cannot read {args.deck}: {exc}\n")
        return EXIT_USAGE
    try:
        deck = mount(source, args.deck, drop_comments=args.drop_comments, include_dirs=[path.parent])
    except CardError as error:
        for diagnostic in error.diagnostics:
            sys.stderr.write(diagnostic.render() + "\n")
        return EXIT_MOUNT_ERROR
    result = run_cards(
        deck, max_steps=args.max_steps, max_output=args.max_output, profile=args.profile, trace=args.trace
    )
    sys.stdout.write(result.output)
    sys.stdout.flush()
    if result.trace:
        sys.stderr.write("\n".join(result.trace) + "\n")
    if not result.ok:
        _report_stop(result, deck.cards, args.deck, sys.stderr)
    if args.stats:
        _report_stats(result, sys.stderr)
    return result.exit_status()


def _report_stop(result: RunResult, cards: tuple[Card, ...], filename: str, out: TextIO) -> None:
    """`FILE:LINE:COL: error: STATUS: MESSAGE` with the card's line and a caret."""
    index = result.card_index
    if index is None or not 0 <= index < len(cards):
        out.write(f"{filename}: error: {result.status}: {result.message}\n")
        return
    card = cards[index]
    diagnostic = CardDiagnostic(
        card.file,
        card.line,
        1,
        f"{result.status}: {result.message}",
        text=card.text,
        code=result.status,
    )
    out.write(diagnostic.render() + "\n")


def _report_stats(result: RunResult, out: TextIO) -> None:
    stats = result.stats
    operations = (
        ", ".join(f"{name} {count}" for name, count in sorted(stats.mill_operations.items())) or "none"
    )
    out.write(
        f"cards read: {stats.cards_read}\n"
        f"cards passed over: {stats.cards_passed}\n"
        f"Mill operations: {operations}\n"
        f"Store reads: {stats.store_reads}, writes: {stats.store_writes}\n"
        f"simulated time: {stats.simulated_seconds:g} s ({format_duration(stats.simulated_seconds)}) "
        f"under {stats.profile}\n"
    )
