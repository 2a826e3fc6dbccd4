"""The facts of one run the explainer reads, and the explanations it writes: plain data, no Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class TestFacts:
    """One test's stored result (judge.TestOutcome.public()): a hidden test has only its status."""

    __test__ = False  # data, not a test class for pytest to collect

    name: str
    status: str
    visible: bool
    input: str = ""
    expected: str = ""
    actual: str = ""
    message: str = ""
    trap: str = ""
    trap_line: int | None = None
    exit_status: int | None = None

    @classmethod
    def from_result(cls, result: dict[str, Any]) -> TestFacts:
        return cls(
            name=str(result.get("name", "")),
            status=str(result.get("status", "")),
            visible=bool(result.get("visible")),
            input=str(result.get("input") or ""),
            expected=str(result.get("expected") or ""),
            actual=str(result.get("actual") or ""),
            message=str(result.get("message") or ""),
            trap=str(result.get("trap") or ""),
            trap_line=result.get("trap_line"),
            exit_status=result.get("exit_status"),
        )


@dataclass(frozen=True, slots=True)
class RunFacts:
    language: str
    source: str
    status: str  # execution.models.RunStatus value
    diagnostics: tuple[dict[str, Any], ...] = ()  # Diagnostic.as_dict() of every stage
    trap: str = ""  # babbage.result TRAPS name
    trap_message: str = ""
    trap_line: int | None = None
    output: str = ""
    exit_status: int | None = None
    max_steps: int = 0
    max_output: int = 0
    tests: tuple[TestFacts, ...] = ()  # a submission's results, in order

    def source_line(self, line: int | None) -> str:
        lines = self.source.splitlines()
        return lines[line - 1] if line is not None and 1 <= line <= len(lines) else ""


@dataclass(frozen=True, slots=True)
class Difference:
    """Where the actual output first leaves the expected one (lines and columns from 1)."""

    line: int
    column: int
    expected_line: str
    actual_line: str
    summary: str  # in words: "line 2, column 5: expected '4', got '5'"

    @property
    def marker(self) -> str:
        """A caret under the column, to print under either line."""
        return " " * (self.column - 1) + "^"


@dataclass(frozen=True, slots=True)
class Explanation:
    kind: str  # "diagnostic", "trap", "limit", "test", "exit", "run"
    key: str  # the code, trap name, "trap_<n>", or status explained
    title: str
    what: str  # what happened, with the program's own facts
    cause: str  # why, in the Engine's or the compiler's terms
    next_step: str
    line: int | None = None
    column: int | None = None
    source_text: str = ""  # the program's line, as written
    test: str = ""  # the failing test's name, for a test's explanation
    difference: Difference | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def marker(self) -> str:
        """A caret under the column named, to print under the source line."""
        return " " * (self.column - 1) + "^" if self.column and self.source_text else ""

    def as_dict(self) -> dict[str, Any]:
        diff = self.difference
        return {
            "kind": self.kind,
            "key": self.key,
            "title": self.title,
            "what": self.what,
            "cause": self.cause,
            "next_step": self.next_step,
            "line": self.line,
            "column": self.column,
            "source_text": self.source_text,
            "test": self.test,
            "difference": None
            if diff is None
            else {
                "line": diff.line,
                "column": diff.column,
                "expected_line": diff.expected_line,
                "actual_line": diff.actual_line,
                "summary": diff.summary,
            },
            "notes": list(self.notes),
        }
