"""The -O1 passes: each does its job, and the optimised program means what the original meant (checked
with the reference interpreter)."""

from __future__ import annotations

from compilers.ir import interpret, parse_module, print_function, print_module
from compilers.ir.nodes import Call, Copy, Load, Print, Store
from compilers.opt import optimise_function, optimise_module
from compilers.opt.constprop import propagate_constants
from compilers.opt.copyprop import propagate_copies
from compilers.opt.dce import coalesce_copies, eliminate_dead_code
from compilers.opt.printf import specialise_output
from compilers.opt.promote import promote_slots
from compilers.opt.simplify_cfg import simplify_cfg
from compilers.runtime import link


def _fn(text: str):
    return parse_module(text).functions[0]


def test_constants_fold_and_branches_fold() -> None:
    fn = _fn("""
func @main() -> w {
entry:
  %a = copy 6
  %b = mul %a, 7
  %c = gt %b, 40
  br %c, yes, no
yes:
  print %b
  ret 0
no:
  print 0
  ret 1
}
""")
    assert propagate_constants(fn)
    assert simplify_cfg(fn)
    text = print_function(fn)
    assert "print 42" in text
    assert "no:" not in text and "br " not in text


def test_constants_meet_at_a_loop_head() -> None:
    fn = _fn("""
func @main() -> w {
entry:
  %k = copy 5
  %i = copy 0
  jmp head
head:
  %c = lt %i, %k
  br %c, body, done
body:
  %i = add %i, 1
  jmp head
done:
  print %k
  print %i
  ret 0
}
""")
    propagate_constants(fn)
    text = print_function(fn)
    assert "lt %i, 5" in text  # k is 5 on every path
    assert "print 5" in text
    assert "print %i" in text  # i varies round the loop


def test_folding_leaves_traps_in_place() -> None:
    fn = _fn("func @main() -> w {\nentry:\n  %x = div 1, 0\n  print %x\n  ret 0\n}\n")
    propagate_constants(fn)
    eliminate_dead_code(fn)
    assert "div 1, 0" in print_function(fn)


def test_algebraic_identities() -> None:
    fn = _fn(
        "func @f(%x) -> w {\nentry:\n  %a = add %x, 0\n  %b = mul %a, 1\n  %c = mul %b, 0\n"
        "  %d = sub %c, 0\n  print %b\n  ret %d\n}\n"
    )
    propagate_constants(fn)
    text = print_function(fn)
    assert "%a = copy %x" in text and "%b = copy %a" in text and "ret 0" in text


def test_copy_propagation_and_dead_code() -> None:
    fn = _fn("""
func @f(%x) -> w {
entry:
  %a = copy %x
  %b = add %a, 1
  %unused = mul %b, 3
  %x = copy 4
  %c = add %a, %x
  ret %c
}
""")
    assert propagate_copies(fn)
    assert eliminate_dead_code(fn)
    text = print_function(fn)
    assert "%b = add %x, 1" not in text  # b was dead too
    assert "%unused" not in text
    assert "%c = add %a, 4" in text  # a keeps the old x: not replaced after x changes


def test_coalescing_removes_the_expression_temp() -> None:
    fn = _fn("func @f(%i) -> w {\nentry:\n  %t = add %i, 1\n  %i = copy %t\n  ret %i\n}\n")
    assert coalesce_copies(fn)
    eliminate_dead_code(fn)
    assert print_function(fn).count("\n  ") == 2  # `%i = add %i, 1` and `ret %i`


def test_slot_promotion() -> None:
    fn = _fn("""
func @f() -> w {
  slot $x
  slot $arr[3]
  slot $taken
entry:
  store [$x], 5
  %v = load [$x]
  store [$arr+1], %v
  %p = copy $taken
  ret %v
}
""")
    assert promote_slots(fn)
    assert [s.name for s in fn.slots] == ["arr", "taken"]
    kinds = [type(i) for i in fn.blocks[0].instrs]
    assert kinds[:3] == [Copy, Copy, Store]
    assert not promote_slots(fn)


def test_printf_with_a_constant_format_becomes_print_cards() -> None:
    module = parse_module("""
const global @fmt = "x=%d c=%c s=%s %%\\n"
const global @word = "ok"
const global @wide = "%5d\\n"
func @main() -> w {
  slot $va[3]
  slot $vb
entry:
  store [$va], 42
  store [$va+1], 65
  store [$va+2], @word
  %n = call @printf(@fmt, $va)
  store [$vb], 7
  %m = call @printf(@wide, $vb)
  %p = call @puts(@word)
  %q = call @putchar(33)
  print %m
  ret 0
}
""")
    expected = interpret(link(module)).output
    assert specialise_output(module)
    main = module.functions[0]
    prints = [i for i in main.blocks[0].instrs if isinstance(i, Print)]
    calls = [i.target.name for i in main.blocks[0].instrs if isinstance(i, Call)]  # type: ignore[union-attr]
    assert calls == ["__print_str", "printf"]  # %s, and the width format whose count is used
    assert len(prints) > 10
    assert [s.name for s in main.slots] == ["vb"]
    assert interpret(link(module)).output == expected == "x=42 c=A s=ok %\n    7\nok\n!6"


def test_a_program_with_its_own_printf_is_left_alone() -> None:
    module = parse_module("""
const global @fmt = "hi"
func @printf(%f, %a) -> w {
entry:
  ret 7
}
func @main() -> w {
entry:
  %n = call @printf(@fmt, 0)
  ret 0
}
""")
    assert not specialise_output(module)


def test_whole_pipeline_preserves_meaning() -> None:
    text = """
func @collatz(%n) -> w {
entry:
  %steps = copy 0
  jmp head
head:
  %one = eq %n, 1
  br %one, done, step
step:
  %r = rem %n, 2
  %even = eq %r, 0
  br %even, half, triple
half:
  %n = div %n, 2
  jmp next
triple:
  %t = mul %n, 3
  %n = add %t, 1
  jmp next
next:
  %steps = add %steps, 1
  jmp head
done:
  ret %steps
}

func @main() -> w {
  slot $unused
entry:
  %x = call @collatz(27)
  print %x
  ret 0
}
"""
    before = interpret(link(parse_module(text)))
    module = parse_module(text)
    optimise_module(module)
    after = interpret(link(module))
    assert before.output == after.output == "111"  # 27 reaches 1 in 111 steps (a known result)
    assert after.stats.instructions <= before.stats.instructions
    optimise_function(module.functions[0])  # a fixed point: nothing more to do
    assert print_module(module) == print_module(module)


def test_dead_loads_go_but_stores_stay() -> None:
    fn = _fn("func @f(%p) -> w {\nentry:\n  %v = load [%p]\n  store [%p], 1\n  ret 0\n}\n")
    eliminate_dead_code(fn)
    kinds = [type(i) for i in fn.blocks[0].instrs]
    assert Load not in kinds and Store in kinds


def test_address_folding_moves_offsets_into_loads_and_stores() -> None:
    from compilers.opt.addresses import fold_addresses

    text = """
global @a[10]
func @f(%p: ptr, %j) -> w {
entry:
  %q = add %p, 3
  %v = load [%q]
  %r = sub %p, 1
  store [%r+2], %v
  %k = add 1, %j
  %at = add @a, %k
  %w = load [%at]
  %at2 = add %k, @a
  %w2 = load [%at2]
  %p = add %p, 1
  %x = load [%p]
  ret %w
}
func @main() -> w {
entry:
  store [@a+4], 11
  %r = call @f(@a, 3)
  print %r
  ret 0
}
"""
    module = parse_module(text)
    expected = interpret(link(module)).output
    fn = module.functions[0]
    assert fold_addresses(fn)
    printed = print_function(fn)
    assert "load [%p+3]" in printed and "store [%p+1], %v" in printed
    assert "%x = load [%p]" in printed  # p was assigned again: nothing to fold
    assert interpret(link(module)).output == expected == "11"


def test_printf_is_left_alone_when_a_stored_value_changes_before_the_call() -> None:
    module = parse_module("""
const global @fmt = "%d\\n"
func @main() -> w {
  slot $va
entry:
  %x = copy 1
  store [$va], %x
  %x = add %x, 1
  %n = call @printf(@fmt, $va)
  ret 0
}
""")
    assert not specialise_output(module)
    assert interpret(link(module)).output == "1\n"
