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

Several processes on one port: `--processes N` (or WEB_PROCESSES=N) starts N Daphne processes, each
listening on the same address and port through its own SO_REUSEPORT socket, so the kernel spreads the
connections over them and each process's event loop and threads use a core of their own; this process
supervises them (starts one again that stopped, and stops them all on SIGTERM or SIGINT). It needs the
services mode (DATABASE_URL and REDIS_URL): the embedded default's channel layer and tasks live in its
one process.

    python -m ancient_compute.serve --processes 2 -b 0.0.0.0 -p 8000 ancient_compute.asgi:application
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
from types import FrameType
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


# A process that stops this soon after its start is not started again (its error would only repeat).
RESTART_AFTER_SECONDS = 5.0


def _options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """This command's own options (the rest are Daphne's): --processes, and the address to share."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--processes", type=int, default=int(os.environ.get("WEB_PROCESSES") or 1))
    parser.add_argument("--reuseport-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-b", "--bind", dest="host", default=None)
    parser.add_argument("-p", "--port", type=int, default=None)
    return parser.parse_known_args(argv)


def _address(options: argparse.Namespace) -> tuple[str, int]:
    return options.host or "127.0.0.1", options.port if options.port is not None else 8000


def reuseport_socket(host: str, port: int) -> socket.socket:
    """A listening socket that other processes may also bind to the same address (the kernel spreads the
    connections over them)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host.strip("[]"), port))
    sock.listen(1024)
    return sock


def serve(argv: list[str]) -> int:
    options, daphne_args = _options(argv)
    if options.reuseport_child:
        sock = reuseport_socket(*_address(options))
        ServeCommand().run(["--fd", str(sock.fileno()), *daphne_args])
        return 0
    if options.processes <= 1:  # Daphne as it is, with its own options (a host, a port, a socket, ...)
        given = [
            *(["-b", options.host] if options.host else []),
            *(["-p", str(options.port)] if options.port is not None else []),
        ]
        ServeCommand().run([*given, *daphne_args])
        return 0
    if not (os.environ.get("DATABASE_URL") and os.environ.get("REDIS_URL")):
        print(
            "--processes needs the services mode (DATABASE_URL and REDIS_URL): the embedded default keeps "
            "its channel layer and runs its tasks in its one process.",
            file=sys.stderr,
        )
        return 2
    return _supervise(options, daphne_args)


def _supervise(options: argparse.Namespace, daphne_args: list[str]) -> int:
    host, port = _address(options)
    command = [
        sys.executable,
        "-m",
        "ancient_compute.serve",
        "--reuseport-child",
        "-b",
        host,
        "-p",
        str(port),
        *daphne_args,
    ]
    children: dict[int, tuple[subprocess.Popen[bytes], float]] = {}
    stopping = False

    def start(slot: int) -> None:
        children[slot] = (subprocess.Popen(command), time.monotonic())

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for child, _ in children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for slot in range(options.processes):
        start(slot)
    status = 0
    while children:
        time.sleep(0.2)
        for slot, (child, started) in list(children.items()):
            code = child.poll()
            if code is None:
                continue
            del children[slot]
            if not stopping and time.monotonic() - started >= RESTART_AFTER_SECONDS:
                print(f"web process {child.pid} stopped ({code}); starting another", file=sys.stderr)
                start(slot)
            elif not stopping:  # it could not start: stop the others and say so
                status = code or 1
                stop(signal.SIGTERM, None)
    return status


if __name__ == "__main__":
    raise SystemExit(serve(sys.argv[1:]))
