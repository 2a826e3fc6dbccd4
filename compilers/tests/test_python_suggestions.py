"""The name an uncaught NameError's last line suggests (suggestions.py), against CPython 3.11's: each row's
expected suggestion is what python3 printed for `def f(): <the candidates> = 1 ...; return <name>` then
`f()` (the candidates the function's locals, then the script's globals and the built-ins)."""

from __future__ import annotations

import pytest

from compilers.frontends.python.suggestions import BUILTIN_NAMES, MODULE_DUNDERS, distance, suggestion

CPYTHON_311 = [
    ("numbrs", ["numbers", "number"], "numbers"),
    ("Count", ["count", "counter"], "count"),
    ("lenght", ["length", "len"], "length"),
    ("valeu", ["value", "values"], "value"),
    ("X", ["x", "y"], "x"),
    ("ab", ["a", "abc"], "a"),
    ("isprime", ["is_prime", "isPrime"], "isPrime"),
    ("tot", ["total", "t"], None),
    ("reslt", ["result", "res"], "result"),
    ("maximumvalue", ["maximum_value"], "maximum_value"),
    ("zq", ["ab", "cd"], None),
    ("idx", ["index", "i"], "id"),  # no local near enough: the built-in id
    ("dat", ["data", "date"], "data"),
    ("item", ["items", "iter_"], "items"),
    ("nmaes", ["names"], "names"),
]


@pytest.mark.parametrize(("name", "local_names", "expected"), CPYTHON_311)
def test_the_suggestion_is_cpythons(name: str, local_names: list[str], expected: str | None) -> None:
    found = (
        suggestion(name, local_names)
        or suggestion(name, [*MODULE_DUNDERS, "f"])
        or suggestion(name, BUILTIN_NAMES)
    )
    assert found == expected


def test_the_distance_weighs_case_less_than_other_changes() -> None:
    # Worked by hand: a change of case costs 1, an insertion, deletion or other substitution 2.
    assert distance("count", "Count", 10) == 1
    assert distance("count", "cont", 10) == 2
    assert distance("count", "mount", 10) == 2
    assert distance("abc", "xyz", 10) == 6
    assert distance("abc", "xyz", 3) == 4  # past the bound: the bound plus one, not the distance
