"""The deterministic explainer: every diagnostic, trap, limit and failing test of a run, explained from the
program's own facts (its line as written, the name the message quotes, the outputs and their first
difference, the trap's cause on the Engine) with a next step for its language. No network, no Django."""

from __future__ import annotations

import re
from typing import Any

from execution.explain.catalog import DIAGNOSTICS, STATUSES, TRAP_NUMBERS, TRAPS, Advice
from execution.explain.difference import first_difference
from execution.explain.facts import Explanation, RunFacts, TestFacts
from execution.judge import normalise_output

# The name a message is about: 'y' or `y` in the message, or javac's "symbol: variable y".
_QUOTED = re.compile(r"'([^'\n]{1,60})'|`([^`\n]{1,60})`|symbol:\s+(?:\w+\s+)?(\w+)")
_TRAP_NUMBER = re.compile(r"\bTRAP (\d+)\b")

# Said of a failing test whose data is hidden: the student cannot see it, so the step is about cases.
_HIDDEN_STEP = (
    "A hidden test tries a case the visible tests do not show. Think of the edges: empty input, 0, one "
    "item, negative numbers, the largest value the exercise allows; run your program on them in the "
    "playground."
)
# What ends a line of output, by language: for a difference in newlines.
_NEWLINES = {
    "c": 'printf prints exactly what it is given: end each line with "\\n".',
    "python": "print() ends each line with a newline; print(x, end='') stays on the line.",
    "java": "System.out.println ends the line; System.out.print does not.",
    "lisp": '(format t "~a~%" x) ends the line with ~%; print starts a new line before its value.',
    "haskell": "putStrLn ends the line; putStr does not.",
    "idris": "putStrLn ends the line; putStr does not.",
    "assembly": "PRINT a newline character (10) after each line.",
    "cards": "The printer starts a new line for each number printed.",
}
# How each language prints, to point a wrong answer at the program's own lines that print.
_PRINTS = {
    "c": ("printf", "puts", "putchar"),
    "python": ("print(",),
    "java": ("System.out.",),
    "lisp": ("format ", "print", "princ", "write", "terpri"),
    "haskell": ("putStr", "print"),
    "idris": ("putStr", "printLn"),
    "systemf": ("print",),
    "assembly": ("PRINT",),
    "cards": ("P",),
}
# At most this many of those lines are named.
_PRINT_LINES = 3
_GENERIC = Advice(
    "The compiler reported a problem",
    "The compiler found something it cannot accept here.",
    "Read the message and the marked line.",
)


def explain(facts: RunFacts) -> list[Explanation]:
    """Every explanation the run calls for, the most useful first; empty for a run that went well."""
    explanations = [_diagnostic(facts, d) for d in facts.diagnostics if d.get("severity") == "error"]
    if facts.tests:
        explanations.extend(_test(facts, t) for t in facts.tests if t.status not in ("passed", ""))
    elif facts.status in ("runtime_error", "budget_exhausted", "output_limit"):
        explanations.append(
            _trap(facts, facts.trap or facts.status, facts.trap_message, facts.trap_line, test="")
        )
    elif facts.status in STATUSES:
        advice = STATUSES[facts.status]
        explanations.append(
            Explanation(
                "run",
                facts.status,
                advice.title,
                advice.title + ".",
                advice.cause,
                advice.step_for(facts.language),
            )
        )
    elif facts.status == "completed" and facts.exit_status:
        advice = STATUSES["exit_status"]
        what = f"The program ran to its end with exit status {facts.exit_status}."
        explanations.append(
            Explanation(
                "exit", "exit_status", advice.title, what, advice.cause, advice.step_for(facts.language)
            )
        )
    return explanations


def diagnostic_advice(code: str) -> Advice:
    return DIAGNOSTICS.get(code, _GENERIC)


def trap_advice(trap: str, message: str = "") -> tuple[str, Advice]:
    """The key and advice of a trap: TRAP n by its number when the message names one."""
    number = _TRAP_NUMBER.search(message)
    if trap == "trap" and number and int(number.group(1)) in TRAP_NUMBERS:
        return f"trap_{number.group(1)}", TRAP_NUMBERS[int(number.group(1))]
    if trap == "trap" and "Traceback" in message:  # an uncaught exception's report replaces TRAP 4's text
        return "trap_4", TRAP_NUMBERS[4]
    return trap, TRAPS.get(trap, TRAPS["trap"])


def _diagnostic(facts: RunFacts, d: dict[str, object]) -> Explanation:
    code = str(d.get("code", ""))
    message = str(d.get("message", ""))
    line = _int(d.get("line"))
    column = _int(d.get("column"))
    advice = diagnostic_advice(code)
    text = facts.source_line(line)
    where = f"Line {line}, column {column}" if line else "The program"
    what = f"{where}: {message.splitlines()[0] if message else advice.title}."
    name = _named(message)
    if name and text and name in text:
        what += f" It names `{name}`, on the line `{text.strip()}`."
    elif name:
        what += f" It is about `{name}`."
    raw_notes = d.get("notes")
    notes = tuple(
        str(n.get("message", ""))
        for n in (raw_notes if isinstance(raw_notes, list) else [])
        if isinstance(n, dict)
    )
    return _advised(
        advice, facts, "diagnostic", code, what, line=line, column=column, source_text=text, notes=notes
    )


def _trap(facts: RunFacts, trap: str, message: str, line: int | None, *, test: str) -> Explanation:
    key, advice = trap_advice(trap, message)
    text = facts.source_line(line)
    where = (
        f" at line {line} (`{text.strip()}`)"
        if line and text.strip()
        else (f" at line {line}" if line else "")
    )
    if trap == "budget_exhausted":
        budget = f" all {facts.max_steps:,} instructions of its budget" if facts.max_steps else " its budget"
        what = f"The Engine stopped after executing{budget}; it was{where or ' running'} then."
    elif trap == "output_limit":
        limit = f" {facts.max_output:,} characters" if facts.max_output else " its limit"
        what = f"The program printed{limit}, the most a run may print, and the Engine stopped it."
    else:
        said = message.strip().splitlines()[-1] if message.strip() else advice.title
        what = f"The Engine stopped with `{trap}`{where}: {said}."
    kind = "limit" if trap in ("budget_exhausted", "output_limit") else "trap"
    return _advised(advice, facts, kind, key, what, line=line, source_text=text, test=test)


def _test(facts: RunFacts, t: TestFacts) -> Explanation:
    if not t.visible:
        what = f"Hidden test {t.name}: {t.message or 'it failed'}"
        return Explanation(
            "test",
            t.status,
            f"Hidden test {t.name} failed",
            what,
            "Its input and expected output are not shown, so that a program cannot be written to fit them.",
            _HIDDEN_STEP,
            test=t.name,
        )
    if t.status in STATUSES and t.status != "wrong_answer":  # the site's fault, or the worker's clock
        advice = STATUSES[t.status]
        what = f"Test {t.name}: {t.message or advice.title}"
        return _advised(advice, facts, "test", t.status, what, test=t.name)
    if t.status == "wrong_answer":
        advice = STATUSES["wrong_answer"]
        # Compared as the judge compares them: spaces at the ends of lines and blank lines at the end
        # are not differences.
        diff = first_difference(normalise_output(t.expected), normalise_output(t.actual))
        given = f" with input {t.input.strip()!r}" if t.input.strip() else ""
        what = f"Test {t.name}{given}: {diff.summary if diff else 'the outputs differ'}."
        step = advice.step_for(facts.language)
        if diff and "end of the line" in diff.summary and facts.language in _NEWLINES:
            step = f"{step} {_NEWLINES[facts.language]}"
        return Explanation(
            "test",
            "wrong_answer",
            f"Test {t.name}: {advice.title.lower()}",
            what,
            advice.cause,
            step,
            test=t.name,
            difference=diff,
            notes=_printing_lines(facts),
        )
    trap = t.trap or t.status
    explained = _trap(facts, trap, t.message, t.trap_line, test=t.name)
    given = f" (input {t.input.strip()!r})" if t.input.strip() else ""
    return Explanation(
        explained.kind,
        explained.key,
        f"Test {t.name}: {explained.title.lower()}",
        f"On test {t.name}{given}: {explained.what}",
        explained.cause,
        explained.next_step,
        line=explained.line,
        source_text=explained.source_text,
        test=t.name,
    )


def _advised(advice: Advice, facts: RunFacts, kind: str, key: str, what: str, **where: Any) -> Explanation:
    """An explanation whose title, cause and next step (for the program's language) are the advice's."""
    return Explanation(kind, key, advice.title, what, advice.cause, advice.step_for(facts.language), **where)


def _printing_lines(facts: RunFacts) -> tuple[str, ...]:
    """The program's lines that print (by the language's ways of printing), so the student knows where
    to look; none for a language whose programs print in no way listed."""
    words = _PRINTS.get(facts.language, ())
    found = [
        (number, line.strip())
        for number, line in enumerate(facts.source.splitlines(), start=1)
        if words and any(word in line for word in words) and line.strip()
    ]
    if facts.language == "cards":  # a printing card is one letter P, alone
        found = [(n, text) for n, text in found if text.split()[0] == "P"]
    if not found:
        return ()
    shown = ", ".join(f"line {n} `{text}`" for n, text in found[:_PRINT_LINES])
    more = f" and {len(found) - _PRINT_LINES} more" if len(found) > _PRINT_LINES else ""
    return (f"Your program prints at {shown}{more}.",)


def _named(message: str) -> str:
    match = _QUOTED.search(message)
    return next((g for g in match.groups() if g), "") if match else ""


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
