"""A stand-in compiler and Engine for tests of the machinery around them (failures, limits, timing).

Programs are lines of commands: `print TEXT`, `echo` (prints stdin), `trap NAME`, `loop` (spends the
budget), `crash` (the compiler itself fails), `error MESSAGE` (a compile error at that line), `wait
SECONDS`. Installed at the one seam, execution.toolchain, by the `fake_engine` fixture.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from babbage.result import OutputEvent, ProgressEvent, RunResult, Statistics


@dataclass(frozen=True)
class FakeDiagnostic:
    line: int
    message: str
    severity: str = "error"

    def as_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "code": "syntax",
            "message": self.message,
            "line": self.line,
            "column": 1,
            "end_line": self.line,
            "end_column": 2,
        }


@dataclass
class FakeCompiled:
    lines: list[str]
    diagnostics: list[FakeDiagnostic] = field(default_factory=list)
    ir: str = "fake ir"
    assembly: str = "HALT"
    deck: str = "card 0"
    line_map: dict[int, list[int]] = field(default_factory=lambda: {1: [0]})
    tokens: list[str] = field(default_factory=list)
    ast: str = ""
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)


def compile_program(language: str, source: str, *, store_size: int | None) -> FakeCompiled:
    lines = source.splitlines()
    diagnostics = [
        FakeDiagnostic(i, line[6:]) for i, line in enumerate(lines, 1) if line.startswith("error ")
    ]
    if any(line.strip() == "crash" for line in lines):
        raise RuntimeError("the compiler fell over")
    return FakeCompiled(lines, diagnostics)


def run_program(compiled: FakeCompiled, *, stdin: str, limits: Any, on_event: Any = None) -> RunResult:
    output = ""
    steps = 0

    def emit(text: str) -> str | None:
        nonlocal output
        room = limits.max_output - len(output)
        if on_event:
            on_event(OutputEvent("output", text[:room]))
        output += text[:room]
        return "output_limit" if len(text) > room else None

    for number, line in enumerate(compiled.lines, 1):
        command, _, argument = line.partition(" ")
        steps += 1
        if on_event:
            on_event(ProgressEvent("progress", steps, steps * 1.5))
        stopped = None
        if command == "print":
            stopped = emit(argument + "\n")
        elif command == "echo":
            stopped = emit(stdin)
        elif command == "wait":
            time.sleep(float(argument))
        elif command == "loop":
            stopped = "budget_exhausted"
            steps = limits.max_steps
        elif command == "trap":
            stopped = argument
        if stopped:
            return RunResult(
                stopped, output, _stats(steps, number), f"stopped: {stopped}", source_line=number
            )
    return RunResult("halted", output, _stats(steps, len(compiled.lines)))


def _stats(steps: int, lines: int) -> Statistics:
    return Statistics(
        instructions=steps,
        mill_operations={"add": steps},
        store_reads=steps,
        store_writes=1,
        simulated_seconds=steps * 1.5,
        seconds_by_line=dict.fromkeys(range(1, lines + 1), 1.5),
    )
