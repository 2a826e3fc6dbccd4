"""The explorer is open to visitors: its compiles are bounded in time and memory and throttled.

Through the real view, the real bounded compile (a forkserver child) and the real compiler.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

pytestmark = pytest.mark.django_db

BIG = "int big[100000000];\nint main(void) { big[5] = 1; return big[5]; }\n"


@pytest.fixture(autouse=True)
def _fresh_throttle_counts() -> None:
    cache.clear()


def test_an_object_larger_than_any_store_gets_the_store_diagnostic(client: Client) -> None:
    response = client.post("/explorer/", {"language": "c", "source": BIG})
    assert response.status_code == 200
    html = response.content.decode()
    # The object's words and the program's own few (the null guard, the exit status).
    assert "the program needs 1000000" in html and "words of static data: more than the Store" in html
    assert "Card deck" not in html


def test_a_compile_that_expands_past_its_time_is_stopped_with_a_diagnostic(
    client: Client, settings: Any
) -> None:
    settings.COMPILE_TIME_LIMIT = 1
    doubling = "\n".join(["#define A0 x"] + [f"#define A{i} A{i - 1} A{i - 1}" for i in range(1, 61)])
    source = doubling + "\nint main(void) { int x = 1; return A60; }\n"
    response = client.post("/explorer/", {"language": "c", "source": source})
    assert response.status_code == 200
    assert "the compile took longer than its limit of 1 s" in response.content.decode()


def test_visitors_compiles_are_throttled_with_a_retry_time(client: Client, settings: Any) -> None:
    settings.COMPILE_THROTTLE_RATE = "2/min"
    program = {"language": "assembly", "source": "PRINT 42\nHALT\n"}
    for _ in range(2):
        assert client.post("/explorer/", program).status_code == 200
    page = client.post("/explorer/", program)
    assert page.status_code == 429
    assert 1 <= int(page["Retry-After"]) <= 60
    assert "You have compiled many programs in a short time" in page.content.decode()
    # htmx swaps only 2xx answers: the fragment with the message, and the time to wait.
    fragment = client.post("/explorer/", program, headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    assert "Retry-After" in fragment
    assert "You have compiled many programs in a short time" in fragment.content.decode()
    assert "Card deck" not in fragment.content.decode()
    # Reading the page is not throttled.
    assert client.get("/explorer/").status_code == 200
