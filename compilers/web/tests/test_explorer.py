"""The compiler explorer page, through the real view and the real compiler."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils.html import escape

from ancient_compute.tests.fake_languages import one_available, one_missing

pytestmark = pytest.mark.django_db

SUM = """#include <stdio.h>
int main(void) {
    int s = 0;
    for (int i = 1; i <= 4; i++) s += i;
    printf("%d\\n", s);
    return 0;
}
"""


def test_get_shows_the_form_with_an_example(client: Client) -> None:
    response = client.get("/explorer/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Compiler explorer" in html
    assert "gcd(1071, 462)" in html
    assert 'name="source"' in html


def test_get_prefills_from_the_query(client: Client) -> None:
    response = client.get("/explorer/", {"language": "assembly", "source": "HALT"})
    html = response.content.decode()
    assert '<option value="assembly" data-highlight="babbage" selected>' in html
    assert "HALT</textarea>" in html


def test_compiling_c_shows_every_stage_and_the_line_map(client: Client) -> None:
    response = client.post("/explorer/", {"language": "c", "source": SUM, "optimise": "on"})
    assert response.status_code == 200
    html = response.content.decode()
    for stage in ["Tokens", "Syntax tree", "Intermediate representation", "Babbage assembly", "Card deck"]:
        assert stage in html, stage
    assert "Source lines and their cards" in html
    assert "HALT" in html or "halt" in html.lower()


def test_compile_errors_are_listed_with_line_and_column(client: Client) -> None:
    response = client.post("/explorer/", {"language": "c", "source": "int main(void) {\n    return x;\n}\n"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Diagnostics" in html
    assert "<code>main.c:2:12</code>" in html  # named by its file, as a compiler names it
    assert "Card deck" not in html


def test_htmx_request_gets_only_the_results_fragment(client: Client) -> None:
    response = client.post(
        "/explorer/", {"language": "assembly", "source": "PRINT 42\nHALT\n"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert "<html" not in html
    assert "Card deck" in html


def test_bad_input_is_a_form_error_not_a_crash(client: Client) -> None:
    too_long = client.post("/explorer/", {"language": "c", "source": "x" * (64 * 1024 + 1)})
    assert too_long.status_code == 200
    assert "Ensure this value has at most" in too_long.content.decode()
    unknown = client.post("/explorer/", {"language": "cobol", "source": "DISPLAY 'HI'."})
    assert unknown.status_code == 200
    assert "Select a valid choice" in unknown.content.decode()


def test_a_language_that_cannot_compile_is_listed_disabled_with_its_reason(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    html = client.get("/explorer/").content.decode()
    reason = f"{coming.name}'s compiler is coming: {coming.name} programs cannot run on the Engine yet."
    assert (
        f'<option value="{coming.key}" data-highlight="{coming.highlight}" disabled title="{escape(reason)}">'
        f"{escape(coming.name)} (compiler coming)</option>"
    ) in html


def test_the_explorer_refuses_such_a_language_with_its_reason(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    reason = escape(f"{coming.name}'s compiler is coming")
    page = client.get("/explorer/", {"language": coming.key, "source": "SOON"}).content.decode()
    assert reason in page and "<pre><code>SOON</code></pre>" in page
    assert f'value="{coming.key}" data-highlight="{coming.highlight}" selected' not in page
    assert "gcd(1071, 462)" in page  # the form starts afresh, in C
    for headers in ({}, {"HX-Request": "true"}):
        response = client.post("/explorer/", {"language": coming.key, "source": "x"}, headers=headers)
        assert response.status_code == 200
        html = response.content.decode()
        assert f"<li>language: {reason}" in html
        assert "Card deck" not in html


def test_the_explorer_opens_in_the_languages_own_mode_when_it_compiles(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    language = one_available(monkeypatch, besides="c")
    html = client.get("/explorer/", {"language": language.key, "source": "x = 1"}).content.decode()
    assert f'<option value="{language.key}" data-highlight="{language.highlight}" selected>' in html
    assert 'role="alert"' not in html
