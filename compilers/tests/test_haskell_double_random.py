"""Differential testing of Haskell's Double against GHC 9.0.2: random doubles of every shape (any bit
pattern, short decimals, integers, subnormals, neighbours of powers of ten and two: the Python tests'
random_double) printed with show, and the results of arithmetic and sqrt on them, so that a wrong
digit, a missing one or a wrong notation shows. The expected output is GHC's (cached by content in
the reference cache, as the harness caches it); the programs run in the IR interpreter, one of them on
the Engine too.
"""

from __future__ import annotations

import random

import pytest

from compilers import driver, registry
from compilers.ir import interpret
from compilers.runtime import link
from compilers.tests.harness import ReferenceRunner, outcome_or_fail
from compilers.tests.harness.oracles import front_end
from compilers.tests.test_python_float_random import random_double


def literal(x: float) -> str:
    """A Haskell literal of the double (repr's digits read back as it; a negative one in parentheses)."""
    text = repr(abs(x))
    return f"(-{text})" if x < 0 or str(x).startswith("-") else text


def program(seed: int, count: int) -> str:
    rng = random.Random(seed)
    values = [random_double(rng) for _ in range(count)]
    items = ",\n  ".join(literal(v) for v in values)
    return (
        f"xs :: [Double]\nxs =\n  [ {items}\n  ]\n\n"
        "main :: IO ()\n"
        "main = mapM_ (\\x -> print (x, x / 7, x * 3 + 1, sqrt (abs x))) xs\n"
    )


def ghc_output(source: str) -> str:
    language = registry.get("haskell")
    assert language is not None and language.reference is not None
    found = outcome_or_fail(ReferenceRunner(), language.reference, source, "random.hs", "")
    assert found.status == "exited" and found.exit_status == 0, found.stderr_last
    return found.stdout


def interpreted(source: str, max_steps: int) -> str:
    module, diags = front_end("haskell", source, "random.hs")
    assert module is not None, diags.render(source)
    run = interpret(link(module, namespace="sf"), max_steps=max_steps, store_size=1_000_000)
    assert run.status == "halted", run.message
    return run.output


# 240 doubles, 960 values shown; compilers/bench/haskell_double_show.py checks thousands.
@pytest.mark.parametrize("seed", [1843, 1991])
def test_random_doubles_show_as_ghc_shows_them(seed: int) -> None:
    source = program(seed, 120)
    assert interpreted(source, 400_000_000) == ghc_output(source)


def test_random_doubles_on_the_engine() -> None:
    source = program(1815, 40)
    result = driver.compile("haskell", source, driver.CompileOptions(opt_level=1), filename="random.hs")
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result, max_steps=100_000_000)
    assert run.status == "halted", run.message
    assert run.output == ghc_output(source)
