"""A request waiting for a run's end (?wait=true) does not stall the site: others are answered meanwhile.

Against the real stack (Daphne, a Celery worker, PostgreSQL, Redis). The proof is an ordering, not a
duration: while one client's POST /api/v1/runs?wait=true is still open, another client's GET /health and
GET /api/v1/languages are answered. (That the wait is awaited on the run's final event is shown by
execution/tests/test_waiting.py.)
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import pytest

from execution.bench.stack import Stack

pytestmark = pytest.mark.browser

# About 40 million instructions: seconds of the worker's time, well within the budget asked for.
LONG_LOOP = "        LOAD A, 20000000\nloop:   SUB A, 1\n        JNZ loop\n        PRINT A\n        HALT\n"
USERNAME, PASSWORD = "waiter", "engine-1843-wait"


def _request(
    stack: Stack, method: str, path: str, body: dict[str, Any] | None = None, token: str = ""
) -> tuple[int, Any]:
    parts = urlsplit(stack.base_url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        response = connection.getresponse()
        payload = response.read()
    finally:
        connection.close()
    return response.status, json.loads(payload) if payload else None


@pytest.fixture(scope="module")
def token(live_stack: Stack) -> str:
    live_stack.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.create_user({USERNAME!r}, password={PASSWORD!r})",
    )
    status, body = _request(
        live_stack, "POST", "/api/v1/auth/token/", {"username": USERNAME, "password": PASSWORD}
    )
    assert status == 200, body
    return str(body["access"])


def test_the_site_answers_while_a_request_waits_for_a_run(live_stack: Stack, token: str) -> None:
    waited: dict[str, Any] = {}
    answered = threading.Event()

    def wait_for_run() -> None:
        waited["answer"] = _request(
            live_stack,
            "POST",
            "/api/v1/runs?wait=true",
            {"language": "assembly", "source": LONG_LOOP, "max_steps": 50_000_000},
            token,
        )
        answered.set()

    waiter = threading.Thread(target=wait_for_run)
    waiter.start()
    try:
        # The run is committed before the request starts waiting: once it is listed, the POST is waiting.
        for _ in range(600):
            status, runs = _request(live_stack, "GET", "/api/v1/runs", token=token)
            if status == 200 and runs["results"]:
                break
            time.sleep(0.05)
        assert runs["results"], "the run was never created"
        assert not answered.is_set(), "the run ended before the site could be asked anything"

        health_status, _ = _request(live_stack, "GET", "/health")
        languages_status, languages = _request(live_stack, "GET", "/api/v1/languages")

        # Both answered while the waiting request was still open.
        assert not answered.is_set()
        assert (health_status, languages_status) == (200, 200)
        assert "c" in {language["key"] for language in languages}
    finally:
        waiter.join(timeout=60)
    status, run = waited["answer"]
    assert status == 201
    assert run["id"] == runs["results"][0]["id"]
    assert run["status"] in {"queued", "compiling", "running", "completed"}
    if run["is_final"]:
        assert (run["status"], run["output"]) == ("completed", "0")
