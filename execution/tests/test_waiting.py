"""?wait=true is awaited, not blocked on: the serving event loop answers other requests meanwhile, and the
wait ends on the run's final event (not on a re-read of the database).

Requests go through the project's real ASGI application, as Daphne serves them. The run executes in a
background thread of this process (TASK_RUNNER "thread", the embedded default), held inside the Engine
until the test lets it go, so every step below happens in a known order.
"""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import HttpCommunicator
from rest_framework_simplejwt.tokens import AccessToken

from ancient_compute.asgi import application
from execution import events, selectors, toolchain
from execution.models import Run
from execution.tests import fakes

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


@pytest.fixture
def held_engine(monkeypatch: pytest.MonkeyPatch, settings: Any) -> threading.Event:
    """The fake Engine, which starts running only once the returned event is set."""
    settings.TASK_RUNNER = "thread"
    release = threading.Event()

    def run_program(*args: Any, **kwargs: Any) -> Any:
        release.wait(30)
        return fakes.run_program(*args, **kwargs)

    monkeypatch.setattr(toolchain, "compile_program", fakes.compile_program)
    monkeypatch.setattr(toolchain, "run_program", run_program)
    return release


@pytest.fixture
def final_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each database check of "is the run final?" made by the wait, by run id."""
    checks: list[str] = []
    real = selectors.run_is_final

    def counted(*, run_id: Any) -> bool:
        checks.append(str(run_id))
        return real(run_id=run_id)

    monkeypatch.setattr(selectors, "run_is_final", counted)
    # Re-checks only after a minute: within this test only the final event can end the wait.
    monkeypatch.setattr(events, "POLL_SECONDS", 60.0)
    return checks


def _request(method: str, path: str, user: Any = None, body: dict[str, Any] | None = None) -> Any:
    """The answer of the ASGI application, awaitable; signed in with a JWT when `user` is given."""
    headers = [(b"host", b"testserver"), (b"accept", b"application/json")]
    if user is not None:
        headers.append((b"authorization", f"Bearer {AccessToken.for_user(user)}".encode()))
    payload = b""
    if body is not None:
        payload = json.dumps(body).encode()
        headers += [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    return HttpCommunicator(application, method, path, body=payload, headers=headers).get_response(timeout=20)


async def _until(condition: Any) -> None:
    # Readiness by polling, bounded by the caller's wait_for: an ordering, not a timing, is asserted.
    while not condition():
        await asyncio.sleep(0.01)


async def test_the_loop_serves_others_while_a_run_is_awaited(
    user: Any, held_engine: threading.Event, final_checks: list[str]
) -> None:
    post = asyncio.ensure_future(
        _request("POST", "/api/v1/runs?wait=true", user, {"language": "assembly", "source": "print hello"})
    )
    # The request has created its run and asked the database once: it is now awaiting the final event.
    await asyncio.wait_for(_until(lambda: bool(final_checks)), 10)
    run = await database_sync_to_async(Run.objects.get)()
    assert final_checks == [str(run.id)]

    languages = await _request("GET", "/api/v1/languages")
    health = await _request("GET", "/health")
    assert (languages["status"], health["status"]) == (200, 200)
    assert "assembly" in {language["key"] for language in json.loads(languages["body"])}
    assert not post.done()

    held_engine.set()
    response = await asyncio.wait_for(post, 10)
    assert response["status"] == 201
    body = json.loads(response["body"])
    assert (body["id"], body["status"], body["output"], body["is_final"]) == (
        str(run.id),
        "completed",
        "hello\n",
        True,
    )
    assert final_checks == [str(run.id)]  # woken by the event, not by a second look at the database


async def test_a_submission_is_awaited_to_its_verdict(
    user: Any, held_engine: threading.Event, final_checks: list[str]
) -> None:
    from execution.tests.conftest import make_exercise

    exercise = await database_sync_to_async(make_exercise)(tests=[("", "hello\n", True)])
    post = asyncio.ensure_future(
        _request(
            "POST", f"/api/v1/exercises/{exercise.id}/submissions?wait=true", user, {"source": "print hello"}
        )
    )
    await asyncio.wait_for(_until(lambda: bool(final_checks)), 10)
    assert not post.done()
    held_engine.set()
    response = await asyncio.wait_for(post, 10)
    assert response["status"] == 201
    body = json.loads(response["body"])
    assert (body["verdict"], body["run"]["status"]) == ("accepted", "accepted")
    assert len(final_checks) == 1
