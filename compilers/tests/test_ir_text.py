"""The IR's text form: the printer and the parser round-trip, a golden print, and parse errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from compilers.ir import IRParseError, ModuleBuilder, Sym, Temp, parse_module, print_module
from compilers.tests.ir_programs import all_programs

GOLDEN = """\
global @count = 3
global @table[4] = 1, 2
const global @msg = "a\\tb\\n\\"q\\"\\\\\\u{7}"
global @fns: ptr = @twice

func @twice(%x, %p: ptr) -> w {
  slot $buf[2]
  .line 4
entry:
  %y = add %x, %x
  store [$buf+1], %y
  %z = load [%p-1]
  %w = wrap.u32 %z
  %c = lt %w, 10
  br %c, small, big
small:
  .line 5
  ret %y
big:
  %r = call %p(%y, @msg, -3)
  ret %r
}

func @main() -> void {
entry:
  call @twice(1, @fns)
  %m = alloc 3
  %h = heapbase
  %e = heaplimit
  %ok = read [%m]
  %ch = readc
  print %ok
  printc %ch
  halt
}
"""


def _built() -> str:
    mb = ModuleBuilder()
    mb.global_("count", [3])
    mb.global_("table", [1, 2], size=4)
    mb.global_("msg", ['a\tb\n"q"\\\x07'], const=True)
    fns = mb.module.globals
    twice = mb.function("twice", ["x", ("p", "ptr")], ret="w", line=4)
    mb.module.globals.append(type(fns[0])("fns", 1, [Sym("twice")], False, "ptr"))
    buf = twice.slot("buf", 2)
    y = twice.binary("add", twice.param(0), twice.param(0), dest=Temp("y"))
    twice.store(buf, y, 1)
    z = twice.load(twice.param(1), -1, dest=Temp("z"))
    w = twice.wrap("u32", z, dest=Temp("w"))
    c = twice.binary("lt", w, 10, dest=Temp("c"))
    twice.branch(c, "small", "big")
    twice.set_block("small")
    twice.set_line(5)
    twice.ret(y)
    twice.set_block("big")
    r = twice.call(twice.param(1), [y, Sym("msg"), -3], dest=Temp("r"))
    twice.ret(r)
    main = mb.function("main", ret="void")
    main.call("twice", [1, Sym("fns")], returns=False)
    m = main.alloc(3, dest=Temp("m"))
    main.heap_info("heapbase", dest=Temp("h"))
    main.heap_info("heaplimit", dest=Temp("e"))
    ok = main.read_int(m, dest=Temp("ok"))
    ch = main.read_char(dest=Temp("ch"))
    main.print_int(ok)
    main.print_char(ch)
    main.halt()
    return print_module(mb.finish())


def test_golden_print_of_a_built_module() -> None:
    assert _built() == GOLDEN


def test_golden_text_round_trips() -> None:
    module = parse_module(GOLDEN)
    assert print_module(module) == GOLDEN
    assert parse_module(print_module(module)) == module


@pytest.mark.parametrize("path", all_programs(), ids=lambda p: p.stem)
def test_every_program_round_trips(path: Path) -> None:
    module = parse_module(path.read_text())
    text = print_module(module)
    assert parse_module(text) == module
    assert print_module(parse_module(text)) == text


def test_builder_names_are_unique_and_blocks_are_closed() -> None:
    mb = ModuleBuilder()
    fb = mb.function("f", ["x"])
    a = fb.new_temp("x")
    b = fb.new_temp("x")
    t1, t2 = fb.new_temp(), fb.new_temp()
    assert len({a, b, t1, t2, fb.param(0)}) == 5
    l1, l2 = fb.new_block(), fb.new_block("loop")
    l3 = fb.new_block("loop")
    assert len({l1, l2, l3}) == 3
    fb.ret(1)
    fb.copy(2)  # after a terminator: goes to a fresh (dead) block
    s1, s2 = mb.string("hi"), mb.string("hi")
    assert s1 == s2
    module = mb.finish()
    assert all(block.terminator is not None for block in module.functions[0].blocks)
    assert len(module.functions[0].blocks) == 2


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        ("func @f() -> w {\nentry:\n  %x = frob 1\n  ret %x\n}\n", 3, 8, "unknown operation"),
        ("func @f() -> w {\nentry:\n  ret ?\n}\n", 3, 7, "unexpected character"),
        ("global @g[1] = 1, 2\n", 1, 20, "initialiser"),
        ("func @f() -> q {\n}\n", 1, 14, "unknown result type"),
        ("func @f() -> w {\n  %x = copy 1\n}\n", 2, 3, "before the first block"),
        ("func @f() -> w {\nentry:\n  ret 0\n", 1, 1, "no closing"),
        ("junk\n", 1, 1, "expected 'global' or 'func'"),
        ('global @s = "a\\q"\n', 1, 13, "unknown escape"),
        ("func @f() -> w {\nentry:\n  store [%x+], 1\n}\n", 3, 13, "expected an integer"),
        ("func @f() -> w {\nentry:\n  bogus 1\n}\n", 3, 3, "unknown instruction"),
    ],
)
def test_parse_errors_name_line_and_column(text: str, line: int, column: int, fragment: str) -> None:
    with pytest.raises(IRParseError) as info:
        parse_module(text, "bad.ir")
    assert (info.value.line, info.value.column) == (line, column)
    assert fragment in info.value.message
    assert str(info.value).startswith(f"bad.ir:{line}:{column}:")
