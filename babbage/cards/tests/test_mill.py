"""Properties of the Mill that CARDS.md states for every operand, checked on many."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from babbage.cards.card import ADD, DIVIDE, MULTIPLY, SUBTRACT
from babbage.cards.mill import Mill
from babbage.cards.picture import edit_to_picture
from babbage.numbers import WORD_MODULUS

columns = st.integers(min_value=-(WORD_MODULUS - 1), max_value=WORD_MODULUS - 1)


def crank(operation: int, first: int, second: int, prime: int = 0) -> Mill:
    mill = Mill()
    mill.set_operation(operation)
    mill.load(first, False)
    if prime:
        mill.load(prime, True)
    assert mill.load(second, False)
    return mill


@settings(max_examples=300)
@given(columns, columns)
def test_product_is_split_across_e_prime_and_e(first: int, second: int) -> None:
    mill = crank(MULTIPLY, first, second)
    assert mill.egress_prime * WORD_MODULUS + mill.egress == first * second
    assert abs(mill.egress) <= WORD_MODULUS
    assert not mill.lever


@settings(max_examples=300)
@given(columns, columns.filter(lambda v: v != 0), columns)
def test_quotient_and_remainder_rebuild_the_dividend(low: int, divisor: int, high: int) -> None:
    mill = crank(DIVIDE, low, divisor, high)
    dividend = low + high * WORD_MODULUS
    if mill.lever:
        # Only an overflowing quotient sets the lever here (the divisor is not zero).
        assert abs(dividend) // abs(divisor) > WORD_MODULUS
        assert (mill.egress, mill.egress_prime) == (0, 0)
    else:
        assert mill.egress_prime * divisor + mill.egress == dividend
        assert abs(mill.egress) < abs(divisor)
        assert mill.egress == 0 or (mill.egress < 0) == (dividend < 0)


@settings(max_examples=300)
@given(columns, columns, st.sampled_from([ADD, SUBTRACT]))
def test_sums_stay_in_a_column_and_the_lever_marks_a_wrap_or_a_change_of_sign(
    first: int, second: int, operation: int
) -> None:
    mill = crank(operation, first, second)
    exact = first + second if operation == ADD else first - second
    assert abs(mill.egress) < WORD_MODULUS
    wrapped = abs(exact) >= WORD_MODULUS
    assert mill.lever == (wrapped or (first >= 0 and exact < 0))
    if not wrapped:
        assert mill.egress == exact


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=1, max_value=15))
def test_a_picture_of_nines_pads_with_zeros_and_keeps_every_digit(value: int, width: int) -> None:
    digits = str(abs(value)).rjust(width, "0")
    assert edit_to_picture(value, "9" * width) == ("-" if value < 0 else "") + digits
