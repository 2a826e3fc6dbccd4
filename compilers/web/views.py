"""The compiler explorer: every stage of a compile, side by side, with source lines mapped to cards."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from ancient_compute.lib.bounded import compile_bounded
from ancient_compute.lib.languages import language_statuses
from ancient_compute.lib.throttles import compile_retry_after
from compilers import driver
from compilers.web.forms import ExplorerForm

_EXAMPLE = """#include <stdio.h>

int gcd(int a, int b) {
    while (b != 0) {
        int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    printf("%d\\n", gcd(1071, 462));
    return 0;
}
"""


@require_http_methods(["GET", "POST"])
def explorer_view(request: HttpRequest) -> HttpResponse:
    languages = language_statuses()
    refused = None
    if request.method == "POST":
        form = ExplorerForm(request.POST)
    else:
        language = request.GET.get("language", "c")
        source = request.GET.get("source", _EXAMPLE)
        status = next((s for s in languages if s.key == language), None)
        if status is not None and not status.available:
            # Refused with the reason; its program is shown to read and the form starts afresh in C.
            refused = {"language": status, "source": source}
            language, source = "c", _EXAMPLE
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
                seconds=settings.COMPILE_TIME_LIMIT,
                megabytes=settings.COMPILE_MEMORY_LIMIT_MB,
            )
    context = {
        "form": form,
        "languages": languages,
        "refused": refused,
        "result": result,
        "stages": _stage_texts(result),
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


def _stage_texts(result: driver.CompileResult | None) -> list[tuple[str, str]]:
    """The stages the compile reached, in pipeline order, as (title, text): driver.STAGES, so that a
    language that elaborates to the functional core shows its core, typed and erased."""
    if result is None:
        return []
    return [(stage.title, text) for stage, text in result.stage_texts()]


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
