"""What makes compiling fast must not change what is compiled: the runtime library's per-process caches,
the optimiser's stopping rule, the back end's shared liveness, and the cheap instruction copy."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from compilers import driver, opt
from compilers.backend.legalize import select_indexed
from compilers.backend.liveness import liveness
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
    return [
        (name, parse_module((RUNTIME_DIR / name).read_text(encoding="utf-8"), name)) for name in RUNTIME_FILES
    ]


def _functions() -> list[Function]:
    """Every function of the IR test programs and of the runtime, as parsed."""
    modules = [parse_module(p.read_text(encoding="utf-8"), p.name) for p in IR_PROGRAMS]
    modules += [part for _name, part in _runtime_parts()]
    return [fn for m in modules for fn in m.functions]


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


@pytest.mark.parametrize("fn", _functions(), ids=lambda fn: fn.name)
def test_the_optimiser_stops_at_a_true_fixed_point(fn: Function, monkeypatch: pytest.MonkeyPatch) -> None:
    rounds: list[Function] = []

    def counted(f: Function) -> bool:
        rounds.append(f)
        return propagate_constants(f)

    monkeypatch.setattr(opt, "propagate_constants", counted)
    optimise_function(fn)
    if len(rounds) == opt.MAX_ROUNDS:
        pytest.skip("stopped by MAX_ROUNDS, not at a fixed point (a loop being unrolled round by round)")
    settled = print_function(fn)
    assert not propagate_constants(fn)
    assert not propagate_copies(fn)
    assert not fold_addresses(fn)
    live = liveness(fn)
    assert not coalesce_copies(fn, live)
    assert not eliminate_dead_code(fn, live)
    assert not simplify_cfg(fn)
    assert print_function(fn) == settled


@pytest.mark.parametrize("fn", _functions(), ids=lambda fn: fn.name)
def test_select_indexed_returns_the_liveness_of_its_result(fn: Function) -> None:
    optimise_function(fn)
    live = select_indexed(fn)
    fresh = liveness(fn)
    assert live.live_in == fresh.live_in
    assert live.live_out == fresh.live_out


def test_copy_instr_is_a_shallow_copy_with_its_own_argument_list() -> None:
    for fn in _functions():
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
    assert compile_speed.main(["--lines", "60", "--runs", "2"]) == 0
    out = capsys.readouterr().out
    for word in (
        "optimise",
        "codegen",
        "assemble",
        "total",
        "target 100 ms",
        "first compile in a fresh process",
    ):
        assert word in out


def test_preload_prepares_the_front_end_and_the_whole_runtime() -> None:
    driver.preload(("c",))
    assert _routine.cache_info().currsize == len(runtime_library().functions)
    assert driver.compile("c", compile_speed.program(40)).ok
