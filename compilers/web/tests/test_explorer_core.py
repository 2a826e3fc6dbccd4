"""The explorer shows the functional core of a program in a language that elaborates to it (System F):
typed, then erased, between the syntax tree and the IR; a language that does not has no such stage."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.utils.html import escape

from compilers import driver

pytestmark = pytest.mark.django_db

TWICE = """let twice = /\\A. \\f:A -> A. \\x:A. f (f x)
print twice [Int] (\\n:Int. n * 3) 7
"""


def _stage(html: str, title: str) -> str:
    """The text shown under the stage called `title`."""
    pane = r'<h4 class="stage-title">' + re.escape(title) + r"</h4>.*?<pre[^>]*>(.*?)</pre>"
    found = re.search(pane, html, re.S)
    assert found is not None, f"no stage {title!r}"
    return re.sub(r"</?span[^>]*>", "", found.group(1))  # each line is a span that knows its source line


def test_a_system_f_program_shows_its_core_with_types_and_after_erasure(client: Client) -> None:
    response = client.post("/explorer/", {"language": "systemf", "source": TWICE, "optimise": "on"})
    assert response.status_code == 200
    html = response.content.decode()
    titles = [stage.title for stage in driver.STAGES]
    shown = [title for title in titles if title + "</h4>" in html]
    assert shown == titles  # every stage, the core's two among them, in pipeline order
    typed = _stage(html, "Core, with its types")
    # `twice` with its type, its type abstraction, and the type argument of the call
    assert escape("(let! twice (forall A (-> (-> 'A 'A) (-> 'A 'A))) (tylam A") in typed
    assert escape("(lam! f (-> 'A 'A)") in typed
    assert escape("(tyapp twice Int)") in typed
    erased = _stage(html, "Core after type erasure")
    assert "forall" not in erased and "tylam" not in erased and "tyapp" not in erased
    assert re.search(r"\(let! twice\.\d+ = \(\\!f\.\d+ !x\.\d+\. ", erased)
    # and the note on fix, which every System F compile carries
    assert "this program does not use fix" in html


def test_the_core_stages_come_through_the_htmx_fragment_too(client: Client) -> None:
    response = client.post(
        "/explorer/", {"language": "systemf", "source": TWICE}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert "Core, with its types" in html and "Core after type erasure" in html


def test_a_language_without_a_core_has_no_core_stage(client: Client) -> None:
    source = "int main(void) { return 0; }\n"
    html = client.post("/explorer/", {"language": "c", "source": source}).content.decode()
    assert "Syntax tree" in html and "Card deck" in html
    assert "Core, with its types" not in html and "Core after type erasure" not in html


def test_a_type_error_stops_before_the_core(client: Client) -> None:
    source = "let inc = \\n:Int. n + 1\nprint inc true\n"
    html = client.post("/explorer/", {"language": "systemf", "source": source}).content.decode()
    assert "<code>main.sf:2:11</code>" in html
    assert escape("`true` has type Bool, but Int was expected") in html
    assert "Core, with its types" not in html
