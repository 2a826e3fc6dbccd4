"""The Engine's numbers: signed decimal integers of at most 50 digits.

Both machines (the ISA emulator and the card engine) use these, so that "a word" means one thing.
"""

from __future__ import annotations

WORD_DIGITS = 50
WORD_MODULUS = 10**WORD_DIGITS  # the first value that does not fit in a column
WORD_MAX = WORD_MODULUS - 1


def fits_word(value: int) -> bool:
    """True when value fits in one column of figure wheels (abs(value) <= 10^50 - 1)."""
    return -WORD_MAX <= value <= WORD_MAX


def digit_count(value: int) -> int:
    """Decimal digits of abs(value); the digit count of 0 is 1 (ISA.md section 7)."""
    value = abs(value)
    if value < 10:
        return 1
    return len(str(value))


def trunc_div(dividend: int, divisor: int) -> int:
    """Quotient truncated toward zero, as C, Java and the Engine divide."""
    quotient = abs(dividend) // abs(divisor)
    return quotient if (dividend < 0) == (divisor < 0) else -quotient


def trunc_mod(dividend: int, divisor: int) -> int:
    """Remainder with the dividend's sign, so that trunc_div * divisor + trunc_mod == dividend."""
    return dividend - trunc_div(dividend, divisor) * divisor
