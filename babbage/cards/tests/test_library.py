"""The mathematical library against Python's math module, at its 10 decimal places.

Each function takes V900 and returns V901, both value x 10^10. sqrt truncates exactly:
V901 = isqrt(V900 x 10^10). The others are rounded to the 10th place and promised within one unit of it
(10^-10) of the true value; math's doubles are good to about 10^-16 relative, far finer than that. exp of
large arguments is promised to a relative 10^-15, since its value has more figures than a double holds.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from babbage.cards import mount, run_cards

SCALE = 10**10


def call(name: str, argument: int) -> int:
    source = (
        f"N900 {argument}\nA include from library cards for {name}\nA write numbers as 9\n+\nL901\nP\nH\n"
    )
    result = run_cards(mount(source, "call.ae"))
    assert result.status == "halted", result.message
    return int(result.output)


def within_one_unit(got: int, want: float) -> bool:
    return abs(got - want * SCALE) <= 1.0


SQRT_ARGUMENTS = [0, 1, 2, 3, 10**10, 2 * 10**10, 5 * 10**9, 1234567890123, 10**30, 99 * 10**10]


@pytest.mark.parametrize("argument", SQRT_ARGUMENTS)
def test_sqrt_is_the_truncated_root(argument: int) -> None:
    assert call("sqrt", argument) == math.isqrt(argument * SCALE)


CASES: list[tuple[str, Callable[[float], float], list[float]]] = [
    ("exp", math.exp, [0.0, 1.0, -1.0, 0.5, 2.302585093, -20.0, 7.25, -3.5, 0.0001]),
    ("ln", math.log, [1.0, 2.0, 0.5, 10.0, 1e-10, 123456.789, 2.5, 0.1, 1e20]),
    ("sine", math.sin, [0.0, 1.0, -1.0, 0.5, 1.5707963268, 100.0, -1000.0, 4.0, 5.0, 2.5, 3.0]),
    ("cosine", math.cos, [0.0, 1.0, -1.0, 0.5, 3.1415926536, 100.0, -1000.0, 4.0, 5.0, 2.5, 6.0]),
    ("arctan", math.atan, [0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 1e-10, 100.0, 1e9, 0.999, 1.001]),
]


@pytest.mark.parametrize(
    ("name", "function", "value"),
    [
        pytest.param(name, function, value, id=f"{name}({value})")
        for name, function, values in CASES
        for value in values
    ],
)
def test_function_within_one_unit_of_the_tenth_place(
    name: str, function: Callable[[float], float], value: float
) -> None:
    argument = round(value * SCALE)
    assert within_one_unit(call(name, argument), function(argument / SCALE))


@pytest.mark.parametrize("value", [30.0, 45.5, 60.0])
def test_exp_of_large_arguments_to_a_relative_1e_15(value: float) -> None:
    got = call("exp", round(value * SCALE)) / SCALE
    assert got == pytest.approx(math.exp(value), rel=1e-15)


def test_exp_of_minus_sixty_is_below_the_tenth_place() -> None:
    # e^-60 is about 8.8e-27: it rounds to 0 at 10 places.
    assert call("exp", -60 * SCALE) == 0
