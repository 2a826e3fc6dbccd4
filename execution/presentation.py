"""How a run is shown: the run panel and the fragments its live view swaps in, statistics in human units,
the per-line breakdown, the source-to-card map. Reads what it is given; never queries or writes."""

from __future__ import annotations

import math
import re
from typing import Any

from django.template.loader import render_to_string

from babbage.result import BABBAGE_COLUMNS, columns_text
from babbage.timing import format_duration
from compilers.stage_lines import blocks, card_lines, directive_lines
from execution.judge import test_label, visible_failures
from execution.models import ACTIVE_STATUSES, Run, RunStatus

# Status -> the CSS tone of its badge.
_TONES = {
    RunStatus.COMPLETED: "ok",
    RunStatus.ACCEPTED: "ok",
    RunStatus.QUEUED: "warn",
    RunStatus.COMPILING: "warn",
    RunStatus.RUNNING: "warn",
}


def panel_context(run: Run, *, stages: bool = True) -> dict[str, Any]:
    """What the run panel and its fragments show, derived from the stored run. stages=False leaves out
    the compiled stages (IR, assembly, deck) and marks them deferred: the live view's messages leave them
    to a request of their own (render_state_fragments)."""
    submission = getattr(run, "submission", None) if run.pk else None
    active = run.status in ACTIVE_STATUSES
    return {
        "run": run,
        "active": active,
        "diagnostics_id": f"run-diagnostics-data-{run.id}",
        "tone": _TONES.get(RunStatus(run.status), "bad"),
        "status_label": RunStatus(run.status).label,
        "progress": progress_context(run.progress_instructions, run.progress_seconds, run.max_steps),
        "stats": statistics_rows(
            run.statistics, run.source, fixed_store=run.store_size is not None, deck=run.deck
        ),
        **(artifacts_context(run) if stages else {"deferred": has_stages(run)}),
        "submission": submission,
        "tests": [{**t, "label": test_label(t["status"])} for t in submission.results] if submission else [],
        "editor_marks": editor_marks(run, submission.results if submission else None),
        "heat_id": f"run-heat-data-{run.id}",
        # Every visible test that failed, each with its input, expected and actual output.
        "failures": visible_failures(submission.results) if submission is not None else [],
    }


# --- Fragments ----------------------------------------------------------------------------------------
# One template holds the run panel and its partials; the page renders the panel, the stream swaps parts.
_TEMPLATE = "execution/_run.html"
# The parts of the panel that a run's state changes, swapped out of band by element id.
_STATE_PARTS = ("status", "progress", "output", "stderr", "diagnostics", "results", "statistics", "artifacts")


def artifacts_context(run: Run) -> dict[str, Any]:
    """What the panel's compiled stages show: the stages' text and the source lines' cards."""
    return {"stages": run_stages(run), "line_cards": line_card_rows(run.line_map), "deferred": False}


def has_stages(run: Run) -> bool:
    return bool(run.ir or run.assembly or run.deck)


def render_state_fragments(run: Run, *, live: bool, stages_shown: bool = False) -> str:
    """Every part of the panel, out of band: sent on connect and when the run becomes final.

    The compiled stages are not in it: the part arrives empty, and fetches them itself
    (views.run_artifacts_view). They are most of a run's panel (a Python program's assembly holds the
    runtime it is linked with, some 3 MB of HTML), more than a WebSocket message may carry (Daphne's
    limit, which autobahn applies to what the server sends as well), and they do not change once the
    compile has made them: with stages_shown (the page was sent the part for them already) the part is
    left as the page has it.

    With live=False the element that holds the WebSocket is replaced by an empty one, which closes the
    socket without htmx trying to reconnect.
    """
    context = panel_context(run, stages=False)
    names = [name for name in _STATE_PARTS if not (stages_shown and name == "artifacts")]
    parts = [render_to_string(f"{_TEMPLATE}#{name}", {**context, "oob": True}) for name in names]
    if not live:
        parts.append(render_to_string(f"{_TEMPLATE}#live", {**context, "oob": True, "closed": True}))
    return "".join(parts)


def render_state_notice(run: Run, *, live: bool) -> str:
    """The state in brief, for a state too large for one WebSocket message (an API client's run with
    a large output limit, watched on its page): the status, and in place of the output a link to the
    run's page, which shows all of it."""
    context = {**panel_context(run, stages=False), "oob": True}
    parts = [render_to_string(f"{_TEMPLATE}#{name}", context) for name in ("status", "progress", "too_large")]
    if not live:
        parts.append(render_to_string(f"{_TEMPLATE}#live", {**context, "closed": True}))
    return "".join(parts)


def render_output_fragments(
    run_id: object, *, text: str, instructions: int, seconds: float, max_steps: int
) -> str:
    """A batch: the text appended to the output, and the progress bar."""
    run = {"id": run_id}
    progress = progress_context(instructions, seconds, max_steps)
    appended = render_to_string(f"{_TEMPLATE}#output_append", {"run": run, "text": text}) if text else ""
    bar = render_to_string(
        f"{_TEMPLATE}#progress", {"run": run, "oob": True, "progress": progress, "active": True}
    )
    return appended + bar


def progress_context(instructions: int, seconds: float, max_steps: int) -> dict[str, Any]:
    percent = min(100.0, 100.0 * instructions / max_steps) if max_steps else 0.0
    return {
        "instructions": instructions,
        "max_steps": max_steps,
        "percent": round(percent, 1),
        "engine_time": format_duration(seconds),
    }


def statistics_rows(
    statistics: dict[str, Any], source: str, *, fixed_store: bool = False, deck: str = ""
) -> dict[str, Any] | None:
    if not statistics:
        return None
    mill: dict[str, int] = statistics.get("mill_operations") or {}
    lines = source.splitlines()
    by_line = []
    for key, seconds in (statistics.get("seconds_by_line") or {}).items():
        line = int(key)
        text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        by_line.append({"line": line, "text": text, "seconds": seconds, "time": format_duration(seconds)})
    by_line.sort(key=lambda row: row["line"])
    total = float(statistics.get("simulated_seconds") or 0.0)
    peak = max((row["seconds"] for row in by_line), default=0.0)
    for row in by_line:
        row["percent"] = round(100.0 * row["seconds"] / total, 1) if total else 0.0
        # The editor's gutter: 1 (cool) to 5 (the line that took longest).
        row["heat"] = max(1, math.ceil(5 * row["seconds"] / peak)) if peak else 0
    return {
        "instructions": statistics.get("instructions", 0),
        "mill_total": sum(mill.values()),
        "mill": sorted(mill.items()),
        "store_reads": statistics.get("store_reads", 0),
        "store_writes": statistics.get("store_writes", 0),
        "engine_time": format_duration(total),
        "profile": statistics.get("profile", ""),
        "by_line": by_line,
        "store": store_row(statistics, fixed_store, deck),
        "by_line_chart": bar_chart(
            [(f"line {row['line']}", row["seconds"], f"{row['percent']}%") for row in by_line]
        ),
        "mill_chart": bar_chart([(kind, float(n), f"{n:,}") for kind, n in sorted(mill.items())]),
        "heat": {
            str(row["line"]): {"heat": row["heat"], "time": row["time"], "percent": row["percent"]}
            for row in by_line
        },
    }


# The charts are SVG drawn here, on the server (no chart library, no script): bars in pixels of a
# viewBox the page scales.
CHART_BAR_WIDTH = 220  # the longest bar
CHART_ROW = 20  # one bar's row
CHART_LABEL = 70  # the labels' column, left of the bars
STRIP_WIDTH = 600  # the Store strip: the whole Store


def bar_chart(rows: list[tuple[str, float, str]]) -> dict[str, Any] | None:
    """(label, value, value as text) -> horizontal bars scaled to the largest value."""
    if not rows:
        return None
    peak = max(value for _, value, _ in rows)
    bars = []
    for i, (label, value, text) in enumerate(rows):
        width = CHART_BAR_WIDTH * value / peak if peak else 0.0
        bars.append(
            {
                "label": label,
                "text": text,
                "y": i * CHART_ROW,
                "text_y": i * CHART_ROW + CHART_ROW * 0.7,
                # A value too small to see still shows as a sliver: zero is the only empty bar.
                "width": round(max(width, 1.0) if value else 0.0, 1),
                "value_x": round(CHART_LABEL + max(width, 1.0) + 6, 1),
            }
        )
    return {
        "bars": bars,
        "height": len(rows) * CHART_ROW,
        "width": CHART_LABEL + CHART_BAR_WIDTH + 90,
        "bar_x": CHART_LABEL,
        "label_x": CHART_LABEL - 6,
        "bar_height": CHART_ROW - 6,
    }


def store_row(statistics: dict[str, Any], fixed_store: bool, deck: str = "") -> dict[str, Any] | None:
    """The columns a run used beside Babbage's thousand, and the Store it had; None for a run stored
    before runs reported them."""
    used = statistics.get("columns_used")
    if used is None:
        return None
    size = int(statistics.get("store_size") or 0)
    return {
        "columns_used": int(used),
        "summary": columns_text(int(used)),
        "babbage_columns": BABBAGE_COLUMNS,
        "store_size": size,
        "kind": "fixed" if fixed_store else "sized for the program",
        "strip": store_strip(statistics, deck),
    }


_STATIC = re.compile(r"^\.static\s+(\d+)\s*$", re.MULTILINE)


def store_strip(statistics: dict[str, Any], deck: str) -> dict[str, Any] | None:
    """The Store as a strip laid out as the run had it: static data from column 0, the heap above it at
    its peak, the stack down from the top at its deepest. The deck's `.static N` gives the static part;
    a deck without one (the card language's) shows the columns used as one part."""
    size = int(statistics.get("store_size") or 0)
    used = int(statistics.get("columns_used") or 0)
    if size <= 0:
        return None
    found = _STATIC.search(deck)
    stack = int(statistics.get("max_stack_depth") or 0) if found else 0
    static = int(found.group(1)) if found else used
    heap = max(used - static - stack, 0)
    scale = STRIP_WIDTH / size

    def width(columns: int) -> float:
        return round(max(columns * scale, 2.0), 1) if columns else 0.0  # a sliver for a few columns

    parts = [
        {"key": "static", "label": "static data", "columns": static, "x": 0.0, "width": width(static)},
        {
            "key": "heap",
            "label": "heap at its peak",
            "columns": heap,
            "x": width(static),
            "width": width(heap),
        },
        {
            "key": "stack",
            "label": "stack at its deepest",
            "columns": stack,
            "x": round(STRIP_WIDTH - width(stack), 1),
            "width": width(stack),
        },
    ]
    if not found:
        parts = parts[:1]
        parts[0]["label"] = "columns used"
    return {"parts": parts, "width": STRIP_WIDTH, "free": max(size - used, 0)}


def line_card_rows(line_map: dict[str, list[int]]) -> list[tuple[int, str]]:
    """(source line, "cards 3-7, 12") for the map table, in line order."""
    rows = []
    for line, cards in sorted(((int(k), v) for k, v in line_map.items()), key=lambda item: item[0]):
        if cards:
            rows.append((line, card_ranges(sorted(cards))))
    return rows


def card_ranges(cards: list[int]) -> str:
    """[3, 4, 5, 7] -> "3-5, 7"."""
    parts: list[str] = []
    start = prev = cards[0]
    for card in [*cards[1:], None]:
        if card is not None and card == prev + 1:
            prev = card
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if card is not None:
            start = prev = card
    return ", ".join(parts)


def run_stages(run: Run) -> list[dict[str, Any]]:
    """The stages a run keeps (IR, assembly, card deck) in blocks of lines, each with the source line it
    came from, for the panes beside the source (the editor highlights them for the line under the
    cursor, and back)."""
    stages: list[dict[str, Any]] = []
    if run.ir:
        stages.append(
            {"key": "ir", "title": "Intermediate representation", "blocks": blocks(directive_lines(run.ir))}
        )
    if run.assembly:
        stages.append(
            {"key": "asm", "title": "Babbage assembly", "blocks": blocks(directive_lines(run.assembly))}
        )
    if run.deck:
        cards = card_lines(run.deck, run.line_map or {})
        stages.append({"key": "deck", "title": "Card deck", "blocks": blocks(cards)})
    return stages


def editor_marks(run: Run, tests: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """What the editor marks at its line: the compile's diagnostics, and where the Engine stopped on a
    trap at a known source line, the whole line (as a compile error marks its span): the run's own trap,
    and a judged run's visible tests that trapped (a hidden test's place is never stored)."""
    marks = list(run.diagnostics or [])
    traps = [(run.trap_line, f"{run.trap}: {run.trap_message}" if run.trap_message else run.trap)]
    for test in visible_failures(tests or []):
        traps.append(
            (test.get("trap_line"), f"test {test['name']}: {test.get('trap')}: {test.get('message')}")
        )
    marked: set[int] = set()
    for line, message in traps:
        if line and line not in marked:  # one mark a line: the run's trap is often its first test's
            marked.add(line)
            marks.append(
                {
                    "severity": "error",
                    "message": message,
                    "line": line,
                    "column": 1,
                    "end_line": line,
                    "end_column": 1_000_000,
                    "code": "runtime",
                }
            )
    return marks
