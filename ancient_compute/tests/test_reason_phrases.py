"""Under Daphne every status line carries its reason phrase: Twisted, which writes it, lacks some."""

from __future__ import annotations

from http import HTTPStatus

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
