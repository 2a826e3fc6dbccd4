"""The event callback: output in batches at progress points, progress every event_interval instructions."""

from __future__ import annotations

import pytest

from babbage import assemble, run
from babbage.result import OutputEvent, ProgressEvent, RunEvent

COUNT_AND_PRINT = """\
        LOAD A, 0
loop:   ADD A, 1
        PRINT A
        PRINTC 32
        CMP A, 30
        JLT loop
        HALT
"""


@pytest.mark.parametrize("engine", ["interpreter", "blocks", "native"])
def test_events_carry_all_output_and_progress(engine: str) -> None:
    events: list[RunEvent] = []
    result = run(assemble(COUNT_AND_PRINT), on_event=events.append, event_interval=25, engine=engine)
    expected = "".join(f"{i} " for i in range(1, 31))
    assert result.output == expected
    text = "".join(e.text for e in events if isinstance(e, OutputEvent))
    assert text == expected
    progress = [e for e in events if isinstance(e, ProgressEvent)]
    # 1 + 30 * 5 + 1 = 152 instructions: progress at 25, 50, ..., 150, then the final one.
    assert [p.instructions for p in progress] == [25, 50, 75, 100, 125, 150, 152]
    assert progress[-1].simulated_seconds == result.stats.simulated_seconds
    assert len([e for e in events if isinstance(e, OutputEvent)]) <= 7


def test_without_callback_there_are_no_events_and_same_result() -> None:
    program = assemble(COUNT_AND_PRINT)
    quiet = run(program)
    events: list[RunEvent] = []
    loud = run(program, on_event=events.append, event_interval=7)
    assert quiet.output == loud.output
    assert quiet.stats == loud.stats
