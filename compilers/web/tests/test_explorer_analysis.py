"""The explorer's Analysis tab, through the real view: one more pane of the stages beside the source,
whose function rows and warnings carry their source lines. Figures worked by hand from the program."""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest
from django.test import Client

from compilers.analysis import ESTIMATE_STEPS

pytestmark = pytest.mark.django_db

# twice: an if inside a for loop, two decisions: complexity 3, loops one deep (header on line 3).
# down: calls itself, one if: complexity 2, direct recursion (header on line 10).
# main: its printf follows a return on line 17, so line 18 can never run.
PROGRAM = """\
#include <stdio.h>

int twice(int n) {
    int k = 0;
    for (int i = 0; i < n; i++)
        if (i % 2 == 0)
            k = k + 2;
    return k;
}
int down(int n) {
    if (n == 0)
        return 0;
    return down(n - 1);
}

int main(void) {
    return twice(4) + down(3);
    printf("never\\n");
}
"""


def _pane(page: str, key: str) -> str:
    found = re.search(rf'data-stage="{key}">(.*?)</section>', page, re.S)
    assert found is not None, f"no {key} pane"
    return found[1]


def _line(pane: str, line: int) -> str:
    found = re.findall(rf'<span class="stage-line" data-line="{line}">([^<]*)</span>', pane)
    return html_lib.unescape("\n".join(found))


def test_the_analysis_is_a_tab_beside_the_stages(client: Client) -> None:
    page = client.post("/explorer/", {"language": "c", "source": PROGRAM, "optimise": "on"}).content.decode()
    assert 'data-stage-tab="analysis">Analysis</button>' in page
    pane = _pane(page, "analysis")
    twice = _line(pane, 3)
    assert "twice" in twice and "complexity 3" in twice and "loop depth 1" in twice and "frame " in twice
    down = _line(pane, 10)
    assert "complexity 2" in down and "direct recursion" in down
    assert "calls twice, down" in _line(pane, 16)
    assert "line 18 can never run" in _line(pane, 18)
    text = html_lib.unescape(pane)
    # down recurses: the stack has no bound, and the analysis says why.
    assert "unbounded: down recurses" in text
    assert "Engine cost, an estimate for an empty input" in text and "exact for this input" in text
    # The warning is marked in the editor too, at its line, as a warning.
    found = re.search(
        r'<script id="run-diagnostics-data-explorer" type="application/json">(.*?)</script>', page
    )
    assert found is not None
    marks = json.loads(found[1])
    assert [(m["severity"], m["line"], m["code"]) for m in marks] == [("warning", 18, "unreachable")]


def test_a_program_that_does_not_finish_is_estimated_as_a_lower_bound(client: Client) -> None:
    source = "int main(void) {\n    while (1) { }\n    return 0;\n}\n"
    page = client.post("/explorer/", {"language": "c", "source": source}).content.decode()
    text = html_lib.unescape(_pane(page, "analysis"))
    steps = f"{ESTIMATE_STEPS:,}"
    assert f"at least {steps} instructions" in text and f"did not finish in {steps} steps" in text


def test_a_program_that_does_not_compile_has_no_analysis(client: Client) -> None:
    page = client.post("/explorer/", {"language": "c", "source": "int main(void) { return x; }\n"}).content
    assert b'data-stage="analysis"' not in page
