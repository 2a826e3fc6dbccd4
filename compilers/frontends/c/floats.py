"""C's `float` and `double` as IEEE 754 binary32 and binary64, computed by the shared runtime's binary64
routines (compilers/runtime/float64.c, README.md there).

A double is one word holding its IEEE 754 bit pattern, an integer below 2^64. A float is held the same
way, as the pattern of the double of its value: every float operation is done in binary64 and then
rounded to binary32 (f64_to_f32), which gives the correctly rounded float result for + - * / and sqrt
(53 >= 2 * 24 + 2), and a float promoted to double (a variadic argument, a mixed operation) needs no
code. Floating constants are converted here, correctly rounded, at compile time.
"""

from __future__ import annotations

import re
import struct
from fractions import Fraction
from typing import TYPE_CHECKING

from compilers.frontends.c import ast
from compilers.frontends.c.ctype import LONG, CType
from compilers.ir.nodes import Const, Operand

if TYPE_CHECKING:
    from compilers.frontends.c.lower import FunctionLowering

FLOATING = frozenset({"float", "double"})
ARITHMETIC = {"+": "f64_add", "-": "f64_sub", "*": "f64_mul", "/": "f64_div"}
COMPARISON = {"==": "f64_eq", "!=": "f64_ne", "<": "f64_lt", "<=": "f64_le", ">": "f64_gt", ">=": "f64_ge"}
TO_FLOAT = "f64_to_f32"
FROM_INT = "f64_from_int"
TO_INT = "f64_to_int"
PRINTF = "f64_printf"
# f64_format and the buffer it writes, which libc.c's printf family calls through their addresses.
FORMAT = "f64_format"
FORMAT_BUFFER = "f64_out"
PRINTF_FLAGS = {"-": 1, "+": 2, " ": 4, "#": 8, "0": 16}
# printf's precision at most this: the runtime formats into a buffer of 1,600 characters.
PRECISION_LIMIT = 1000
# <math.h>: each function's runtime routine; the f forms round their result to float.
MATH_ROUTINES = {"sqrt": "f64_sqrt", "fabs": "f64_fabs", "floor": "f64_floor", "ceil": "f64_ceil",
                 "trunc": "f64_trunc", "fmod": "f64_fmod", "exp": "f64_exp", "log": "f64_log",
                 "log10": "f64_log10", "pow": "f64_pow", "round": "f64_round_away", "lround": "f64_lround",
                 "copysign": "f64_copysign", "fmin": "f64_fmin", "fmax": "f64_fmax", "sin": "f64_sin",
                 "cos": "f64_cos", "tan": "f64_tan", "atan": "f64_atan", "atan2": "f64_atan2",
                 "asin": "f64_asin", "acos": "f64_acos", "hypot": "f64_hypot",
                 "log2": "f64_log2", "cbrt": "f64_cbrt", "sinh": "f64_sinh", "cosh": "f64_cosh",
                 "tanh": "f64_tanh", "expm1": "f64_expm1", "log1p": "f64_log1p", "asinh": "f64_asinh",
                 "acosh": "f64_acosh", "atanh": "f64_atanh"}  # fmt: skip
# <stdlib.h>'s conversions of text, correctly rounded as glibc's.
TEXT_ROUTINES = {"strtod": "f64_strtod", "atof": "f64_atof"}
# The library functions this module lowers: <math.h>'s, their f forms, and the conversions of text.
MATH_FUNCTIONS = frozenset(MATH_ROUTINES) | {name + "f" for name in MATH_ROUTINES} | frozenset(TEXT_ROUTINES)
# Declared by <math.h> (a program that calls them gets a diagnostic naming them, not a link error).
MATH_NOT_YET = ("exp2", "erf", "erfc", "tgamma", "lgamma")

_DECIMAL = re.compile(r"(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?")
_HEXADECIMAL = re.compile(r"0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)")


def is_floating(ctype: CType | None) -> bool:
    return ctype is not None and ctype.kind in FLOATING


def pointer_and_floating(source: CType, target: CType) -> bool:
    """A conversion between a pointer and a floating type, which C does not have."""
    return (source.is_pointer and is_floating(target)) or (target.is_pointer and is_floating(source))


def bits(x: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", x))[0])


def exact_value(text: str) -> Fraction | None:
    """The exact value of a floating constant's digits (no suffix), decimal or hexadecimal; None when
    the text is not a floating constant."""
    decimal = _DECIMAL.fullmatch(text)
    if decimal and (decimal.group(1) or decimal.group(2)) and ("." in text or decimal.group(3)):
        whole, fraction, exponent = decimal.group(1), decimal.group(2) or "", int(decimal.group(3) or 0)
        return Fraction(int(whole + fraction or "0")) * Fraction(10) ** (exponent - len(fraction))
    hexadecimal = _HEXADECIMAL.fullmatch(text)
    if hexadecimal and (hexadecimal.group(1) or hexadecimal.group(2)):
        whole, fraction = hexadecimal.group(1), hexadecimal.group(2) or ""
        exponent = int(hexadecimal.group(3)) - 4 * len(fraction)
        return Fraction(int(whole + fraction or "0", 16)) * Fraction(2) ** exponent
    return None


def nearest(value: Fraction, precision: int, least: int, overflow: int) -> float:
    """value rounded to nearest, ties to even, in a binary format of `precision` significand bits, last
    bit at least 2^least, and infinity from 2^overflow (binary64: 53, -1074, 1024; binary32: 24, -149,
    128). Exact: integer arithmetic on the fraction, never a rounding of Python's."""
    if value == 0:
        return 0.0
    sign = -1.0 if value < 0 else 1.0
    value = abs(value)
    lsb = max(value.numerator.bit_length() - value.denominator.bit_length() - precision - 1, least)
    while value >= Fraction(2) ** (lsb + precision):  # the last bit's place for a significand that fits
        lsb += 1
    scaled = value / Fraction(2) ** lsb
    q, r = divmod(scaled.numerator, scaled.denominator)
    if 2 * r > scaled.denominator or (2 * r == scaled.denominator and q % 2 == 1):
        q += 1
    if q * Fraction(2) ** lsb >= Fraction(2) ** overflow:
        return sign * float("inf")
    return sign * float(q * Fraction(2) ** lsb)


def literal_bits(text: str) -> int | None:
    """The pattern a floating constant (with its suffix) is held as: a double's, or for an f suffix
    the binary32 value's, each correctly rounded from the exact constant; None when it is not one."""
    single = text[-1] in "fF"
    value = exact_value(text.rstrip("fFlL"))
    if value is None:
        return None
    if single:
        return bits(nearest(value, 24, -149, 128))
    return bits(nearest(value, 53, -1074, 1024))


def to_float_bits(pattern: int) -> int:
    """A double's pattern rounded to binary32's precision and range (as f64_to_f32 does at run time)."""
    x = struct.unpack("<d", struct.pack("<Q", pattern))[0]
    if x != x or x in (float("inf"), float("-inf")):
        return pattern
    return bits(nearest(Fraction(x), 24, -149, 128)) if x != 0 else pattern


def constant_bits(expr: ast.Expr) -> int | None:
    """A floating constant expression's pattern, for a static initialiser: a constant, signed or cast,
    or an integer constant converted; None for anything else."""
    from compilers.frontends.c.check import fold

    ctype = expr.ctype
    if isinstance(expr, ast.FloatLit):
        return literal_bits(expr.text)
    if isinstance(expr, ast.Unary) and expr.op in ("-", "+") and is_floating(ctype):
        inner = constant_bits(expr.operand)
        return None if inner is None else inner ^ (1 << 63) if expr.op == "-" else inner
    if isinstance(expr, ast.Convert | ast.Cast) and is_floating(ctype):
        assert ctype is not None
        source = expr.operand.ctype
        if is_floating(source):
            inner = constant_bits(expr.operand)
        else:
            whole = fold(expr.operand)
            inner = None if whole is None else bits(nearest(Fraction(whole), 53, -1074, 1024))
        if inner is not None and ctype.kind == "float":
            return to_float_bits(inner)
        return inner
    return None


def rounded(fl: FunctionLowering, value: Operand, ctype: CType) -> Operand:
    """A binary64 result as the type holds it: rounded to binary32 for a float."""
    if ctype.kind != "float":
        return value
    if isinstance(value, Const):
        return Const(to_float_bits(value.value))
    return call(fl, TO_FLOAT, [value])


def call(fl: FunctionLowering, routine: str, args: list[Operand]) -> Operand:
    result = fl.fb.call(routine, [*args])
    assert result is not None
    return result


def arithmetic(fl: FunctionLowering, op: str, left: Operand, right: Operand, ctype: CType) -> Operand:
    """+ - * / of two values of the floating type ctype."""
    return rounded(fl, call(fl, ARITHMETIC[op], [left, right]), ctype)


def compare(fl: FunctionLowering, op: str, left: Operand, right: Operand) -> Operand:
    """A comparison of two floating values (of one type): 0 or 1; every comparison but != is false
    when either is a NaN."""
    return call(fl, COMPARISON[op], [left, right])


def negate(fl: FunctionLowering, value: Operand) -> Operand:
    if isinstance(value, Const):
        return Const(value.value ^ (1 << 63))
    return call(fl, "f64_neg", [value])


def truth(fl: FunctionLowering, value: Operand) -> Operand:
    """1 when the value is not zero (either zero is false, a NaN is true), else 0."""
    return call(fl, "f64_ne", [value, Const(0)])


def step(fl: FunctionLowering, old: Operand, amount: int, ctype: CType) -> Operand:
    """++ and --: old plus or minus one, in the type."""
    return arithmetic(fl, "+", old, Const(bits(float(amount))), ctype)


def convert(fl: FunctionLowering, value: Operand, source: CType, target: CType) -> Operand:
    """A conversion with a floating source or target (the caller converts integers to integers)."""
    if is_floating(source) and is_floating(target):
        return rounded(fl, value, target) if source.kind == "double" else value
    if is_floating(target):
        if isinstance(value, Const):
            single = target.kind == "float"
            return Const(bits(nearest(Fraction(value.value), 24 if single else 53, -149 if single else -1074,
                                      128 if single else 1024)))  # fmt: skip
        if target.kind == "float":
            # straight to binary32: a long rounded to double first could round twice
            return call(fl, "f64_int_to_f32", [value])
        return call(fl, FROM_INT, [value])
    if target.kind == "bool":
        return truth(fl, value)
    # toward zero, then the integer type's range (C leaves a value outside it undefined)
    return fl.convert_value(call(fl, TO_INT, [value]), LONG, target)


def math_call(fl: FunctionLowering, call_expr: ast.Call, name: str) -> Operand:
    """A call of a <math.h> function the runtime provides (the f forms in float), or of strtod or atof."""
    single = name.endswith("f") and name[:-1] in MATH_ROUTINES
    routine = {**MATH_ROUTINES, **TEXT_ROUTINES}[name[:-1] if single else name]
    args = [fl.value(arg) for arg in call_expr.args]
    result = call(fl, routine, args)
    return rounded(fl, result, call_expr.ctype) if single and call_expr.ctype is not None else result


def print_double(
    fl: FunctionLowering, value: Operand, conversion: str, flags: str, width: int, precision: int
) -> Operand:
    """One printf conversion of a double (%f %e %g %a or a capital): its characters, as glibc's."""
    code = sum(PRINTF_FLAGS[flag] for flag in set(flags))
    return call(fl, PRINTF, [value, Const(ord(conversion)), Const(code), Const(width), Const(precision)])
