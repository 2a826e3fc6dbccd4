"""What makes compiling fast must not change what is compiled: the runtime library's per-process caches,
the optimiser's stopping rule, the back end's shared liveness, and the cheap instruction copy."""

from __future__ import annotations

import copy
import gc
from pathlib import Path

import pytest

from compilers import driver, opt
from compilers.backend.legalize import select_indexed
from compilers.backend.liveness import Liveness, liveness
from compilers.bench import compile_speed
from compilers.ir import parse_module, print_module
from compilers.ir.nodes import Call, Function, Module, clone_function, copy_instr
from compilers.ir.printer import print_function
from compilers.opt import optimise_function
from compilers.opt.addresses import fold_addresses
from compilers.opt.constprop import propagate_constants
from compilers.opt.copyprop import propagate_copies
from compilers.opt.dce import coalesce_copies, eliminate_dead_code
from compilers.opt.simplify_cfg import simplify_cfg
from compilers.runtime import link, runtime_library
from compilers.runtime.link import RUNTIME_DIR, RUNTIME_FILES, _index, _parsed, _routine

IR_PROGRAMS = sorted((Path(__file__).parent / "ir").glob("*.ir"))


def _runtime_parts() -> list[tuple[str, Module]]:
    """The runtime files parsed as the library parses them (each routine's lines its own)."""
    return [
        (name, parse_module((RUNTIME_DIR / name).read_text(encoding="utf-8"), name, own_lines=True))
        for name in RUNTIME_FILES
    ]


def _functions() -> list[tuple[str, Function]]:
    """Every function of the IR test programs and of the runtime, as parsed, named "file:function"."""
    named = [(p.name, parse_module(p.read_text(encoding="utf-8"), p.name)) for p in IR_PROGRAMS]
    named += list(_runtime_parts())
    return [(f"{file}:{fn.name}", fn) for file, module in named for fn in module.functions]


# Functions whose loops constant propagation unrolls one round at a time: the optimiser stops them at
# MAX_ROUNDS by design, not at a fixed point. Named here so that a new one is noticed, not passed over.
STOPPED_BY_ROUND_LIMIT = {"loops.ir:main", "float64.ir:f64_digits"}


def test_the_runtime_index_names_what_each_file_defines() -> None:
    index = _index()
    expected = {
        name: file
        for file, part in _runtime_parts()
        for name in [*(f.name for f in part.functions), *(g.name for g in part.globals)]
    }
    assert index == expected


def test_routines_optimised_one_by_one_are_the_library_optimised_whole() -> None:
    cached = {fn.name: print_function(fn) for fn in runtime_library().functions}
    for _file, part in _runtime_parts():
        for fn in part.functions:
            optimise_function(fn)
            assert cached[fn.name] == print_function(fn)


def test_linking_copies_so_the_cached_routines_never_change() -> None:
    source = 'func @main() -> w {\nentry:\n  %n = call @strlen(@s)\n  ret %n\n}\nconst global @s = "abc"\n'
    first = link(parse_module(source))
    before = print_module(first)
    for fn in first.functions:
        for block in fn.blocks:
            block.instrs.clear()
    assert print_module(link(parse_module(source))) == before


def test_a_program_that_links_nothing_parses_no_runtime_file() -> None:
    _parsed.cache_clear()
    _routine.cache_clear()
    runtime_library.cache_clear()
    result = driver.compile_module(parse_module("func @main() -> w {\nentry:\n  print 7\n  ret 0\n}\n"))
    assert result.ok
    assert _parsed.cache_info().currsize == 0


@pytest.mark.parametrize(("name", "fn"), _functions(), ids=[name for name, _fn in _functions()])
def test_the_optimiser_stops_at_a_true_fixed_point(
    name: str, fn: Function, monkeypatch: pytest.MonkeyPatch
) -> None:
    rounds: list[Function] = []

    def counted(f: Function, live: Liveness | None = None) -> bool:
        rounds.append(f)
        return propagate_constants(f, live)

    monkeypatch.setattr(opt, "propagate_constants", counted)
    optimise_function(fn)
    if name in STOPPED_BY_ROUND_LIMIT:
        assert len(rounds) == opt.MAX_ROUNDS
        return
    assert len(rounds) < opt.MAX_ROUNDS
    settled = print_function(fn)
    assert not propagate_constants(fn)
    assert not propagate_copies(fn)
    assert not fold_addresses(fn)
    live = liveness(fn)
    assert not coalesce_copies(fn, live)
    assert not eliminate_dead_code(fn, live)
    assert not simplify_cfg(fn)
    assert print_function(fn) == settled


@pytest.mark.parametrize(("name", "fn"), _functions(), ids=[name for name, _fn in _functions()])
def test_select_indexed_returns_the_liveness_of_its_result(name: str, fn: Function) -> None:
    optimise_function(fn)
    live = select_indexed(fn)
    fresh = liveness(fn)
    assert live.live_in == fresh.live_in
    assert live.live_out == fresh.live_out


def test_copy_instr_is_a_shallow_copy_with_its_own_argument_list() -> None:
    for _name, fn in _functions():
        for block in fn.blocks:
            for instr in block.instrs:
                c = copy_instr(instr)
                assert c == instr and c is not instr and c == copy.copy(instr)
                if isinstance(instr, Call):
                    assert isinstance(c, Call) and c.args is not instr.args
        assert print_function(clone_function(fn)) == print_function(fn)


def test_every_stage_is_timed_in_wall_and_cpu_time() -> None:
    result = driver.compile("c", compile_speed.program(60), filename="speed.c")
    assert result.ok, result.render_diagnostics()
    assert set(result.stage_cpu_seconds) == set(result.stage_seconds)
    assert all(seconds >= 0 for seconds in result.stage_cpu_seconds.values())


def test_the_benchmark_reports_stages_total_target_and_first_compile(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Small sizes of the one-function and Python cases: what they print, not what they measure.
    argv = ["--lines", "60", "--runs", "2", "--huge-lines", "300,600", "--python-lines", "40"]
    assert compile_speed.main(argv) == 0
    out = capsys.readouterr().out
    for word in (
        "optimise",
        "codegen",
        "assemble",
        "total",
        "target 100 ms",
        "first compile in a fresh process",
        "first compile in a worker forked after preloading",
        "one C function of 300 lines",
        "one C function of 600 lines",
        "IR instructions as lowered",
        "the Python program of",
    ):
        assert word in out


def test_the_one_function_program_is_one_function_of_about_the_lines_asked() -> None:
    source = compile_speed.huge_function(400)
    assert 395 <= source.count("\n") <= 400
    result = driver.compile("c", source, driver.CompileOptions(keep_lowered=True), filename="huge.c")
    assert result.ok, result.render_diagnostics()
    assert result.lowered is not None
    assert [fn.name for fn in result.lowered.functions] == ["main"]


def test_no_collection_runs_during_a_compile_and_the_collector_resumes_as_it_was() -> None:
    phases: list[str] = []

    def noted(phase: str, _info: dict[str, int]) -> None:
        phases.append(phase)

    was_running = gc.isenabled()  # the test processes collect between tests (conftest.py)
    gc.enable()
    gc.callbacks.append(noted)
    try:
        assert driver.compile("c", compile_speed.program(200), filename="speed.c").ok
        assert phases == []  # a compile of this size allocates enough to set off several otherwise
        assert gc.isenabled()
        gc.disable()  # a caller that paused it itself finds it still paused
        assert driver.compile("c", compile_speed.program(40), filename="speed.c").ok
        assert not gc.isenabled()
    finally:
        gc.callbacks.remove(noted)
        if not was_running:
            gc.disable()
        else:
            gc.enable()


def test_preload_prepares_the_front_end_and_the_whole_runtime() -> None:
    driver.preload(("c",))
    assert _routine.cache_info().currsize == len(runtime_library().functions)
    assert driver.compile("c", compile_speed.program(40)).ok


def test_the_text_forms_made_when_read_are_those_of_their_stage() -> None:
    """The tree's and the IR's text are made on first reading, after linking and legalising have run:
    they must still show the checked tree and the optimised, unlinked IR."""
    from compilers.diagnostics import DiagnosticBag
    from compilers.frontends.c import FRONTEND

    source = (
        "#include <stdio.h>\n#include <stdlib.h>\n"
        "int main(void) {\n"
        "    int a[4];\n"
        "    int *p = malloc(3 * sizeof(int));\n"
        "    for (int i = 0; i < 4; i++) a[i] = i * i;\n"
        "    int *q = &a[3] - 1;\n"
        '    printf("%s %d %d\\n", "x", *q, p != 0);\n'
        "    return 0;\n"
        "}\n"
    )
    for level in (0, 1):
        result = driver.compile("c", source, driver.CompileOptions(opt_level=level), filename="t.c")
        assert result.ok, result.render_diagnostics()
        assert "ast" not in result.texts and "ir" not in result.texts  # nothing made yet
        bag = DiagnosticBag()
        checked = FRONTEND.check(FRONTEND.parse(FRONTEND.lex(source, "t.c", bag), bag), bag)
        module = FRONTEND.lower(checked, bag)
        if level:
            opt.optimise_module(module)
        assert result.ast == FRONTEND.dump_ast(checked)
        assert result.ir == print_module(module)
        assert "func @malloc" not in result.ir  # the program's IR, before linking


def test_the_assemblers_shortcuts_build_what_its_general_path_builds() -> None:
    """Repeated lines are parsed and built once, and label lines and `.line` have a fast path. A unique
    comment on every line takes all of that away: the program must come out the same."""
    from babbage import assemble

    text = driver.compile("c", compile_speed.program(120), filename="speed.c").assembly
    unique = "\n".join(f"{line} ; {n}" for n, line in enumerate(text.splitlines())) + "\n"
    fast, general = assemble(text, "speed.bab"), assemble(unique, "speed.bab")
    assert fast.instructions == general.instructions and fast.data == general.data
    assert fast.line_map == general.line_map and fast.labels == general.labels
    assert (fast.entry, fast.heap_size) == (general.entry, general.heap_size)


def test_a_repeated_line_reports_its_error_at_every_place() -> None:
    from babbage import AssemblyError, assemble

    text = "        .text\nstart:\n        JMP    nowhere\n        JMP    nowhere\nstart:\n        .line 0\n"
    with pytest.raises(AssemblyError) as failure:
        assemble(text, "bad.bab")
    found = [(d.line, d.column, d.message) for d in failure.value.diagnostics]
    assert found == [
        (3, 16, "undefined label 'nowhere'"),
        (4, 16, "undefined label 'nowhere'"),
        (5, 1, "label 'start' is already defined on line 2"),
        (6, 15, ".line takes a line number from 1"),
    ]
