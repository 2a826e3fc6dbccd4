"""Every language that runs has an example program for the playground and the explorer, and each runs on
the Engine with the output worked by hand: gcd(1071, 462) = 21 (1071 = 2*462 + 147, 462 = 3*147 + 21,
147 = 7*21); the card language's example adds and subtracts, 1071 + 462 = 1533, 1071 - 462 = 609."""

from __future__ import annotations

import pytest

from compilers import driver, registry
from compilers.examples import example, examples

EXPECTED = {
    "assembly": "21\n",
    "cards": "1533\n609\n",
    "c": "21\n",
    "python": "21\n",
    "lisp": "\n21 ",  # print: a newline, the value, a space (as SBCL prints)
    "java": "21\n",
    "haskell": "21\n",
    "systemf": "21\n",
    "idris": "21\n",
}


def test_every_language_that_runs_has_an_example() -> None:
    runnable = [language.key for language in registry.LANGUAGES if language.available]
    assert [key for key in runnable if not example(key)] == []
    assert list(examples()) == [key for key in (lang.key for lang in registry.LANGUAGES) if example(key)]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_each_example_runs_with_its_output(key: str) -> None:
    if not registry.get(key).available:  # type: ignore[union-attr]
        pytest.fail(f"{key} has an example but cannot run")
    result = driver.compile(key, example(key))
    assert result.ok, result.render_diagnostics()
    outcome = driver.run_compiled(result)
    assert (outcome.output, outcome.exit_status()) == (EXPECTED[key], 0)


def test_an_unknown_language_has_no_example() -> None:
    assert example("cobol") == ""
