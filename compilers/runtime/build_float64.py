"""Build compilers/runtime/float64.ir, the IEEE 754 binary64 routines, from their C source float64.c.

    python -m compilers.runtime.build_float64          # rewrite float64.ir
    python -m compilers.runtime.build_float64 --check  # exit 1 when float64.ir is not up to date

A C constant cannot exceed 64 bits, so the table of powers of two the routines use (f64_pow2, 2^0 to
2^166: the largest below 10^50), ln 2 and atan(j/16) for j = 0..16 (with 110 fraction bits) and pi/2
(with 150) are filled in here, and so are sincos.c's tables (sin and cos of i/128 as sums of two doubles, and
2/pi in pieces of 24 bits); and f64_uncertain's body becomes the IR's `trap 7`, which C cannot write.
"""

from __future__ import annotations

import re
import struct
import sys
from decimal import Decimal, getcontext, localcontext
from pathlib import Path

from compilers.runtime.from_c import compile_c_runtime, write_or_check

RUNTIME_DIR = Path(__file__).resolve().parent
SOURCE = RUNTIME_DIR / "float64.c"
# fdlibm's expm1, log1p, sinh, cosh, tanh, asinh, acosh and atanh: written with C's doubles (the front end
# lowers their arithmetic to float64.c's routines) and valid C for gcc too, so a translation unit of its own.
FDLIBM = RUNTIME_DIR / "fdlibm.c"
# glibc's sin and cos (the IBM Accurate Mathematical Library's algorithm), likewise a translation unit.
SINCOS = RUNTIME_DIR / "sincos.c"
SINCOS_ENTRIES = 110
TWO_OVER_PI_PIECES = 75
TARGET = RUNTIME_DIR / "float64.ir"
POWERS = 167
HEADER = (
    "; IEEE 754 binary64 (README.md), generated from float64.c by\n"
    "; `python -m compilers.runtime.build_float64`: edit the C and regenerate.\n"
)


# Constants of 110 fraction bits, rounded, from 100-digit logarithms (ln 2).
LOGARITHMS = {"f64_ln2": 2}
# f64_uncertain's body: the trap that stops a result too close to a midpoint to round with certainty.
UNCERTAIN = re.compile(r"func @f64_uncertain\(\) -> w \{\n.*?\n\}\n", re.DOTALL)
TRAP = "func @f64_uncertain() -> w {\nentry:\n  trap 7\n}\n"


def pi() -> Decimal:
    """pi to the context's precision: Machin's formula, 4 (4 atan(1/5) - atan(1/239))."""

    def atan_inverse(n: int) -> Decimal:
        total, power, k = Decimal(0), Decimal(1) / n, 0
        while abs(power) > Decimal(10) ** -(getcontext().prec + 5):
            total += power / (2 * k + 1) * (-1) ** k
            power /= n * n
            k += 1
        return total

    return 4 * (4 * atan_inverse(5) - atan_inverse(239))


def atan(x: Decimal) -> Decimal:
    """atan x for 0 <= x <= 1 to the context's precision: halved three times (atan x = 2 atan(x / (1 +
    sqrt(1 + x^2)))), then the series x - x^3/3 + x^5/5 ..."""
    for _ in range(3):
        x = x / (1 + (1 + x * x).sqrt())
    total, power, k = Decimal(0), x, 0
    while abs(power) > Decimal(10) ** -(getcontext().prec + 5):
        total += power / (2 * k + 1) * (-1) ** k
        power *= x * x
        k += 1
    return 8 * total


def sin_cos(x: Decimal) -> tuple[Decimal, Decimal]:
    """sin x and cos x for |x| <= 1 to the context's precision: their Taylor series."""
    sin, cos, term, k = Decimal(0), Decimal(0), Decimal(1), 0
    while abs(term) > Decimal(10) ** -(getcontext().prec + 5):
        if k % 2 == 0:
            cos += term * (-1) ** (k // 2)
        else:
            sin += term * (-1) ** (k // 2)
        k += 1
        term = term * x / k
    return sin, cos


def double_pair(v: Decimal) -> list[int]:
    """The bit patterns of v as a sum of two doubles: v rounded, and the rest rounded."""
    high = float(v)
    return [double_bits(high), double_bits(float(v - Decimal(high)))]


def double_bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def sincos_table() -> list[int]:
    """glibc's table of sin(i/128) and cos(i/128) for i = 0..109, each as a sum of two doubles (sincos.c)."""
    words = []
    with localcontext() as context:
        context.prec = 60
        for i in range(SINCOS_ENTRIES):
            sin, cos = sin_cos(Decimal(i) / 128)
            words += double_pair(sin) + double_pair(cos)
    return words


def two_over_pi_pieces() -> list[int]:
    """2/pi's first 75 * 24 fraction bits in pieces of 24 (sincos.c's large reduction)."""
    with localcontext() as context:
        context.prec = 600
        bits = int(2 / pi() * 2 ** (24 * TWO_OVER_PI_PIECES))
    return [(bits >> (24 * (TWO_OVER_PI_PIECES - 1 - i))) % 2**24 for i in range(TWO_OVER_PI_PIECES)]


def fill(text: str, name: str, words: list[int]) -> str:
    """The global `name` of the C source (declared without an initialiser) given its words."""
    size = f"[{len(words)}]" if len(words) > 1 else ""
    declared = f"global @{name}{size}\n"
    if declared not in text:
        raise SystemExit(f"float64.c must declare long {name}{size}")
    return text.replace(declared, f"global @{name}{size} = " + ", ".join(map(str, words)) + "\n")


def build() -> str:
    text = compile_c_runtime(SOURCE, "f64_", linked=("f64_sc_",))
    text += compile_c_runtime(FDLIBM, "f64_", linked=("f64_",))
    text += compile_c_runtime(SINCOS, "f64_", linked=("f64_",))
    text = fill(text, "f64_pow2", [2**k for k in range(POWERS)])
    text = fill(text, "f64_sincostab", sincos_table())
    text = fill(text, "f64_sc_toverp", [double_bits(float(piece)) for piece in two_over_pi_pieces()])
    with localcontext() as context:
        context.prec = 100
        for name, base in LOGARITHMS.items():
            text = fill(text, name, [int((Decimal(base).ln() * 2**110).to_integral_value())])
        text = fill(text, "f64_pio2", [int((pi() / 2 * 2**150).to_integral_value())])
        text = fill(
            text, "f64_atan16", [int((atan(Decimal(j) / 16) * 2**110).to_integral_value()) for j in range(17)]
        )
    text, count = UNCERTAIN.subn(TRAP, text)
    if count != 1:
        raise SystemExit("float64.c must define f64_uncertain")
    return HEADER + text


def main(argv: list[str]) -> int:
    return write_or_check(build(), TARGET, SOURCE.name, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
