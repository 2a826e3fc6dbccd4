"""The Python runtime's collector (compilers/runtime/py/pyrt.c, "memory"): programs that make far more
garbage than their heap holds run to the end, and what they keep alive survives every collection intact.

Each program runs on the Engine in a small fixed Store (so that it collects many times in a few million
instructions) and its output is compared with CPython's, run on the same source: a live object freed
and reused would show as a wrong value, a wrong length or a crash. The count of collections is read from
the runtime's own counter after the run, to show that the program did collect. The IR interpreter does
not collect (its temps are not in the Store, where a scan could see them), so these programs are not
harness programs.
"""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from babbage import run
from compilers import driver

STORE = 20_000  # about 5,300 words of static data (the instances program), the rest heap and stack
# The slowest program (instances at -O0) runs 88.6 million instructions in this Store (December 2026):
# how many depends on how much heap the runtime's static data leaves and on the collector's conservative
# roots, which move with the runtime's code (a few words more static data once took it past 100 million).
# The budget only stops a run that never ends.
MAX_STEPS = 200_000_000

LISTS = """
keep = []
for i in range(4000):
    row = [i, i + 1, i + 2]
    pair = [row, [i * 2]]
    if i % 400 == 0:
        keep.append(pair)
print(len(keep), [p[0][0] + p[1][0] for p in keep])
print(row, pair)
"""

DICTS = """
counts = {}
saved = []
for i in range(3000):
    d = {"a": i, "b": i * 2, i: str(i)}
    d["c"] = d["a"] + d["b"]
    counts[i % 7] = counts.get(i % 7, 0) + d["c"]
    if i % 500 == 7:
        saved.append(d)
print(counts)
print(saved)
"""

STRINGS = """
last = ""
words = []
for i in range(3000):
    s = "n" + str(i)
    t = s * 3 + "-" + s.upper()
    if i % 300 == 0:
        words.append(t)
    last = ",".join([s, t[:4], str(len(t))])
print(words)
print(last, " ".join(words)[:60])
"""

TUPLES_AND_SETS = """
acc = set()
pairs = []
for i in range(3000):
    t = (i, (i % 5, i % 3), "x" * (i % 4))
    acc.add(t[1])
    if i % 250 == 0:
        pairs.append(t)
    u = tuple(range(i % 6))
print(sorted(acc), pairs, u)
"""

INSTANCES = """
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx):
        return Point(self.x + dx, self.y - dx)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

head = None
for i in range(120):
    head = Node(i, head)          # a chain of live nodes, deeper than the marker's stack of 128 ranges
p = Point(0, 0)
for i in range(1000):
    p = p.moved(1)                # each step drops the last point
    q = [Point(i, i), Point(-i, i)]
total = 0
n = head
while n is not None:
    total += n.value
    n = n.nxt
print(total, p, q)
"""

CLOSURES = """
def adder(k):
    def add(x):
        return x + k
    return add

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

kept = []
c = counter()
for i in range(3000):
    f = adder(i)
    g = lambda y, f=f: f(y) * 2
    if i % 300 == 0:
        kept.append(g)
    c()
print([h(1) for h in kept], c())
"""

GENERATORS = """
def squares(n):
    for i in range(n):
        yield i * i

def pipeline(n):
    return sum(x % 7 for x in squares(n) if x % 2)

paused = []
total = 0
for i in range(600):
    total += pipeline(i % 20)
    g = squares(10 + i % 50)
    next(g)
    if i % 100 == 0:
        paused.append(g)
print(total, [next(g) for g in paused], [list(g)[-1] for g in paused])
"""

EXCEPTIONS = """
class Problem(Exception):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code

caught = []
count = 0
for i in range(2500):
    try:
        if i % 3 == 0:
            raise Problem(i, "bad " + str(i))
        elif i % 3 == 1:
            [1, 2][i]
        else:
            {}["k" + str(i)]
    except Problem as e:
        if i % 500 == 0:
            caught.append(e)
        count += e.code
    except (IndexError, KeyError) as e:
        count += 1
        last = e
print(count, [(e.code, str(e)) for e in caught], repr(last))
"""

FLOATS = """
x = 0.0
series = []
for i in range(4000):
    x += 0.5
    y = x * 1.5 - i
    if i % 800 == 0:
        series.append(y)
print(x, series)
"""

PROGRAMS = {
    "lists": LISTS,
    "dicts": DICTS,
    "strings": STRINGS,
    "tuples and sets": TUPLES_AND_SETS,
    "instances": INSTANCES,
    "closures": CLOSURES,
    "generators": GENERATORS,
    "exceptions": EXCEPTIONS,
    "floats": FLOATS,
}


def cpython(source: str) -> str:
    done = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def engine(source: str, store: int | None = STORE, opt: int = 1) -> tuple[str, str, int]:
    """(status, output, collections) of a run on the Engine."""
    compiled = driver.compile(
        "python", source, driver.CompileOptions(opt_level=opt, store_size=store), filename="gc.py"
    )
    assert compiled.ok, compiled.render_diagnostics()
    counter = compiled.program.labels["py_gc_collections"]  # type: ignore[union-attr]
    outcome = run(
        compiled.program,  # type: ignore[arg-type]
        store_size=compiled.store_size,
        max_steps=MAX_STEPS,
        read_words=[counter],
    )
    return outcome.status, outcome.output, outcome.words[counter]


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_garbage_is_collected_and_live_data_survives(name: str) -> None:
    source = PROGRAMS[name]
    status, output, collections = engine(source)
    assert status == "halted", output
    assert output == cpython(source)
    assert collections >= 3  # the program made several heaps of garbage


@pytest.mark.parametrize("name", ["instances", "dicts"])
def test_unoptimised_code_keeps_its_pointers_in_other_places(name: str) -> None:
    # -O0 keeps every temp in its own frame word: the stack the collector scans is laid out differently
    status, output, collections = engine(PROGRAMS[name], opt=0)
    assert status == "halted", output
    assert output == cpython(PROGRAMS[name])
    assert collections >= 3


DEEP_CHAINS = """
back = None
for i in range(400):
    back = (i, back)              # each tuple points to the one made before it
front = [0, None]
tail = front
for i in range(400):
    nxt = [i, None]
    tail[1] = nxt                 # each list points to the one made after it
    tail = nxt
for i in range(4000):
    g = [i, (i, str(i))]
s = 0
c = back
while c is not None:
    s += c[0]
    c = c[1]
t = 0
c = front
while c is not None:
    t += c[0]
    c = c[1]
print(s, t, g)
"""


def test_chains_far_deeper_than_the_mark_stack_survive() -> None:
    # two chains of 400 links, marked 128 ranges at a time; their links' order in memory runs both ways
    status, output, collections = engine(DEEP_CHAINS, store=40_000)
    assert status == "halted", output
    assert output == cpython(DEEP_CHAINS)
    assert collections >= 3


def test_a_loop_runs_past_the_old_limit_in_the_default_store() -> None:
    # Without a collector, a three-item list per iteration (12 words) exhausted the default heap after
    # about 41,000 iterations; CPython prints 49999 50001 and 1250075000.
    source = "total = 0\nfor i in range(50000):\n    xs = [i, i + 1, i + 2]\n    total += xs[2]\n"
    source += "print(xs[0], xs[2], total)\n"
    status, output, collections = engine(source, store=None, opt=1)
    assert status == "halted"
    assert output == cpython(source) == "49999 50001 1250075000\n"
    assert collections >= 1


def test_live_data_past_the_heap_still_stops_with_heap_exhausted() -> None:
    # every list stays reachable: no collection can make room, and the run stops as it always did
    source = "keep = []\nfor i in range(100000):\n    keep.append([i, i])\nprint(len(keep))\n"
    compiled = driver.compile(
        "python", source, driver.CompileOptions(opt_level=1, store_size=STORE), filename="gc.py"
    )
    assert compiled.ok
    outcome = driver.run_compiled(compiled, max_steps=MAX_STEPS)
    assert outcome.status == "trap" and outcome.trap_code == 1
    assert outcome.message == "TRAP 1: heap exhausted: no room left for the words asked for (in malloc)"


def test_a_program_that_fits_does_not_collect() -> None:
    status, output, collections = engine("xs = [[i] for i in range(50)]\nprint(sum(x[0] for x in xs))\n")
    assert (status, output, collections) == ("halted", "1225\n", 0)


def random_program(rng: random.Random) -> str:
    """Builds and drops random structures in a loop; a few of them stay in slots that are overwritten at
    random, and a checksum of everything is printed as it goes and at the end."""
    makers = [
        "[i, i * 2, str(i)]",
        "{'k': i, i % 5: [i]}",
        "(i, str(i) * (i % 3), (i,))",
        "Box(i, [i, -i])",
        "'s' + str(i) + 'x' * (i % 7)",
        "{i % 11, i % 13, (i, 1)}",
        "list(range(i % 9))",
        "[Box(i, None)] * (i % 4)",
        "make(i)",
    ]
    lines = [
        "class Box:",
        "    def __init__(self, a, b):",
        "        self.a = a",
        "        self.b = b",
        "    def __repr__(self):",
        "        return 'Box(%r, %r)' % (self.a, self.b)",
        "def make(n):",
        "    return lambda: n * 3",
        "def weigh(v):",
        "    if isinstance(v, Box):",
        "        return 1 + weigh(v.a) + weigh(v.b)",
        "    if isinstance(v, int):",
        "        return v % 97",
        "    if isinstance(v, str):",
        "        return len(v)",
        "    if isinstance(v, dict):",
        "        return sum(weigh(k) + weigh(x) for k, x in v.items())",
        "    if isinstance(v, (list, tuple, set)):",
        "        return sum(weigh(x) for x in v) + len(v)",
        "    if v is None:",
        "        return 5",
        "    return v()",
        f"slots = [None] * {rng.randint(3, 12)}",
        "check = 0",
        f"for i in range({rng.randint(1500, 2500)}):",
    ]
    for _ in range(rng.randint(2, 4)):
        lines.append(f"    t = {rng.choice(makers)}")
        if rng.random() < 0.5:
            lines.append(f"    if i % {rng.randint(2, 60)} == 0:")
            lines.append("        slots[i % len(slots)] = t")
        if rng.random() < 0.4:
            lines.append("    check = (check + weigh(t)) % 1000003")
    lines += [
        "    if i % 500 == 0:",
        "        print(i, check, weigh(slots))",
        "print(check, weigh(slots))",
        "print(slots)",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", range(4))
def test_random_structures_made_and_dropped(seed: int) -> None:
    source = random_program(random.Random(seed))
    status, output, collections = engine(source)
    assert status == "halted", output
    assert output == cpython(source)
    assert collections >= 1
