"""The binary64 routines of compilers/runtime/float64.ir, bit for bit against the machine's own IEEE 754
arithmetic (CPython's float and struct): thousands of random operations and conversions run at once on
the IR interpreter (the reference the Engine is checked against by the program tests)."""

from __future__ import annotations

import math
import random
import struct
from collections.abc import Callable

import pytest

from compilers.ir import parse_module
from compilers.ir.interp import interpret
from compilers.runtime import build_float64, link

SIGN = 1 << 63
# x86-64's default NaN, what an invalid operation gives at run time in a program built by gcc.
DEFAULT_NAN = 0xFFF8000000000000


def bits(x: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", x))[0])


def value(b: int) -> float:
    return float(struct.unpack("<d", struct.pack("<Q", b))[0])


def is_nan(b: int) -> bool:
    return (b >> 52) & 2047 == 2047 and b % (1 << 52) != 0


def run_calls(calls: list[str]) -> list[int]:
    """Each call (IR text `@f64_add(1, 2)`) run in order on the interpreter; the words they return."""
    lines = ["func @main() -> w {", "entry:"]
    for i, call in enumerate(calls):
        lines += [f"  %r{i} = call {call}", f"  print %r{i}", "  printc 10"]
    lines += ["  ret 0", "}"]
    result = interpret(link(parse_module("\n".join(lines))), max_steps=10**9, max_output=10**8)
    assert result.status == "halted", result.message
    return [int(word) for word in result.output.split()]


def random_double(r: random.Random) -> int:
    """Ordinary magnitudes, any pattern at all, the special values, and the edges of the exponent range."""
    kind = r.random()
    if kind < 0.45:
        return bits(r.uniform(-1e3, 1e3) * 10 ** r.randint(-6, 6))
    if kind < 0.75:
        return r.getrandbits(64)
    if kind < 0.85:
        edges = [0, SIGN, 1, (1 << 52) - 1, 1 << 52, bits(math.inf), bits(-math.inf), bits(math.nan)]
        return r.choice([*edges, bits(1.0), bits(-1.0), bits(2.0**1023), bits(0.5), bits(1.5)])
    exponent = r.choice([0, 1, 2, 2046, 2045, 1023, 1022, 1076, 970])
    return r.getrandbits(52) | (exponent << 52) | (r.getrandbits(1) << 63)


def signed_zero_kept(z: float, x: float) -> float:
    return math.copysign(z, x) if z == 0 else z


def integral(f: Callable[[float], int]) -> Callable[[float], float]:
    return lambda x: signed_zero_kept(float(f(x)), x) if math.isfinite(x) else x


def f32(x: float) -> float:
    try:
        return float(struct.unpack("<f", struct.pack("<f", x))[0])
    except OverflowError:  # struct refuses what rounds past binary32's range: IEEE gives infinity
        return math.copysign(math.inf, x)


def divide(x: float, y: float) -> float:
    if y == 0:  # Python raises; IEEE 754 gives a NaN for 0/0 and a signed infinity otherwise
        return math.nan if x == 0 or math.isnan(x) else math.copysign(math.inf, x) * math.copysign(1, y)
    return x / y


def remainder(x: float, y: float) -> float:
    return math.nan if y == 0 or math.isinf(x) else math.fmod(x, y)


BINARY: dict[str, Callable[[float, float], float]] = {
    "add": lambda x, y: x + y,
    "sub": lambda x, y: x - y,
    "mul": lambda x, y: x * y,
    "div": divide,
    "fmod": remainder,
}
UNARY: dict[str, Callable[[float], float]] = {
    "sqrt": lambda x: math.nan if x < 0 else math.sqrt(x),
    "floor": integral(math.floor),
    "ceil": integral(math.ceil),
    "trunc": integral(math.trunc),
    "to_f32": f32,
}


def compare(x: float, y: float) -> int:
    if math.isnan(x) or math.isnan(y):
        return 2
    return (x > y) - (x < y)


def to_int(x: float) -> int:
    return int(x) if math.isfinite(x) and abs(x) < 2.0**64 else -SIGN


def agrees(got: int, want: float) -> bool:
    """Bit for bit; any NaN for a NaN (CPython's NaN payloads are the machine's, not a rule of C)."""
    return is_nan(got) if math.isnan(want) else got == bits(want)


def expected(r: random.Random, op: str, a: int, b: int) -> tuple[str, float | int]:
    """The call of the operation on a and b, and what CPython's float gives: a float is compared as
    agrees() says, an int (a pattern, a comparison's or a conversion's result) exactly."""
    x, y = value(a), value(b)
    if op in BINARY:
        return f"@f64_{op}({a}, {b})", BINARY[op](x, y) if not (math.isnan(x) or math.isnan(y)) else math.nan
    if op in ("neg", "fabs"):  # sign operations, NaNs included
        return f"@f64_{op}({a})", a ^ SIGN if op == "neg" else a % SIGN
    if op in UNARY:
        return f"@f64_{op}({a})", UNARY[op](x) if not math.isnan(x) else math.nan
    if op == "cmp":
        return f"@f64_cmp({a}, {b})", compare(x, y)
    if op == "to_int":
        return f"@f64_to_int({a})", to_int(x)
    n = r.choice([r.getrandbits(64) - SIGN, r.randint(-(10**20), 10**20), r.randint(-1000, 1000)])
    return f"@f64_from_int({n})", bits(float(n))


def test_random_operations_and_conversions_round_as_ieee_754() -> None:
    r = random.Random(754)
    cases: list[tuple[str, float | int]] = []
    for _ in range(2400):
        op = r.choice([*BINARY, *UNARY, "neg", "fabs", "cmp", "from_int", "to_int"])
        a, b = random_double(r), random_double(r)
        if op in ("add", "sub") and r.random() < 0.3:  # near cancellation
            b = a ^ (SIGN if op == "add" else 0) ^ r.getrandbits(3)
        cases.append(expected(r, op, a, b))
    results = run_calls([call for call, _ in cases])
    wrong = [
        (call, want, hex(got))
        for (call, want), got in zip(cases, results, strict=True)
        if not (agrees(got, want) if isinstance(want, float) else got == want)
    ]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(
    ("call", "want"),
    [
        # hand-worked: x86-64 gives its default NaN for invalid operations; a NaN operand comes back quiet
        (f"@f64_sub({bits(math.inf)}, {bits(math.inf)})", DEFAULT_NAN),
        (f"@f64_mul(0, {bits(math.inf)})", DEFAULT_NAN),
        (f"@f64_div(0, {SIGN})", DEFAULT_NAN),
        (f"@f64_sqrt({bits(-1.0)})", DEFAULT_NAN),
        ("@f64_add(9218868437227405313, 0)", 9218868437227405313 + (1 << 51)),  # signalling NaN quieted
        # ties to even at the bottom of the subnormals: 2^-1075 rounds to 0, 3 * 2^-1075 to 2 * 2^-1074
        (f"@f64_mul(1, {bits(0.5)})", 0),
        (f"@f64_mul(3, {bits(0.5)})", 2),
        (f"@f64_sqrt({SIGN})", SIGN),
        (f"@f64_add({SIGN}, {SIGN})", SIGN),
        (f"@f64_add({SIGN}, 0)", 0),
    ],
)
def test_special_cases(call: str, want: int) -> None:
    assert run_calls([call]) == [want]


def test_float64_ir_is_built_from_its_c_source() -> None:
    assert build_float64.build() == build_float64.TARGET.read_text(encoding="utf-8"), (
        "run `python -m compilers.runtime.build_float64`"
    )
