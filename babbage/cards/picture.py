"""Number pictures: how the printing apparatus edits a number (CARDS.md, `A write numbers as`).

The picture is read from the right. `9` takes the next digit, or 0 once the digits run out; `#` takes
the next digit only while any remain; `,` is printed whenever the picture holds a `9` or digits remain;
`-` is a minus sign for a negative number; `±` always a sign; `+` a space or a minus; anything else is
copied. Digits that do not fit go in front of everything, sign included, so no figure is ever lost; a
negative number whose picture printed no sign gets a minus in front.
"""

from __future__ import annotations


def edit_to_picture(value: int, picture: str | None) -> str:
    if picture is None:
        return str(value)
    negative = value < 0
    digits = str(abs(value))
    has_nine = "9" in picture
    signed = False
    pieces: list[str] = []  # built from the right, reversed at the end
    for mark in reversed(picture):
        if mark == "9":
            if digits:
                pieces.append(digits[-1])
                digits = digits[:-1]
            else:
                pieces.append("0")
        elif mark == "#":
            if digits:
                pieces.append(digits[-1])
                digits = digits[:-1]
        elif mark == ",":
            if has_nine or digits:
                pieces.append(",")
        elif mark == "-":
            if negative:
                pieces.append("-")
                signed = True
        elif mark == "±":
            pieces.append("-" if negative else "+")
            signed = True
        elif mark == "+":
            pieces.append("-" if negative else " ")
            signed = True
        else:
            pieces.append(mark)
    edited = digits + "".join(reversed(pieces))
    if negative and not signed:
        edited = "-" + edited
    return edited
