"""Status lines with their reason phrase under Daphne.

ASGI carries a status code but no reason phrase: Daphne lets Twisted write the status line, and Twisted's
table of phrases stops short of codes the site sends, 429 among them (a throttled client read
"429 Unknown Status"). The table is completed from the standard library's HTTPStatus, the one list of
phrases, when the ASGI application is loaded (asgi.py).
"""

from __future__ import annotations

from http import HTTPStatus


def reason_phrases_install() -> None:
    """Adds every code Twisted does not know, with its phrase; the phrases it has stay as they are."""
    try:
        from twisted.web import http
    except ImportError:  # not served by Daphne
        return
    for status in HTTPStatus:
        http.RESPONSES.setdefault(status.value, status.phrase.encode("ascii"))
