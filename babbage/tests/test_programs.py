"""The corpus: every programs/*.bab runs against the expectations written in its comments.

    ; expect: TEXT                    a line of output (a newline follows it)
    ; expect output: 'PYTHON LITERAL'  the whole output, exactly (for output without a final newline)
    ; stdin: TEXT                     a line of input (a newline follows it)
    ; expect runtime error: NAME      the run stops with this trap (default: halted)
    ; expect line: N / file: NAME / trap code: N    where it stopped
    ; expect error: LINE:COL: MESSAGE an assembly error (all of them, in order)
    ; store: N / max-steps: N / max-output: N     run limits

Each program also runs on the block compiler, from its card deck and from its disassembly: all must give
the same observable result as the step-by-step interpreter.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from babbage import AssemblyError, assemble, decode_deck, disassemble, encode_deck, run
from babbage.tests.conftest import observable

PROGRAMS = sorted((Path(__file__).parent / "programs").glob("*.bab"))


@dataclass
class Expectations:
    output_lines: list[str] = field(default_factory=list)
    output: str | None = None
    stdin_lines: list[str] = field(default_factory=list)
    status: str = "halted"
    line: int | None = None
    file: str | None = None
    trap_code: int | None = None
    errors: list[str] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)

    @property
    def expected_output(self) -> str:
        if self.output is not None:
            return self.output
        return "".join(line + "\n" for line in self.output_lines)

    @property
    def stdin(self) -> str:
        return "".join(line + "\n" for line in self.stdin_lines)


LIMIT_KEYS = {"store": "store_size", "max-steps": "max_steps", "max-output": "max_output"}


def parse_expectations(source: str) -> Expectations:
    expect = Expectations()
    for raw in source.splitlines():
        if not raw.startswith("; "):
            continue
        key, sep, value = raw[2:].partition(": ")
        if not sep:
            continue
        if key == "expect":
            expect.output_lines.append(value)
        elif key == "expect output":
            expect.output = ast.literal_eval(value)
        elif key == "stdin":
            expect.stdin_lines.append(value)
        elif key == "expect runtime error":
            expect.status = value
        elif key == "expect line":
            expect.line = int(value)
        elif key == "expect file":
            expect.file = value
        elif key == "expect trap code":
            expect.trap_code = int(value)
        elif key == "expect error":
            expect.errors.append(value)
        elif key in LIMIT_KEYS:
            expect.limits[LIMIT_KEYS[key]] = int(value)
    return expect


@pytest.mark.parametrize("path", PROGRAMS, ids=[path.stem for path in PROGRAMS])
def test_program(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    expect = parse_expectations(source)
    if expect.errors:
        with pytest.raises(AssemblyError) as info:
            assemble(source, path.name)
        found = [f"{d.line}:{d.column}: {d.message}" for d in info.value.diagnostics]
        assert found == expect.errors
        assert all(d.file == path.name for d in info.value.diagnostics)
        return
    program = assemble(source, path.name)
    options = dict(expect.limits)
    result = run(program, stdin=expect.stdin, engine="interpreter", **options)  # type: ignore[arg-type]
    assert result.output == expect.expected_output
    assert result.status == expect.status, result.message
    if expect.line is not None:
        assert result.source_line == expect.line
    if expect.file is not None:
        assert result.source_file == expect.file
    if expect.trap_code is not None:
        assert result.trap_code == expect.trap_code

    blocks = run(program, stdin=expect.stdin, engine="blocks", **options)  # type: ignore[arg-type]
    assert observable(blocks) == observable(result)
    native = run(program, stdin=expect.stdin, engine="native", **options)  # type: ignore[arg-type]
    assert observable(native) == observable(result)
    from_deck = run(decode_deck(encode_deck(program)), stdin=expect.stdin, **options)  # type: ignore[arg-type]
    assert observable(from_deck) == observable(result)
    reassembled = assemble(disassemble(program), "disassembly.bab")
    assert reassembled.instructions == program.instructions
    assert reassembled.data == program.data
    assert (reassembled.heap_size, reassembled.entry) == (program.heap_size, program.entry)
    assert reassembled.line_map == program.line_map
