"""The name an uncaught NameError's last line suggests (suggestions.py), against CPython 3.11's: each row's
expected suggestion is what python3 printed for `def f(): <the candidates> = 1 ...; return <name>` then
`f()` (the candidates the function's locals, then the script's globals and the built-ins)."""

from __future__ import annotations

import pytest

from compilers.frontends.python.suggestions import (
    BUILTIN_NAMES,
    MODULE_DUNDERS,
    attribute_hints,
    distance,
    suggestion,
)

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


# (a value's type, the attribute it lacks, CPython 3.11's suggestion): python3 printed each for
# `v = <a value of the type>; print(v.<attribute>)`.
CPYTHON_311_BUILTIN_ATTRIBUTES = [
    ("list", "push", None),
    ("list", "apend", "append"),
    ("list", "sorted", "sort"),
    ("list", "length", None),
    ("list", "Append", "append"),
    ("str", "uper", "upper"),
    ("str", "lenght", None),
    ("str", "startwith", "startswith"),
    ("str", "contains", None),
    ("dict", "iterms", "items"),
    ("dict", "has_key", None),
    ("dict", "value", "values"),
    ("dict", "setdefaults", "setdefault"),
    ("set", "append", None),
    ("tuple", "cont", "count"),
    ("int", "bitlength", "bit_length"),
    ("float", "isinteger", "is_integer"),
    ("bool", "real_", "real"),
    ("range", "stat", "start"),
    ("NoneType", "x", None),
]


@pytest.mark.parametrize(("type_name", "name", "expected"), CPYTHON_311_BUILTIN_ATTRIBUTES)
def test_a_builtin_types_attribute_suggestion_is_cpythons(
    type_name: str, name: str, expected: str | None
) -> None:
    hints = {hint_name: dict(pairs) for hint_name, pairs, _candidates in attribute_hints({name}, {name})}
    assert hints.get(name, {}).get(type_name) == expected


# The program's classes: class P with count = 0, __init__ setting self.name and self.size, and area();
# Q(P) adding extra(); E(Exception) whose __init__ sets self.message. (the instance's class and whether
# it is an exception, the attribute it lacks, CPython 3.11's suggestion): python3 printed each.
P_NAMES = {"count", "__init__", "name", "size", "area"}
CPYTHON_311_INSTANCE_ATTRIBUTES = [
    (P_NAMES, False, "nme", "name"),
    (P_NAMES, False, "are", "area"),
    (P_NAMES, False, "NAME", None),
    (P_NAMES, False, "size_", "size"),
    (P_NAMES, False, "dict", None),
    (P_NAMES, False, "__int__", "__init__"),
    (P_NAMES, False, "__len__", "__le__"),
    (P_NAMES, False, "modul", None),
    (P_NAMES | {"extra"}, False, "extr", "extra"),
    ({"__init__", "message"}, True, "mesage", "message"),
    ({"__init__", "message"}, True, "arg", "args"),
]


@pytest.mark.parametrize(("has", "exception", "name", "expected"), CPYTHON_311_INSTANCE_ATTRIBUTES)
def test_an_instances_attribute_suggestion_is_cpythons(
    has: set[str], exception: bool, name: str, expected: str | None
) -> None:
    # What pyrt.c's py_attr_hint does: the first candidate the instance has, by its kind.
    program_names = {"count", "__init__", "name", "size", "area", "extra", "message", name}
    found = None
    for hint_name, _pairs, candidates in attribute_hints({name}, program_names):
        assert hint_name == name
        present = (
            candidate
            for candidate, kind in candidates
            if (kind == 0 and candidate in has) or kind in (1, 2) or (kind == 3 and exception)
        )
        found = next(present, None)
    assert found == expected
