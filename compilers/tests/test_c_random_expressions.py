"""Differential testing of C's integer semantics: random expressions mixing every integer type, casts,
promotions, the usual arithmetic conversions, division, shifts and bitwise operators, printed by one
program that gcc and the Engine both run.

The generator keeps clear of undefined behaviour (signed overflow, division by zero, shifts out of range)
with a small model of C's rules; the expected values come from gcc alone.
"""

from __future__ import annotations

import random
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from compilers.frontends.c.ctype import (
    CHAR,
    INT,
    LONG,
    SHORT,
    UCHAR,
    UINT,
    ULONG,
    CType,
    promote,
    usual_arithmetic,
)
from compilers.tests.c.runner import Expectations, front_end, run_engine, run_interpreter

TYPES: list[tuple[str, CType]] = [
    ("int", INT), ("unsigned", UINT), ("long", LONG), ("unsigned long", ULONG), ("short", SHORT),
    ("unsigned char", UCHAR), ("char", CHAR),
]  # fmt: skip
BINARY = ["+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "<", "==", ">=", "&&", "||"]


class Undefined(Exception):
    """The expression would be undefined behaviour in C: the generator tries another."""


@dataclass(frozen=True, slots=True)
class Value:
    text: str
    value: int
    ctype: CType


def in_range(value: int, ctype: CType) -> int:
    if not ctype.unsigned and ctype.wrap(value) != value:
        raise Undefined
    return ctype.wrap(value)


def leaf(rng: random.Random) -> Value:
    name, ctype = rng.choice(TYPES)
    raw = rng.choice([rng.randint(-300, 300), rng.randint(-(2**31), 2**31), rng.randint(0, 70000)])
    return Value(f"(({name}){raw}L)", ctype.wrap(raw), ctype)


def binary(op: str, a: Value, b: Value) -> Value:
    text = f"({a.text} {op} {b.text})"
    if op in ("&&", "||"):
        truth = (a.value != 0 and b.value != 0) if op == "&&" else (a.value != 0 or b.value != 0)
        return Value(text, int(truth), INT)
    if op in ("<<", ">>"):
        ctype = promote(a.ctype)
        count = b.value
        if count < 0 or count >= ctype.bits or (op == "<<" and a.value < 0):
            raise Undefined
        if op == ">>":
            return Value(text, a.value >> count, ctype)
        return Value(text, in_range(a.value << count, ctype), ctype)
    common = usual_arithmetic(a.ctype, b.ctype)
    left, right = common.wrap(a.value), common.wrap(b.value)
    if op in ("<", "==", ">="):
        return Value(text, int({"<": left < right, "==": left == right, ">=": left >= right}[op]), INT)
    if op in ("/", "%"):
        if right == 0:
            raise Undefined
        quotient = abs(left) // abs(right) * (1 if (left < 0) == (right < 0) else -1)
        result = quotient if op == "/" else left - right * quotient
    else:
        result = {"+": left + right, "-": left - right, "*": left * right, "&": left & right,
                  "|": left | right, "^": left ^ right}[op]  # fmt: skip
    return Value(text, in_range(result, common), common)


def expression(rng: random.Random, depth: int) -> Value:
    if depth == 0 or rng.random() < 0.25:
        return leaf(rng)
    choice = rng.random()
    if choice < 0.15:
        inner = expression(rng, depth - 1)
        name, ctype = rng.choice(TYPES)
        return Value(f"(({name}){inner.text})", ctype.wrap(inner.value), ctype)
    if choice < 0.3:
        inner = expression(rng, depth - 1)
        op = rng.choice(["-", "~", "!"])
        ctype = promote(inner.ctype)
        if op == "!":
            return Value(f"(!{inner.text})", int(inner.value == 0), INT)
        value = -inner.value if op == "-" else ~inner.value
        return Value(f"({op}{inner.text})", in_range(value, ctype) if op == "-" else ctype.wrap(value), ctype)
    op = rng.choice(BINARY)
    return binary(op, expression(rng, depth - 1), expression(rng, depth - 1))


def program(seed: int, count: int = 120) -> str:
    rng = random.Random(seed)
    lines = ["#include <stdio.h>", "", "int main(void) {"]
    while len(lines) < count + 3:
        try:
            value = expression(rng, 3)
        except Undefined:
            continue
        fmt = "%lu" if value.ctype.unsigned and value.ctype.bits == 64 else "%ld"
        cast = "unsigned long" if fmt == "%lu" else "long"
        lines.append(f'    printf("{fmt}\\n", ({cast}){value.text});')
    lines += ["    return 0;", "}", ""]
    return "\n".join(lines)


@cache
def gcc_output(seed: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "random.c"
        source.write_text(program(seed), encoding="utf-8")
        exe = Path(tmp) / "random"
        subprocess.run(["gcc", "-std=c99", "-w", "-o", str(exe), str(source)], check=True)
        return subprocess.run([str(exe)], capture_output=True, text=True, check=True, timeout=20).stdout


SEEDS = [1837, 1843, 1871]


@pytest.mark.parametrize("seed", SEEDS)
def test_the_interpreter_agrees_with_gcc(seed: int) -> None:
    source = program(seed)
    module, diags = front_end(source, f"random_{seed}.c")
    assert module is not None, diags.render(source)
    outcome = run_interpreter(module, Expectations())
    assert outcome.status == "halted"
    assert outcome.output.splitlines() == gcc_output(seed).splitlines()


@pytest.mark.parametrize("seed", SEEDS)
def test_the_engine_agrees_with_gcc(seed: int) -> None:
    outcome = run_engine(program(seed), f"random_{seed}.c", Expectations())
    assert outcome.status == "halted", outcome.output
    assert outcome.output.splitlines() == gcc_output(seed).splitlines()
