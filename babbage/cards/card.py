"""One card of the chain, as the attendant reads it from a line of the deck (CARDS.md, "Cards").

`parse_card` turns a line into a `Card` or a diagnostic. Some cards are only instructions to the
attendant (decimal places, includes, the cycle shorthand); mount.py rewrites those before the chain is
mounted, so the engine only ever sees the kinds below RUNTIME_KINDS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from babbage.cards.errors import CardDiagnostic
from babbage.numbers import WORD_MODULUS

STORE_COLUMNS = 1000  # V0..V999
MAX_STEP = 100  # Walker's stepping apparatus steps at most 100 places
MAX_DECIMAL_PLACES = 50

# Card kinds the engine runs.
COMMENT = 0
OPERATION = 1  # value: one of ADD SUBTRACT MULTIPLY DIVIDE
LOAD = 2  # column, prime, zero (Z cards)
STORE = 3  # column, prime
NUMBER = 4  # column, value
STEP_UP = 5  # count: `<n`
STEP_DOWN = 6  # count: `>n`
COMBINATORIAL = 7  # forward, conditional, count
PRINT = 8
BELL = 9
HALT = 10
TRACE = 11  # value: 1 on, 0 off
CURVE = 12  # text: X Y + -
PICTURE = 13  # text: the picture, None to go back to plain numbers
ANNOTATION = 14  # text
NEW_LINE = 15
ROWS = 16
COLUMNS = 17
RUNTIME_KINDS = 18

# Attendant's cards, rewritten at mount time.
DECIMAL_PLACES = 20  # value: places, or a relative change when `relative`
DECIMAL_POINT_PICTURE = 21
INCLUDE = 22  # text: the name; library: from the library only
CYCLE_OPEN = 23  # text: "(" or "{"; conditional
CYCLE_CLOSE = 24  # text: ")" or "}"
CYCLE_ELSE = 25  # "}{"

ADD = 1
SUBTRACT = 2
MULTIPLY = 3
DIVIDE = 4
OPERATION_SYMBOLS = {
    "+": ADD,
    "-": SUBTRACT,
    "x": MULTIPLY,
    "*": MULTIPLY,
    "×": MULTIPLY,
    "/": DIVIDE,
    "÷": DIVIDE,
}
OPERATION_NAMES = {0: " ", ADD: "+", SUBTRACT: "-", MULTIPLY: "×", DIVIDE: "÷"}


@dataclass(frozen=True, slots=True)
class Card:
    kind: int
    text: str  # the card as written (or as the attendant wrote it, for cards made at mount time)
    file: str
    line: int  # line in `file`
    main_line: int  # line in the mounted deck itself (the include card's line for included cards)
    column: int = 0  # Store column of L Z S N cards
    prime: bool = False
    zero: bool = False  # Z card: the column is zeroed after the load
    value: int = 0  # number card value, operation, trace switch, decimal places
    count: int = 0  # stepping places, combinatorial distance
    forward: bool = True
    conditional: bool = False
    string: str | None = None  # picture, annotation, include name, curve action
    relative: int = 0  # decimal places: +1 or -1 for a relative setting
    decimal: str | None = None  # number card written with a decimal point, before scaling
    bare: bool = False  # `<` or `>` with no count: the attendant fills in the decimal places
    library: bool = False  # include from the library only


_COLUMN = re.compile(r"\d+")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+)")


class _Bad(Exception):
    def __init__(self, column: int, message: str, code: str = "malformed_card") -> None:
        super().__init__(message)
        self.column = column
        self.message = message
        self.code = code


def is_comment(text: str) -> bool:
    """Blank lines, `.` or a space in column 1 (CARDS.md)."""
    return text == "" or text[0] in ". " or text.strip() == ""


def strip_trailing_comment(text: str) -> str:
    """Text before `". "` (searched from column 2, as Walker does), without trailing white space."""
    cut = text.find(". ", 1)
    if cut >= 0:
        text = text[:cut]
    return text.rstrip()


def parse_card(text: str, file: str, line: int, main_line: int | None = None) -> Card | CardDiagnostic:
    """The card on one line of a deck, or a diagnostic naming what is wrong with it."""
    where = main_line if main_line is not None else line
    try:
        fields = _parse(text)
    except _Bad as bad:
        return CardDiagnostic(file, line, bad.column, bad.message, text=text, code=bad.code)
    return replace(fields, file=file, line=line, main_line=where)


def _card(kind: int, text: str, **fields: Any) -> Card:
    """A card not yet placed: parse_card fills in its file and lines."""
    return Card(kind, text, "", 0, 0, **fields)


def _parse(text: str) -> Card:
    if is_comment(text):
        return _card(COMMENT, text)
    first = text[0]
    if first == "A":
        return _parse_attendant(text)
    body = strip_trailing_comment(text)
    rest = body[1:].strip()
    if first in OPERATION_SYMBOLS:
        _nothing_after(body, rest)
        return _card(OPERATION, text, value=OPERATION_SYMBOLS[first])
    if first in "LZS":
        return _parse_variable(text, body, rest)
    if first == "N":
        return _parse_number(text, body)
    if first in "<>":
        kind = STEP_UP if first == "<" else STEP_DOWN
        if rest == "":
            return _card(kind, text, bare=True)
        if not _COLUMN.fullmatch(rest):
            raise _Bad(2, f"a stepping card needs a number of places, not {rest!r}")
        count = int(rest)
        if count > MAX_STEP:
            raise _Bad(
                2, f"cannot step {count} places: the stepping apparatus moves 0 to {MAX_STEP}", "out_of_range"
            )
        return _card(kind, text, count=count)
    if first == "C":
        return _parse_combinatorial(text, body)
    if first in "PB":
        _nothing_after(body, rest)
        return _card(PRINT if first == "P" else BELL, text)
    if first == "H":
        return _card(HALT, text)
    if first == "T":
        if rest not in ("0", "1"):
            raise _Bad(2, "a trace card is T1 (on) or T0 (off)")
        return _card(TRACE, text, value=int(rest))
    if first == "D":
        if rest not in ("X", "Y", "+", "-"):
            raise _Bad(2, "a curve drawing card is DX, DY, D+ or D-")
        return _card(CURVE, text, string=rest)
    if first in "({":
        return _parse_cycle_open(text, body)
    if first in ")}":
        return _parse_cycle_close(text, body)
    raise _Bad(1, f"unknown card {body.split()[0] if body.split() else first!r}")


def _nothing_after(body: str, rest: str) -> None:
    if rest:
        raise _Bad(body.index(rest) + 1, f"unexpected {rest!r} after {body[0]!r} (a comment follows '. ')")


def _parse_variable(text: str, body: str, rest: str) -> Card:
    first = text[0]
    prime = rest.endswith("'")
    number = rest[:-1].strip() if prime else rest
    if not _COLUMN.fullmatch(number):
        raise _Bad(
            2, f"{first} card needs a Store column 0 to {STORE_COLUMNS - 1}, as {first}001 or {first}001'"
        )
    column = int(number)
    if column >= STORE_COLUMNS:
        raise _Bad(
            body.index(number) + 1,
            f"column {column} is out of range: the Store has columns 0 to {STORE_COLUMNS - 1}",
            "out_of_range",
        )
    if first == "S":
        return _card(STORE, text, column=column, prime=prime)
    return _card(LOAD, text, column=column, prime=prime, zero=first == "Z")


def _parse_number(text: str, body: str) -> Card:
    tokens = body[1:].split()
    if len(tokens) != 2:
        raise _Bad(1, "a number card is N, a Store column and a value, as N001 42")
    column_text, value_text = tokens
    if not _COLUMN.fullmatch(column_text):
        raise _Bad(2, f"a number card needs a Store column 0 to {STORE_COLUMNS - 1}, not {column_text!r}")
    column = int(column_text)
    value_column = body.index(value_text, 1 + body[1:].index(column_text) + len(column_text)) + 1
    if column >= STORE_COLUMNS:
        raise _Bad(
            body.index(column_text, 1) + 1,
            f"column {column} is out of range: the Store has columns 0 to {STORE_COLUMNS - 1}",
            "out_of_range",
        )
    if _DECIMAL.fullmatch(value_text):
        return _card(NUMBER, text, column=column, decimal=value_text, count=value_column)
    if not _INTEGER.fullmatch(value_text):
        raise _Bad(value_column, f"{value_text!r} is not a number")
    value = int(value_text)
    _check_number(value, value_column)
    return _card(NUMBER, text, column=column, value=value, count=value_column)


def _check_number(value: int, column: int) -> None:
    if abs(value) >= WORD_MODULUS:
        raise _Bad(column, "number out of range: a column holds fewer than 50 digits", "out_of_range")


def _parse_combinatorial(text: str, body: str) -> Card:
    if len(body) < 4 or body[1] not in "FB" or body[2] not in "?1+":
        raise _Bad(1, "a combinatorial card is CF or CB, then ? or + (or 1), then a number of cards, as CF?3")
    distance = body[3:].strip()
    if not _COLUMN.fullmatch(distance):
        raise _Bad(4, f"a combinatorial card needs a number of cards, not {distance!r}")
    return _card(COMBINATORIAL, text, forward=body[1] == "F", conditional=body[2] == "?", count=int(distance))


def _parse_cycle_open(text: str, body: str) -> Card:
    conditional = body[1:2] == "?"
    rest = body[2:] if conditional else body[1:]
    if rest.strip():
        raise _Bad(len(body) - len(rest) + 1, f"unexpected {rest.strip()!r} after {body[0]!r}")
    return _card(CYCLE_OPEN, text, string=body[0], conditional=conditional)


def _parse_cycle_close(text: str, body: str) -> Card:
    if body.startswith("}{"):
        if body[2:].strip():
            raise _Bad(3, f"unexpected {body[2:].strip()!r} after '}}{{'")
        return _card(CYCLE_ELSE, text, string="}{")
    if body[1:].strip():
        raise _Bad(2, f"unexpected {body[1:].strip()!r} after {body[0]!r}")
    return _card(CYCLE_CLOSE, text, string=body[0])


# Attendant's requests. Matched without regard to case, as Walker's attendant does; the text after the
# request (a picture, an annotation) is taken verbatim, trailing spaces included.
_WRITE_NUMBERS_AS = "a write numbers as "
_WRITE_DECIMAL = "a write numbers with decimal point"
_WRITE_ANNOTATION = "a write annotation"
_SET_DECIMAL = "a set decimal places to "
_INCLUDE = "a include cards "
_INCLUDE_LIBRARY = "a include from library cards for "
_EXACT = {
    "a write new line": NEW_LINE,
    "a write in rows": ROWS,
    "a write in columns": COLUMNS,
}


def _parse_attendant(text: str) -> Card:
    lower = text.lower()
    for request, kind in _EXACT.items():
        if lower.rstrip() == request:
            return _card(kind, text)
    if lower.startswith(_WRITE_NUMBERS_AS) or lower.rstrip() == _WRITE_NUMBERS_AS.rstrip():
        picture = text[len(_WRITE_NUMBERS_AS) :]
        return _card(PICTURE, text, string=picture or None)
    if lower.rstrip() == _WRITE_DECIMAL:
        return _card(DECIMAL_POINT_PICTURE, text)
    if lower.startswith(_WRITE_ANNOTATION + " ") or lower == _WRITE_ANNOTATION:
        return _card(ANNOTATION, text, string=text[len(_WRITE_ANNOTATION) + 1 :])
    if lower.startswith(_SET_DECIMAL):
        return _parse_decimal_places(text)
    if lower.startswith(_INCLUDE_LIBRARY):
        name = text[len(_INCLUDE_LIBRARY) :].strip()
        if not name:
            raise _Bad(len(_INCLUDE_LIBRARY) + 1, "name the library cards to include, as: for sqrt")
        return _card(INCLUDE, text, string=name, library=True)
    if lower.startswith(_INCLUDE):
        name = text[len(_INCLUDE) :].strip()
        if not name:
            raise _Bad(len(_INCLUDE) + 1, "name the cards to include")
        return _card(INCLUDE, text, string=name)
    raise _Bad(1, "the attendant does not understand this request")


def _parse_decimal_places(text: str) -> Card:
    spec = text[len(_SET_DECIMAL) :].strip()
    column = len(_SET_DECIMAL) + 1
    relative = 0
    if spec[:1] in ("+", "-"):
        relative = 1 if spec[0] == "+" else -1
        spec = spec[1:]
    if not _COLUMN.fullmatch(spec):
        raise _Bad(column, "the attendant cannot find the number of decimal places")
    places = int(spec)
    if relative == 0 and places > MAX_DECIMAL_PLACES:
        raise _Bad(column, f"decimal places must be 0 to {MAX_DECIMAL_PLACES}", "out_of_range")
    return _card(DECIMAL_PLACES, text, value=places, relative=relative, count=column)


def bad_card(card: Card, column: int, message: str, code: str = "malformed_card") -> CardDiagnostic:
    return CardDiagnostic(card.file, card.line, column, message, text=card.text, code=code)


def scale_decimal(card: Card, places: int) -> Card | CardDiagnostic:
    """A number card written with a decimal point, scaled to `places` decimal places.

    Digits past the last place are rounded half away from zero; at 0 places nothing is rounded and the
    fraction is dropped (CARDS.md: 42.7 becomes 42).
    """
    assert card.decimal is not None
    written = card.decimal
    negative = written.startswith("-")
    whole, _, fraction = written.lstrip("+-").partition(".")
    kept = (fraction + "0" * places)[:places]
    magnitude = int((whole or "0") + kept)
    dropped = fraction[places:]
    if places > 0 and dropped and dropped[0] >= "5":
        magnitude += 1
    value = -magnitude if negative else magnitude
    if abs(value) >= WORD_MODULUS:
        return bad_card(
            card, card.count, "number out of range: a column holds fewer than 50 digits", "out_of_range"
        )
    return replace(card, value=value, decimal=None)
