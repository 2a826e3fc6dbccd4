"""The printer and the input deck: UTF-8 byte counts, READ's number syntax and READC."""

from __future__ import annotations

from dataclasses import dataclass

from babbage.numbers import WORD_DIGITS

WHITE_SPACE = " \t\n\r\v\f"
MAX_CODE_POINT = 0x10FFFF


def utf8_length(code_point: int) -> int:
    """Bytes of one character in UTF-8."""
    if code_point < 0x80:
        return 1
    if code_point < 0x800:
        return 2
    if code_point < 0x10000:
        return 3
    return 4


def printable(code_point: int) -> bool:
    """PRINTC's domain: a Unicode scalar value (not negative, not a surrogate, at most 0x10FFFF)."""
    return 0 <= code_point <= MAX_CODE_POINT and not 0xD800 <= code_point <= 0xDFFF


def fit_utf8(text: str, budget: int) -> str:
    """The longest prefix of text, in whole characters, whose UTF-8 form fits in budget bytes."""
    used = 0
    for index, ch in enumerate(text):
        used += utf8_length(ord(ch))
        if used > budget:
            return text[:index]
    return text


@dataclass(slots=True)
class ReadOutcome:
    value: int  # the number read, 0 at end of input
    end: bool  # end of input reached before a number
    position: int  # index after the characters consumed
    error: str = ""  # "bad_input" or "overflow" when READ must trap


def read_number(text: str, position: int) -> ReadOutcome:
    """ISA.md 3a: skip white space, then an optional sign and one or more digits, exactly those."""
    i = position
    while i < len(text) and text[i] in WHITE_SPACE:
        i += 1
    if i == len(text):
        return ReadOutcome(0, True, i)
    start = i
    if text[i] in "+-":
        i += 1
    digits_start = i
    while i < len(text) and "0" <= text[i] <= "9":
        i += 1
    if i == digits_start:
        return ReadOutcome(0, False, start, "bad_input")
    digits = text[digits_start:i].lstrip("0")
    if len(digits) > WORD_DIGITS:
        return ReadOutcome(0, False, start, "overflow")
    value = int(text[start:i])
    return ReadOutcome(value, False, i)
