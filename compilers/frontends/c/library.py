"""Calls of the C library: how each reaches the runtime (compilers/runtime/README.md).

printf and scanf take their variadic arguments as a pointer to a word array the caller fills. The
functions that count bytes (malloc, calloc, memset, memcpy) are given words: a C program computes byte
counts with sizeof, so where the count is written with sizeof (`n * sizeof(int)`, `sizeof arr`) the
lowering substitutes the type's size in words; otherwise it converts the byte count with the size of the
pointed-to type, and for char data bytes and words are the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from compilers.frontends.c import ast, floats, punning
from compilers.frontends.c.ctype import CHAR, ULONG, CType
from compilers.frontends.c.headers import LONG_DOUBLE_FUNCTIONS
from compilers.ir.nodes import Const, Operand, Sym

if TYPE_CHECKING:
    from compilers.frontends.c.lower import FunctionLowering

# Each variadic routine by the index of its format argument: the arguments before it are fixed.
FORMAT_ARGUMENT = {
    "printf": 0, "scanf": 0, "sprintf": 1, "snprintf": 2, "fprintf": 1, "sscanf": 1, "fscanf": 1,
}  # fmt: skip
VARIADIC = frozenset(FORMAT_ARGUMENT)
# The printf family taking a va_list (<stdarg.h>): the block of a variadic function's extra arguments.
VA_LIST_PRINTF = frozenset({"vprintf", "vfprintf", "vsprintf", "vsnprintf"})
SCANF_FAMILY = frozenset({"scanf", "sscanf", "fscanf"})
# Routines whose calls go to libc.c's own: its scanf and getchar share the character read past a field
# (and ungetc's) with fgetc, which io.ir's scanf and getchar know nothing of.
RENAMED_CALLS = {"scanf": "__c_scanf", "getchar": "__c_getchar"}
# Calls the lowering rewrites (byte counts made words, the variable arguments made a block): called
# through a pointer they would get what C passes, so a program cannot take their address.
REWRITTEN_CALLS = VARIADIC | frozenset(RENAMED_CALLS) | {
    "malloc", "calloc", "realloc", "memset", "memcpy", "memmove", "memcmp", "memchr", "qsort", "bsearch",
}  # fmt: skip
# <stdio.h>'s files: a program on the Engine has standard input, output and error only.
FILE_FUNCTIONS = frozenset({
    "fopen", "freopen", "fclose", "fread", "fwrite", "fseek", "ftell", "rewind", "remove", "perror",
})  # fmt: skip
# stdout as headers.py defines it (`((FILE *)2)`) and libc.c tests it.
STDOUT = 2
# libc.c's printf, with every flag, precision and length; io.ir's printf does the common formats faster.
FULL_PRINTF = "__c_printf"
# printf's conversions of a double, which the runtime's f64_printf prints (floats.py).
FLOAT_CONVERSIONS = "fFeEgGaA"


def lower_library_call(fl: FunctionLowering, call: ast.Call) -> Operand:
    assert isinstance(call.func, ast.Name)
    name = call.func.name
    returns = call.ctype is not None and not call.ctype.is_void
    if name in floats.MATH_FUNCTIONS:
        return floats.math_call(fl, call, name)
    if name in LONG_DOUBLE_FUNCTIONS:
        fl.unsupported(f"'{name}' computes in 'long double', which is not supported: use double", call.span)
        return Const(0)
    if name in floats.MATH_NOT_YET:
        fl.unsupported(f"'{name}' of <math.h> is not supported yet", call.span)
        return Const(0)
    if name in FILE_FUNCTIONS:
        fl.unsupported(f"'{name}': the Engine has no files, only stdin, stdout and stderr", call.span)
        return Const(0)
    if name == "fprintf" and stream_constant(call.args[0]) == STDOUT:
        # fprintf(stdout, ...) is printf(...), which prints doubles too
        name = "printf"
        func = ast.Name(call.func.span, name, call.func.symbol, ctype=call.func.ctype)
        call = ast.Call(call.span, func, call.args[1:], ctype=call.ctype)
    codes = literal_format(call.args[0]) if name == "printf" else None
    if codes is not None and not libc_double(codes):
        pieces = split_format(codes)
        if any(piece.fixed for piece in pieces):
            return print_with_doubles(fl, call, pieces)
    if name in VA_LIST_PRINTF:
        # their va_list may hold a double: f64_format's address is stored for libc.c's printf
        fl.fb.store(Sym("__c_f64_format"), Sym(floats.FORMAT), 0)
        fl.fb.store(Sym("__c_f64_out"), Sym(floats.FORMAT_BUFFER), 0)
    if name in VARIADIC:
        first_extra = FORMAT_ARGUMENT[name] + 1
        fixed = [fl.value(arg) for arg in call.args[:first_extra]]
        extra = call.args[first_extra:]
        if name not in SCANF_FAMILY and prints_double(call.args[first_extra - 1], extra):
            # libc.c's printf prints a double with float64's f64_format, reached through its address
            fl.fb.store(Sym("__c_f64_format"), Sym(floats.FORMAT), 0)
            fl.fb.store(Sym("__c_f64_out"), Sym(floats.FORMAT_BUFFER), 0)
            if name == "printf":
                name = FULL_PRINTF
        block: Operand = Const(0)
        if extra:
            block = fl.fb.slot("va", len(extra))
            for index, arg in enumerate(extra):
                fl.fb.store(block, fl.value(arg), index)
        if name == "printf":
            name = printf_routine(literal_format(call.args[0]))
        result = fl.fb.call(routine(fl, name), [*fixed, block])
        assert result is not None
        codes = literal_format(call.args[first_extra - 1])
        if name in SCANF_FAMILY and codes is not None and extra:
            read_unsigned_as_signed(fl, codes, extra, block)
        return result
    if name == "malloc":
        args = [words_of(fl, call.args[0], None)]
    elif name == "calloc":
        args = [fl.value(call.args[0]), words_of(fl, call.args[1], None)]
    elif name == "realloc":
        args = [fl.value(call.args[0]), words_of(fl, call.args[1], pointee_type(call.args[0]))]
    elif name == "memset":
        pointee = pointee_type(call.args[0])
        destination = fl.value(call.args[0])
        value = memset_word(fl, fl.value(call.args[1]), pointee)
        args = [destination, value, words_of(fl, call.args[2], pointee)]
    elif name in ("qsort", "bsearch"):
        # The element size, in words: qsort(base, n, size, cmp), bsearch(key, base, n, size, cmp).
        where = 2 if name == "qsort" else 3
        pointee = pointee_type(call.args[where - 2])
        args = [fl.value(arg) for arg in call.args]
        args[where] = words_of(fl, call.args[where], pointee)
    elif (
        name in ("memcpy", "memmove")
        and not fl.module.words
        and punning.scalar_pointer_change(bare_type(call.args[1]), bare_type(call.args[0]))
    ):
        return copy_bits(fl, call)
    elif name in ("memcpy", "memmove", "memcmp", "memchr"):
        pointee = pointee_type(call.args[0]) or pointee_type(call.args[1])
        args = [fl.value(call.args[0]), fl.value(call.args[1]), words_of(fl, call.args[2], pointee)]
    elif name == "putchar" and fl.module.mixed_chars and signed_argument(call.args[0]):
        # A char above 127 reads as its negative byte (lower.char_word): putchar writes a byte from -128
        # to -1 as the unsigned char 256 more, as C's does, so the character printed is the one stored
        # (printf's %c the same).
        value = fl.value(call.args[0])
        args = [fl.fb.add(value, fl.fb.mul(fl.fb.binary("lt", value, 0), 256))]
    else:
        args = [fl.value(arg) for arg in call.args]
    if call.ctype is not None and call.ctype.is_struct:
        # div and its kin: the routine copies its result into words of this frame (lower.value_Call)
        result_words = fl.fb.slot("result", max(call.ctype.words, 1))
        fl.fb.call(routine(fl, name), [result_words, *args], returns=False)
        return result_words
    result = fl.fb.call(routine(fl, name), list(args), returns=returns)
    return result if result is not None else Const(0)


def signed_argument(arg: ast.Expr) -> bool:
    """Whether an argument, before its conversion to int, is of a signed type (so may be negative)."""
    while isinstance(arg, ast.Convert):
        arg = arg.operand
    return arg.ctype is not None and not arg.ctype.unsigned and not isinstance(arg, ast.CharLit | ast.IntLit)


def bare_type(arg: ast.Expr) -> CType | None:
    """An argument's type before its conversion to the parameter's `void *`."""
    while isinstance(arg, ast.Convert) and arg.operand.ctype is not None and arg.operand.ctype.is_pointer:
        arg = arg.operand
    return arg.ctype


def copy_bits(fl: FunctionLowering, call: ast.Call) -> Operand:
    """memcpy(&t, &s, n) between scalar objects held otherwise (a double's bits into a uint64_t, a
    float's into a uint32_t, and back): when n is the size of both, t takes s's bits (punning.py); any
    other count would need bytes, which the Store does not have."""
    from compilers.frontends.c.check import fold  # check imports this module

    change = punning.scalar_pointer_change(bare_type(call.args[1]), bare_type(call.args[0]))
    assert change is not None
    source, target = change
    count = fold(call.args[2])
    if source.size != target.size or count != source.size:
        fl.unsupported(
            f"memcpy from '{source}' to '{target}' of other than one object of {source.size} bytes: "
            "the Engine's Store holds words, not bytes",
            call.span,
        )
        return Const(0)
    destination = fl.value(call.args[0])
    word = fl.fb.load(fl.value(call.args[1]))
    fl.fb.store(destination, punning.from_bits(fl, punning.bits_of(fl, word, source), target))
    return destination


def routine(fl: FunctionLowering, name: str) -> str:
    """The runtime routine a call of the library function goes to; in libc.c's own __c_getchar, getchar
    is io.ir's."""
    renamed = RENAMED_CALLS.get(name, name)
    return name if renamed == fl.func.declarator.name else renamed


def read_unsigned_as_signed(
    fl: FunctionLowering, codes: list[int], args: list[ast.Expr], block: Operand
) -> None:
    """After scanf: a field read by an unsigned conversion (%u %o %x) into a signed integer holds the
    unsigned value the runtime stored; the object reads it as gcc's does its bytes (4294967295 as -1)."""
    fields = [field for field in scanf_fields(codes) if not field[0] and field[2] != "%"]
    for index, ((_, _, conversion, _), arg) in enumerate(zip(fields, args, strict=False)):
        target = arg.ctype.base if arg.ctype is not None and arg.ctype.is_pointer else None
        if conversion in "uoxX" and target is not None and target.is_integer and not target.unsigned:
            pointer = fl.fb.load(block, index)
            fl.fb.store(pointer, fl.fb.wrap(f"i{target.bits}", fl.fb.load(pointer)))


def scanf_fields(codes: list[int]) -> list[tuple[str, str, str, str]]:
    """Each conversion of a scanf format: its `*`, length, conversion (`[...]` whole) and its spelling."""
    text = "".join(chr(c) for c in codes if 0 <= c < 0x110000)
    pattern = r"%(\*?)(\d*)(hh|h|ll|l|j|z|t|L)?(\[\^?\]?[^\]]*\]?|.?)"
    return [(m.group(1), m.group(3) or "", m.group(4), m.group(0)) for m in re.finditer(pattern, text)]


def stream_constant(arg: ast.Expr) -> int | None:
    """The stream a call names when it is one of the header's `stdin`, `stdout`, `stderr`."""
    while isinstance(arg, ast.Convert | ast.Cast):
        arg = arg.operand
    return arg.value if isinstance(arg, ast.IntLit) else None


def memset_word(fl: FunctionLowering, value: Operand, pointee: CType | None) -> Operand:
    """The word memset stores in each element: its byte repeated over the element's bytes, read as the
    element's type (`memset(ints, 0xff, ...)` gives -1, `memset(chars, 200, ...)` -56). For a struct or an
    unknown type, the byte read as a char."""
    element = pointee if pointee is not None and pointee.is_integer else CHAR
    repeat = sum(1 << (8 * k) for k in range(element.size))
    if isinstance(value, Const):
        return Const(element.wrap((value.value & 0xFF) * repeat))
    byte = fl.fb.wrap("u8", value)
    if repeat != 1:
        byte = fl.fb.mul(byte, repeat)
    return fl.convert_value(byte, ULONG, element)


def pointee_type(arg: ast.Expr) -> CType | None:
    """The type a pointer argument pointed to before it was converted to `void *`."""
    while isinstance(arg, ast.Convert | ast.Cast):
        inner = arg.operand.ctype
        if inner is not None and inner.is_array:
            return inner.base
        if inner is not None and inner.is_pointer and inner.base is not None and not inner.base.is_void:
            return inner.base
        arg = arg.operand
    return None


def sizeof_operand(expr: ast.Expr) -> CType | None:
    if isinstance(expr, ast.SizeofType):
        return expr.type_name.ctype
    if isinstance(expr, ast.SizeofExpr):
        return expr.operand.ctype
    return None


def words_of(fl: FunctionLowering, count: ast.Expr, pointee: CType | None) -> Operand:
    """A byte count as the number of Store words it stands for."""
    inner = count
    while isinstance(inner, ast.Convert | ast.Cast):
        inner = inner.operand
    measured = sizeof_operand(inner)
    if measured is not None:
        return Const(measured.words)
    if isinstance(inner, ast.Binary) and inner.op == "*":
        for side, other in ((inner.left, inner.right), (inner.right, inner.left)):
            stripped = side
            while isinstance(stripped, ast.Convert | ast.Cast):
                stripped = stripped.operand
            measured = sizeof_operand(stripped)
            if measured is not None:
                value = fl.value(other)
                if measured.words == 1:
                    return value
                if isinstance(value, Const):
                    return Const(value.value * measured.words)
                return fl.fb.mul(value, measured.words)
    value = fl.value(count)
    if pointee is None or pointee.size == pointee.words or pointee.size == 0:
        return value
    quotient = fl.fb.binary("div", value, pointee.size)
    return quotient if pointee.words == 1 else fl.fb.mul(quotient, pointee.words)


@dataclass(frozen=True, slots=True)
class FormatPiece:
    """A run of printf's format: plain text and integer conversions (`codes`, taking `arguments`
    arguments), or one conversion of a double (`fixed`), which the runtime's f64_printf prints."""

    codes: list[int]
    arguments: int = 0
    fixed: bool = False
    left: bool = False
    width: int = 0
    precision: int = 6
    zero: bool = False
    span_text: str = ""
    conversion: str = "f"
    flags: str = ""


def literal_format(arg: ast.Expr) -> list[int] | None:
    while isinstance(arg, ast.Convert | ast.Cast):
        arg = arg.operand
    return arg.codes if isinstance(arg, ast.StringLit) else None


def split_format(codes: list[int]) -> list[FormatPiece]:
    pieces: list[FormatPiece] = []
    current: list[int] = []
    arguments = 0
    i = 0
    while i < len(codes):
        if codes[i] != ord("%"):
            current.append(codes[i])
            i += 1
            continue
        j = i + 1
        flags = ""
        while j < len(codes) and chr(codes[j]) in "-0+ #":
            flags += chr(codes[j])
            j += 1
        width = 0
        while j < len(codes) and chr(codes[j]).isdigit():
            width = width * 10 + codes[j] - ord("0")
            j += 1
        precision = -1
        if j < len(codes) and codes[j] == ord("."):
            precision = 0
            j += 1
            while j < len(codes) and chr(codes[j]).isdigit():
                precision = precision * 10 + codes[j] - ord("0")
                j += 1
        while j < len(codes) and chr(codes[j]) in "lhL":
            j += 1
        conversion = chr(codes[j]) if j < len(codes) else ""
        spelled = "".join(chr(c) for c in codes[i : j + 1])
        if conversion and conversion in FLOAT_CONVERSIONS:
            pieces.append(FormatPiece(current, arguments))
            left, zero = "-" in flags, "0" in flags
            pieces.append(FormatPiece([], 1, True, left, width, precision, zero, spelled, conversion, flags))
            current, arguments = [], 0
        else:
            current.extend(codes[i : j + 1])
            arguments += 0 if conversion == "%" else 1
        i = j + 1
    pieces.append(FormatPiece(current, arguments))
    return [piece for piece in pieces if piece.codes or piece.fixed]


def print_with_doubles(fl: FunctionLowering, call: ast.Call, pieces: list[FormatPiece]) -> Operand:
    """printf with a double: the integer parts go to the runtime's printf, each double to f64_printf."""
    args = iter(call.args[1:])
    total: Operand = Const(0)
    for piece in pieces:
        if piece.fixed:
            arg = next(args, None)
            if arg is None:
                fl.unsupported(f"'{piece.span_text}' has no argument", call.span)
                continue
            value = fl.value(arg)
            conversion, flags, width, precision = piece.conversion, piece.flags, piece.width, piece.precision
            count: Operand | None = floats.print_double(fl, value, conversion, flags, width, precision)
        else:
            fmt = fl.module.string(piece.codes)
            block: Operand = Const(0)
            taken = [arg for _, arg in zip(range(piece.arguments), args, strict=False)]
            if taken:
                block = fl.fb.slot("va", len(taken))
                for index, arg in enumerate(taken):
                    fl.fb.store(block, fl.value(arg), index)
            count = fl.fb.call(printf_routine(piece.codes), [fmt, block])
        assert count is not None
        total = fl.fb.add(total, count)
    return total


PRINTF_FIELD = re.compile(r"%([-+ #0]*)(\*|\d*)(\.\*|\.\d*)?(hh|h|ll|l|j|z|t|L)?(.?)")


def libc_double(codes: list[int]) -> bool:
    """Whether a literal format has a double's conversion that only libc.c's printf prints: with a
    width or precision `*` (read from the arguments), or a precision past f64_printf's buffer."""
    text = "".join(chr(c) for c in codes if 0 <= c < 0x110000)
    for m in PRINTF_FIELD.finditer(text):
        precision = m.group(3) or ""
        starred = "*" in m.group(2) + precision
        long_precision = not starred and int(precision[1:] or 0) > floats.PRECISION_LIMIT
        if m.group(5) and m.group(5) in FLOAT_CONVERSIONS and (starred or long_precision):
            return True
    return False


def prints_double(fmt: ast.Expr, extra: list[ast.Expr]) -> bool:
    """Whether a call of the printf family can print a double: a double among its arguments, or a
    double's conversion in its literal format."""
    if any(floats.is_floating(arg.ctype) for arg in extra):
        return True
    codes = literal_format(fmt)
    text = "".join(chr(c) for c in codes or [] if 0 <= c < 0x110000)
    return any(m.group(5) and m.group(5) in FLOAT_CONVERSIONS for m in PRINTF_FIELD.finditer(text))


def printf_routine(codes: list[int] | None) -> str:
    """io.ir's printf for a literal format of %d %i %u %x %c %s %% with l or ll, a width and the flags
    '-' and '0' (the formats most programs print with); libc.c's full printf for any other."""
    if codes is None:
        return FULL_PRINTF
    text = "".join(chr(c) for c in codes if 0 <= c < 0x110000)
    for match in PRINTF_FIELD.finditer(text):
        flags, width, precision, length, conversion = match.groups()
        if (
            set(flags) - set("-0")
            or width == "*"
            or precision is not None
            or (length or "") not in ("", "l", "ll")
            or conversion not in "diuxcs%"
        ):
            return FULL_PRINTF
    return "printf"


PRINTF_CONVERSIONS = "diuoxXcspnfFeEgGaA%"
SCANF_CONVERSIONS = "diuoxXpcsn[fFeEgGaA%"


def format_problems(name: str, codes: list[int], arguments: int) -> list[str]:
    """What in a literal format of the printf family or the scanf family the runtime would not do as C
    does: printf takes every flag, a width and a precision (written or `*`), the lengths hh h l ll j z t
    and the conversions of PRINTF_CONVERSIONS; scanf `*`, a width, those lengths and SCANF_CONVERSIONS."""
    if name not in SCANF_FAMILY:
        return printf_format_problems(codes, arguments)
    problems: list[str] = []
    needed = 0
    for suppress, length, conversion, spelled in scanf_fields(codes):
        if conversion == "" or conversion[0] not in SCANF_CONVERSIONS:
            problems.append(f"'{spelled}' is not a {name} conversion of the subset")
        elif conversion.startswith("[") and not conversion.endswith("]"):
            problems.append(f"'{spelled}': the set has no closing ']'")
        elif length == "L":
            problems.append(f"'{spelled}': the length L is for 'long double', which is not supported")
        elif length and conversion in "cs[" and length != "l":
            problems.append(f"'{spelled}': this length is not supported")
        elif conversion != "%" and not suppress:
            needed += 1
    if needed > arguments:
        problems.append(f"the format of {name} needs {needed} arguments, the call passes {arguments}")
    return problems


def printf_format_problems(codes: list[int], arguments: int) -> list[str]:
    problems: list[str] = []
    needed = 0
    text = "".join(chr(c) for c in codes if 0 <= c < 0x110000)
    for match in PRINTF_FIELD.finditer(text):
        _, width, precision, length, conversion = match.groups()
        needed += (width == "*") + (precision == ".*")
        if conversion == "" or conversion not in PRINTF_CONVERSIONS:
            problems.append(f"'{match.group(0)}' is not a printf conversion of the subset")
        elif conversion in FLOAT_CONVERSIONS and length == "L":
            problems.append(f"'{match.group(0)}': the length L is for 'long double', which is not supported")
        elif conversion in FLOAT_CONVERSIONS and (length or "") not in ("", "l"):
            problems.append(f"'{match.group(0)}': this length is not a length of %f")
        if conversion != "%":
            needed += 1
    if needed > arguments:
        problems.append(f"the format of printf needs {needed} arguments, the call passes {arguments}")
    return problems
