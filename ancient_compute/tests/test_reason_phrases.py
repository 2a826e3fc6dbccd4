"""Under Daphne every status line carries its reason phrase: Twisted, which writes it, lacks some (a
throttled client read "429 Unknown Status")."""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus
from http.client import HTTPConnection

import pytest
from twisted.web import http
from twisted.web.test.requesthelper import DummyChannel


def test_a_throttled_answer_says_too_many_requests_under_daphne() -> None:
    import ancient_compute.asgi  # noqa: F401  the application Daphne serves installs the phrases

    request = http.Request(DummyChannel())  # type: ignore[arg-type]  # a test double of the channel
    request.setResponseCode(429)
    assert request.code_message == b"Too Many Requests"


@pytest.mark.parametrize("status", [HTTPStatus(429), HTTPStatus(422), HTTPStatus(428)])
def test_every_standard_code_has_its_phrase(status: HTTPStatus) -> None:
    from ancient_compute.lib.reason_phrases import reason_phrases_install

    reason_phrases_install()
    assert http.RESPONSES[status.value] == status.phrase.encode()
    assert http.RESPONSES[404] == b"Not Found"  # Twisted's own phrases stay


@pytest.fixture(scope="module")
def throttled_server() -> Iterator[int]:
    """The real web process (Daphne), embedded mode, with visitors' API rate at one request a minute."""
    from ancient_compute.tests.test_serve import serving

    with serving(API_ANON_RATE="1/min") as port:
        yield port


def test_the_real_server_sends_429_with_its_reason_phrase(throttled_server: int) -> None:
    answers = []
    for _ in range(2):  # the first is within the rate, the second is not
        connection = HTTPConnection("127.0.0.1", throttled_server, timeout=30)
        try:
            connection.request("GET", "/api/v1/languages")
            response = connection.getresponse()
            answers.append((response.status, response.reason))
            response.read()
        finally:
            connection.close()
    assert answers == [(200, "OK"), (429, "Too Many Requests")]
