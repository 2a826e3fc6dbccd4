"""The binary64 routines of compilers/runtime/float64.ir, bit for bit against the machine's own IEEE 754
arithmetic (CPython's float and struct): thousands of random operations and conversions run at once on
the IR interpreter (the reference the Engine is checked against by the program tests)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import math
import random
import struct
from collections.abc import Callable, Sequence
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest

from compilers.frontends.c.floats import nearest
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
    "round_away": integral(lambda x: int(math.copysign(math.floor(abs(Fraction(x)) + Fraction(1, 2)), x))),
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


def assert_all_agree(cases: Sequence[object], results: Sequence[int], wanted: Sequence[float]) -> None:
    """Every result agrees() with what its case wants; a failure shows the first ten cases and values."""
    wrong = [
        (case, value(got))
        for case, got, want in zip(cases, results, wanted, strict=True)
        if not agrees(got, want)
    ]
    assert not wrong, wrong[:10]


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


PRINTF_FLAGS = {"-": 1, "+": 2, " ": 4, "#": 8, "0": 16}


def random_printf_case(r: random.Random) -> tuple[str, float]:
    """A conversion spec of %f %e %g (either case) with flags, width and precision, and a double."""
    kind = r.random()
    if kind < 0.4:
        x = r.uniform(-1e3, 1e3) * 10 ** r.randint(-8, 8)
    elif kind < 0.6:
        x = value(r.getrandbits(64) & ~(2047 << 52) | (r.randint(0, 2046) << 52))  # finite, any exponent
    elif kind < 0.75:  # ties and carries: halves, powers of ten, the extremes
        x = r.choice([0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1e22, 5e-324, 1.7976931348623157e308, 9.5, 0.05])
        x = r.choice([x, 999999.5, 1e-5, 0.0001, 123456789.0, 0.25, 1e15 + 0.5, math.inf, -math.inf])
    else:
        x = round(r.uniform(-100, 100), r.randint(0, 4))
    conversion = r.choice("fFeEgG")
    precision = r.choice(["", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".20"])
    if abs(x) > 1e60 and conversion in "fF":
        precision = r.choice(["", ".0", ".2"])
    flags = "".join(flag for flag in PRINTF_FLAGS if r.random() < 0.15)
    width = r.choice(["", "", "5", "12", "30"])
    return f"%{flags}{width}{precision}{conversion}", x


def printf_call(spec: str, x: float) -> str:
    """@f64_printf's arguments for a spec of random_printf_case."""
    body = spec[1:-1]
    flags = sum(PRINTF_FLAGS[c] for c in body[: len(body) - len(body.lstrip("-+ #0"))])
    width, _, precision = body.lstrip("-+ #0").partition(".")
    prec = int(precision or 0) if "." in body else -1
    return f"@f64_printf({bits(x)}, {ord(spec[-1])}, {flags}, {int(width or 0)}, {prec})"


def glibc(spec: str, x: float) -> str:
    """What glibc prints: CPython's text, except that glibc pads an infinity with spaces under '0', and
    that when %#g's rounding carries into a new digit and so turns to the exponent form, glibc keeps
    the places the fixed form would have had, none (`%#g` of 999999.5 is 1.e+06; checked against the
    build of gcc 12 and glibc 2.36)."""
    if math.isfinite(x):
        text = spec % x
        if "#" in spec and spec[-1] in "gG" and x != 0:
            precision = int(spec.partition(".")[2][:-1] or 6) if "." in spec else 6
            mantissa, letter, exponent = text.partition("e" if spec[-1] == "g" else "E")
            before = Decimal(x).adjusted()  # the exact value's exponent, before rounding
            if letter and int(exponent) == max(precision, 1) and before == max(precision, 1) - 1:
                text = mantissa[: mantissa.index(".") + 1] + letter + exponent
        return text
    body = spec[1:]
    flags = body[: len(body) - len(body.lstrip("-+ #0"))]
    return ("%" + flags.replace("0", "") + body[len(flags) :]) % x


def test_printf_prints_the_exact_value_rounded_as_glibc_does() -> None:
    """CPython's % formatting of a float rounds the exact binary value to nearest, ties to even, as
    glibc's printf does: the same text, padding and flags included."""
    r = random.Random(1985)
    cases = [random_printf_case(r) for _ in range(800)]
    lines = ["func @main() -> w {", "entry:"]
    for i, (spec, x) in enumerate(cases):
        lines += [f"  %r{i} = call {printf_call(spec, x)}", "  printc 10"]
    lines += ["  ret 0", "}"]
    module = link(parse_module("\n".join(lines)))
    result = interpret(module, max_steps=10**9, max_output=10**8, store_size=20000)
    assert result.status == "halted", result.message
    printed = result.output.split("\n")
    wrong = [(spec, x, got) for (spec, x), got in zip(cases, printed, strict=False) if glibc(spec, x) != got]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("x", [1.0, 3.0, -0.1, 1e-310, 5e-324, 0.0, -0.0, 2.0**1023 * 1.5, 1 / 3])
def test_hexadecimal_printf_is_float_hex_without_trailing_zeros(x: float) -> None:
    """glibc's %a is CPython's float.hex with the fraction's trailing zeros (and a bare point) dropped."""
    mantissa, _, exponent = x.hex().partition("p")
    want = mantissa.rstrip("0").rstrip(".") + "p" + exponent
    lines = ["func @main() -> w {", "entry:", f"  %n = call @f64_printf({bits(x)}, {ord('a')}, 0, 0, -1)"]
    result = interpret(link(parse_module("\n".join([*lines, "  ret 0", "}"]))), store_size=20000)
    assert result.output == want


def correctly_rounded(exact: Decimal) -> float:
    """The double nearest to an 80-digit value (infinity past the largest)."""
    return math.inf if exact.is_infinite() else nearest(Fraction(exact), 53, -1074, 1024)


def random_transcendental_case(r: random.Random) -> tuple[str, float, float]:
    """An operation of exp log log10 pow, its operands in the ranges programs use and at the edges."""
    op = r.choice(["exp", "log", "log10", "pow"])
    if op == "exp":
        x = r.choice([r.uniform(-745, 709.7), r.uniform(-5, 5), r.uniform(-1, 1) * 10 ** r.randint(-20, 0)])
        return op, x, 0.0
    if op in ("log", "log10"):
        x = r.choice([r.uniform(0, 10), 10 ** r.uniform(-300, 300), 1 + r.uniform(-1e-6, 1e-6)])
        return (
            op,
            r.choice([x, value(r.getrandbits(52) | r.randint(1, 2046) << 52), 5e-324 * r.randint(1, 99)]),
            0.0,
        )
    x = r.choice(
        [r.uniform(0, 10), 10 ** r.uniform(-30, 30), float(r.randint(-10, 10)), 1 + r.uniform(-1e-3, 1e-3)]
    )
    y = r.choice([r.uniform(-10, 10), float(r.randint(-30, 30)), r.uniform(-300, 300), 0.5, r.uniform(-1, 1)])
    return op, x, y


def reference(op: str, x: float, y: float) -> float:
    """exp, log and pow correctly rounded (80-digit decimal arithmetic, then one rounding); log10 as glibc
    computes it, which is not always correctly rounded: CPython's math.log10 calls glibc's."""
    with localcontext() as context:
        context.prec = 80
        if op == "exp":
            return correctly_rounded(Decimal(x).exp())
        if op == "log":
            return correctly_rounded(Decimal(x).ln()) if x != 1 else 0.0
        if op == "log10":
            return math.log10(x)
        if x < 0 and y != int(y):
            return math.nan
        magnitude = (
            (Decimal(y) * abs(Decimal(x)).ln()).exp() if x != 0 else Decimal(0 if y > 0 else "Infinity")
        )
        return correctly_rounded(magnitude) * (-1 if x < 0 and int(y) % 2 else 1)


def test_exp_log_pow_round_correctly_and_log10_is_glibcs() -> None:
    r = random.Random(1970)
    cases = [random_transcendental_case(r) for _ in range(600)]
    calls = [
        f"@f64_{op}({bits(x)}, {bits(y)})" if op == "pow" else f"@f64_{op}({bits(x)})" for op, x, y in cases
    ]
    results = run_calls(calls)
    assert_all_agree(cases, results, [reference(op, x, y) for op, x, y in cases])


def random_decimal_text(r: random.Random) -> str:
    """A number as programs and people write it: shortest reprs, long and short exponents, many digits,
    midpoints between doubles (and just past them), the special words, hexadecimal, junk after it."""
    kind = r.random()
    if kind < 0.3:
        return repr(value(r.getrandbits(63)))
    if kind < 0.5:
        return f"{value(r.getrandbits(63)):.{r.randint(0, 25)}e}"
    if kind < 0.7:
        exponent = r.choice(["", f"e{r.randint(-340, 320)}"])
        return f"{r.randint(0, 10 ** r.randint(1, 30))}.{r.randint(0, 10 ** r.randint(0, 30))}{exponent}"
    if kind < 0.8:
        x = value(r.getrandbits(62) | 1)
        midpoint = (Decimal(x) + Decimal(value(bits(x) + 1))) / 2
        return str(midpoint) + r.choice(["", "0001"] if "E" not in str(midpoint) else [""])
    if kind < 0.9:
        return r.choice(["  -0.0", "1e-400", "1e400", "2.4703282292062328e-324", "+.5", "5.", "-inf", "nan"])
    return "0." + "".join(r.choice("0123456789") for _ in range(r.randint(1, 900)))


def test_atof_gives_glibcs_double_for_any_text() -> None:
    """glibc's atof (called through ctypes: the C library gcc's builds use) is correctly rounded."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.atof.restype = ctypes.c_double
    libc.atof.argtypes = [ctypes.c_char_p]
    r = random.Random(1949)
    texts = [random_decimal_text(r) for _ in range(400)]
    escaped = [text.replace("\\", "\\\\").replace('"', '\\"') for text in texts]
    lines = [f'const global @text{i} = "{text}"' for i, text in enumerate(escaped)]
    lines += ["func @main() -> w {", "entry:"]
    for i in range(len(texts)):
        lines += [f"  %r{i} = call @f64_atof(@text{i})", f"  print %r{i}", "  printc 10"]
    result = interpret(
        link(parse_module("\n".join([*lines, "  ret 0", "}"]))), max_steps=10**9, store_size=50000
    )
    assert result.status == "halted", result.message
    got = [int(word) for word in result.output.split()]
    wrong = [(t, g) for t, g in zip(texts, got, strict=True) if not agrees(g, libc.atof(t.encode()))]
    assert not wrong, wrong[:10]


SMALL = Decimal("1e-135")  # below the last digit the 120-digit references need


@functools.cache
def decimal_pi() -> Decimal:
    """pi to 130 digits (Machin's formula), written here apart from the build's."""
    with localcontext() as context:
        context.prec = 130
        total = Decimal(0)
        for weight, n in ((16, 5), (-4, 239)):
            power, k = Decimal(weight) / n, 0
            while abs(power) > SMALL:
                total += power / (2 * k + 1) * (-1) ** k
                power /= n * n
                k += 1
        return total


def trig_reference(op: str, x: float) -> float:
    """sin, cos or tan of the double x, correctly rounded, from 120-digit series after the reduction."""
    with localcontext() as context:
        context.prec = 120
        half_pi = decimal_pi() / 2
        k = (Decimal(x) / half_pi).to_integral_value()
        r = Decimal(x) - k * half_pi
        sums = []
        for first in (r, Decimal(1)):  # sin r, cos r
            total, term, n = Decimal(0), first, 1 if first is r else 0
            while abs(term) > SMALL:
                total += term
                term = -term * r * r / ((n + 1) * (n + 2))
                n += 2
            sums.append(total)
        sine, cosine = sums
        quadrant = int(k) % 4
        if op == "tan":
            exact = sine / cosine if quadrant % 2 == 0 else -cosine / sine
        else:
            quadrant = (quadrant + (op == "cos")) % 4
            exact = (sine, cosine, -sine, -cosine)[quadrant]
        return nearest(Fraction(exact), 53, -1074, 1024) if exact else math.copysign(0.0, x)


def test_tan_rounds_correctly() -> None:
    r = random.Random(1642)
    cases = []
    for _ in range(100):
        x = r.choice([r.uniform(-10, 10), r.uniform(-65000, 65000), r.uniform(-1e-7, 1e-7)])
        cases.append(("tan", r.choice([x, math.pi / 2 * r.randint(-99, 99)])))
    results = run_calls([f"@f64_{op}({bits(x)})" for op, x in cases])
    wrong = [
        (op, x, value(got))
        for (op, x), got in zip(cases, results, strict=True)
        if got != bits(trig_reference(op, x))
    ]
    assert not wrong, wrong[:10]


def test_tan_of_a_large_argument_rounds_correctly() -> None:
    """From 2^16 on tan reduces the argument as glibc does (sincos.c, within about 2^-100), then rounds
    correctly; checked against 120-digit arithmetic (pi to 130 digits: arguments below 1e40)."""
    r = random.Random(1871)
    xs = [r.uniform(65536, 1e8) * r.choice([1, -1]) for _ in range(10)]
    xs += [r.uniform(1e8, 1e40) * r.choice([1, -1]) for _ in range(10)]
    xs += [r.randint(41722, 10**7) * (math.pi / 2) for _ in range(10)]
    results = run_calls([f"@f64_tan({bits(x)})" for x in xs])
    wanted = [bits(trig_reference("tan", x)) for x in xs]
    wrong = [(x, value(got)) for x, got, want in zip(xs, results, wanted, strict=True) if got != want]
    assert not wrong, wrong[:10]


def test_sin_and_cos_are_glibcs_to_the_last_bit() -> None:
    """sincos.c is glibc's algorithm: CPython's math.sin and math.cos call glibc 2.36's, the reference
    (compilers/bench/glibc_trig.py compares a million arguments natively). Arguments of every size, near
    multiples of pi/2, tiny ones (the Taylor polynomial), huge ones (the reduction by 2/pi's bits), and
    the special values (glibc's x / x: an infinity gives the default NaN, a NaN comes back quiet)."""
    r = random.Random(1843)
    xs = [r.uniform(-10, 10) for _ in range(40)] + [r.uniform(-0.13, 0.13) for _ in range(20)]
    xs += [r.randint(-(10**6), 10**6) * (math.pi / 2) + r.uniform(-1e-9, 1e-9) for _ in range(20)]
    xs += [r.uniform(-1e8, 1e8) for _ in range(20)] + [value(r.getrandbits(64)) for _ in range(40)]
    xs += [0.0, -0.0, 1e-300, 2.0**-27, 0.855, 2.4, 105414350.0, 1.7976931348623157e308]
    xs = [x for x in xs if math.isfinite(x)]
    calls = [f"@f64_{op}({bits(x)})" for x in xs for op in ("sin", "cos")]
    results = run_calls([*calls, "@f64_sin(9218868437227405312)", "@f64_cos(9221120237041090561)"])
    wanted = [bits(getattr(math, op)(x)) for x in xs for op in ("sin", "cos")]
    wrong = [(c, hex(got)) for c, got, want in zip(calls, results[:-2], wanted, strict=True) if got != want]
    assert not wrong, wrong[:10]
    assert results[-2:] == [0xFFF8000000000000, 0x7FF8000000000001]


def decimal_atan(x: Decimal) -> Decimal:
    """atan x at the context's precision: 1/x past 1, halved four times (atan x = 2 atan(x / (1 +
    sqrt(1 + x^2)))), then the series x - x^3/3 + x^5/5 ..."""
    if x < 0:
        return -decimal_atan(-x)
    if x > 1:
        return decimal_pi() / 2 - decimal_atan(1 / x)
    for _ in range(4):
        x = x / (1 + (1 + x * x).sqrt())
    total, power, k = Decimal(0), x, 0
    while power > abs(x) * SMALL:
        total += power / (2 * k + 1) * (-1) ** k
        power *= x * x
        k += 1
    return 16 * total


def atan2_reference(y: float, x: float) -> float:
    """atan2(y, x) correctly rounded from 120-digit arithmetic; with a zero or an infinity, C99's special
    cases, which CPython's math.atan2 gives (it implements them itself)."""
    if y == 0 or x == 0 or math.isinf(x) or math.isinf(y) or math.isnan(x) or math.isnan(y):
        return math.atan2(y, x)
    with localcontext() as context:
        context.prec = 120
        angle = decimal_atan(abs(Decimal(y) / Decimal(x)))
        if x < 0:
            angle = decimal_pi() - angle
        return math.copysign(nearest(Fraction(angle), 53, -1074, 1024), y)


def random_angle_operand(r: random.Random) -> float:
    return r.choice(
        [r.uniform(-10, 10), r.uniform(-1, 1) * 10 ** r.randint(-30, 30), 5e-324 * r.randint(1, 99),
         r.uniform(-1, 1) * 1e308, float(r.randint(-16, 16)) / 16, 0.0, -0.0, math.inf, -math.inf]
    )  # fmt: skip


def test_atan_and_atan2_round_correctly_with_c99s_special_cases() -> None:
    r = random.Random(1671)
    xs = [random_angle_operand(r) for _ in range(200)]
    pairs = [(random_angle_operand(r), random_angle_operand(r)) for _ in range(250)]
    signed = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]
    pairs += [(y, x) for y in signed for x in signed]
    results = run_calls(
        [f"@f64_atan({bits(x)})" for x in xs] + [f"@f64_atan2({bits(y)}, {bits(x)})" for y, x in pairs]
    )
    wanted = [atan2_reference(x, 1.0) for x in xs] + [atan2_reference(y, x) for y, x in pairs]
    calls = [("atan", x, 1.0) for x in xs] + [("atan2", y, x) for y, x in pairs]
    assert_all_agree(calls, results, wanted)


def arcsine_reference(op: str, x: float) -> float:
    """asin or acos of x correctly rounded (120-digit arithmetic: asin x = atan(x / sqrt(1 - x^2))); glibc's
    positive NaN outside [-1, 1]."""
    if math.isnan(x) or abs(x) > 1:
        return math.nan
    with localcontext() as context:
        context.prec = 120
        exact = Decimal(x)
        angle = (
            decimal_pi() / 2 * exact if abs(exact) == 1 else decimal_atan(exact / (1 - exact * exact).sqrt())
        )
        if op == "acos":
            angle = decimal_pi() / 2 - angle
        return nearest(Fraction(angle), 53, -1074, 1024) if angle else (0.0 if op == "acos" else x)


def test_asin_and_acos_round_correctly_near_one_too() -> None:
    r = random.Random(1737)
    cases = []
    for _ in range(400):
        x = r.choice(
            [r.uniform(-1, 1), 1 - 10 ** r.uniform(-16, 0), -1 + 10 ** r.uniform(-16, 0),
             5e-324 * r.randint(0, 9), r.uniform(-1, 1) * 10 ** r.randint(-30, 0), 1.0, -1.0, 1 - 2**-53, 2.0,
             -math.inf, math.nan, -0.0]
        )  # fmt: skip
        cases.append((r.choice(["asin", "acos"]), x))
    results = run_calls([f"@f64_{op}({bits(x)})" for op, x in cases])
    assert_all_agree(cases, results, [arcsine_reference(op, x) for op, x in cases])
    # outside [-1, 1] glibc gives a positive NaN (gcc's build prints "nan", not "-nan")
    assert run_calls([f"@f64_asin({bits(2.0)})", f"@f64_acos({bits(-math.inf)})"]) == [0x7FF8000000000000] * 2


def hypot_reference(x: float, y: float) -> float:
    """sqrt(x^2 + y^2) correctly rounded, exactly: the integer root of the exact sum scaled by a power of 4,
    and whether it was exact; C99's infinity over a NaN."""
    if math.isinf(x) or math.isinf(y) or math.isnan(x) or math.isnan(y):
        return math.hypot(x, y)
    total = Fraction(x) ** 2 + Fraction(y) ** 2
    if total == 0:
        return 0.0
    scale = 60 - (total.numerator.bit_length() - total.denominator.bit_length()) // 2
    scaled = total * Fraction(4) ** scale
    root = math.isqrt(scaled.numerator // scaled.denominator)
    above = 0 if root * root == scaled else Fraction(1) / Fraction(2) ** (scale + 200)  # below any half step
    return nearest(root / Fraction(2) ** scale + above, 53, -1074, 1024)


def test_hypot_rounds_correctly_without_spurious_overflow_or_underflow() -> None:
    r = random.Random(1799)

    def operand() -> float:
        return r.choice(
            [r.uniform(-10, 10), r.uniform(-1, 1) * 10 ** r.randint(-300, 300), 5e-324 * r.randint(0, 99),
             1.7e308 * r.uniform(-1, 1), float(r.randint(-20, 20)), 0.0, -0.0, math.inf, -math.inf, math.nan]
        )  # fmt: skip

    pairs = [(operand(), operand()) for _ in range(300)] + [
        (1e308, 1e308),
        (3e-320, 4e-320),
        (math.nan, math.inf),
    ]
    results = run_calls([f"@f64_hypot({bits(x)}, {bits(y)})" for x, y in pairs])
    assert_all_agree(pairs, results, [hypot_reference(x, y) for x, y in pairs])


def integer_cube_root(n: int) -> int:
    root = 1 << ((n.bit_length() + 2) // 3)
    while (smaller := (2 * root + n // (root * root)) // 3) < root:
        root = smaller
    return root


def cbrt_reference(x: float) -> float:
    """The cube root correctly rounded, exactly: the integer root of |x| scaled by a power of 8, and whether
    it was exact. (glibc's cbrt is not correctly rounded: about half of ordinary arguments differ.)"""
    if math.isnan(x) or math.isinf(x) or x == 0:
        return x
    magnitude = abs(Fraction(x))
    scale = 60 - (magnitude.numerator.bit_length() - magnitude.denominator.bit_length()) // 3
    scaled = magnitude * Fraction(8) ** scale
    root = integer_cube_root(scaled.numerator // scaled.denominator)
    above = 0 if Fraction(root) ** 3 == scaled else Fraction(1) / Fraction(2) ** (scale + 200)
    return math.copysign(nearest(root / Fraction(2) ** scale + above, 53, -1074, 1024), x)


def log2_reference(x: float) -> float:
    """log2 x correctly rounded (80-digit logarithms), exact at powers of two."""
    if math.isnan(x) or x <= 0 or math.isinf(x):
        return math.log2(x) if x > 0 or math.isnan(x) else (-math.inf if x == 0 else math.nan)
    fraction, exponent = math.frexp(x)
    if fraction == 0.5:
        return float(exponent - 1)
    with localcontext() as context:
        context.prec = 80
        return correctly_rounded(Decimal(x).ln() / Decimal(2).ln())


def test_cbrt_and_log2_round_correctly() -> None:
    r = random.Random(1614)
    xs = [
        r.choice(
            [
                r.uniform(0, 10),
                10 ** r.uniform(-300, 300),
                1 + r.uniform(-1e-6, 1e-6),
                5e-324 * r.randint(1, 99),
                2.0 ** r.randint(-1074, 1023),
                -r.uniform(0, 1000),
                float(r.randint(1, 1000)) ** 3,
                0.0,
                -0.0,
                math.inf,
                -math.inf,
                math.nan,
                value(r.getrandbits(64)),
            ]
        )
        for _ in range(250)
    ]
    results = run_calls([f"@f64_cbrt({bits(x)})" for x in xs] + [f"@f64_log2({bits(x)})" for x in xs])
    wanted = [cbrt_reference(x) for x in xs] + [log2_reference(x) for x in xs]
    calls = [("cbrt", x) for x in xs] + [("log2", x) for x in xs]
    assert_all_agree(calls, results, wanted)


def glibc_math(op: str, x: float) -> float:
    """CPython's math.<op>(x), which calls glibc's libm on this machine; C99's value where CPython raises
    instead (a NaN outside the domain, an infinity at a pole or past the range)."""
    try:
        return float(getattr(math, op)(x))
    except ValueError:
        pole = (op == "log1p" and x == -1) or (op == "atanh" and abs(x) == 1)
        return math.copysign(math.inf, -1.0 if op == "log1p" else x) if pole else math.nan
    except OverflowError:
        return math.copysign(math.inf, x) if op != "cosh" else math.inf


FDLIBM_FUNCTIONS = ("sinh", "cosh", "tanh", "expm1", "log1p", "asinh", "acosh", "atanh")


def test_fdlibm_functions_give_glibcs_results() -> None:
    """sinh cosh tanh expm1 log1p asinh acosh atanh (fdlibm.c) bit for bit as glibc's, which are fdlibm's
    algorithms with glibc's exp and log and its FMA build of expm1 and log1p."""
    r = random.Random(1550)
    cases = []
    for _ in range(1200):
        x = r.choice(
            [r.uniform(-1, 1), r.uniform(-25, 25), r.uniform(-720, 720), 10 ** r.uniform(-300, 300), 0.5,
             r.uniform(-1, 1) * 10 ** r.randint(-30, 0), r.uniform(1, 3), -0.5, -1.0, 1.0, 2.0, 0.0, -0.0,
             math.inf, -math.inf, math.nan, 5e-324, value(r.getrandbits(64)), -0.9999999999999999,
             2.0**60 + 2**8, 2.0**28 + 1, 22.0, 710.0]
        )  # fmt: skip
        cases.append((r.choice(FDLIBM_FUNCTIONS), x))
    results = run_calls([f"@f64_{op}({bits(x)})" for op, x in cases])
    assert_all_agree(cases, results, [glibc_math(op, x) for op, x in cases])


def fma_reference(a: float, b: float, c: float) -> float:
    """a * b + c rounded once: the exact sum of fractions rounded to nearest (Python's own arithmetic
    where an operand is not finite or the sum is a zero of two zeros, whose sign IEEE 754 fixes)."""
    if not all(math.isfinite(v) for v in (a, b, c)) or (a * b == 0 and c == 0):
        return a * b + c
    return nearest(Fraction(a) * Fraction(b) + Fraction(c), 53, -1074, 1024)


def test_fma_rounds_once() -> None:
    r = random.Random(71)
    cases = []
    for _ in range(400):
        a, b = r.uniform(-2, 2) * 2.0 ** r.randint(-60, 60), r.uniform(-2, 2) * 2.0 ** r.randint(-60, 60)
        c = r.choice([-a * b, -a * b * (1 + 2.0**-52), r.uniform(-2, 2) * 2.0 ** r.randint(-200, 200), 0.0,
                      -0.0, math.inf, value(r.getrandbits(64)), 5e-324, -a * b * 2.0**-60])  # fmt: skip
        cases.append(r.choice([(a, b, c), (value(r.getrandbits(64)), value(r.getrandbits(64)), c)]))
    results = run_calls([f"@f64_fma({bits(a)}, {bits(b)}, {bits(c)})" for a, b, c in cases])
    assert_all_agree(cases, results, [fma_reference(a, b, c) for a, b, c in cases])
