"""The judge: compile once, run every test case, compare outputs. Pure: no database, no Django.

Output comparison ignores trailing white space on every line and trailing blank lines at the end, and
nothing else. Hidden tests report pass or fail only: their input, expected and actual output never leave
the judge through `TestOutcome.public()`. A program's own exit status is recorded with each test and
shown, but does not decide it.

Card exercises (language "cards"): a test's input is a set of number cards (lines such as `N001 17`)
placed before the student's deck, the convention the course's authors use to give the Engine its data.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from babbage.result import HALTED, RunResult
from execution import toolchain

# Test and overall verdicts. A test's status is "passed" or one of the failure verdicts.
PASSED = "passed"
ACCEPTED = "accepted"
WRONG_ANSWER = "wrong_answer"
COMPILE_ERROR = "compile_error"
RUNTIME_ERROR = "runtime_error"
BUDGET_EXHAUSTED = "budget_exhausted"
OUTPUT_LIMIT = "output_limit"
TIME_LIMIT = "time_limit"
INTERNAL_ERROR = "internal_error"

CARDS = "cards"


@dataclass(frozen=True, slots=True)
class TestSpec:
    name: str
    input: str
    expected_output: str
    is_visible: bool = True


@dataclass(slots=True)
class TestOutcome:
    name: str
    status: str
    visible: bool
    input: str
    expected: str
    actual: str
    message: str = ""
    trap: str = ""
    trap_line: int | None = None
    instructions: int = 0
    simulated_seconds: float = 0.0
    exit_status: int | None = None  # the program's own (RunResult.program_status)

    @property
    def passed(self) -> bool:
        return self.status == PASSED

    def as_dict(self) -> dict[str, Any]:
        """Everything, for instructors (the admin's reference check)."""
        return {
            "name": self.name,
            "status": self.status,
            "visible": self.visible,
            "input": self.input,
            "expected": self.expected,
            "actual": self.actual,
            "message": self.message,
            "trap": self.trap,
            "trap_line": self.trap_line,
            "instructions": self.instructions,
            "simulated_seconds": self.simulated_seconds,
            "exit_status": self.exit_status,
        }

    def public(self) -> dict[str, Any]:
        """What a student may see. A hidden test is told as passed or failed, and how it failed, only:
        nothing measured from its run (instructions, Engine time, exit status, where it stopped), which
        a program could make depend on the hidden input and so read it back."""
        if self.visible:
            return self.as_dict()
        return {
            "name": self.name,
            "status": self.status,
            "visible": False,
            "message": _hidden_message(self.status),
        }


@dataclass(slots=True)
class Judgement:
    verdict: str
    tests: list[TestOutcome]
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    compiled: Any = None  # the student's program, compiled (artifacts for the page), None on no compile
    statistics: dict[str, Any] = field(
        default_factory=dict
    )  # over every test, rounded (submission_statistics)
    message: str = ""
    exit_status: int | None = None  # the program's own, in the test that decided the verdict if it is visible

    @property
    def first_failure(self) -> TestOutcome | None:
        return next((t for t in self.tests if not t.passed), None)


def test_label(status: str) -> str:
    """A test's status in words: "Passed", or the failing run's status label ("Wrong answer", ...)."""
    from execution.models import RunStatus

    return "Passed" if status == PASSED else RunStatus(status).label


def visible_failures(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every visible test that failed, in order, from a submission's stored results (TestOutcome.public()
    of each): a hidden test's data is never there to show."""
    return [r for r in results if r.get("visible") and r.get("status") != PASSED]


def normalise_output(text: str) -> str:
    """Trailing white space trimmed on every line, and trailing blank lines dropped."""
    return "\n".join(line.rstrip() for line in text.splitlines()).rstrip("\n")


def outputs_match(expected: str, actual: str) -> bool:
    return normalise_output(expected) == normalise_output(actual)


def result_status(result: RunResult) -> str:
    """The verdict of one finished Engine run, before its output is compared."""
    if result.status == HALTED:
        return PASSED
    if result.status in (BUDGET_EXHAUSTED, OUTPUT_LIMIT):
        return result.status
    return RUNTIME_ERROR


def judge(
    language: str,
    source: str,
    tests: Sequence[TestSpec],
    limits: toolchain.Limits,
    *,
    on_compiled: Callable[[Any], None] | None = None,
    on_test: Callable[[int, TestOutcome], None] | None = None,
) -> Judgement:
    """Compile once, run every test in order; the verdict is that of the first failing test."""
    compiled = toolchain.compile_program(language, source, store_size=limits.store_size)
    diagnostics = [d.as_dict() for d in compiled.diagnostics]
    if not compiled.ok:
        first = next((d for d in diagnostics if d.get("severity") == "error"), None)
        message = str(first["message"]) if first else "The program does not compile."
        return Judgement(COMPILE_ERROR, [], diagnostics, compiled, message=message)
    if on_compiled is not None:
        on_compiled(compiled)
    outcomes: list[TestOutcome] = []
    results: list[RunResult | None] = []
    for index, test in enumerate(tests):
        outcome, result = _run_test(language, source, compiled, test, limits)
        outcomes.append(outcome)
        results.append(result)
        if on_test is not None:
            on_test(index, outcome)
    failure = next((i for i, t in enumerate(outcomes) if not t.passed), None)
    statistics = submission_statistics(results, all_visible=all(t.visible for t in outcomes))
    # The exit status shown is that of the test that decided the verdict (the first one when accepted),
    # when the student may see that test.
    index = failure if failure is not None else 0
    deciding = results[index] if results and outcomes[index].visible else None
    exit_status = deciding.program_status if deciding is not None else None
    if failure is None:
        return Judgement(ACCEPTED, outcomes, diagnostics, compiled, statistics, exit_status=exit_status)
    failed = outcomes[failure]
    return Judgement(
        failed.status,
        outcomes,
        diagnostics,
        compiled,
        statistics,
        f"{failed.name}: {failed.message}",
        exit_status,
    )


# Figures over several tests are given to two significant digits: a difference of a few instructions in a
# hidden test, which a program could make depend on its input, does not show in them.
SIGNIFICANT_DIGITS = 2
_SUMMED = ("instructions", "store_reads", "store_writes", "cards_read", "cards_passed", "simulated_seconds")
_GREATEST = ("max_stack_depth", "heap_high_water", "store_size", "columns_used")


def submission_statistics(results: Sequence[RunResult | None], *, all_visible: bool) -> dict[str, Any]:
    """The statistics of a submission: over all its tests together (sums of counts and time, the greatest
    Store, stack and heap), every figure rounded. The time by line is given only when no test is hidden."""
    stats = [result.stats for result in results if result is not None]
    if not stats:
        return {}
    total: dict[str, Any] = {"tests": len(stats), "profile": stats[0].profile}
    for key in _SUMMED:
        total[key] = rounded(sum(getattr(s, key) for s in stats))
    for key in _GREATEST:
        total[key] = rounded(max(getattr(s, key) for s in stats))
    mill: dict[str, int] = {}
    by_line: dict[int, float] = {}
    for s in stats:
        for kind, count in s.mill_operations.items():
            mill[kind] = mill.get(kind, 0) + count
        for line, seconds in s.seconds_by_line.items() if all_visible else ():
            by_line[line] = by_line.get(line, 0.0) + seconds
    total["mill_operations"] = {kind: rounded(count) for kind, count in sorted(mill.items())}
    total["seconds_by_line"] = {str(line): rounded(seconds) for line, seconds in sorted(by_line.items())}
    return total


def rounded[N: (int, float)](value: N) -> N:
    """`value` to SIGNIFICANT_DIGITS significant digits (0 and the negative "none" sentinels as they are)."""
    if value <= 0:
        return value
    return round(value, SIGNIFICANT_DIGITS - 1 - math.floor(math.log10(value)))


def _run_test(
    language: str, source: str, compiled: Any, test: TestSpec, limits: toolchain.Limits
) -> tuple[TestOutcome, RunResult | None]:
    program = compiled
    deck, stdin = program_with_input(language, source, test.input)
    if deck != source:
        program = toolchain.compile_program(language, deck, store_size=limits.store_size)
        if not program.ok:
            message = "; ".join(d.message for d in program.diagnostics) or "the test's cards do not load"
            return _outcome(
                test, INTERNAL_ERROR, "", f"The test's cards could not be loaded: {message}"
            ), None
    result = toolchain.run_program(program, stdin=stdin, limits=limits)
    status = result_status(result)
    if status == PASSED and not outputs_match(test.expected_output, result.output):
        status = WRONG_ANSWER
    outcome = _outcome(test, status, result.output, _message(status, result))
    outcome.trap = result.status if status != PASSED and result.status != HALTED else ""
    outcome.trap_line = toolchain.program_line(result) if outcome.trap else None
    outcome.instructions = result.stats.instructions
    outcome.simulated_seconds = result.stats.simulated_seconds
    outcome.exit_status = result.program_status
    return outcome, result


def program_with_input(language: str, source: str, given: str) -> tuple[str, str]:
    """(program, stdin) for a run with that input: a card deck takes its input as number cards in front."""
    if language != CARDS:
        return source, given
    cards = given.strip("\n")
    return (f"{cards}\n{source}" if cards else source), ""


def _outcome(test: TestSpec, status: str, actual: str, message: str) -> TestOutcome:
    return TestOutcome(
        name=test.name,
        status=status,
        visible=test.is_visible,
        input=test.input,
        expected=test.expected_output,
        actual=actual,
        message=message,
    )


def _message(status: str, result: RunResult) -> str:
    if status == PASSED:
        return ""
    if status == WRONG_ANSWER:
        return "The output differs from the expected output."
    line = toolchain.program_line(result)
    where = f" at line {line}" if line else ""
    if status == BUDGET_EXHAUSTED:
        return f"The program used its whole instruction budget{where} (an endless loop?)."
    if status == OUTPUT_LIMIT:
        return "The program printed more than the output limit allows."
    return f"The Engine stopped with {result.status}{where}: {result.message}".rstrip(": ")


def _hidden_message(status: str) -> str:
    if status == PASSED:
        return ""
    return {
        WRONG_ANSWER: "A hidden test gave a different output.",
        RUNTIME_ERROR: "The program stopped with an error on a hidden test.",
        BUDGET_EXHAUSTED: "The program ran out of instructions on a hidden test.",
        OUTPUT_LIMIT: "The program printed too much on a hidden test.",
    }.get(status, "A hidden test failed.")
