"""The managed runtime's routines where the IR test programs cannot look: what they refuse (bounds, bad
keys, an empty pop) on both oracles, and that the library itself follows the root rules it sets."""

from __future__ import annotations

import pytest

from compilers import driver
from compilers.ir import interpret, parse_module, verify_module
from compilers.ir.nodes import Module
from compilers.runtime.link import RUNTIME_FILES, _parsed


def _both(source: str) -> list[tuple[str, int | None, str]]:
    """(status, trap code, output) on the interpreter and on the Engine at -O1."""
    from compilers.runtime import link

    interpreted = interpret(link(parse_module(source, "t.ir")), store_size=3000)
    compiled = driver.compile_module(parse_module(source, "t.ir"), driver.CompileOptions(store_size=3000))
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
