"""An estimate of a program's Engine cost for one input: it is run under a small budget of steps; a
run that finishes gives its exact figures. One that does not is extrapolated from how much of its input
it had read (a program that reads its input as it works has done about that share of its work: the rest
is assumed to cost as much per character), and when that says nothing (no input, all of it read, none of
it read) the figures are a lower bound, said as such."""

from __future__ import annotations

from dataclasses import dataclass

from babbage.diagnostics import LoadError
from babbage.result import HALTED
from babbage.timing import format_duration
from compilers.driver import CompileResult, run_compiled

# Steps the estimate runs for: enough for a student's program to finish, few enough that the explorer,
# which analyses every compile, stays quick (the Engine runs some 4 million calls or 45 million loop
# instructions a CPU second: a quarter of a second at worst; compilers/bench/analysis_speed.py).
ESTIMATE_STEPS = 1_000_000


@dataclass(frozen=True, slots=True)
class CostEstimate:
    finished: bool  # the run ended within the budget (halted or stopped by a trap)
    instructions: int  # cards executed: exact when finished, else the budget (a lower bound)
    engine_seconds: float  # simulated Engine time of those instructions
    budget: int
    status: str  # the run's status: "halted", a trap, "budget_exhausted"
    method: str  # how the figures were made, for people
    max_stack_depth: int  # the deepest the stack went in the steps run
    columns_used: int  # Store columns used: static data, heap at its peak, stack at its deepest
    hottest_line: int | None = None  # a run that did not finish: the line that took most of its time
    projected_instructions: int | None = None  # extrapolated from the input read, when that was possible
    projected_seconds: float | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "estimate": True,
            "finished": self.finished,
            "instructions": self.instructions,
            "instructions_at_least": not self.finished,
            "engine_seconds": self.engine_seconds,
            "budget_steps": self.budget,
            "status": self.status,
            "method": self.method,
            "max_stack_depth": self.max_stack_depth,
            "columns_used": self.columns_used,
            "hottest_line": self.hottest_line,
            "projected_instructions": self.projected_instructions,
            "projected_engine_seconds": self.projected_seconds,
        }


def estimate_cost(result: CompileResult, stdin: str, budget: int = ESTIMATE_STEPS) -> CostEstimate:
    """Runs the compiled program on `stdin` for at most `budget` steps and says what that shows."""
    try:
        run = run_compiled(result, stdin=stdin, max_steps=budget, max_output=65536)
    except LoadError as exc:  # a Store too small for the program's data: it cannot start
        return CostEstimate(True, 0, 0.0, budget, "load", f"it cannot start: {exc}", 0, 0)
    stats = run.stats
    finished = run.status not in ("budget_exhausted", "output_limit")
    projected: tuple[int, float] | None = None
    seconds = stats.simulated_seconds
    if run.status == HALTED:
        method = f"ran to its end in {stats.instructions:,} steps with this input: exact for this input"
    elif finished:
        method = (
            f"stopped after {stats.instructions:,} steps with this input ({run.message or run.status}): "
            "the cost up to where it stopped"
        )
    elif run.status == "output_limit":
        method = (
            f"stopped at the output limit after {stats.instructions:,} steps: "
            f"at least {stats.instructions:,} instructions and {format_duration(seconds)} of Engine time"
        )
    else:
        method = (
            f"did not finish in {budget:,} steps: at least {stats.instructions:,} instructions "
            f"and {format_duration(seconds)} of Engine time"
        )
        share = _share_of_input_read(run.input_read, len(stdin))
        if share is None:
            method += " (a lower bound; run it to see the whole cost)"
        else:
            projected = (round(stats.instructions / share), seconds / share)
            method += (
                f"; it had read {run.input_read:,} of the {len(stdin):,} characters of its input, so if "
                f"the rest costs as much per character: about {projected[0]:,} instructions and "
                f"{format_duration(projected[1])} in all (an extrapolation)"
            )
        hot = _hottest_line(stats.seconds_by_line, seconds)
        if hot is not None:
            method += f"; {hot[1]:.0%} of that time went to line {hot[0]}"
    hottest = _hottest_line(stats.seconds_by_line, seconds) if not finished else None
    return CostEstimate(
        projected_instructions=projected[0] if projected is not None else None,
        projected_seconds=projected[1] if projected is not None else None,
        hottest_line=hottest[0] if hottest is not None else None,
        finished=finished,
        instructions=stats.instructions,
        engine_seconds=seconds,
        budget=budget,
        status=run.status,
        method=method,
        max_stack_depth=stats.max_stack_depth,
        columns_used=stats.columns_used,
    )


def _hottest_line(seconds_by_line: dict[int, float], total: float) -> tuple[int, float] | None:
    """The program's line that took the most Engine time and its share: where a run that did not finish
    spends its time (the loop that does not end, most often)."""
    if not seconds_by_line or total <= 0:
        return None
    line = max(seconds_by_line, key=lambda n: (seconds_by_line[n], -n))
    return line, seconds_by_line[line] / total


def _share_of_input_read(read: int, total: int) -> float | None:
    """The share of its input a run that did not finish had read, when that share can stand for its
    progress: some but not all of it (a program that has read everything, or nothing yet, tells
    nothing of what is left)."""
    if total <= 0 or read <= 0 or read >= total:
        return None
    return read / total
