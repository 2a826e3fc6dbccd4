"""Every IR test program through every oracle: the reference interpreter, and the back end at -O0 and
-O1 on the emulator. They must all print what the program's comments expect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from compilers import driver
from compilers.ir import interpret, parse_module
from compilers.runtime import link
from compilers.tests.ir_programs import Expectations, all_programs, read_expectations

PROGRAMS = all_programs()


def _check(status: str, output: str, trap_code: int | None, expect: Expectations) -> None:
    assert output == expect.output
    assert status == expect.status
    if expect.trap_code is not None:
        assert trap_code == expect.trap_code


def _store(expect: Expectations) -> dict[str, Any]:
    """A `; store: N` program's Store size (otherwise each API's own default)."""
    return {} if expect.store is None else {"store_size": expect.store}


def _interpret(source: str, name: str, expect: Expectations) -> Any:
    module = link(parse_module(source, name))
    return interpret(module, stdin=expect.stdin, max_steps=expect.max_steps, **_store(expect))


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_interpreter(path: Path) -> None:
    source = path.read_text()
    expect = read_expectations(source)
    result = _interpret(source, path.name, expect)
    _check(result.status, result.output, result.trap_code, expect)


@pytest.mark.parametrize("level", [0, 1])
@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_back_end_on_the_emulator(path: Path, level: int) -> None:
    source = path.read_text()
    expect = read_expectations(source)
    module = parse_module(source, path.name)
    options = driver.CompileOptions(opt_level=level, **_store(expect))
    compiled = driver.compile_module(module, options, filename=path.name)
    assert compiled.ok, compiled.render_diagnostics()
    result = driver.run_compiled(compiled, stdin=expect.stdin, max_steps=expect.max_steps, **_store(expect))
    _check(result.status, result.output, result.trap_code, expect)
    if level == 1:  # the optimised IR must still mean the same thing to the interpreter
        again = interpret(link(module), stdin=expect.stdin, max_steps=expect.max_steps, **_store(expect))
        _check(again.status, again.output, again.trap_code, expect)


def test_there_are_programs() -> None:
    assert len(PROGRAMS) >= 15
