"""The workspace's server-rendered parts through the real views: the run page's title, the statistics as
SVG pictures, the stages beside the source with their line maps, a runtime trap marked at its line, the
playground's examples and its Run key."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from compilers.examples import example, examples
from execution.models import Run, RunStatus
from execution.presentation import CHART_BAR_WIDTH, STRIP_WIDTH

pytestmark = pytest.mark.django_db

GCD = example("c")  # Euclid's algorithm: line 5 is `int t = a % b;`, the loop's body

# Worked by hand: 10 / 0 traps on line 4 (the Engine's division_by_zero), after printing 1.
DIVIDES_BY_ZERO = """#include <stdio.h>
int main(void) {
    int z = 0; printf("1\\n");
    printf("%d\\n", 10 / z);
    return 0;
}
"""


def _run(client: Client, on_commit: Any, language: str, source: str) -> tuple[Run, str]:
    with on_commit(execute=True):
        response = client.post(reverse("execution:run_create"), {"language": language, "source": source})
    run = Run.objects.latest("created_at")
    assert response.status_code == 302
    return run, client.get(reverse("execution:run_detail", args=[run.id])).content.decode()


def _find(pattern: str, text: str, flags: int = 0) -> str:
    found = re.search(pattern, text, flags)
    assert found is not None, f"nothing matches {pattern!r}"
    return found[1]


def _bars(html: str, label: str) -> dict[str, float]:
    """The bars of the chart called `label`: bar label -> width."""
    chart = re.search(rf'<svg class="bar-chart"[^>]*aria-label="{re.escape(label)}">(.*?)</svg>', html, re.S)
    assert chart is not None, f"no chart {label!r}"
    return {
        name: float(width)
        for name, width in re.findall(r'data-label="([^"]+)" data-width="([^"]+)"', chart[1])
    }


def test_the_run_page_names_the_language_as_people_do(client_in: Client, on_commit: Any) -> None:
    _, html = _run(client_in, on_commit, "c", GCD)
    assert "<h1>C run</h1>" in html and "c run" not in html
    assert re.search(r"<title>C run [^<]*</title>", html)


def test_statistics_are_pictures_of_the_run(client_in: Client, on_commit: Any) -> None:
    run, html = _run(client_in, on_commit, "c", GCD)
    assert run.status == RunStatus.COMPLETED and run.output == "21\n"
    stats = run.statistics

    # Engine time per source line: one bar a line, the longest the line that took longest (the loop's
    # body, line 5, where the remainder is taken), the others in proportion.
    seconds = {int(line): s for line, s in stats["seconds_by_line"].items()}
    bars = _bars(html, "Engine time by source line")
    assert list(bars) == [f"line {line}" for line in sorted(seconds)]
    slowest = max(seconds, key=lambda line: seconds[line])
    assert slowest == 5
    for line, s in seconds.items():
        assert bars[f"line {line}"] == pytest.approx(
            max(CHART_BAR_WIDTH * s / seconds[slowest], 1.0), abs=0.1
        )
    heat = json.loads(
        _find(rf'<script id="run-heat-data-{run.id}" type="application/json">(.*?)</script>', html)
    )
    assert heat["5"]["heat"] == 5 and set(heat) == {str(line) for line in seconds}

    # The Mill's operation mix: a bar a kind, scaled to the commonest.
    mill = stats["mill_operations"]
    assert {"mod"} <= set(mill)  # Euclid takes remainders
    bars = _bars(html, "The Mill's operations by kind")
    assert list(bars) == sorted(mill)
    top = max(mill.values())
    for kind, n in mill.items():
        assert bars[kind] == pytest.approx(CHART_BAR_WIDTH * n / top, abs=0.1)

    # The Store as a strip: static data from the deck's `.static`, the stack at its deepest from the top.
    static = int(_find(r"^\.static (\d+)$", run.deck, re.M))
    strip = _find(r'<figure class="chart store-strip">(.*?)</figure>', html, re.S)
    parts = dict(re.findall(r'class="strip-(static|heap|stack)" data-columns="(\d+)"', strip))
    assert int(parts["static"]) == static
    assert int(parts["stack"]) == stats["max_stack_depth"] > 0  # gcd is called: a frame on the stack
    assert "heap" not in parts  # nothing allocated: no heap part is drawn
    stack_x = re.search(r'<rect x="([\d.]+)" y="0" width="([\d.]+)" height="24" class="strip-stack"', strip)
    assert stack_x is not None
    assert float(stack_x[1]) + float(stack_x[2]) == pytest.approx(STRIP_WIDTH)  # at the top of the Store


def test_the_stages_sit_beside_the_source_with_their_line_maps(client_in: Client, on_commit: Any) -> None:
    run, html = _run(client_in, on_commit, "c", GCD)
    assert '<div class="side-by-side">' in html
    assert re.findall(r'data-stage-tab="(\w+)"', html) == ["ir", "asm", "deck"]
    asm = _find(r'data-stage="asm">(.*?)</section>', html, re.S)
    line5 = re.findall(r'<span class="stage-line" data-line="5">([^<]*)</span>', asm)
    assert any("MOD" in text for text in line5)  # `a % b` became a MOD on line 5
    deck = _find(r'data-stage="deck">(.*?)</section>', html, re.S)
    blocks5 = re.findall(r'<span class="stage-line" data-line="5">([^<]*)</span>', deck)
    cards5 = [int(text.split()[0]) for block in blocks5 for text in block.split("\n")]
    assert cards5 == sorted(run.line_map["5"])


def test_a_runtime_trap_is_marked_at_its_line(client_in: Client, on_commit: Any) -> None:
    run, html = _run(client_in, on_commit, "c", DIVIDES_BY_ZERO)
    assert run.status == RunStatus.RUNTIME_ERROR and run.trap_line == 4
    marks = json.loads(
        _find(rf'<script id="run-diagnostics-data-{run.id}" type="application/json">(.*?)</script>', html)
    )
    assert [(m["line"], m["severity"], m["code"]) for m in marks] == [(4, "error", "runtime")]
    assert run.trap in marks[0]["message"]
    assert 'href="#editor" data-line="4" data-column="1">line 4</a>' in html  # the status links to it


def test_the_playground_opens_each_language_on_its_example(client: Client) -> None:
    html = client.get(reverse("execution:playground"), {"language": "python"}).content.decode()
    assert "def gcd(a: int, b: int) -&gt; int:" in html  # the Python example, not the C one
    found = _find(r'<script id="language-examples" type="application/json">(.*?)</script>', html, re.S)
    assert json.loads(found) == examples()
    assert 'data-editor-language data-examples="language-examples"' in html


def test_the_run_button_is_the_one_ctrl_enter_presses(client_in: Client) -> None:
    html = client_in.get(reverse("execution:playground")).content.decode()
    assert re.findall(r"<button [^>]*data-run[^>]*>(\w+)</button>", html) == ["Run"]


def test_a_submissions_tests_that_trapped_are_marked_at_their_line(client_in: Client, on_commit: Any) -> None:
    from execution.models import Submission
    from execution.tests.conftest import make_exercise

    # Worked by hand: 10 is divided by the input, then by the input less 1. Input 2 prints 10/2/1 = 5;
    # input 0 traps on line 3 (division by zero), input 1 on line 5 (10/1, then by 1 - 1 = 0).
    program = "READ A\nLOAD B, 10\nDIV B, A\nSUB A, 1\nDIV B, A\nPRINT B\nHALT\n"
    exercise = make_exercise(
        tests=[("2\n", "5\n", True), ("0\n", "0\n", True), ("1\n", "0\n", True)], starter_code="HALT\n"
    )
    with on_commit(execute=True):
        client_in.post(reverse("execution:submission_create", args=[exercise.id]), {"source": program})
    submission = Submission.objects.get()
    run_id = submission.run_id
    html = client_in.get(reverse("execution:run_detail", args=[run_id])).content.decode()
    marks = json.loads(
        _find(rf'<script id="run-diagnostics-data-{run_id}" type="application/json">(.*?)</script>', html)
    )
    # One mark a line, each test's trap at its own line (the run's own trap is its first test's).
    assert [(m["line"], m["code"]) for m in marks] == [(3, "runtime"), (5, "runtime")]
    assert all("division_by_zero" in m["message"] for m in marks)
