"""The core interpreter's binary64 primitives (syntax.F64_PRIMS) on a word holding a double's IEEE bit
pattern, computed with the host's doubles. The Engine runs the runtime's routines (runtime/float64.c),
which are correctly rounded; the host's libm may differ from them in the last place of a transcendental
function, which the core's interpreter accepts (the harness compares the Engine's output with GHC's)."""

from __future__ import annotations

import math
import struct
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

SIGN = 1 << 63
DEFAULT_NAN = 0xFFF8000000000000  # x86-64's default NaN, what the runtime's invalid operations give


def to_float(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def to_bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def double_bits(value: int | float | str) -> int:
    """The bit pattern of the double nearest to a literal's value (an int's too: float() rounds it once)."""
    return to_bits(float(value))


def _unary(op: str, x: float) -> float:
    match op:
        case "fneg":
            return -x
        case "ffabs":
            return abs(x)
        case "ffloor":
            return math.floor(x) if math.isfinite(x) else x
        case "fceil":
            return math.ceil(x) if math.isfinite(x) else x
        case "ftrunc":
            return math.trunc(x) if math.isfinite(x) else x
    fn = getattr(math, op[1:])
    try:
        return fn(x)
    except ValueError:
        return _pole(op, x)
    except OverflowError:
        # only sinh overflows to either infinity (exp, cosh and expm1 overflow upward)
        return math.copysign(math.inf, x) if op == "fsinh" else math.inf


def _pole(op: str, x: float) -> float:
    """What glibc gives where Python's math raises ValueError: an infinity at a pole (log 0, log1p (-1),
    atanh (+-1): C99's Annex F), else the default NaN (a domain error)."""
    if op in ("flog", "flog2", "flog10") and x == 0:
        return -math.inf
    if op == "flog1p" and x == -1:
        return -math.inf
    if op == "fatanh" and abs(x) == 1:
        return math.copysign(math.inf, x)
    return to_float(DEFAULT_NAN)


def _odd_integer(y: float) -> bool:
    return math.isfinite(y) and y == math.floor(y) and abs(y) < 2.0**53 and int(y) % 2 == 1


def _keep_sign(r: float, x: float) -> float:
    """floor, ceil and trunc keep the sign of a zero result (floor(-0.5) is -0.0 in C)."""
    return math.copysign(r, x) if r == 0 else r


def f64_prim(op: str, args: list[int]) -> int | bool:
    """The primitive's result: a bit pattern, an integer (ftoInt, fshortest), or a truth value."""
    if op == "ffromInt":  # its argument is an integer, not a double
        return to_bits(float(args[0]))
    if op == "fdecimal":  # 0.D * 10^x, packed = (x + 100000) * 2 + (whether nonzero digits followed D)
        d, packed = args
        sticky = "1" if packed % 2 else ""
        return to_bits(float(f"0.{d}{sticky}e{packed // 2 - 100000}")) if d else 0
    xs = [to_float(a) for a in args]
    match op:
        case "ftoInt":
            x = xs[0]
            return math.trunc(x) if math.isfinite(x) and abs(x) < 2.0**64 else -SIGN
        case "fshortest":
            return _shortest(xs[0])
        case "feq":
            return xs[0] == xs[1]
        case "flt":
            return xs[0] < xs[1]
        case "fle":
            return xs[0] <= xs[1]
        case "fadd" | "fsub" | "fmul" | "fdiv" | "fpow" | "fatan2":
            return to_bits(_binary(op, xs[0], xs[1]))
    x = xs[0]
    r = _unary(op, x)
    if op in ("ffloor", "fceil", "ftrunc"):
        r = _keep_sign(float(r), x)
    return to_bits(float(r))


def _binary(op: str, x: float, y: float) -> float:
    try:
        match op:
            case "fadd":
                return x + y
            case "fsub":
                return x - y
            case "fmul":
                return x * y
            case "fdiv":
                if y == 0:
                    if x == 0 or math.isnan(x):
                        return to_float(DEFAULT_NAN) if not math.isnan(x) else x
                    return math.copysign(math.inf, x) * math.copysign(1.0, y)
                return x / y
            case "fpow":
                return _pow(x, y)
            case _:
                return math.atan2(x, y)
    except ValueError:
        return to_float(DEFAULT_NAN)
    except OverflowError:
        return math.inf


def _pow(x: float, y: float) -> float:
    """C's pow: Python raises where C99 (Annex F.9.4.4) gives an infinity: pow(+-0, y < 0) is +infinity, or
    -infinity for -0 and an odd integer y; an overflow keeps the sign of a negative base to an odd power."""
    try:
        return math.pow(x, y)
    except ValueError:
        if x == 0 and y < 0:
            return math.copysign(math.inf, x) if _odd_integer(y) else math.inf
        return to_float(DEFAULT_NAN)
    except OverflowError:
        return -math.inf if x < 0 and _odd_integer(y) else math.inf


def _edges(x: float) -> tuple[Fraction, Fraction]:
    """The edges of x's rounding interval: halfway to each neighbour (GHC's floatToDigits leaves them out)."""
    m, e = math.frexp(x)
    mantissa, exponent = int(m * 2**53), e - 53
    if exponent < -1074:  # a subnormal
        mantissa, exponent = mantissa >> (-1074 - exponent), -1074
    unit = Fraction(2) ** exponent
    below = unit / 4 if mantissa == 2**52 and exponent > -1074 else unit / 2
    return Fraction(x) - below, Fraction(x) + unit / 2


def _shortest(x: float) -> int:
    """float64.c's f64_shortest: D * 1000 + (e + 400) for x = 0.D * 10^e, D the digits of the first
    precision whose correctly rounded digits (a half rounded up) lie strictly inside x's rounding interval."""
    exact = Decimal(x)
    low, high = _edges(x)
    for places in range(1, 18):
        digits = exact.scaleb(-exact.adjusted()).quantize(Decimal(1).scaleb(1 - places), ROUND_HALF_UP)
        shifted = exact.adjusted() + (1 if digits >= 10 else 0)
        value = digits.scaleb(exact.adjusted())
        if low < Fraction(value) < high or places == 17:
            text = format(value.normalize(), "e").split("e")[0].replace(".", "").lstrip("0")
            return int(text or "0") * 1000 + shifted + 1 + 400
    raise AssertionError(x)
