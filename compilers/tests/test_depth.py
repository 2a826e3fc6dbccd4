"""Deep and long programs compile through every stage (compilers/depth.py): nesting 1,000 levels deep of
every kind and a flat expression of CHAIN_LIMIT operators, at -O0 and -O1, printing what gcc's build
prints; past the limits, one diagnostic that names the limit at the construct that passes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from compilers import driver, registry
from compilers.depth import CHAIN_LIMIT, NESTING_LIMIT, RECURSION_LIMIT
from compilers.tests.harness import ReferenceRunner, outcome_or_fail

LEVELS = 1_000
TERMS = 2_000  # a long expression in the other languages (their code for a term is larger than C's)
REFERENCE = ReferenceRunner()
HEAD = "#include <stdio.h>\nint main(void) {\n    int a = 1, x = 0, y = 0;\n"
TAIL = '    printf("%d %d\\n", x, y);\n    return 0;\n}\n'


def _program(body: str) -> str:
    return HEAD + body + TAIL


def _nested(open_: Callable[[int], str], middle: str, close: str, n: int = LEVELS) -> str:
    return "".join(open_(i) for i in range(n)) + middle + close * n


BODIES: dict[str, str] = {
    "parentheses": "    x = " + "(" * LEVELS + "a" + ")" * LEVELS + ";\n",
    "parenthesised_sums": "    x = " + "(a + " * LEVELS + "a" + ")" * LEVELS + ";\n",
    "flat_sum": "    x = " + " + ".join(["a"] * CHAIN_LIMIT) + ";\n",
    "flat_and_or": "    x = "
    + " && ".join(["a"] * LEVELS)
    + ";\n    if ("
    + " || ".join(["!a"] * LEVELS)
    + ") y = 1;\n",
    "if_blocks": _nested(lambda i: f"    if (a > {-i}) {{\n", "    y = 1;\n", "    }\n"),
    "if_without_braces": _nested(lambda i: f"    if (a > {-i})\n", "    y = 1;\n", ""),
    "blocks": _nested(lambda i: "    {\n", "    y = 1;\n", "    }\n"),
    "while_loops": _nested(lambda i: f"    while (a > {-i}) {{\n", "    y = 1; a = -99999;\n", "    }\n"),
    "else_if_chain": "    if (a == 0) y = 0;\n"
    + "".join(f"    else if (a == {i}) y = {i};\n" for i in range(1, LEVELS)),
    "conditional_chain": "    y = " + "".join(f"a == {i} ? {i} : " for i in range(LEVELS)) + "-1;\n",
    "unary_minus": "    x = " + "- " * LEVELS + "a;\n",
    "logical_not": "    x = " + "!" * LEVELS + "a;\n",
    "assignment_chain": "    int "
    + ", ".join(f"v{i}" for i in range(LEVELS))
    + ";\n    x = "
    + " = ".join(f"v{i}" for i in range(LEVELS))
    + " = a;\n",
}


@pytest.mark.parametrize("kind", sorted(BODIES))
def test_deep_and_long_programs_print_what_gcc_prints(kind: str) -> None:
    source = _program(BODIES[kind])
    reference = registry.get("c")
    assert reference is not None and reference.reference is not None
    expected = outcome_or_fail(REFERENCE, reference.reference, source, f"{kind}.c", "")
    assert (expected.status, expected.exit_status) == ("exited", 0)
    for opt_level in (0, 1):
        result = driver.compile("c", source, driver.CompileOptions(opt_level=opt_level), filename=f"{kind}.c")
        assert result.ok, result.render_diagnostics()[:2000]
        run = driver.run_compiled(result)
        assert (run.status, run.output) == ("halted", expected.stdout), (opt_level, run.message)


def _only_error(source: str) -> tuple[int, int, str]:
    result = driver.compile("c", source, driver.CompileOptions(opt_level=0), filename="deep.c")
    assert not result.ok
    [error] = result.diagnostics
    assert error.code == "limit"
    return error.span.line, error.span.column, error.message


def test_brackets_past_the_limit_are_one_diagnostic_at_the_bracket() -> None:
    # main's brace is level 1, so the parenthesis that passes the limit is the NESTING_LIMIT-th.
    line, column, message = _only_error(
        _program("    x = " + "(" * NESTING_LIMIT + "a" + ")" * NESTING_LIMIT + ";\n")
    )
    assert (line, column) == (4, len("    x = ") + NESTING_LIMIT)
    assert f"more than {NESTING_LIMIT:,} deep (the compiler's limit)" in message


def test_a_flat_expression_past_the_limit_is_a_diagnostic_at_the_operator() -> None:
    line, column, message = _only_error(_program("    x = " + " + ".join(["a"] * (CHAIN_LIMIT + 2)) + ";\n"))
    # The operator after CHAIN_LIMIT of them, after term CHAIN_LIMIT (from 0): the terms start in column 9
    # and "a + " is four characters a term, the operator two into it.
    assert (line, column) == (4, 9 + CHAIN_LIMIT * 4 + 2)
    assert f"more than {CHAIN_LIMIT:,} binary operators in a row (the compiler's limit)" in message


def test_nesting_past_the_recursion_limit_is_a_diagnostic_at_its_line() -> None:
    # 100,000 unary minuses: no bracket, one operator each; the parser runs out of its frames in them.
    line, _column, message = _only_error(_program("\n    x = " + "- " * 100_000 + "a;\n"))
    assert line == 5
    assert f"nests too deeply here for the compiler ({RECURSION_LIMIT:,} levels of recursion)" in message


@pytest.mark.parametrize(
    ("lang", "source"),
    [
        (
            "python",
            "a = 1\nx = "
            + "(" * LEVELS
            + "a"
            + ")" * LEVELS
            + "\nprint(x, "
            + " + ".join(["a"] * TERMS)
            + ")\n",
        ),
        (
            "java",
            "public class Main { public static void main(String[] args) { int a = 1; int x = "
            + "(" * LEVELS
            + "a"
            + ")" * LEVELS
            + '; System.out.println(x + " " + ('
            + " + ".join(["a"] * TERMS)
            + ")); } }\n",
        ),
        (
            "lisp",
            '(defvar a 1)\n(format t "~a ~a~%" '
            + "(+ 0 " * LEVELS
            + "a"
            + ")" * LEVELS
            + " (+ "
            + " ".join(["a"] * TERMS)
            + "))\n",
        ),
    ],
)
def test_the_other_languages_compile_deep_and_long_expressions(lang: str, source: str) -> None:
    # 1,000 levels around a, which is 1; TERMS terms of 1 (by hand). CPython itself refuses more than 200
    # nested parentheses; this compiler takes them.
    result = driver.compile(lang, source, driver.CompileOptions(opt_level=0))
    assert result.ok, result.render_diagnostics()[:2000]
    assert driver.run_compiled(result).output == f"1 {TERMS}\n"


def test_a_language_without_its_own_limit_names_the_recursion_limit() -> None:
    # 60,000 nested parentheses in Python: its parser runs out of the compile's frames.
    result = driver.compile("python", "print(" + "(" * 60_000 + "1" + ")" * 60_000 + ")\n")
    [error] = result.diagnostics
    assert error.code == "limit"
    assert f"ran out of its {RECURSION_LIMIT:,} levels of recursion" in error.message
