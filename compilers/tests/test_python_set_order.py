"""Differential testing of set order: random programs that build sets of ints and of tuples of ints by
every route the subset has (displays, comprehensions, set(), add, discard, remove, pop, update, copy,
clear, the operators and their in-place forms) and print them, run by CPython and by the Engine.

CPython prints a set in its hash table's slot order; ints and tuples of ints hash the same in every run,
so that order is deterministic and the Engine must print the same. (Strings hash differently in each
CPython run unless PYTHONHASHSEED fixes it: no test depends on the order of a set of strings.)
"""

from __future__ import annotations

import random
import subprocess

import pytest

from compilers import driver

NAMES = ["a", "b", "c"]


def value(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return str(rng.randint(-12, 40))
    if kind < 0.75:
        return str(rng.choice([rng.randint(-(10**6), 10**6), rng.randint(0, 10**18), -(10**25) - 7]))
    if kind < 0.9:
        return f"({rng.randint(-4, 4)}, {rng.randint(-4, 4)})"
    return rng.choice(["True", "False", "0", "1"])


def statement(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    other = rng.choice(NAMES)
    kind = rng.randrange(14)
    if kind == 0:
        return f"{name} = {{{', '.join(value(rng) for _ in range(rng.randint(1, 9)))}}}"
    if kind == 1:
        start, stop = rng.randint(-20, 0), rng.randint(1, 30)
        return f"{name} = {{x * {rng.randint(1, 9)} for x in range({start}, {stop})}}"
    if kind == 2:
        return f"{name} = set([{', '.join(value(rng) for _ in range(rng.randint(0, 12)))}])"
    if kind == 3:
        return "; ".join(f"{name}.add({value(rng)})" for _ in range(rng.randint(1, 6)))
    if kind == 4:
        return f"{name}.discard({value(rng)}); {name}.discard(next(iter({name}), 0))"
    if kind == 5:
        return f"print([{name}.pop() for _ in range(min(len({name}), {rng.randint(1, 3)}))])"
    if kind == 6:
        return f"{name}.update({other}, [{value(rng)}, {value(rng)}])"
    if kind == 7:
        return f"{name} = {other}.copy()"
    if kind == 8:
        return f"{name}.clear(); {name}.add({value(rng)})"
    if kind == 9:
        return f"{name} = set({{{value(rng)}: 1, {value(rng)}: 2, {value(rng)}: 3}})"
    if kind in (10, 11):
        op = rng.choice("|&-^")
        return f"{name} = {name} {op} {other}"
    if kind == 12:
        op = rng.choice("|&-^")
        return f"{name} {op}= {other}"
    return f"{name} = {name} | {{{value(rng)}, {value(rng)}, {value(rng)}}}"


def program(seed: int, count: int = 60) -> str:
    rng = random.Random(seed)
    lines = [f"{name} = set()" for name in NAMES]
    for _ in range(count):
        lines.append(statement(rng))
        lines.append(f"print({', '.join(NAMES)})")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", [1822, 1834, 1843, 1871])
def test_random_set_programs_print_sets_in_cpythons_order(seed: int) -> None:
    source = program(seed)
    reference = subprocess.run(["python3", "-c", source], capture_output=True, text=True, timeout=60)
    assert reference.returncode == 0, reference.stderr
    result = driver.compile("python", source, driver.CompileOptions(opt_level=1), filename="sets.py")
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result, max_steps=50_000_000)
    assert run.status == "halted", run.message
    assert run.output == reference.stdout, source
