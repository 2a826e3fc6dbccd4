"""The compiler explorer: every stage of a compile, side by side, with source lines mapped to cards."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from ancient_compute.lib.bounded import compile_bounded
from ancient_compute.lib.languages import language_statuses
from ancient_compute.lib.throttles import compile_retry_after
from compilers import driver, registry
from compilers.examples import example, examples
from compilers.stage_lines import blocks, card_lines, core_lines, directive_lines, node_lines, own_tokens
from compilers.web.analysis_pane import analysis_marks, analysis_pane
from compilers.web.forms import ExplorerForm


@require_http_methods(["GET", "POST"])
def explorer_view(request: HttpRequest) -> HttpResponse:
    languages = language_statuses()
    refused = None
    if request.method == "POST":
        form = ExplorerForm(request.POST)
    else:
        language = request.GET.get("language", "c")
        source = request.GET.get("source") or example(language)
        status = next((s for s in languages if s.key == language), None)
        if status is not None and not status.available:
            # Refused with the reason; its program is shown to read and the form starts afresh in C.
            refused = {"language": status, "source": source}
            language, source = "c", example("c")
        form = ExplorerForm(initial={"language": language, "source": source})
    result = None
    retry_after = None
    if form.is_bound and form.is_valid():
        # Open to visitors: throttled per user or address, and compiled in a child process bounded in
        # time and memory, so that no program can hold or exhaust the web process.
        retry_after = compile_retry_after(request)
        if retry_after is not None:
            form.add_error(
                None, f"You have compiled many programs in a short time: try again in {retry_after} s."
            )
        else:
            options = driver.CompileOptions(opt_level=1 if form.cleaned_data["optimise"] else 0)
            result = compile_bounded(
                form.cleaned_data["language"],
                form.cleaned_data["source"],
                options,
                filename=file_name(form.cleaned_data["language"]),
                seconds=settings.COMPILE_TIME_LIMIT,
                megabytes=settings.COMPILE_MEMORY_LIMIT_MB,
                analyse=True,  # the Analysis tab
            )
    context = {
        "form": form,
        "languages": languages,
        "refused": refused,
        "result": result,
        "panes": _stage_panes(result),
        # The editor marks the program's own diagnostics at their place (a header's are listed only).
        "marks": [d.as_dict() for d in result.diagnostics if d.span.file == result.filename]
        + analysis_marks(result.analysis, result.filename)
        if result
        else [],
        "file_name": file_name(form["language"].value() or "c"),
        "examples": examples(),
        "total_ms": sum(result.stage_seconds.values()) * 1000 if result else 0.0,
        "line_cards": _line_cards(result),
    }
    is_htmx = bool(getattr(request, "htmx", False))  # set by django-htmx's middleware
    template = "compilers/explorer.html#results" if is_htmx else "compilers/explorer.html"
    if retry_after is None:
        return render(request, template, context)
    # htmx swaps only 2xx answers: the fragment with the message comes with 200 and Retry-After.
    response = render(request, template, context, status=200 if is_htmx else 429)
    response["Retry-After"] = str(retry_after)
    return response


def file_name(language: str) -> str:
    """What the explorer calls the program (the tokens, the diagnostics and the deck name it): main.c,
    as a run's compile calls it (execution.toolchain), so that both show the same stages."""
    found = registry.get(language)
    return f"main{found.extension}" if found is not None else "main"


def _stage_panes(result: driver.CompileResult | None) -> list[dict[str, object]]:
    """The stages the compile reached, in pipeline order (driver.STAGES: a language that elaborates to
    the functional core shows its core, typed and erased), as panes beside the source, each line with
    the source line it came from. The tokens are the program's own: a built-in header's (C's <stdio.h>)
    are left out, and named."""
    if result is None:
        return []
    own = own_tokens(result.tokens, result.filename)
    panes: list[dict[str, object]] = []
    for stage, text in result.stage_texts():
        note = ""
        if stage.key == "tokens":
            lines = own.lines
            if own.others:
                note = f"The tokens of {result.filename}; those of {', '.join(own.others)} are not shown."
        elif stage.key in ("ir", "asm"):
            lines = directive_lines(text)
        elif stage.key == "deck":
            lines = card_lines(text, result.line_map)
        elif stage.key == "core":
            lines = core_lines(text)
        else:  # the syntax tree (nodes marked @line:column where the language's tree says so)
            lines = node_lines(text, own.places)
        panes.append({"key": stage.key, "title": stage.title, "blocks": blocks(lines), "note": note})
    analysis = analysis_pane(result.analysis)
    return [*panes, analysis] if analysis is not None else panes


def _line_cards(result: driver.CompileResult | None) -> list[tuple[int, str]]:
    """(source line, "cards 3-7, 12") rows for the map table."""
    if result is None or not result.line_map:
        return []
    rows = []
    for line, cards in sorted(result.line_map.items()):
        rows.append((line, _ranges(sorted(cards))))
    return rows


def _ranges(cards: list[int]) -> str:
    parts: list[str] = []
    start = prev = cards[0]
    for card in cards[1:]:
        if card == prev + 1:
            prev = card
            continue
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
        start = prev = card
    parts.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ", ".join(parts)
