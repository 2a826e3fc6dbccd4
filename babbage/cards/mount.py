"""Mounting a deck: the attendant's work before the Engine starts (CARDS.md).

In text order the attendant strings included decks into the chain, applies decimal places (scaling
number cards written with a point, filling in bare `<` `>`, writing the decimal-point picture), and
expands the cycle shorthand into combinatorial cards. With comments kept (the default, as in Walker's
command-line emulator) the attendant's own cards stay in the chain as comment cards, so they count in
explicit CF/CB distances exactly as they do there; `drop_comments=True` removes every comment card.
Every malformed card is reported at once, in one CardError.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from babbage.cards.card import (
    COMBINATORIAL,
    COMMENT,
    CYCLE_CLOSE,
    CYCLE_ELSE,
    CYCLE_OPEN,
    DECIMAL_PLACES,
    DECIMAL_POINT_PICTURE,
    INCLUDE,
    MAX_DECIMAL_PLACES,
    NUMBER,
    PICTURE,
    STEP_DOWN,
    STEP_UP,
    Card,
    bad_card,
    parse_card,
    scale_decimal,
)
from babbage.cards.errors import CardDiagnostic, CardError

LIBRARY_DIR = Path(__file__).resolve().parent / "library"
_LIBRARY_NAME = re.compile(r"[a-z0-9_-]+")
_MAX_INCLUDE_DEPTH = 16


@dataclass(frozen=True, slots=True)
class MountedDeck:
    """The chain of cards as mounted: what run_cards runs."""

    cards: tuple[Card, ...]
    filename: str
    drop_comments: bool

    @property
    def source_lines(self) -> list[int]:
        """Card index -> line of the deck (an included card maps to its include card's line)."""
        return [card.main_line for card in self.cards]

    def __len__(self) -> int:
        return len(self.cards)


def split_lines(source: str) -> list[str]:
    """One card a line. Only line ends are removed: trailing spaces belong to the card (annotations)."""
    lines = source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def mount(
    source: str,
    filename: str = "<deck>",
    *,
    drop_comments: bool = False,
    include_dirs: Sequence[str | Path] = (),
) -> MountedDeck:
    """Read, check and expand a deck. Raises CardError listing every malformed card."""
    reader = _Reader(tuple(Path(d) for d in include_dirs), drop_comments)
    cards = reader.read(source, filename, None, None, ())
    cards = _apply_decimal_places(cards, drop_comments, reader.diagnostics)
    cards = _expand_cycles(cards, drop_comments, reader.diagnostics)
    if reader.diagnostics:
        raise CardError(sorted(reader.diagnostics, key=_diagnostic_order(filename)))
    return MountedDeck(tuple(cards), filename, drop_comments)


def _diagnostic_order(main: str) -> Callable[[CardDiagnostic], tuple[int, str, int, int]]:
    def key(d: CardDiagnostic) -> tuple[int, str, int, int]:
        return (0 if d.file == main else 1, d.file, d.line, d.column)

    return key


class _Reader:
    """Reads decks and strings included decks into the chain."""

    def __init__(self, include_dirs: tuple[Path, ...], drop_comments: bool) -> None:
        self.include_dirs = include_dirs
        self.drop_comments = drop_comments
        self.diagnostics: list[CardDiagnostic] = []

    def read(
        self,
        source: str,
        filename: str,
        directory: Path | None,
        main_line: int | None,
        chain: tuple[str, ...],
    ) -> list[Card]:
        cards: list[Card] = []
        for number, text in enumerate(split_lines(source), start=1):
            parsed = parse_card(text, filename, number, main_line)
            if isinstance(parsed, CardDiagnostic):
                self.diagnostics.append(parsed)
                continue
            if parsed.kind == INCLUDE:
                cards.extend(self._include(parsed, directory, chain))
            elif parsed.kind == COMMENT and self.drop_comments:
                continue
            else:
                cards.append(parsed)
        return cards

    def _include(self, card: Card, directory: Path | None, chain: tuple[str, ...]) -> list[Card]:
        name = card.string or ""
        found = self._find(name, card.library, directory)
        if found is None:
            where = "in the library" if card.library else "beside the deck or in the library"
            self.diagnostics.append(
                bad_card(
                    card,
                    card.text.find(name) + 1,
                    f"the attendant cannot find cards named {name!r} {where}",
                    "include_not_found",
                )
            )
            return []
        path, shown = found
        key = str(path)
        if key in chain or len(chain) >= _MAX_INCLUDE_DEPTH:
            self.diagnostics.append(bad_card(card, 1, f"cards {name!r} include themselves", "include_cycle"))
            return []
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.diagnostics.append(
                bad_card(card, 1, f"cannot read cards {name!r}: {exc}", "include_not_found")
            )
            return []
        what = f"{name} from library" if card.library else name
        included = self.read(text, shown, path.parent, card.main_line, (*chain, key))
        if self.drop_comments:
            return included
        # Walker's attendant marks an interpolation with a comment card at each end.
        begin = replace(card, kind=COMMENT, text=f". Begin interpolation of {what} by attendant", string=None)
        end = replace(card, kind=COMMENT, text=f". End interpolation of {what} by attendant", string=None)
        return [begin, *included, end]

    def _find(self, name: str, library_only: bool, directory: Path | None) -> tuple[Path, str] | None:
        if not library_only:
            places = ([directory] if directory is not None else []) + list(self.include_dirs)
            for place in places:
                for candidate in (place / name, place / f"{name}.ae"):
                    if candidate.is_file():
                        return candidate.resolve(), str(candidate)
        lowered = name.lower()
        if _LIBRARY_NAME.fullmatch(lowered):
            candidate = LIBRARY_DIR / f"{lowered}.ae"
            if candidate.is_file():
                return candidate, f"{lowered} [library]"
        return None


def _apply_decimal_places(
    cards: list[Card], drop_comments: bool, diagnostics: list[CardDiagnostic]
) -> list[Card]:
    """CARDS.md: decimal places are expanded when the deck is mounted, in text order."""
    places: int | None = None
    out: list[Card] = []
    need = "no decimal places have been set: add 'A set decimal places to n' before this card"
    for card in cards:
        kind = card.kind
        if kind == DECIMAL_PLACES:
            if card.relative and places is None:
                diagnostics.append(
                    bad_card(card, card.count, "a relative decimal places setting needs a prior absolute one")
                )
                continue
            new = card.value if not card.relative else (places or 0) + card.relative * card.value
            if not 0 <= new <= MAX_DECIMAL_PLACES:
                diagnostics.append(
                    bad_card(
                        card, card.count, f"decimal places must be 0 to {MAX_DECIMAL_PLACES}", "out_of_range"
                    )
                )
                continue
            places = new
            if not drop_comments:
                out.append(replace(card, kind=COMMENT))
            continue
        if kind == NUMBER and card.decimal is not None:
            if places is None:
                diagnostics.append(bad_card(card, card.count, need))
                continue
            scaled = scale_decimal(card, places)
            if isinstance(scaled, CardDiagnostic):
                diagnostics.append(scaled)
                continue
            card = scaled
        elif kind in (STEP_UP, STEP_DOWN) and card.bare:
            if places is None:
                diagnostics.append(bad_card(card, 1, need))
                continue
            card = replace(card, count=places, bare=False)
        elif kind == DECIMAL_POINT_PICTURE:
            if places is None:
                diagnostics.append(bad_card(card, 1, need))
                continue
            card = replace(card, kind=PICTURE, string="9." + "9" * places)
        out.append(card)
    return out


def _expand_cycles(cards: list[Card], drop_comments: bool, diagnostics: list[CardDiagnostic]) -> list[Card]:
    expander = _CycleExpander(cards, not drop_comments, diagnostics)
    return expander.expand()


class _CycleExpander:
    """Turns `( )`, `(? )`, `{ }`, `{? }` and `{? }{ }` into CF/CB cards (CARDS.md, cycle shorthand).

    With comments kept, the shorthand cards stay as comment cards and the combinatorial card goes where
    Walker's attendant puts it (after an opening brace and after `}{`, before a closing parenthesis), so
    explicit distances counted across a cycle agree with his emulator in both modes.
    """

    def __init__(self, cards: list[Card], keep: bool, diagnostics: list[CardDiagnostic]) -> None:
        self.cards = cards
        self.keep = keep
        self.diagnostics = diagnostics

    def expand(self) -> list[Card]:
        out: list[Card] = []
        position = 0
        while True:
            body, position, end = self._block(position)
            out.extend(body)
            if end is None:
                return out
            self.diagnostics.append(bad_card(end, 1, f"{end.string!r} closes no cycle"))
            position += 1

    def _block(self, position: int) -> tuple[list[Card], int, Card | None]:
        """Cards up to the `)` `}` or `}{` that ends this level (returned, not consumed)."""
        out: list[Card] = []
        while position < len(self.cards):
            card = self.cards[position]
            if card.kind == CYCLE_OPEN:
                expanded, position = self._cycle(position)
                out.extend(expanded)
            elif card.kind in (CYCLE_CLOSE, CYCLE_ELSE):
                return out, position, card
            else:
                out.append(card)
                position += 1
        return out, position, None

    def _marker(self, card: Card) -> list[Card]:
        if not self.keep:
            return []
        return [replace(card, kind=COMMENT, text=f". {card.text} Translated by attendant")]

    def _jump(self, at: Card, forward: bool, conditional: bool, count: int) -> Card:
        text = f"{'CF' if forward else 'CB'}{'?' if conditional else '+'}{count}"
        return replace(
            at,
            kind=COMBINATORIAL,
            text=text,
            forward=forward,
            conditional=conditional,
            count=count,
            string=None,
        )

    def _cycle(self, position: int) -> tuple[list[Card], int]:
        opener = self.cards[position]
        body, position, end = self._block(position + 1)
        if end is None:
            self.diagnostics.append(
                bad_card(opener, 1, f"no end for the cycle begun by {opener.text.strip()!r}")
            )
            return body, position
        closer = ")" if opener.string == "(" else "}"
        if end.string != closer and not (closer == "}" and end.kind == CYCLE_ELSE):
            self.diagnostics.append(
                bad_card(end, 1, f"{end.string!r} does not match {opener.string!r} on line {opener.line}")
            )
            return body, position + 1
        position += 1
        conditional = opener.conditional
        if opener.string == "(":
            # The loop: back to the first card of the body, past the body and this card.
            back = self._jump(end, False, conditional, len(body) + 1)
            return [*self._marker(opener), *body, back, *self._marker(end)], position
        if end.kind != CYCLE_ELSE:
            # The skip: forward past the body (and, with comments kept, past the closing marker).
            skip = self._jump(opener, True, conditional, len(body) + (1 if self.keep else 0))
            return [*self._marker(opener), skip, *body, *self._marker(end)], position
        otherwise, position, last = self._block(position)
        if last is None or last.kind != CYCLE_CLOSE or last.string != "}":
            where = last if last is not None else end
            self.diagnostics.append(
                bad_card(where, 1, f"the else block begun on line {end.line} needs a '}}'")
            )
            return [*body, *otherwise], position + (1 if last is not None else 0)
        position += 1
        extra = 1 if self.keep else 0
        # First block when the lever is not set; the CF jumps over it (and the else's CF) to the second.
        to_else = self._jump(opener, True, conditional, len(body) + 1 + extra)
        past_else = self._jump(end, True, False, len(otherwise) + extra)
        return [
            *self._marker(opener),
            to_else,
            *body,
            *self._marker(end),
            past_else,
            *otherwise,
            *self._marker(last),
        ], position
