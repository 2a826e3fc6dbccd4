"""Reading the expectations a test program writes in its comments, in any language.

Each form is a line comment: the language's opener (`registry.Language.comment`: "//", "#", "--", ";"),
one space, then one of

    expect: LINE                    one line of standard output, in order (an empty `expect:` is an empty
                                    line; the text is taken as written, trailing spaces included)
    stdin: LINE                     one line of the program's input
    error: L:C: FRAGMENT            a compile error at line L, column C whose message contains FRAGMENT
                                    (the program's errors must be exactly these)
    expect runtime error: NAME      the run stops with that trap, after the expected output; optionally
                                    followed by the trap's code N (`trap 42`) and/or `at line L` (where the
                                    run stopped; for a stop inside a runtime routine, the line that called it)
    expect stderr: TEXT             the last line of the error report, compared with the last line the
                                    reference toolchain writes to standard error (`ZeroDivisionError: ...`)
    expect exit: N                  the program's own exit status (default 0), compared with the reference's
    max-steps: N                    the run's instruction budget
    store: N                        a fixed Store of N columns (default: the driver's own sizing)

A comment line that starts with one of these keys but does not parse (`expect exit: one`,
`error: 3: missing column`, `expect output: ...`) is an ExpectationError naming the line, so a typo cannot
silently drop a check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DEFAULT_MAX_STEPS = 10_000_000


class ExpectationError(ValueError):
    """A malformed expectation comment."""


@dataclass(frozen=True, slots=True)
class ExpectedError:
    line: int
    column: int
    fragment: str


@dataclass(slots=True)
class Expectations:
    output_lines: list[str] = field(default_factory=list)
    stdin_lines: list[str] = field(default_factory=list)
    errors: list[ExpectedError] = field(default_factory=list)
    runtime_error: str | None = None
    trap_code: int | None = None
    runtime_error_line: int | None = None
    stderr: str | None = None
    exit_status: int | None = None
    max_steps: int = DEFAULT_MAX_STEPS
    store: int | None = None

    @property
    def output(self) -> str:
        return "".join(line + "\n" for line in self.output_lines)

    @property
    def stdin(self) -> str:
        return "".join(line + "\n" for line in self.stdin_lines)

    @property
    def status(self) -> str:
        """The run's final status: the expected trap, or "halted"."""
        return self.runtime_error or "halted"

    @property
    def compiles(self) -> bool:
        return not self.errors


# key -> the pattern its value must match (the text after "KEY:").
_VALUE = {
    "expect": re.compile(r"(?: (?P<text>.*))?"),
    "stdin": re.compile(r"(?: (?P<text>.*))?"),
    "error": re.compile(r" (?P<line>\d+):(?P<column>\d+): (?P<fragment>.*\S)\s*"),
    "expect runtime error": re.compile(r" (?P<name>\w+)(?: (?P<code>-?\d+))?(?: at line (?P<line>\d+))?\s*"),
    "expect stderr": re.compile(r" (?P<text>.*\S)\s*"),
    "expect exit": re.compile(r" (?P<n>-?\d+)\s*"),
    "max-steps": re.compile(r" (?P<n>\d+)\s*"),
    "store": re.compile(r" (?P<n>\d+)\s*"),
}
# A comment whose first word is one of these and that has a colon is meant as an expectation.
_KEY = re.compile(r"(?P<key>(?:expect|stdin|error|max-steps|store)\b[\w -]*?):(?P<rest>.*)$", re.DOTALL)
_SINGLE = ("expect runtime error", "expect stderr", "expect exit", "max-steps", "store")


def read_expectations(source: str, comment: str) -> Expectations:
    """The expectations of a program whose line comments start with `comment`."""
    expect = Expectations()
    opener = re.compile(r"\s*" + re.escape(comment) + " ")
    seen: set[str] = set()
    for number, line in enumerate(source.splitlines(), 1):
        start = opener.match(line)
        if start is None:
            continue
        found = _KEY.match(line, start.end())
        if found is None:
            continue  # an ordinary comment
        key, rest = found.group("key"), found.group("rest")
        pattern = _VALUE.get(key)
        value = pattern.fullmatch(rest) if pattern else None
        if value is None:
            raise ExpectationError(f"line {number}: cannot read the expectation {line.strip()!r}")
        if key in _SINGLE:
            if key in seen:
                raise ExpectationError(f"line {number}: a second `{key}:` (only one is allowed)")
            seen.add(key)
        _record(expect, key, value)
    return expect


def _record(expect: Expectations, key: str, value: re.Match[str]) -> None:
    if key == "expect":
        expect.output_lines.append(value.group("text") or "")
    elif key == "stdin":
        expect.stdin_lines.append(value.group("text") or "")
    elif key == "error":
        expect.errors.append(
            ExpectedError(int(value.group("line")), int(value.group("column")), value.group("fragment"))
        )
    elif key == "expect runtime error":
        expect.runtime_error = value.group("name")
        expect.trap_code = int(value.group("code")) if value.group("code") else None
        expect.runtime_error_line = int(value.group("line")) if value.group("line") else None
    elif key == "expect stderr":
        expect.stderr = value.group("text")
    elif key == "expect exit":
        expect.exit_status = int(value.group("n"))
    elif key == "max-steps":
        expect.max_steps = int(value.group("n"))
    else:  # store
        expect.store = int(value.group("n"))
