"""The compiler explorer: every stage of a compile, side by side, with source lines mapped to cards."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from ancient_compute.lib.languages import language_statuses
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
    if form.is_bound and form.is_valid():
        options = driver.CompileOptions(opt_level=1 if form.cleaned_data["optimise"] else 0)
        result = driver.compile(form.cleaned_data["language"], form.cleaned_data["source"], options)
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
    return render(request, template, context)


def _stage_texts(result: driver.CompileResult | None) -> list[tuple[str, str]]:
    """The stages the compile reached, in pipeline order, as (title, text)."""
    if result is None:
        return []
    stages = [
        ("Tokens", "\n".join(str(token) for token in result.tokens or [])),
        ("Syntax tree", result.ast or ""),
        ("Intermediate representation", result.ir or ""),
        ("Babbage assembly", result.assembly or ""),
        ("Card deck", result.deck or ""),
    ]
    return [(title, text) for title, text in stages if text]


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
