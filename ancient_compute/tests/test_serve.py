"""The web process (`python -m ancient_compute.serve`, ancient_compute/serve.py) leaves request bodies to
Django: a malformed multipart body sent to the API is answered in the API's error shape, not by Twisted's
bare 400, and a well-formed one reaches the view parsed. What Daphne refuses itself (bytes a header value
may not hold) is answered in that shape too under /api/, and with Daphne's page elsewhere.

Drives the real server: Daphne and Twisted on a loopback port, in the embedded mode (no service needed:
the requests below are refused or judged before anything touches the database).
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "/api/v1/auth/token/"  # anonymous, and it parses its body before it looks anything up


@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    with serving() as port:
        yield port


@contextmanager
def serving(**settings: str) -> Iterator[int]:
    """The real web process on a free loopback port, in the embedded mode, with these environment
    settings besides; yields the port once it answers, and stops it after."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "TASK_RUNNER"}}
    env.update(DJANGO_SETTINGS_MODULE="ancient_compute.settings.local", DJANGO_DEBUG="false", **settings)
    command = [sys.executable, "-m", "ancient_compute.serve", "-b", "127.0.0.1", "-p", str(port)]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [*command, "ancient_compute.asgi:application"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        try:
            _wait_until_serving(port, process, log)
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_serving(port: int, process: subprocess.Popen[bytes], log: IO[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if _post(port, "/health", "text/plain", b"", method="GET")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    log.seek(0)
    raise AssertionError(f"the server did not start:\n{log.read().decode(errors='replace')[-3000:]}")


def _post(
    port: int, path: str, content_type: str, body: bytes, *, method: str = "POST"
) -> tuple[int, str, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers={"Content-Type": content_type})
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type") or "", response.read()
    finally:
        connection.close()


@pytest.mark.parametrize(
    "content_type",
    [
        "multipart/form-data; boundary=",  # Schemathesis's find: Twisted answered it with a bare 400
        "multipart/form-data",
        "multipart/form-data; boundary=zz",  # a boundary the body never uses
    ],
)
def test_a_malformed_multipart_body_is_answered_in_the_apis_error_shape(
    server: int, content_type: str
) -> None:
    status, answered_as, body = _post(server, TOKEN, content_type, b"abc")
    assert 400 <= status < 500, (status, body)
    assert answered_as == "application/json"
    error = json.loads(body)
    assert set(error) == {"code", "message", "extra"}
    assert error["message"]


def test_a_well_formed_multipart_body_reaches_the_view_parsed(server: int) -> None:
    body = b'--XyZ\r\nContent-Disposition: form-data; name="username"\r\n\r\nada\r\n--XyZ--\r\n'
    status, _, answer = _post(server, TOKEN, "multipart/form-data; boundary=XyZ", body)
    assert status == 400
    error = json.loads(answer)
    # The username was read from the body: only the password is missing.
    assert error["code"] == "invalid"
    assert set(error["extra"]["fields"]) == {"password"}


def _raw(port: int, head: bytes) -> tuple[int, str, bytes]:
    """Sends a request as bytes (http.client refuses to send what these tests need to)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head + b"\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    header, _, body = answer.partition(b"\r\n\r\n")
    lines = header.decode("latin-1").split("\r\n")
    fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), fields.get("Content-Type", ""), body


# Bytes Daphne refuses in a header value (RFC 9110, 5.5), which Twisted lets through. (A request that is
# not HTTP at all, such as a NUL in a header or a request line that is not ASCII, Twisted refuses before
# any path is read, with a bare 400.)
REFUSED_BY_DAPHNE = {
    "a vertical tab": b"\x0b",
    "a form feed": b"\x0c",
}


def _with_header_value(path: bytes, value: bytes) -> bytes:
    return b"GET " + path + b" HTTP/1.1\r\nHost: x\r\nX-Note: a" + value + b"b\r\nConnection: close\r\n"


@pytest.mark.parametrize("name", sorted(REFUSED_BY_DAPHNE))
def test_a_header_daphne_refuses_under_the_api_is_answered_in_its_error_shape(server: int, name: str) -> None:
    status, answered_as, body = _raw(server, _with_header_value(b"/api/v1/runs", REFUSED_BY_DAPHNE[name]))
    assert status == 400
    assert answered_as == "application/json"
    error = json.loads(body)
    assert error["code"] == "malformed_request" and error["message"] and error["extra"] == {}


def test_a_header_daphne_refuses_outside_the_api_gets_its_page(server: int) -> None:
    status, answered_as, _ = _raw(server, _with_header_value(b"/course/", b"\x0b"))
    assert status == 400
    assert answered_as.startswith("text/html")


def test_several_processes_need_the_services_mode() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ancient_compute.serve",
            "--processes",
            "2",
            "ancient_compute.asgi:application",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--processes needs the services mode (DATABASE_URL and REDIS_URL)" in done.stderr


def _listening_sockets(port: int) -> int:
    """Listening TCP sockets on 127.0.0.1:`port` (each SO_REUSEPORT socket is one)."""
    wanted = f"0100007F:{port:04X}"
    lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(1 for line in lines if line.split()[1] == wanted and line.split()[3] == "0A")


@pytest.mark.services
def test_several_processes_serve_one_port() -> None:
    """Two Daphne processes, each with its own socket on the one port, answer; they stop with the
    supervising process."""
    port = _free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ancient_compute.settings.local", "DJANGO_DEBUG": "false"}
    command = [sys.executable, "-m", "ancient_compute.serve", "--processes", "2", "-b", "127.0.0.1"]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [*command, "-p", str(port), "ancient_compute.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        )
        try:
            _wait_until_serving(port, process, log)
            deadline = time.monotonic() + 60
            while _listening_sockets(port) < 2 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert _listening_sockets(port) == 2
            statuses = {_post(port, "/health", "text/plain", b"", method="GET")[0] for _ in range(20)}
            assert statuses == {200}
        finally:
            process.terminate()
            process.wait(timeout=20)
        assert _listening_sockets(port) == 0  # the children stopped with it
