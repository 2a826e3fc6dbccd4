"""Differential testing of Python's integer, comparison and string semantics: random expressions, printed
by one program that CPython and the Engine both run (and the IR interpreter).

The generator evaluates each subexpression with the host Python as it builds it and keeps intermediate
values under 10^40, far inside the Engine's 50-digit words (ints are held as 2n+1). A division or modulo
by zero, or a type error, is not avoided: each expression is printed inside try/except that prints the
exception's class name, so raising the right exception is compared too. The expected output comes from
CPython alone.
"""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from compilers import driver
from compilers.ir import interpret
from compilers.runtime import link
from compilers.tests.harness.oracles import front_end

LIMIT = 10**40
INT_OPS = ["+", "-", "*", "//", "%", "**", "&", "|", "^", "<<", ">>"]
COMPARE = ["<", "<=", ">", ">=", "==", "!="]
WORDS = ["", "a", "ab", "Engine", "mill", "store", "card", "Ada", "ABC", "x y", " pad "]


class Skip(Exception):
    """An expression the generator does not use: an intermediate value too near the Engine's word size,
    or an exception raised inside a larger expression. The generator tries another."""


def checked(value: object) -> object:
    if isinstance(value, int) and abs(value) > LIMIT:
        raise Skip
    if isinstance(value, str) and len(value) > 60:
        raise Skip
    return value


def int_expr(rng: random.Random, depth: int) -> tuple[str, object]:
    if depth == 0 or rng.random() < 0.25:
        n = rng.choice([rng.randint(-20, 20), rng.randint(-(10**6), 10**6), rng.randint(-(10**15), 10**15)])
        text = str(n) if n >= 0 else f"({n})"
        return text, n
    kind = rng.random()
    if kind < 0.1:
        text, value = int_expr(rng, depth - 1)
        if value is ZeroDivisionError:
            raise Skip
        op = rng.choice(["-", "~", "+"])
        return f"({op}{text})", checked(eval(f"{op}({value})"))
    if kind < 0.15:
        text, value = bool_expr(rng, depth - 1)
        return f"({text} + 0)", value + 0  # type: ignore[operator]
    op = rng.choice(INT_OPS)
    left_text, left = int_expr(rng, depth - 1)
    right_text, right = int_expr(rng, depth - 1)
    if op == "**":
        right = rng.randint(0, 6)
        right_text = str(right)
    if op in ("<<", ">>"):
        right = rng.randint(0, 40)
        right_text = str(right)
    text = f"({left_text} {op} {right_text})"
    if left is ZeroDivisionError or right is ZeroDivisionError:
        raise Skip
    try:
        value = eval(f"({left}) {op} ({right})")
    except ZeroDivisionError:
        return text, ZeroDivisionError  # raised at the top: printed as its class name
    return text, checked(value)


def bool_expr(rng: random.Random, depth: int) -> tuple[str, object]:
    if rng.random() < 0.5:
        ops = [rng.choice(COMPARE) for _ in range(rng.randint(1, 3))]
        parts = [int_expr(rng, max(depth - 1, 0)) for _ in range(len(ops) + 1)]
    else:
        ops = [rng.choice([*COMPARE, "in", "not in"]) if i == 0 else rng.choice(COMPARE) for i in range(1)]
        parts = [str_expr(rng, max(depth - 1, 0)) for _ in range(2)]
    if any(value is ZeroDivisionError for _, value in parts):
        raise Skip
    text = parts[0][0] + "".join(f" {op} {t}" for op, (t, _) in zip(ops, parts[1:], strict=True))
    values = [repr(v) for _, v in parts]
    source = values[0] + "".join(f" {op} {v}" for op, v in zip(ops, values[1:], strict=True))
    value = eval(source)
    if rng.random() < 0.3:
        other_text, other = int_expr(rng, 0)
        word = rng.choice(["and", "or"])
        return f"({text} {word} {other_text})", eval(f"({source}) {word} ({other})")
    return f"({text})", value


def str_expr(rng: random.Random, depth: int) -> tuple[str, object]:
    if depth == 0 or rng.random() < 0.3:
        word = rng.choice(WORDS)
        return repr(word), word
    kind = rng.choice(["concat", "repeat", "slice", "index", "method", "join", "fstring"])
    text, value = str_expr(rng, depth - 1)
    if not isinstance(value, str):
        raise Skip  # a method's bool, int or list result inside a larger string expression
    if kind == "concat":
        other_text, other = str_expr(rng, depth - 1)
        return f"({text} + {other_text})", checked(value + str(other))
    if kind == "repeat":
        n = rng.randint(-1, 3)
        return f"({text} * {n})", checked(value * n)
    if kind == "slice":
        a, b, c = rng.randint(-5, 5), rng.randint(-5, 5), rng.choice([1, 2, -1, -2])
        return f"{text}[{a}:{b}:{c}]", value[a:b:c]
    if kind == "index":
        i = rng.randint(-4, 4)
        if not -len(value) <= i < len(value):
            raise Skip  # an IndexError is tested by the programs; here it would end the expression
        return f"{text}[{i}]", value[i]
    if kind == "method":
        method = rng.choice(
            [
                "upper()",
                "lower()",
                "strip()",
                "title()",
                "replace('a', 'xy')",
                "split()",
                "find('a')",
                "count('a')",
                "startswith('A')",
                "endswith('e')",
                "isalpha()",
            ]
        )
        return f"{text}.{method}", eval(f"{value!r}.{method}")
    if kind == "join":
        return f"'-'.join({text})", "-".join(value)
    n_text, width = int_expr(rng, 0)
    assert isinstance(width, int)
    if '"' in text:  # an f-string inside an f-string with the same quotes needs Python 3.12
        return f'"<{{}}|{{:>5}}>".format({text}, {n_text})', f"<{value}|{width:>5}>"
    return f'f"<{{{text}}}|{{{n_text}:>5}}>"', f"<{value}|{width:>5}>"


def program(seed: int, count: int = 40) -> str:
    rng = random.Random(seed)
    lines: list[str] = []
    while len(lines) < count:
        make = rng.choice([int_expr, int_expr, bool_expr, str_expr])
        try:
            text, _value = make(rng, 3)
        except (Skip, TypeError, ValueError):
            continue
        lines.append(f"try:\n    print({text})\nexcept Exception as e:\n    print(e.__class__.__name__)\n")
    return "".join(lines)


def cpython(source: str) -> str:
    done = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def assert_agrees_with_cpython(source: str, filename: str, max_steps: int) -> None:
    """The program prints what CPython prints, on the Engine at -O1 and in the IR interpreter."""
    expected = cpython(source)
    result = driver.compile("python", source, driver.CompileOptions(opt_level=1), filename=filename)
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result, max_steps=max_steps)
    assert run.status == "halted", run.message
    assert run.output == expected, source
    module, diags = front_end("python", source, filename)
    assert module is not None, diags.render(source)
    interpreted = interpret(link(module, namespace="py"), max_steps=max_steps, store_size=1_000_000)
    assert interpreted.output == expected


@pytest.mark.parametrize("seed", [1843, 1871, 1991])
def test_random_expressions_agree_with_cpython(seed: int) -> None:
    assert_agrees_with_cpython(program(seed), "random.py", 20_000_000)
