"""How a run is shown: the run panel and the fragments its live view swaps in, statistics in human units,
the per-line breakdown, the source-to-card map. Reads what it is given; never queries or writes."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string

from babbage.result import BABBAGE_COLUMNS, columns_text
from babbage.timing import format_duration
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


def panel_context(run: Run) -> dict[str, Any]:
    """What the run panel and its fragments show, derived from the stored run."""
    submission = getattr(run, "submission", None) if run.pk else None
    active = run.status in ACTIVE_STATUSES
    return {
        "run": run,
        "active": active,
        "diagnostics_id": f"run-diagnostics-data-{run.id}",
        "tone": _TONES.get(RunStatus(run.status), "bad"),
        "status_label": RunStatus(run.status).label,
        "progress": progress_context(run.progress_instructions, run.progress_seconds, run.max_steps),
        "stats": statistics_rows(run.statistics, run.source, fixed_store=run.store_size is not None),
        "line_cards": line_card_rows(run.line_map),
        "submission": submission,
        "tests": [{**t, "label": test_label(t["status"])} for t in submission.results] if submission else [],
        "deck_lines": deck_rows(run.deck),
        # Every visible test that failed, each with its input, expected and actual output.
        "failures": visible_failures(submission.results) if submission is not None else [],
    }


# --- Fragments ----------------------------------------------------------------------------------------
# One template holds the run panel and its partials; the page renders the panel, the stream swaps parts.
_TEMPLATE = "execution/_run.html"


def render_state_fragments(run: Run, *, live: bool) -> str:
    """Every part of the panel, out of band: sent on connect and when the run becomes final.

    With live=False the element that holds the WebSocket is replaced by an empty one, which closes the
    socket without htmx trying to reconnect.
    """
    context = panel_context(run)
    parts = [
        render_to_string(f"{_TEMPLATE}#{name}", {**context, "oob": True})
        for name in ("status", "progress", "output", "diagnostics", "results", "statistics", "artifacts")
    ]
    if not live:
        parts.append(render_to_string(f"{_TEMPLATE}#live", {**context, "oob": True, "closed": True}))
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
    statistics: dict[str, Any], source: str, *, fixed_store: bool = False
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
    for row in by_line:
        row["percent"] = round(100.0 * row["seconds"] / total, 1) if total else 0.0
    return {
        "instructions": statistics.get("instructions", 0),
        "mill_total": sum(mill.values()),
        "mill": sorted(mill.items()),
        "store_reads": statistics.get("store_reads", 0),
        "store_writes": statistics.get("store_writes", 0),
        "engine_time": format_duration(total),
        "profile": statistics.get("profile", ""),
        "by_line": by_line,
        "store": store_row(statistics, fixed_store),
    }


def store_row(statistics: dict[str, Any], fixed_store: bool) -> dict[str, Any] | None:
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
    }


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


def deck_rows(deck: str) -> list[tuple[int | None, str]]:
    """(card index, text) per line of the deck's text form; directives and comments carry no index.

    Operation cards are the lines that start with a digit (ISA.md section 5), numbered from 0 as the
    line map numbers them.
    """
    rows: list[tuple[int | None, str]] = []
    index = 0
    for line in deck.splitlines():
        if line[:1].isdigit():
            rows.append((index, line))
            index += 1
        else:
            rows.append((None, line))
    return rows
