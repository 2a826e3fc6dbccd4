"""Helpers shared by the Engine's tests."""

from __future__ import annotations

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
