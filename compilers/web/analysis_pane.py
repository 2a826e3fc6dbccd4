"""The explorer's Analysis tab: a program's analysis before it runs (compilers/analysis) as one more pane
of the stages beside the source, each function's row and each warning carrying its source line, so that
the editor's line highlighting and a click on a row work there as in every other stage."""

from __future__ import annotations

from babbage.timing import format_duration
from compilers.analysis import Analysis, FunctionReport
from compilers.diagnostics import Diagnostic, Severity, Span
from compilers.stage_lines import StageLine, blocks


def analysis_pane(analysis: Analysis | None) -> dict[str, object] | None:
    """The pane, in the shape of compilers.web.views._stage_panes' ({key, title, blocks, note})."""
    if analysis is None or not analysis.ok or analysis.store is None or analysis.cost is None:
        return None
    lines: list[StageLine] = []
    if analysis.functions:
        lines.append(StageLine("Functions (from the control-flow graph of the IR, before optimising)", None))
        width = max(len(_label(f)) for f in analysis.functions)
        lines += [StageLine(_function_row(f, width), f.first_line) for f in analysis.functions]
        lines.append(StageLine("", None))
    store = analysis.store
    lines.append(StageLine("The Store it needs", None))
    lines.append(StageLine(f"  static data  {_words(store.static_words)}", None))
    lines.append(
        StageLine(f"  heap         {_words(store.heap_words) if store.heap_words else 'none'}", None)
    )
    stack = (
        _words(store.stack_words) + " (its deepest chain of frames)"
        if store.stack_words
        else store.stack_note
    )
    lines.append(StageLine(f"  stack        {stack or 'none'}", None))
    lines.append(StageLine("", None))
    cost = analysis.cost
    at_least = "" if cost.finished else "at least "
    lines.append(StageLine("Engine cost, an estimate for an empty input", None))
    lines.append(
        StageLine(
            f"  {at_least}{cost.instructions:,} instructions, {at_least}"
            f"{format_duration(cost.engine_seconds)} of Engine time",
            None,
        )
    )
    lines.append(StageLine(f"  how: {cost.method}", None))
    if analysis.warnings:
        lines.append(StageLine("", None))
        lines.append(StageLine("Warnings", None))
        lines += [StageLine(f"  line {w.line}: {w.message}", w.line) for w in analysis.warnings]
    return {
        "key": "analysis",
        "title": "Analysis",
        "blocks": blocks(lines),
        "note": "Complexity is McCabe's (the paths through a function's control-flow graph, the checks "
        "the language adds included); the cost comes from running the program for a few steps.",
    }


def analysis_marks(analysis: Analysis | None, filename: str) -> list[dict[str, object]]:
    """The analysis's warnings as the editor's line marks, in the diagnostics' JSON shape."""
    if analysis is None:
        return []
    return [
        Diagnostic(Severity.WARNING, w.code, w.message, Span.point(filename, w.line, 1)).as_dict()
        for w in analysis.warnings
    ]


def _function_row(f: FunctionReport, width: int) -> str:
    parts = [
        f"  {_label(f):<{width}}",
        f"lines {f.first_line}-{f.last_line}",
        f"complexity {f.complexity}",
        f"loop depth {f.loop_depth}",
    ]
    if f.frame_words is not None:
        parts.append(f"frame {_words(f.frame_words)}")
    if f.recursive:
        parts.append(
            f"{f.recursive} recursion" + (f" ({', '.join(f.recursion)})" if len(f.recursion) > 1 else "")
        )
    if f.calls:
        parts.append("calls " + ", ".join(f.calls))
    return "  ".join(parts)


def _label(f: FunctionReport) -> str:
    """The program's own name for the function, and the IR's when it differs: `gcd (u.gcd.1)`."""
    if f.source_name and f.source_name != f.name:
        return f"{f.source_name} ({f.name})"
    return f.name


def _words(n: int | None) -> str:
    return f"{n:,} word{'' if n == 1 else 's'}" if n is not None else ""
