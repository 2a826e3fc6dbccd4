"""The managed heap's root rules (compilers/ir/roots.py), as the verifier reports them, and the collector's
precise behaviour where only a test can look (where a trap is reported, what the heap peak says)."""

from __future__ import annotations

from pathlib import Path

from compilers import driver
from compilers.ir import interpret, parse_module, verify_module
from compilers.ir.roots import collecting_functions
from compilers.runtime import link
from compilers.runtime.link import may_collect

PUSH = """\
  %prev = load [@gc_frames]
  store [$roots+0], %prev
  store [$roots+1], 1
  store [$roots+2], 0
  store [@gc_frames], $roots
"""
POP = """\
  %up = load [$roots+0]
  store [@gc_frames], %up
"""


def _problems(body: str, extra: str = "", slots: str = "  slot $roots[3]\n") -> list[str]:
    source = f"{extra}func @main() -> w {{\n{slots}entry:\n{body}}}\n"
    return verify_module(parse_module(source))


def test_a_function_that_follows_the_rules_passes() -> None:
    body = PUSH + "  %a = call @gc_alloc(2)\n  store [$roots+2], %a\n  %b = call @gc_alloc(2)\n"
    body += "  %a = load [$roots+2]\n  store [%a], %b\n" + POP + "  ret 0\n"
    assert _problems(body) == []


def test_a_pointer_held_in_a_temp_across_an_allocation_is_reported() -> None:
    body = PUSH + "  %a = call @gc_alloc(2)\n  %b = call @gc_alloc(2)\n  store [%a], %b\n" + POP + "  ret 0\n"
    assert _problems(body) == [
        "@main: entry: %a lives across the call of @gc_alloc, which may collect: keep it in a slot "
        "($roots for a pointer) and load again after the call"
    ]


def test_a_number_in_a_temp_across_a_collecting_call_is_reported_too() -> None:
    # Temps have no type: the rule is about every temp, so numbers live in slots across such calls.
    body = PUSH + "  %n = copy 5\n  call @gc_collect()\n  print %n\n" + POP + "  ret 0\n"
    assert ["%n lives across the call of @gc_collect" in p for p in _problems(body)] == [True]


def test_a_call_that_cannot_collect_may_keep_pointers_in_temps() -> None:
    # gc_size only reads a header; putchar prints. Neither reaches the collector.
    body = PUSH + "  %a = call @gc_alloc(2)\n  %n = call @gc_size(%a)\n  %c = call @putchar(65)\n"
    body += "  store [%a], %n\n" + POP + "  ret 0\n"
    assert _problems(body) == []


def test_a_call_through_a_pointer_may_collect() -> None:
    body = (
        PUSH
        + "  %a = call @gc_alloc(2)\n  %f = load [%a]\n  call %f()\n  store [%a], 1\n"
        + POP
        + "  ret 0\n"
    )
    assert any("%a lives across the call of %f" in p for p in _problems(body))


def test_the_modules_own_functions_are_analysed() -> None:
    quiet = "func @quiet(%p) -> w {\nentry:\n  %v = load [%p]\n  ret %v\n}\n"
    noisy = "func @noisy() -> w {\nentry:\n  %p = call @gc_alloc(1)\n  ret %p\n}\n"
    body = PUSH + "  %a = call @gc_alloc(2)\n  %v = call @quiet(%a)\n  %w = call @noisy()\n"
    body += "  store [%a], %w\n" + POP + "  ret 0\n"
    problems = _problems(body, quiet + noisy)
    assert len(problems) == 1 and "%a lives across the call of @noisy" in problems[0]


def test_the_frame_must_be_set_and_linked_before_the_first_call() -> None:
    body = "  store [$roots+1], 1\n  %a = call @gc_alloc(2)\n" + POP + "  ret 0\n"
    assert _problems(body) == [
        "@main: entry: $roots words 0, 2 are not set before the first call",
        "@main: entry: $roots is not linked into @gc_frames before the first call",
    ]


def test_the_count_word_must_be_the_number_of_values() -> None:
    body = PUSH.replace("store [$roots+1], 1", "store [$roots+1], 3") + POP + "  ret 0\n"
    assert _problems(body) == ["@main: entry: $roots+1 must hold the count of its values, 1"]


def test_every_way_out_must_unlink_the_frame() -> None:
    body = PUSH + "  %c = lt 1, 2\n  br %c, yes, no\nyes:\n" + POP + "  ret 0\nno:\n  ret 1\n"
    assert _problems(body) == [
        "@main: no: leaves the function without restoring @gc_frames from [$roots] after its last call"
    ]


def test_unlinking_before_a_later_call_does_not_count() -> None:
    body = PUSH + POP + "  call @gc_collect()\n  ret 0\n"
    assert _problems(body) == [
        "@main: entry: leaves the function without restoring @gc_frames from [$roots] after its last call"
    ]


def test_a_function_without_roots_is_not_checked() -> None:
    body = "  %a = call @gc_alloc(2)\n  %b = call @gc_alloc(2)\n  store [%a], %b\n  ret 0\n"
    assert _problems(body, slots="") == []


def test_which_runtime_routines_may_collect_is_derived_from_their_code() -> None:
    assert may_collect("gc_alloc") and may_collect("gc_alloc_obj") and may_collect("gc_collect")
    assert not may_collect("gc_size") and not may_collect("putchar") and not may_collect("malloc")
    assert may_collect("no_such_routine")  # unknown: assumed to collect


def test_collecting_functions_follows_calls_to_a_fixed_point() -> None:
    module = parse_module(
        "func @a() -> void {\nentry:\n  call @b()\n  ret\n}\n"
        "func @b() -> void {\nentry:\n  call @c()\n  ret\n}\n"
        "func @c() -> void {\nentry:\n  call @gc_collect()\n  ret\n}\n"
        "func @d() -> void {\nentry:\n  ret\n}\n"
    )
    assert collecting_functions(module.functions, lambda _name: False) == {"a", "b", "c"}


def test_a_runtime_global_may_be_named_by_a_program_but_not_an_unknown_one() -> None:
    source = "func @main() -> w {\nentry:\n  %f = load [@gc_frames]\n  %g = load [@no_such]\n  ret 0\n}\n"
    assert verify_module(parse_module(source)) == ["@main: entry: unknown @no_such"]


EXHAUSTED = """\
func @main() -> w {
  slot $roots[3]
entry:
  %prev = load [@gc_frames]
  store [$roots+0], %prev
  store [$roots+1], 1
  store [$roots+2], 0
  store [@gc_frames], $roots
  jmp grow
grow:
  .line 7
  %cell = call @gc_alloc(2)
  %rest = load [$roots+2]
  store [%cell+1], %rest
  store [$roots+2], %cell
  jmp grow
}
"""


def test_heap_exhaustion_names_the_allocating_line_on_both_oracles() -> None:
    interpreted = interpret(link(parse_module(EXHAUSTED, "grow.ir")), store_size=3000)
    assert (interpreted.status, interpreted.trap_code, interpreted.source_line) == ("trap", 1, 7)
    compiled = driver.compile_module(
        parse_module(EXHAUSTED, "grow.ir"), driver.CompileOptions(store_size=3000)
    )
    assert compiled.ok, compiled.render_diagnostics()
    run = driver.run_compiled(compiled)
    assert (run.status, run.trap_code, run.source_line) == ("trap", 1, 7)
    assert (
        run.message
        == "TRAP 1: heap exhausted: no room left for the words asked for (in gc_alloc, called at line 7)"
    )


def test_the_readmes_example_frame_follows_the_rules_and_runs() -> None:
    readme = (Path(__file__).resolve().parents[1] / "runtime" / "README.md").read_text(encoding="utf-8")
    example = readme.split("**Roots: the shadow stack.**", 1)[1].split("```\n", 2)[1]
    main = "func @main() -> w {\nentry:\n  %c = call @f(0)\n  %v = load [%c]\n  print %v\n  ret 0\n}\n"
    module = parse_module(example + main)
    assert verify_module(module) == []
    assert interpret(link(module)).output == "0"


def test_a_tail_call_leaves_the_function_so_it_must_unlink_first() -> None:
    callee = "func @g(%x) -> w {\nentry:\n  ret %x\n}\n"
    body = PUSH + "  %a = call @gc_alloc(2)\n  store [$roots+2], %a\n"
    assert _problems(body + "  tailcall @g(1)\n", callee) == [
        "@main: entry: leaves the function without restoring @gc_frames from [$roots] after its last call"
    ]
    assert _problems(body + POP + "  tailcall @g(1)\n", callee) == []
