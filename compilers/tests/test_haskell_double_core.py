"""Haskell's Double on the core's interpreter, whose binary64 primitives are the host's doubles
(core/float64.py): the double/ programs whose functions the host computes as the runtime does (exactly
rounded operations, show's digits) print what GHC 9.0.2 prints, their expect comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from compilers.core.float64 import f64_prim, to_bits, to_float
from compilers.tests.test_haskell_check import run

PROGRAMS = Path(__file__).parent / "haskell" / "double"


@pytest.mark.parametrize(
    "name",
    [
        "first_program",
        "arithmetic",
        "show_exponent",
        "show_special",
        "rounding",
        "enum_from_then_to",
        "atan2",
    ],
)
def test_program_prints_what_ghc_prints(name: str) -> None:
    source = (PROGRAMS / f"{name}.hs").read_text(encoding="utf-8")
    expected = "".join(
        line[len("-- expect: ") :] + "\n" for line in source.splitlines() if line.startswith("-- expect: ")
    )
    assert run(source) == ("halted", expected)


@pytest.mark.parametrize(
    ("x", "code"),
    [
        (0.1, 1 * 1000 + 0 + 400),  # 0.1 * 10^0
        (1e23, 9999999999999999 * 1000 + 23 + 400),  # 1e23 lies on an edge: GHC's 9.999999999999999e22
        (2.0**-25, 29802322387695313 * 1000 - 7 + 400),  # a half rounded up, as floatToDigits rounds it
        (24216862058640032.0, 24216862058640032 * 1000 + 17 + 400),  # ...030 is on the lower edge
        (5e-324, 5 * 1000 - 323 + 400),
    ],
)
def test_shortest_digits_as_ghc_finds_them(x: float, code: int) -> None:
    """Each checked with GHC 9.0.2's show: 0.1, 9.999999999999999e22, 2.9802322387695313e-8,
    2.4216862058640032e16, 5.0e-324."""
    assert f64_prim("fshortest", [to_bits(x)]) == code


def test_division_by_zero_and_invalid_operations() -> None:
    """IEEE 754's results, as the runtime's f64_div gives them (0/0 is x86-64's default NaN)."""
    one, zero = to_bits(1.0), to_bits(0.0)
    assert to_float(f64_prim("fdiv", [one, zero])) == float("inf")
    assert f64_prim("fdiv", [zero, zero]) == 0xFFF8000000000000
    assert to_float(f64_prim("ffloor", [to_bits(-0.5)])) == -1.0
    assert str(to_float(f64_prim("ftrunc", [to_bits(-0.5)]))) == "-0.0"


@pytest.mark.parametrize(
    ("op", "args", "expected"),
    [
        # GHC 9.0.2 (glibc) prints these: log1p (-1) -Infinity, atanh 1 Infinity, atanh (-1) -Infinity,
        # log 0 -Infinity, sinh (-1000) -Infinity, 0 ** (-1) Infinity, (-0) ** (-1) -Infinity,
        # (-0.0) ** (-2) Infinity, (-10) ** 1001 -Infinity, where Python's math raises
        ("flog1p", [-1.0], "-inf"),
        ("fatanh", [1.0], "inf"),
        ("fatanh", [-1.0], "-inf"),
        ("flog", [0.0], "-inf"),
        ("flog", [-0.0], "-inf"),
        ("fsinh", [-1000.0], "-inf"),
        ("fpow", [0.0, -1.0], "inf"),
        ("fpow", [-0.0, -1.0], "-inf"),
        ("fpow", [-0.0, -2.0], "inf"),
        ("fpow", [-10.0, 1001.0], "-inf"),
        ("fpow", [10.0, 1001.0], "inf"),
        ("flog", [-1.0], "nan"),
        ("fatanh", [2.0], "nan"),
    ],
)
def test_poles_and_overflows_give_glibcs_infinities(op: str, args: list[float], expected: str) -> None:
    assert str(to_float(f64_prim(op, [to_bits(x) for x in args]))) == expected
