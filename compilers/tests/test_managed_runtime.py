"""The managed runtime's routines where the IR test programs cannot look: what they refuse (bounds, bad
keys, an empty pop) on both oracles, and that the library itself follows the root rules it sets."""

from __future__ import annotations

from typing import Any

import pytest

from compilers import driver
from compilers.ir import interpret, parse_module, verify_module
from compilers.ir.nodes import Module
from compilers.runtime.link import RUNTIME_FILES, _parsed


def _both(source: str, store_size: int = 3000) -> list[tuple[str, int | None, str]]:
    """(status, trap code, output) on the interpreter and on the Engine at -O1."""
    from compilers.runtime import link

    interpreted = interpret(link(parse_module(source, "t.ir")), store_size=store_size)
    options = driver.CompileOptions(store_size=store_size)
    compiled = driver.compile_module(parse_module(source, "t.ir"), options)
    assert compiled.ok, compiled.render_diagnostics()
    run = driver.run_compiled(compiled)
    return [(r.status, r.trap_code, r.output) for r in (interpreted, run)]


def _main(body: str, globals_: str = "") -> str:
    return f"{globals_}func @main() -> w {{\nentry:\n{body}  ret 0\n}}\n"


@pytest.mark.parametrize(
    "body",
    [
        "  %s = call @str_new(3)\n  %c = call @str_at(%s, 3)\n",
        "  %s = call @str_new(3)\n  %c = call @str_at(%s, -1)\n",
        "  %a = call @array_new(4)\n  %v = call @array_get(%a, 0)\n",
        "  %a = call @array_new(4)\n  call @array_set(%a, -1, 1)\n",
        "  %a = call @array_new(4)\n  %v = call @array_pop(%a)\n",
        "  %h = call @hash_new()\n  %v = call @hash_get(%h, 4, 1)\n",  # an even word that is no string
        "  %h = call @hash_new()\n  %o = call @gc_alloc(1)\n  %v = call @hash_has(%h, %o)\n",  # not a string
        "  %h = call @hash_new()\n  %k = call @hash_key_at(%h, 0)\n",  # no entry there
    ],
    ids=[
        "str_at_end",
        "str_at_negative",
        "array_get_empty",
        "array_set_negative",
        "array_pop_empty",
        "hash_even_key",
        "hash_object_key",
        "hash_no_entry",
    ],
)
def test_what_the_routines_refuse_traps_5(body: str) -> None:
    source = _main(body)
    assert _both(source) == [("trap", 5, ""), ("trap", 5, "")]


def test_an_uncaught_exception_is_trap_4_with_its_message() -> None:
    source = _main("  call @exc_raise(3)\n  call @exc_uncaught()\n")
    compiled = driver.compile_module(parse_module(source, "t.ir"))
    run = driver.run_compiled(compiled)
    assert (run.status, run.trap_code) == ("trap", 4)
    assert run.message.startswith("TRAP 4: uncaught exception (in exc_uncaught")


def test_a_removed_key_can_be_added_again_at_the_end() -> None:
    # Hand-worked: keys 1, 3, 5 (the immediates for 0, 1, 2); removing 3 and adding it again puts it last.
    body = (
        "  %h = call @hash_new()\n"
        + "".join(f"  %h = call @__keep(%h, {k})\n" for k in (1, 3, 5))
        + "  %gone = call @hash_del(%h, 3)\n  %again = call @hash_del(%h, 3)\n"
        "  print %gone\n  print %again\n  %h = call @__keep(%h, 3)\n"
        "  %p = call @hash_next(%h, 0)\n  jmp walk\nwalk:\n  %end = lt %p, 0\n  br %end, out, show\n"
        "show:\n  %k = call @hash_key_at(%h, %p)\n  printc 32\n  print %k\n  %p = add %p, 1\n"
        "  %p = call @hash_next(%h, %p)\n  jmp walk\nout:\n"
    )
    keep = (
        "func @__keep(%h: ptr, %k) -> ptr {\n  slot $roots[3]\nentry:\n  %prev = load [@gc_frames]\n"
        "  store [$roots+0], %prev\n  store [$roots+1], 1\n  store [$roots+2], %h\n"
        "  store [@gc_frames], $roots\n"
        "  call @hash_set(%h, %k, %k)\n  %h = load [$roots+2]\n  %up = load [$roots+0]\n"
        "  store [@gc_frames], %up\n  ret %h\n}\n"
    )
    source = keep + _main(body)
    assert _both(source) == [("halted", None, "10 1 5 3")] * 2


def test_the_runtime_follows_its_own_root_rules() -> None:
    library = Module()
    for name in RUNTIME_FILES:
        part = _parsed(name)
        library.globals.extend(part.globals)
        library.functions.extend(part.functions)
    assert verify_module(library, allow_external=False) == []


def test_the_heap_peak_counts_what_gc_alloc_handed_out() -> None:
    # Five objects of 3 fields: 4 words each with the header, 20 in all, after the one word skipped
    # when the heap starts at an even address (objects start at odd ones, so pointers are even).
    body = "".join(f"  %p{k} = call @gc_alloc(3)\n" for k in range(5))
    compiled = driver.compile_module(
        parse_module(_main(body), "t.ir"), driver.CompileOptions(store_size=3000)
    )
    assert compiled.ok, compiled.render_diagnostics()
    run = driver.run_compiled(compiled)
    assert run.status == "halted"
    static = compiled.static_words
    skipped = 1 if static % 2 == 0 else 0
    assert run.stats.columns_used - static - run.stats.max_stack_depth == 20 + skipped


def test_malloc_and_the_managed_heap_never_share_a_word() -> None:
    # A block malloc handed out first keeps its contents through the managed heap's collections; once
    # the managed heap is set up, malloc has nothing more to give (trap 1), rather than overlap it.
    body = (
        "  %m = call @malloc(2)\n  store [%m], 42\n  %i = copy 0\n  jmp churn\n"
        "churn:\n  %p = call @gc_alloc(9)\n  %i = add %i, 1\n  %more = lt %i, 2000\n"
        "  br %more, churn, check\n"
        "check:\n  %v = load [%m]\n  print %v\n  printc 10\n  %again = call @malloc(1)\n"
    )
    assert _both(_main(body)) == [("trap", 1, "42\n")] * 2


# A random object graph under collection, checked against a model in Python. 64 value slots of an
# array (a root) hold nodes [number, left, right]; each step of a linear congruential generator either
# makes a node from two slots' nodes, points a node's left at another slot's node (cycles), empties a
# slot, or makes garbage. At the end, from every slot, a walk of up to ten steps (left, right, left...)
# adds each node's number times its step: the same walk over the model's nodes must give the same sum.
GRAPH = """\
func @main() -> w {
  slot $roots[3]
  slot $x
  slot $i
  slot $a
  slot $b
  slot $r
entry:
  %prev = load [@gc_frames]
  store [$roots+0], %prev
  store [$roots+1], 1
  store [$roots+2], 0
  store [@gc_frames], $roots
  %slots = call @gc_alloc(64)
  store [$roots+2], %slots
  store [$x], SEED
  store [$i], 0
  jmp loop
loop:
  %i = load [$i]
  %more = lt %i, STEPS
  br %more, step, sum
step:
  %i = add %i, 1
  store [$i], %i
  %x = load [$x]
  %x = mul %x, 1103515245
  %x = add %x, 12345
  %x = rem %x, 2147483648
  store [$x], %x
  %r = div %x, 65536
  store [$r], %r
  %a = rem %r, 64
  store [$a], %a
  %b = div %r, 64
  %b = rem %b, 64
  store [$b], %b
  %op = div %r, 4096
  %op = rem %op, 4
  %is_new = eq %op, 0
  br %is_new, new, other
other:
  %is_link = eq %op, 1
  br %is_link, link, other2
other2:
  %is_drop = eq %op, 2
  br %is_drop, drop, junk
new:
  %n = call @gc_alloc_obj(100, 1, 3)
  %r = load [$r]
  %v = rem %r, 1000
  store [%n], %v
  %slots = load [$roots+2]
  %a = load [$a]
  %at = add %slots, %a
  %left = load [%at]
  store [%n+1], %left
  %b = load [$b]
  %at = add %slots, %b
  %right = load [%at]
  store [%n+2], %right
  %to = mul %a, 7
  %to = add %to, %b
  %to = rem %to, 64
  %at = add %slots, %to
  store [%at], %n
  jmp loop
link:
  %slots = load [$roots+2]
  %at = add %slots, %a
  %p = load [%at]
  %empty = eq %p, 0
  br %empty, loop, relink
relink:
  %at = add %slots, %b
  %q = load [%at]
  store [%p+1], %q
  jmp loop
drop:
  %slots = load [$roots+2]
  %at = add %slots, %a
  store [%at], 0
  jmp loop
junk:
  %size = rem %r, 50
  %size = add %size, 1
  %g = call @gc_alloc(%size)
  jmp loop
sum:
  %slots = load [$roots+2]
  %s = copy 0
  %k = copy 0
  jmp each
each:
  %more = lt %k, 64
  br %more, walk_from, done
walk_from:
  %at = add %slots, %k
  %p = load [%at]
  %t = copy 0
  jmp walk
walk:
  %stop = eq %p, 0
  br %stop, next_slot, visit
visit:
  %v = load [%p]
  %t1 = add %t, 1
  %w = mul %v, %t1
  %s = add %s, %w
  %parity = rem %t, 2
  br %parity, go_right, go_left
go_left:
  %p = load [%p+1]
  jmp walked
go_right:
  %p = load [%p+2]
  jmp walked
walked:
  %t = copy %t1
  %far = lt %t, 10
  br %far, walk, next_slot
next_slot:
  %k = add %k, 1
  jmp each
done:
  print %s
  printc 32
  %runs = load [@gc_collections]
  print %runs
  printc 10
  %up = load [$roots+0]
  store [@gc_frames], %up
  ret 0
}
"""


def _graph_model(seed: int, steps: int) -> int:
    """The same steps over Python lists [number, left, right] (None for an empty slot or field)."""
    slots: list[list[Any] | None] = [None] * 64
    x = seed
    for _ in range(steps):
        x = (x * 1103515245 + 12345) % 2147483648
        r = x // 65536
        a, b, op = r % 64, (r // 64) % 64, (r // 4096) % 4
        if op == 0:
            slots[(a * 7 + b) % 64] = [r % 1000, slots[a], slots[b]]
        elif op == 1:
            node = slots[a]
            if node is not None:
                node[1] = slots[b]
        elif op == 2:
            slots[a] = None
    total = 0
    for start in slots:
        walker, t = start, 0
        while walker is not None and t < 10:
            total += walker[0] * (t + 1)
            walker = walker[1] if t % 2 == 0 else walker[2]
            t += 1
    return total


@pytest.mark.parametrize("seed", [1, 2026])
def test_a_random_graph_survives_collection_as_the_model_says(seed: int) -> None:
    steps = 3000
    source = GRAPH.replace("SEED", str(seed)).replace("STEPS", str(steps))
    runs = _both(source)
    assert [(status, code) for status, code, _out in runs] == [("halted", None)] * 2
    totals = [out.split() for _status, _code, out in runs]
    assert totals[0] == totals[1]
    total, collections = map(int, totals[0])
    assert total == _graph_model(seed, steps)
    assert collections > 20  # the graph was moved many times


# Random operations on a hash table, checked against Python's dict (which keeps insertion order as the
# runtime's tables do). Keys are the immediates of 0..99 and the strings "s0".."s29" (made afresh at
# each use, so strings are found by their code points); each step sets, removes or looks up a key. The
# program prints the sum of what the look-ups found, the count, and the entries in iteration order
# folded into one number; a small Store makes the table's rebuilds run the collector.
TABLE = """\
const global @s = "s"
func @key(%k, %text) -> w {
  slot $roots[3]
entry:
  %prev = load [@gc_frames]
  store [$roots+0], %prev
  store [$roots+1], 1
  store [$roots+2], 0
  store [@gc_frames], $roots
  br %text, string, integer
integer:
  %v = mul %k, 2
  %v = add %v, 1
  %up = load [$roots+0]
  store [@gc_frames], %up
  ret %v
string:
  %digits = call @str_from_int(%k)
  store [$roots+2], %digits
  %prefix = call @str_from(@s)
  %digits = load [$roots+2]
  %v = call @str_concat(%prefix, %digits)
  %up = load [$roots+0]
  store [@gc_frames], %up
  ret %v
}
func @main() -> w {
  slot $roots[4]
  slot $x
  slot $i
  slot $r
  slot $found
entry:
  %prev = load [@gc_frames]
  store [$roots+0], %prev
  store [$roots+1], 2
  store [$roots+2], 0
  store [$roots+3], 0
  store [@gc_frames], $roots
  %h = call @hash_new()
  store [$roots+2], %h
  store [$x], SEED
  store [$i], 0
  store [$found], 0
  jmp loop
loop:
  %i = load [$i]
  %more = lt %i, STEPS
  br %more, step, report
step:
  %i = add %i, 1
  store [$i], %i
  %x = load [$x]
  %x = mul %x, 1103515245
  %x = add %x, 12345
  %x = rem %x, 2147483648
  store [$x], %x
  %r = div %x, 65536
  store [$r], %r
  %text = rem %r, 2
  %which = div %r, 2
  %k = rem %which, 100
  br %text, fewer, chosen
fewer:
  %k = rem %which, 30
  jmp chosen
chosen:
  %key = call @key(%k, %text)
  store [$roots+3], %key
  %r = load [$r]
  %op = div %r, 256
  %op = rem %op, 3
  %h = load [$roots+2]
  %key = load [$roots+3]
  %is_set = eq %op, 0
  br %is_set, set, other
other:
  %is_del = eq %op, 1
  br %is_del, del, get
set:
  %i = load [$i]
  %v = mul %i, 2
  %v = add %v, 1
  call @hash_set(%h, %key, %v)
  jmp loop
del:
  %gone = call @hash_del(%h, %key)
  jmp loop
get:
  %v = call @hash_get(%h, %key, 1)
  %v = div %v, 2
  %f = load [$found]
  %f = add %f, %v
  store [$found], %f
  jmp loop
report:
  %f = load [$found]
  print %f
  printc 32
  %h = load [$roots+2]
  %n = call @hash_count(%h)
  print %n
  printc 32
  %fold = copy 0
  %pos = call @hash_next(%h, 0)
  jmp walk
walk:
  %end = lt %pos, 0
  br %end, done, one
one:
  %v = call @hash_value_at(%h, %pos)
  %v = div %v, 2
  %fold = mul %fold, 31
  %fold = add %fold, %v
  %fold = rem %fold, 1000000007
  %pos = add %pos, 1
  %pos = call @hash_next(%h, %pos)
  jmp walk
done:
  print %fold
  printc 32
  %runs = load [@gc_collections]
  print %runs
  printc 10
  %up = load [$roots+0]
  store [@gc_frames], %up
  ret 0
}
"""


def _table_model(seed: int, steps: int) -> tuple[int, int, int]:
    table: dict[tuple[int, int], int] = {}
    x, found = seed, 0
    for i in range(1, steps + 1):
        x = (x * 1103515245 + 12345) % 2147483648
        r = x // 65536
        text = r % 2
        key = (text, (r // 2) % (30 if text else 100))
        op = (r // 256) % 3
        if op == 0:
            table[key] = i
        elif op == 1:
            table.pop(key, None)
        else:
            found += table.get(key, 0)
    fold = 0
    for value in table.values():
        fold = (fold * 31 + value) % 1_000_000_007
    return found, len(table), fold


@pytest.mark.parametrize("seed", [7, 99])
def test_a_hash_table_under_random_operations_is_pythons_dict(seed: int) -> None:
    steps = 1500
    runs = _both(TABLE.replace("SEED", str(seed)).replace("STEPS", str(steps)), store_size=8000)
    assert [(status, code) for status, code, _out in runs] == [("halted", None)] * 2
    interpreted, engine = (out.split() for _status, _code, out in runs)
    assert interpreted == engine
    found, count, fold, collections = map(int, interpreted)
    assert (found, count, fold) == _table_model(seed, steps)
    assert collections > 5


def test_fresh_fields_are_zero_after_the_heap_was_full_of_garbage() -> None:
    # 600 objects of 9 fields, each filled with 7s and dropped (the heap's halves fill with them many
    # times over), then 50 more whose fields must all read 0.
    fill = "".join(f"  store [%p+{k}], 7\n" for k in range(9))
    sums = "".join(f"  %v = load [%p+{k}]\n  %s = add %s, %v\n" for k in range(9))
    body = (
        "  %i = copy 0\n  jmp dirty\n"
        f"dirty:\n  %p = call @gc_alloc(9)\n{fill}  %i = add %i, 1\n  %more = lt %i, 600\n"
        "  br %more, dirty, fresh_start\n"
        "fresh_start:\n  %i = copy 0\n  %s = copy 0\n  jmp fresh\n"
        f"fresh:\n  %p = call @gc_alloc(9)\n{sums}  %i = add %i, 1\n  %more = lt %i, 50\n"
        "  br %more, fresh, done\n"
        "done:\n  print %s\n  %runs = load [@gc_collections]\n  %many = gt %runs, 3\n"
        "  printc 32\n  print %many\n"
    )
    assert _both(_main(body)) == [("halted", None, "0 1")] * 2
