"""The compiler explorer page, through the real view and the real compiler."""

from __future__ import annotations

import pytest
from django.test import Client

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
    assert '<option value="assembly" selected>' in html
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
    assert "<code>2:12</code>" in html
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
