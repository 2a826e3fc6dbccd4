"""Format strings of printf and String.format, taken apart at compile time (the format must be a literal):
text runs, and conversions %d %s %c %b with an optional `-` or `0` flag and a width; %n and %% are text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPEC = re.compile(r"%([-0]?)(\d*)([a-zA-Z%])")


@dataclass(frozen=True)
class Spec:
    conv: str  # d s c b
    width: int
    left: bool
    zero: bool


def parse_format(fmt: str) -> list[str | Spec] | str:
    """The pieces of a format, or a message saying what is not supported."""
    out: list[str | Spec] = []
    pos = 0
    for m in _SPEC.finditer(fmt):
        if m.start() > pos:
            out.append(fmt[pos : m.start()])
        flag, width, conv = m.groups()
        pos = m.end()
        if conv in ("n", "%"):
            if flag or width:
                return f"the format %{flag}{width}{conv} is not supported in this Java subset"
            out.append("\n" if conv == "n" else "%")
            continue
        if conv not in "dscb":
            return f"the conversion %{conv} is not supported in this Java subset (%d %s %c %b %n %% are)"
        if flag == "0" and (conv != "d" or not width):
            return f"the format %{flag}{width}{conv} is not supported in this Java subset"
        if flag == "-" and not width:
            return "the '-' flag needs a width (java throws MissingFormatWidthException)"
        out.append(Spec(conv, int(width or 0), flag == "-", flag == "0"))
    if "%" in fmt[pos:]:
        return "an incomplete format specifier (java throws UnknownFormatConversionException)"
    if pos < len(fmt):
        out.append(fmt[pos:])
    return out
