"""The back end: liveness, register allocation under pressure, the calling convention, .line directives,
the peephole pass and legalisation."""

from __future__ import annotations

from babbage import assemble, run
from compilers import driver
from compilers.backend.asm import Asm, instr, label, render
from compilers.backend.isel import mangle
from compilers.backend.legalize import legalize_module, low_mask_bits
from compilers.backend.liveness import liveness
from compilers.backend.peephole import peephole
from compilers.backend.regalloc import ALLOCATABLE, allocate, intervals
from compilers.ir import parse_module
from compilers.ir.nodes import Call, Sym

PRESSURE = """
func @f(%p0, %p1) -> w {
entry:
  %a = add %p0, 1
  %b = add %p0, 2
  %c = add %p0, 3
  %d = add %p0, 4
  %e = add %p0, 5
  %s = add %a, %b
  %s = add %s, %c
  %s = add %s, %d
  %s = add %s, %e
  %s = add %s, %p1
  ret %s
}

func @main() -> w {
entry:
  %r = call @f(10, 100)
  print %r
  ret 0
}
"""

LOOP = """
func @main() -> w {
entry:
  %i = copy 0
  %n = copy 10
  %acc = copy 0
  jmp head
head:
  %c = lt %i, %n
  br %c, body, done
body:
  %acc = add %acc, %i
  %i = add %i, 1
  jmp head
done:
  print %acc
  ret 0
}
"""


def test_liveness_carries_values_around_a_loop() -> None:
    fn = parse_module(LOOP).functions[0]
    live = liveness(fn)
    assert live.live_in["head"] == {"i", "n", "acc"}
    assert live.live_out["body"] == {"i", "n", "acc"}
    assert live.live_in["done"] == {"acc"}
    assert live.live_out["done"] == set()


def _interfere(fn_text: str) -> None:
    """No two temps whose intervals overlap share a register."""
    fn = parse_module(fn_text).functions[0]
    alloc = allocate(fn)
    spans = {i.temp: i for i in intervals(fn)}
    names = list(alloc.registers)
    for x in names:
        for y in names:
            if x < y and alloc.registers[x] == alloc.registers[y]:
                a, b = spans[x], spans[y]
                assert a.end < b.start or b.end < a.start, (x, y)


def test_pressure_spills_and_registers_never_clash() -> None:
    fn = parse_module(PRESSURE).functions[0]
    alloc = allocate(fn)
    assert alloc.spilled, "seven values live at once cannot fit in three registers"
    assert set(alloc.registers.values()) <= set(ALLOCATABLE)
    assert not set(alloc.registers) & set(alloc.spilled)
    _interfere(PRESSURE)
    _interfere(LOOP)


def test_spilled_code_computes_the_right_value() -> None:
    # (11 + 12 + 13 + 14 + 15) + 100 = 165, worked by hand
    for level in (0, 1):
        compiled = driver.compile_module(parse_module(PRESSURE), driver.CompileOptions(opt_level=level))
        assert compiled.ok
        # spill slots in the frame: below FP at -O0, addressed from SP in a frameless function at -O1
        assert ("[FP-" if level == 0 else "[SP+") in compiled.assembly
        assert driver.run_compiled(compiled).output == "165"


def test_values_live_across_a_call_are_kept_in_the_frame() -> None:
    text = """
func @id(%x) -> w {
entry:
  ret %x
}

func @main() -> w {
entry:
  %keep = call @id(7)
  %other = call @id(8)
  %sum = add %keep, %other
  print %sum
  ret 0
}
"""
    fn = parse_module(text).functions[1]
    alloc = allocate(fn)
    assert "keep" in alloc.spilled
    assert "other" not in alloc.spilled
    compiled = driver.compile_module(parse_module(text))
    assert driver.run_compiled(compiled).output == "15"


def test_calling_convention_and_line_directives() -> None:
    text = """
func @add3(%a, %b, %c) -> w {
  .line 2
entry:
  %s = add %a, %b
  .line 3
  %s = add %s, %c
  ret %s
}

func @main() -> w {
entry:
  .line 7
  %r = call @add3(1, 20, 300)
  print %r
  ret 0
}
"""
    compiled = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=0))
    asm = compiled.assembly
    # arguments pushed right to left, the caller removes them, the callee builds an FP frame
    assert "PUSH   300\n        PUSH   20\n        PUSH   1\n        CALL   add3\n        ADD    SP, 3" in asm
    assert "add3:\n        .line 2\n        PUSH   FP\n        LOAD   FP, SP" in asm
    assert "[FP+2]" in asm and "[FP+4]" in asm
    assert "        .line 3\n" in asm and "        .line 7\n" in asm
    assert "        .text\n__start:\n        CALL   main\n        HALT\n" in asm
    result = driver.run_compiled(compiled)
    assert result.output == "321"
    assert compiled.line_map[7]  # source line 7 has cards
    assert compiled.stack_words == 3 + 2 + 2  # main's frame and add3's (args, return, FP)


def test_a_trap_maps_back_to_its_source_line() -> None:
    text = "func @main() -> w {\nentry:\n  .line 12\n  %z = div 1, 0\n  print %z\n  ret 0\n}\n"
    compiled = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=0))
    result = driver.run_compiled(compiled)
    assert result.status == "division_by_zero"
    assert result.source_line == 12


def test_wide_constants_become_data_words() -> None:
    big = 10**48 + 7
    text = f"func @main() -> w {{\nentry:\n  %x = copy {big}\n  %y = add %x, {big}\n  print %y\n  ret 0\n}}\n"
    compiled = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=0))
    assert "__const0:" in compiled.assembly
    assert driver.run_compiled(compiled).output == str(2 * big)


def test_names_that_are_registers_are_mangled() -> None:
    assert mangle("a") == "_a" and mangle("SP") == "_SP" and mangle("main") == "main"
    text = (
        "global @a = 5\nfunc @b() -> w {\nentry:\n  %v = load [@a]\n  ret %v\n}\n"
        "func @main() -> w {\nentry:\n  %r = call @b()\n  print %r\n  ret 0\n}\n"
    )
    compiled = driver.compile_module(parse_module(text))
    assert compiled.ok, compiled.render_diagnostics()
    assert driver.run_compiled(compiled).output == "5"


def test_legalize_turns_bitwise_and_alloc_into_calls() -> None:
    text = (
        "func @f(%x, %y) -> w {\nentry:\n  %a = and %x, %y\n  %b = shl %x, %y\n  %c = shl %x, 3\n"
        "  %d = and %x, 255\n  %e = xor %x, 1\n  %p = alloc 4\n  ret %a\n}\n"
    )
    module = legalize_module(parse_module(text))
    calls = [i.target for i in module.functions[0].blocks[0].instrs if isinstance(i, Call)]
    assert calls == [Sym("__and"), Sym("__shl"), Sym("__xor"), Sym("malloc")]
    assert low_mask_bits(255) == 8 and low_mask_bits(254) is None and low_mask_bits(0) is None


def test_peephole_rules() -> None:
    lines = [
        label("f"),
        instr("LOAD", "A", "A"),
        instr("JMP", "f.next"),
        label("f.next"),
        instr("STOR", "A", "[FP-1]"),
        instr("LOAD", "A", "[FP-1]"),
        instr("JLT", "f.skip"),
        instr("JMP", "f.far"),
        label("f.skip"),
        instr("PRINT", "2"),
        instr("JMP", "f.hop"),
        instr("PRINT", "1"),
        label("f.hop"),
        instr("JMP", "f.far"),
        label("f.far"),
        instr("HALT"),
    ]
    out = [x.text().strip() for x in peephole(lines)]
    assert "LOAD   A, A" not in out
    assert "JMP    f.next" not in out
    assert "LOAD   A, [FP-1]" not in out
    assert "PRINT  1" not in out  # unreachable after a jump
    assert "JGE    f.far" in out  # Jcc over a JMP inverted
    assert "JMP    f.hop" not in out  # threaded: the jump to a jump goes straight on
    assert out[-1] == "HALT"


def test_render_emits_line_directives_only_on_change() -> None:
    text = render([Asm("NOP", (), None, 3), Asm("NOP", (), None, 3), Asm("NOP", (), None, 4)])
    assert text.count("        .line 3") == 1 and text.count("        .line 4") == 1


def test_o1_code_is_smaller_than_o0_and_runs_the_same() -> None:
    text = LOOP.replace("print %acc", "print %acc\n  printc 10")
    fast = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=1))
    slow = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=0))
    a, b = driver.run_compiled(fast), driver.run_compiled(slow)
    assert a.output == b.output == "45\n"
    assert a.stats.instructions < b.stats.instructions


def test_generated_assembly_assembles_directly() -> None:
    compiled = driver.compile_module(parse_module(LOOP))
    program = assemble(compiled.assembly, "loop.bab")
    assert run(program).output == "45"


def test_a_file_name_with_quotes_survives_into_the_debug_information() -> None:
    text = "func @main() -> w {\nentry:\n  .line 3\n  %x = div 1, 0\n  ret 0\n}\n"
    compiled = driver.compile_module(
        parse_module(text), driver.CompileOptions(opt_level=0), filename='a"b\\c.ir'
    )
    result = driver.run_compiled(compiled)
    assert (result.status, result.source_file, result.source_line) == ("division_by_zero", 'a"b\\c.ir', 3)


def test_spilled_addresses_borrow_a_register_for_read_and_store() -> None:
    text = """
func @nothing() -> void {
entry:
  ret
}

func @main() -> w {
  slot $cells[3]
entry:
  %p = add $cells, 1
  %q = copy 40
  %r = add $cells, 2
  %keep = copy 5
  call @nothing()
  %ok = read [%p]
  store [%r], %q
  %a = load [$cells+1]
  %b = load [$cells+2]
  %s = add %a, %b
  %s = add %s, %keep
  print %s
  ret 0
}
"""
    fn = parse_module(text).functions[1]
    assert {"p", "q", "r"} <= set(allocate(fn).spilled)  # live across the call
    for level in (0, 1):
        compiled = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=level))
        assert driver.run_compiled(compiled, stdin="7\n").output == "52"  # 7 + 40 + 5
