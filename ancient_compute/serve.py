"""The web process: Daphne, with request bodies left to Django.

    python -m ancient_compute.serve -b 127.0.0.1 -p 8000 ancient_compute.asgi:application

takes Daphne's own arguments (`--help`). It differs from the `daphne` command in one thing: Twisted, on
which Daphne is built, parses every POST body sent as `multipart/form-data` or form-encoded into
`request.args` before Daphne sees the request, and answers a body its parser rejects (a `multipart`
content type with an empty or missing boundary, a body that is not multipart at all) with a bare
`400 Bad Request`: no Content-Type, no body, and Django never hears of it, so an API client gets nothing
of the API's error shape. Daphne never reads `request.args`: it hands the raw body to Django, which
parses it (or refuses it in the API's shape) itself. Here Twisted's own switch for that,
`parsePOSTFormSubmission=False`, is set on every request, which also spares each form POST a second parse
of its body. Daphne has no option for it, so the server makes its requests through the small subclasses
below.

Daphne itself answers a few requests without Django (a header value with bytes RFC 9110 forbids, an
application that failed or did not answer in time): under /api/ those answers, too, are in the API's
error shape (`BodyLeftToDjangoRequest.basic_error`) instead of Daphne's HTML page. A request that is not
HTTP at all (a NUL in a header, a request line that is not ASCII, a malformed chunk) Twisted refuses
with a bare 400 before a request exists to answer in any shape.
"""

from __future__ import annotations

import json
from typing import Any

from daphne.cli import CommandLineInterface
from daphne.http_protocol import HTTPFactory, WebRequest
from daphne.server import Server

from ancient_compute.lib.api_errors import API_PREFIX, status_error_body


class BodyLeftToDjangoRequest(WebRequest):
    """Daphne's request, with the body left unparsed by Twisted and Daphne's own error answers in the
    API's shape under /api/ (see the module's docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, parsePOSTFormSubmission=False, **kwargs)

    def basic_error(self, status: int, status_text: bytes, body: str) -> None:
        # The URI as received: Daphne sets the path to "/" before it answers a path it cannot decode.
        if not (self.uri or b"").startswith(API_PREFIX.encode()):
            super().basic_error(status, status_text, body)
            return
        message = body.rstrip(".") + "."
        content = json.dumps(status_error_body(status, message)).encode()
        headers = [(b"Content-Type", b"application/json"), (b"Content-Length", str(len(content)).encode())]
        self.handle_reply({"type": "http.response.start", "status": status, "headers": headers})
        self.handle_reply({"type": "http.response.body", "body": content})


class BodyLeftToDjangoHTTPFactory(HTTPFactory):
    def buildProtocol(self, addr: Any) -> Any:
        protocol = super().buildProtocol(addr)
        protocol.requestFactory = BodyLeftToDjangoRequest
        return protocol


class BodyLeftToDjangoServer(Server):
    """Daphne's server with the factory above. Server.run makes its factory as `self.http_factory =
    HTTPFactory(self)`, with no parameter for the class, then listens with it: the attribute takes this
    project's factory in its place."""

    @property
    def http_factory(self) -> HTTPFactory:
        return self._body_left_to_django_factory

    @http_factory.setter
    def http_factory(self, daphnes: HTTPFactory) -> None:
        self._body_left_to_django_factory = BodyLeftToDjangoHTTPFactory(self)


class ServeCommand(CommandLineInterface):
    server_class = BodyLeftToDjangoServer


if __name__ == "__main__":
    ServeCommand.entrypoint()
