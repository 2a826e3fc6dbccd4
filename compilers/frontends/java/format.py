"""Format strings of printf and String.format, taken apart at compile time (the format must be a literal):
text runs, and conversions %d %x %X %o %s %S %c %b %B with an optional `-` or `0` flag and a width (%s %b
with a precision too, %d with the flags `+ ,(` too, %x %X %o with `#` too: 0x, 0X or 0 first), %f %e %E
%g %G of a double or float with java.util.Formatter's flags (`-#+ 0,(`), a width and a precision, %a %A with
`-+ `, %h %H (the hash code in hexadecimal); %n and %% are text. A conversion may name its argument
(`%2$s`, or `%<s` the one before); arguments no conversion takes are ignored, as java's Formatter does.
An argument a conversion does not take is java's IllegalFormatConversionException at run time
(conversion_error)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_SPEC = re.compile(r"%(\d+\$|<)?([-#+ 0,(]*)(\d*)(?:\.(\d+))?([a-zA-Z%])")
# The flags of a double's conversion, as jdouble.c's java_fd_format takes them: a sum of these.
FLAG_BITS = {"-": 1, "#": 2, "+": 4, " ": 8, "0": 16, ",": 32, "(": 64}


@dataclass(frozen=True)
class Spec:
    conv: str  # d s c b f e E
    width: int
    left: bool
    zero: bool
    flags: str = ""
    prec: int = -1
    index: int = 0  # the argument it formats (0 the first after the format)


def parse_format(fmt: str) -> list[str | Spec] | str:
    """The pieces of a format, or a message saying what is not supported."""
    out: list[str | Spec] = []
    pos = 0
    ordinary, last = 0, -1  # the next argument of a conversion without an index; the one before
    for m in _SPEC.finditer(fmt):
        if m.start() > pos:
            out.append(fmt[pos : m.start()])
        at, flag, width, prec, conv = m.groups()
        pos = m.end()
        whole = m.group(0)
        if conv in ("n", "%"):
            if flag or width or prec or at:
                return f"the format {whole} is not supported in this Java subset"
            out.append("\n" if conv == "n" else "%")
            continue
        if at == "<":  # the argument of the conversion before
            if last < 0:
                return f"{whole} has no conversion before it (java throws MissingFormatArgumentException)"
            index = last
        elif at:  # %2$s: the second argument
            index = int(at[:-1]) - 1
            if index < 0:
                return f"the format {whole} is not supported in this Java subset"
        else:
            index, ordinary = ordinary, ordinary + 1
        last = index
        spec = spec_of(whole, flag, width, prec, conv)
        if isinstance(spec, str):
            return spec
        out.append(replace(spec, index=index))
    if "%" in fmt[pos:]:
        return "an incomplete format specifier (java throws UnknownFormatConversionException)"
    if pos < len(fmt):
        out.append(fmt[pos:])
    return out


def spec_of(whole: str, flag: str, width: str, prec: str | None, conv: str) -> Spec | str:
    """The conversion, or a message saying what is not supported."""
    if conv in "aA":  # a double's hexadecimal form, Double.toHexString's
        if len(set(flag)) != len(flag) or set(flag) - set("-+ ") or ("+" in flag and " " in flag):
            return f"the flags of {whole} are not supported in this Java subset (%a takes - + and space)"
        if "-" in flag and not width:
            return f"the format {whole} needs a width (java throws MissingFormatWidthException)"
        return Spec(conv, int(width or 0), "-" in flag, False, flag, int(prec) if prec else -1)
    if conv in "feEgG":
        if len(set(flag)) != len(flag) or ("-" in flag and "0" in flag) or ("+" in flag and " " in flag):
            return f"the flags of {whole} are illegal together (java throws IllegalFormatFlagsException)"
        if ("-" in flag or "0" in flag) and not width:
            return f"the format {whole} needs a width (java throws MissingFormatWidthException)"
        if (conv in "eE" and "," in flag) or (conv in "gG" and "#" in flag):
            return (
                f"the '{',' if conv in 'eE' else '#'}' flag is not allowed with %{conv} "
                "(java throws FormatFlagsConversionMismatchException)"
            )
        return Spec(conv, int(width or 0), "-" in flag, "0" in flag, flag, int(prec) if prec else -1)
    if conv not in "dxXoscbSBhH":
        return (
            f"the conversion %{conv} is not supported in this Java subset "
            "(%d %x %X %o %s %S %c %b %B %h %H %f %e %E %g %G %a %A %n %% are)"
        )
    if conv == "d" and prec is None and set(flag) & set("+ ,(") and len(set(flag)) == len(flag):
        # java's integer flags: a sign, grouping, parentheses (Strings.formatInteger), padded after
        if ("+" in flag and " " in flag) or ("-" in flag and "0" in flag):
            return f"the flags of {whole} are illegal together (java throws IllegalFormatFlagsException)"
        if ("-" in flag or "0" in flag) and not width:
            return f"the format {whole} needs a width (java throws MissingFormatWidthException)"
        return Spec(conv, int(width or 0), "-" in flag, "0" in flag, flag)
    if conv in "sSbBhH" and prec is not None and flag in ("", "-"):  # %.3s: the first 3 characters
        if flag == "-" and not width:
            return "the '-' flag needs a width (java throws MissingFormatWidthException)"
        return Spec(conv, int(width or 0), flag == "-", False, flag, int(prec))
    if conv in "xXo" and prec is None and "#" in flag and flag.replace("#", "", 1) in ("", "-"):
        # the alternate form: 0x (0X) or 0 before the digits (with 0 padding, not supported)
        if "-" in flag and not width:
            return "the '-' flag needs a width (java throws MissingFormatWidthException)"
        return Spec(conv, int(width or 0), "-" in flag, False, "#")
    if prec is not None or len(flag) > 1 or (flag and flag not in "-0"):
        return f"the format {whole} is not supported in this Java subset"
    if flag == "0" and (conv not in "dxXo" or not width):
        return f"the format {whole} is not supported in this Java subset"
    if flag == "-" and not width:
        return "the '-' flag needs a width (java throws MissingFormatWidthException)"
    return Spec(conv, int(width or 0), flag == "-", flag == "0")


# The argument types (unboxed) each conversion takes, and the java.lang class java names for the others.
_TAKES = {
    "d": ("int", "long", "short", "byte"),
    "c": ("char", "int", "short", "byte"),
    "f": ("double", "float"),
}
_JAVA_LANG = {
    "int": "Integer",
    "long": "Long",
    "short": "Short",
    "byte": "Byte",
    "char": "Character",
    "boolean": "Boolean",
    "double": "Double",
    "float": "Float",
    "String": "String",
}


def conversion_error(conv: str, ty: str) -> str | None:
    """java's IllegalFormatConversionException message (`d != java.lang.Double`) for an argument of the
    (unboxed) type ty, which java throws when it comes to format it; None when the conversion takes it
    (%s and %b take anything) or ty is not a type of java.lang."""
    kind = "d" if conv in "dxXo" else ("f" if conv in "feEgGaA" else conv)
    if kind not in _TAKES or ty in _TAKES[kind] or ty not in _JAVA_LANG:
        return None
    return f"{conv} != java.lang.{_JAVA_LANG[ty]}"
