"""Helpers shared by the Engine's tests."""

from __future__ import annotations

from babbage.emulator import run
from babbage.program import Program
from babbage.result import RunResult


def observable(result: RunResult) -> tuple[object, ...]:
    """Everything a run shows the outside world, for comparing two ways of running one program."""
    return (
        result.status,
        result.output,
        result.stats.as_dict(),
        result.message,
        result.card_index,
        result.source_line,
        result.source_file,
        result.trap_code,
    )


def observed(program: Program, engine: str, **options: object) -> tuple[tuple[object, ...], list[object]]:
    """What a run shows and the events it sends, for comparing engines under the same options."""
    events: list[object] = []
    result = run(program, engine=engine, on_event=events.append, **options)  # type: ignore[arg-type]
    return observable(result), events
