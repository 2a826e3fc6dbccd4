"""Uncaught exceptions' whole tracebacks against CPython's: a chained exception's blocks ("During handling
of the above exception, another exception occurred:", "The above exception was the direct cause of the
following exception:"), each block's frames and source lines and its last line.

The reference is CPython 3.11 (`python3`, the harness's) and 3.12 where it is installed. Both mark the
part of a line that failed with `^^^^` and `~~~` lines, where they differ from each other (and under which
expressions they draw them); the runtime draws none, so those marker lines are left out of CPython's
report before the comparison: everything else must be the same, character for character.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from compilers import driver

PYTHON_312 = "/root/.pyenv/versions/3.12.1/bin/python3.12"
REFERENCES = ["python3"] + ([PYTHON_312] if Path(PYTHON_312).exists() else [])
MARKERS = re.compile(r"^ *[~^]+ *$")

PROGRAMS = {
    "plain": """
def average(xs):
    return sum(xs) // len(xs)

print(average([1, 2]))
print(average([]))
""",
    "raise_from": """
class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"not a number: {text!r}") from e

parse("12")
parse("x")
""",
    "during_handling": """
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"] + 1

lookup({"a": 1}, "b")
""",
    "context_of_a_cause": """
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("parse") from e

def load(d, key):
    try:
        return d[key]
    except KeyError:
        return parse("x" + key)

load({}, "z")
""",
    "finally_raises": """
def work():
    try:
        raise ValueError("first")
    finally:
        print("cleaning up")
        {}["missing"]

work()
""",
    "from_none_and_caught_inside": """
def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError(f"cannot convert {s!r}") from None

try:
    [][1]
except IndexError:
    pass
try:
    convert("a")
except TypeError as e:
    print("caught", e)
convert("b")
""",
    "bare_raise": """
def check(n):
    return 10 // n

def f(n):
    try:
        check(n)
    except ZeroDivisionError:
        print("caught")
        try:
            {}[n]
        except KeyError:
            pass
        raise

def g():
    f(0)

g()
""",
    "finally_in_caller": """
def inner(x):
    return x["key"]

def outer():
    try:
        inner({})
    finally:
        try:
            int("z")
        except ValueError:
            print("ignored")

outer()
""",
    "through_decorators": """
def checked(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs) + 1
    return wrapper

def failing(f):
    raise ValueError("no " + f.__name__)

@checked
def half(n):
    return 10 // n

print(half(5))
try:
    @checked
    @failing
    def never():
        pass
except ValueError as e:
    print("caught", e)
half(0)
""",
    "three_deep": """
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError:
    raise ValueError("v")
""",
    "recursion_repeats": """
def depth(tree):
    if not tree:
        return {}["empty"]
    return 1 + depth(tree[1:])

def measure(tree):
    try:
        return depth(tree)
    except KeyError:
        return depth(tree[:2]) + depth(tree[:3]) / 0

measure([1, 2, 3, 4, 5])
""",
    "runaway_recursion": """
def fact(n):
    return n * fact(n - 1)

print(fact(5))
""",
    "class_body_frame": """
def register(cls):
    return cls

@register
class Account:
    rate = 0.5
    def interest(self, amount=rate * 2):
        return amount
    limits = {"daily": 100}
    def withdraw(self, amount, limit=limits["weekly"]):
        pass
""",
    "later_line_of_a_statement": """
def price(name):
    return {"apple": 3}[name]

order = ["apple", "kiwi"]
print(
    "total:",
    sum([price(order[0]),
         price(order[1])]),
)
""",
}

# An exception thrown into a suspended generator is raised at its yield (its finally runs on the way out):
# the generator's frame after the frame that called throw().
PROGRAMS["thrown_into_generator"] = """
def reader(lines):
    try:
        for line in lines:
            yield int(line)
    finally:
        print("reader closed")

r = reader(["1", "2"])
print(next(r))
r.throw(ValueError("bad input"))
"""

# A comprehension's own frame (`in <listcomp>`, `<dictcomp>`, `<setcomp>`) is CPython 3.11's, the target:
# 3.12 runs a comprehension inline in its function (PEP 709), without one.
PROGRAMS_311 = {
    "comprehension_frames": """
def load(table, keys):
    return {
        k: table[k]
        for k in keys
    }

def totals(rows):
    try:
        return [sum(1 // x for x in row) for row in rows]
    except ZeroDivisionError:
        return load({"a": 1}, ["a", "b"])

print(totals([[1], [2]]))
totals([[1], [0]])
""",
    "nested_set_comprehension": """
def positive(rows):
    return [{x for x in row if x > 0} for row in rows]

print(positive([[1, -1]]))
positive([[2], [1, "a"]])
""",
}


def cpython_report(python: str, source: str, tmp: Path) -> tuple[str, str]:
    (tmp / "prog.py").write_text(source)
    done = subprocess.run([python, "prog.py"], cwd=tmp, capture_output=True, text=True, timeout=60)
    lines = [line for line in done.stderr.rstrip("\n").split("\n") if not MARKERS.match(line)]
    return done.stdout, "\n".join(lines)


@pytest.mark.parametrize("name", sorted(PROGRAMS) + sorted(PROGRAMS_311))
def test_traceback_as_cpython(name: str, tmp_path: Path) -> None:
    source = (PROGRAMS.get(name) or PROGRAMS_311[name]).lstrip("\n")
    path = str(tmp_path / "prog.py")  # CPython names the program by its absolute path
    result = driver.compile("python", source, driver.CompileOptions(opt_level=1), filename=path)
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result)
    assert run.status == "trap" and run.trap_code == 4, run.message
    for python in REFERENCES if name in PROGRAMS else REFERENCES[:1]:
        if shutil.which(python) is None:
            pytest.fail(f"{python} is not installed")
        stdout, report = cpython_report(python, source, tmp_path)
        assert run.output == stdout, python
        assert run.message == report, python


def test_a_generator_dropped_at_an_unknown_moment_stops_the_run() -> None:
    """A suspended generator whose closing runs code, dropped where the program does not fix when CPython
    would close it (a list cleared): the run stops at its end with a report, never printing output that
    lacks what the finally would have printed."""
    source = (
        "def worker():\n    try:\n        yield 1\n    finally:\n        print('worker cleanup')\n\n"
        "keep = [worker()]\nprint(next(keep[0]))\nkeep.clear()\nprint('cleared')\n"
    )
    result = driver.compile("python", source, driver.CompileOptions(opt_level=1), filename="prog.py")
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result)
    assert run.status == "trap" and run.trap_code == 4
    assert run.output == "1\ncleared\n"
    assert run.message.startswith("unsupported: a generator suspended inside a 'try' with a 'finally'")
