"""Database and Redis outages lose nothing: the run task waits for the database and retries, a ?wait whose
run was created answers with the run, and the live view reaches the final state without its group.

Through the real task (applied eagerly, as the tests' runner does), the real ASGI application and consumer.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import HttpCommunicator, WebsocketCommunicator
from django.conf import settings
from django.db import OperationalError
from django.test import Client
from rest_framework_simplejwt.tokens import AccessToken

from ancient_compute.asgi import application
from execution import apis, consumers, selectors, services, tasks, toolchain
from execution.models import Run, RunStatus
from execution.tests import fakes

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"


def _new_run(user: Any, **fields: Any) -> Run:
    values = {"max_steps": 10_000, "max_output": 1000, "store_size": 2000, "source": HELLO, **fields}
    return Run.objects.create(owner=user, **{"language": "assembly", **values})


def _failing_then_real(real: Any, failures: int) -> Any:
    """`real`, except that its first `failures` calls meet a database that cannot be reached."""
    calls = {"n": 0}

    def call(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] <= failures:
            raise OperationalError("server closed the connection unexpectedly")
        return real(*args, **kwargs)

    return call


# --- The task ------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_engine")
def test_a_task_that_meets_an_unreachable_database_retries_with_backoff_and_finishes(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = _new_run(user, source="print 42")
    # Twice: at the compile (the run claimed, "compiling"), then again; the third delivery succeeds.
    monkeypatch.setattr(toolchain, "compile_program", _failing_then_real(fakes.compile_program, 2))
    delays: list[int] = []
    real_delay = tasks.database_retry_delay

    def delay(retries: int) -> int:
        delays.append(real_delay(retries))
        return 0

    monkeypatch.setattr(tasks, "database_retry_delay", delay)
    tasks.run_execute.apply(args=(str(run.id),))
    run.refresh_from_db()
    assert run.status == RunStatus.COMPLETED
    assert run.output == "42\n"
    assert delays == [1, 2]  # growing: 1 s, then 2 s (eager retries do not wait)
    # Three deliveries claimed it; the two retries were the database's fault, so they were allowed.
    assert run.attempts == 3


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_engine")
def test_a_database_lost_while_storing_output_is_retried_not_an_internal_error(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = _new_run(user, source="print a\nprint b")
    monkeypatch.setattr(services, "run_finish", _failing_then_real(services.run_finish, 1))
    tasks.run_execute.apply(args=(str(run.id),))
    run.refresh_from_db()
    assert (run.status, run.trap_message, run.output) == (RunStatus.COMPLETED, "", "a\nb\n")


def test_the_retry_delay_grows_to_a_bound() -> None:
    assert [tasks.database_retry_delay(n) for n in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_engine")
def test_a_worker_death_still_counts_against_the_two_deliveries(user: Any) -> None:
    # Two deliveries already started it (their workers died): the third gives it up, retries or not.
    run = _new_run(user, status=RunStatus.RUNNING, attempts=2)
    tasks.run_execute.apply(args=(str(run.id),))
    run.refresh_from_db()
    assert run.status == RunStatus.INTERNAL_ERROR
    assert "interrupted 2 times" in run.trap_message


# --- ?wait ------------------------------------------------------------------------------------------


async def _post_runs(user: Any, program: dict[str, str]) -> Any:
    """POST /api/v1/runs?wait=true through the real ASGI application, signed in with a JWT."""
    body = json.dumps(program).encode()
    headers = [
        (b"host", b"testserver"),
        (b"accept", b"application/json"),
        (b"authorization", f"Bearer {await database_sync_to_async(AccessToken.for_user)(user)}".encode()),
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    communicator = HttpCommunicator(application, "POST", "/api/v1/runs?wait=true", body=body, headers=headers)
    return await communicator.get_response(timeout=20)


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
@pytest.mark.usefixtures("fake_engine")
async def test_a_wait_whose_run_was_created_answers_with_the_run_when_the_database_goes_away(
    user: Any, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    settings.TASK_RUNNER = "eager"

    def unreachable(*, run_id: Any) -> bool:
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(selectors, "run_is_final", unreachable)
    response = await _post_runs(user, {"language": "assembly", "source": HELLO})
    assert response["status"] == 201  # not 503: the run exists, and a client retrying would run it twice
    answer = json.loads(response["body"])
    assert answer["id"] == str(await database_sync_to_async(lambda: Run.objects.get().id)())
    assert answer["source"] == HELLO


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_a_wait_whose_channel_layer_fails_watches_the_database_and_answers_with_the_final_run(
    user: Any, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    settings.TASK_RUNNER = "thread"  # the run ends while the request waits
    monkeypatch.setattr(toolchain, "compile_program", fakes.compile_program)
    monkeypatch.setattr(toolchain, "run_program", fakes.run_program)

    async def layer_down(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("Connection refused")  # Redis restarting

    monkeypatch.setattr(apis.events, "run_await_final", layer_down)
    response = await _post_runs(user, {"language": "assembly", "source": "wait 0.3\nprint done"})
    assert response["status"] == 201
    answer = json.loads(response["body"])
    assert (answer["status"], answer["output"]) == ("completed", "done\n")


# --- The live view ------------------------------------------------------------------------------------


def _session_cookie(user: Any) -> bytes:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}".encode()


def _socket(run_id: Any, cookie: bytes) -> WebsocketCommunicator:
    headers = [(b"origin", b"http://localhost"), (b"host", b"localhost"), (b"cookie", cookie)]
    return WebsocketCommunicator(application, f"/ws/runs/{run_id}/", headers=headers)


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_the_group_join_is_retried_and_the_page_reaches_the_final_state_without_any_message(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(consumers, "REREAD_SECONDS", 0.2)
    monkeypatch.setattr(consumers, "JOIN_RETRY_SECONDS", (0.01, 0.01))
    layer = get_channel_layer()
    assert layer is not None
    real_add = layer.group_add
    joins = {"failed": 0}

    async def group_add(group: str, channel: str) -> None:
        if joins["failed"] < 2:  # Redis restarting: the pool's first connections are dead
            joins["failed"] += 1
            raise ConnectionError("Connection reset by peer")
        await real_add(group, channel)

    monkeypatch.setattr(layer, "group_add", group_add)
    run = await database_sync_to_async(_new_run)(user, status=RunStatus.RUNNING)
    ws = _socket(run.id, await database_sync_to_async(_session_cookie)(user))
    connected, _ = await ws.connect(timeout=5)
    assert connected  # the handshake does not fail with the layer
    first = await ws.receive_from(timeout=5)
    assert f'id="run-status-{run.id}"' in first and "Running" in first
    assert joins["failed"] == 2
    # The run ends and its final message is lost (the group never hears it): the re-read finds it.
    await database_sync_to_async(Run.objects.filter(id=run.id).update)(
        status=RunStatus.COMPLETED, output="42\n"
    )
    final = await asyncio.wait_for(ws.receive_from(), timeout=5)
    assert "42" in final and "Completed" in final
    closed = await ws.receive_output(timeout=5)
    assert closed["type"] == "websocket.close"
    await ws.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_a_layer_that_never_comes_back_still_lets_the_page_follow_the_run(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(consumers, "REREAD_SECONDS", 0.2)
    monkeypatch.setattr(consumers, "JOIN_RETRY_SECONDS", (0.01,))
    layer = get_channel_layer()
    assert layer is not None

    async def group_add(group: str, channel: str) -> None:
        raise ConnectionError("Connection refused")

    monkeypatch.setattr(layer, "group_add", group_add)
    run = await database_sync_to_async(_new_run)(user, status=RunStatus.RUNNING)
    ws = _socket(run.id, await database_sync_to_async(_session_cookie)(user))
    connected, _ = await ws.connect(timeout=5)
    assert connected
    await ws.receive_from(timeout=5)
    await database_sync_to_async(Run.objects.filter(id=run.id).update)(
        status=RunStatus.RUNNING, output="partial\n"
    )
    assert "partial" in await asyncio.wait_for(ws.receive_from(), timeout=5)
    await database_sync_to_async(Run.objects.filter(id=run.id).update)(status=RunStatus.COMPLETED)
    assert "Completed" in await asyncio.wait_for(ws.receive_from(), timeout=5)
    await ws.disconnect()


# --- The time limit striking mid-compile ----------------------------------------------------------


@pytest.mark.django_db
def test_the_soft_time_limit_striking_mid_compile_is_the_runs_time_limit_not_a_compile_error(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from celery.exceptions import SoftTimeLimitExceeded

    from compilers import registry

    real = registry.frontend("c")
    assert real is not None

    def parse(*args: Any) -> Any:
        raise SoftTimeLimitExceeded()  # as Celery raises it, wherever the compile is

    monkeypatch.setattr(registry, "frontend", lambda key: dataclasses.replace(real, parse=parse))
    run = _new_run(user, language="c", source="int main(void) { return 0; }\n")
    tasks.run_execute.apply(args=(str(run.id),))
    run.refresh_from_db()
    assert run.status == RunStatus.TIME_LIMIT
    assert "took more than" in run.trap_message


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_the_re_read_sends_nothing_the_stream_already_brought(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from execution import events

    monkeypatch.setattr(consumers, "REREAD_SECONDS", 0.1)
    run = await database_sync_to_async(_new_run)(user, status=RunStatus.RUNNING)
    ws = _socket(run.id, await database_sync_to_async(_session_cookie)(user))
    assert (await ws.connect(timeout=5))[0]
    await ws.receive_from(timeout=5)
    # The task stores a batch, then sends it to the group.
    await database_sync_to_async(Run.objects.filter(id=run.id).update)(output="batch\n")
    layer = get_channel_layer()
    assert layer is not None
    message = events.output_message(offset=0, text="batch\n", instructions=9, seconds=1.0, max_steps=100)
    await layer.group_send(events.run_group_name(run.id), {"type": events.EVENT_TYPE, **message})
    assert "batch" in await ws.receive_from(timeout=5)
    assert await ws.receive_nothing(timeout=0.5)  # five re-reads found nothing new
    await ws.disconnect()


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_engine")
def test_a_run_past_the_memory_limit_ends_with_its_message_and_nothing_reaches_celery(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Celery stops the whole worker when a task raises MemoryError: the task must never raise it.
    def exhausted(*args: Any, **kwargs: Any) -> Any:
        raise MemoryError()

    monkeypatch.setattr(toolchain, "run_program", exhausted)
    run = _new_run(user, source="print x")
    result = tasks.run_execute.apply(args=(str(run.id),))
    assert result.successful()
    run.refresh_from_db()
    assert run.status == RunStatus.INTERNAL_ERROR
    assert (
        run.trap_message
        == f"The run needed more memory than a run may use ({settings.RUN_MEMORY_LIMIT_MB} MB)."
    )
