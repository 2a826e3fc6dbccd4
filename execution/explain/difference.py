"""The first place where a program's output leaves the expected output, marked by line and column."""

from __future__ import annotations

from itertools import zip_longest

from execution.explain.facts import Difference


def first_difference(expected: str, actual: str) -> Difference | None:
    """None when the outputs are the same. Lines are split on "\\n" so that a missing or extra final
    newline is a difference of its own, as the judge compares them."""
    if expected == actual:
        return None
    want_lines, got_lines = expected.split("\n"), actual.split("\n")
    for number, (want, got) in enumerate(zip_longest(want_lines, got_lines), start=1):
        if want == got:
            continue
        # Nothing more was printed (and something more was expected).
        ended = want is not None and (got is None or (got == "" and number == len(got_lines)))
        if ended and want == "" and number == len(want_lines):
            previous = want_lines[number - 2]
            what = "the output lacks the newline that ends this line"
            return Difference(number - 1, len(previous) + 1, previous, previous, f"line {number - 1}: {what}")
        if ended:
            what = f"the output stops here; the expected output goes on with {want!r}"
            return Difference(number, 1, want, "", f"line {number}: {what}")
        assert got is not None
        if want is None or (want == "" and number == len(want_lines)):
            if got == "" and number == len(got_lines):
                previous = got_lines[number - 2]
                what = "the output has an extra newline at the end of this line"
                return Difference(
                    number - 1, len(previous) + 1, previous, previous, f"line {number - 1}: {what}"
                )
            what = f"the output goes on with {got!r} where the expected output ends"
            return Difference(number, 1, "", got, f"line {number}: {what}")
        column = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), None)
        column = min(len(want), len(got)) if column is None else column
        if want.rstrip() == got.rstrip():
            what = "the line differs only in spaces at its end"
        else:
            what = f"expected {_char(want, column)}, got {_char(got, column)}"
        return Difference(number, column + 1, want, got, f"line {number}, column {column + 1}: {what}")
    return None  # pragma: no cover - equal outputs returned above


def _char(line: str, index: int) -> str:
    return repr(line[index]) if index < len(line) else "the end of the line"
