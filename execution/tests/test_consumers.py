"""The WebSocket through the project's real ASGI application: streaming, late join, refusal, repair."""

from __future__ import annotations

from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from ancient_compute.asgi import application
from execution import consumers, events, services
from execution.models import Run, RunStatus

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]

PROGRAM = "PRINT 1\nPRINTC 10\nPRINT 2\nPRINTC 10\nPRINT 3\nPRINTC 10\nHALT\n"


def session_cookie(user: Any) -> bytes:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}".encode()


def communicator(run_id: Any, cookie: bytes | None) -> WebsocketCommunicator:
    headers = [(b"origin", b"http://localhost"), (b"host", b"localhost")]
    if cookie:
        headers.append((b"cookie", cookie))
    return WebsocketCommunicator(application, f"/ws/runs/{run_id}/", headers=headers)


@database_sync_to_async
def new_run(user: Any, **fields: Any) -> Run:
    values = {"max_steps": 10_000, "max_output": 1000, "store_size": 2000, "source": PROGRAM, **fields}
    return Run.objects.create(owner=user, language="assembly", **values)


async def receive_all(ws: WebsocketCommunicator) -> list[str]:
    messages: list[str] = []
    while True:
        message = await ws.receive_output(timeout=5)
        if message["type"] == "websocket.close":
            return messages
        messages.append(message["text"])


async def test_the_owner_sees_the_state_then_the_output_as_it_comes_then_the_end(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "FLUSH_SECONDS", 0.0)
    run = await new_run(user)
    ws = communicator(run.id, await database_sync_to_async(session_cookie)(user))
    connected, _ = await ws.connect()
    assert connected
    first = await ws.receive_from()
    assert 'data-status="queued"' in first
    assert f'id="run-live-{run.id}"' not in first  # still live: the socket's element stays

    await database_sync_to_async(services.run_execute_now)(run.id)
    messages = await receive_all(ws)
    appended = "".join(
        m.split('hx-swap-oob="beforeend">', 1)[1].split("</pre>", 1)[0] for m in messages if "beforeend" in m
    )
    assert appended == "1\n2\n3\n"
    assert any('class="run-progress"' in m and "instructions" in m for m in messages)
    final = messages[-1]
    assert 'data-status="completed"' in final
    assert f'<div id="run-live-{run.id}" hx-swap-oob="true"></div>' in final  # closes the socket for good
    assert "Engine time" in final


async def test_a_late_page_gets_the_stored_output_and_the_socket_closes(user: Any) -> None:
    run = await new_run(user, status=RunStatus.COMPLETED, output="stored\n")
    ws = communicator(run.id, await database_sync_to_async(session_cookie)(user))
    connected, _ = await ws.connect()
    assert connected
    messages = await receive_all(ws)
    assert len(messages) == 1
    output = f'<pre id="run-output-{run.id}" class="run-output" hx-swap-oob="true" aria-live="polite">'
    assert output + "stored\n</pre>" in messages[0]


async def test_another_user_and_anonymous_are_refused_at_the_handshake(user: Any, other_user: Any) -> None:
    run = await new_run(user)
    for cookie in (await database_sync_to_async(session_cookie)(other_user), None):
        ws = communicator(run.id, cookie)
        connected, _ = await ws.connect()
        assert not connected


async def test_batches_already_shown_are_not_repeated_and_a_gap_is_repaired(user: Any) -> None:
    run = await new_run(user, status=RunStatus.RUNNING, output="abc")
    ws = communicator(run.id, await database_sync_to_async(session_cookie)(user))
    assert (await ws.connect())[0]
    await ws.receive_from()
    layer = get_channel_layer()
    group = events.run_group_name(run.id)
    message = events.output_message(offset=0, text="abcdef", instructions=5, seconds=1.0, max_steps=10)
    await layer.group_send(group, {"type": events.EVENT_TYPE, **message})
    html = await ws.receive_from()
    assert 'hx-swap-oob="beforeend">def</pre>' in html
    assert 'value="50.0"' in html

    # A batch was lost (offset past what the page has): the stored output is sent whole instead.
    await database_sync_to_async(Run.objects.filter(id=run.id).update)(output="abcdefghijkl")
    message = events.output_message(offset=9, text="jkl", instructions=6, seconds=1.0, max_steps=10)
    await layer.group_send(group, {"type": events.EVENT_TYPE, **message})
    html = await ws.receive_from()
    assert ">abcdefghijkl</pre>" in html
    await ws.disconnect()


# A Python program's assembly holds the runtime it is linked with: some 45,000 lines, 3.5 MB as the panel's
# HTML, where Daphne lets a WebSocket message carry 1 MB. This is of that size.
LINKED_ASSEMBLY = "".join(f"lbl{n}:\n        LOAD    A, __heap\n" for n in range(45_000))


async def test_a_finished_run_with_large_stages_is_shown_and_its_stages_are_fetched_apart(user: Any) -> None:
    ir = "func @main() -> w {\n}\n"
    run = await new_run(user, status=RunStatus.COMPLETED, output="12\n", assembly=LINKED_ASSEMBLY, ir=ir)
    ws = communicator(run.id, await database_sync_to_async(session_cookie)(user))
    assert (await ws.connect())[0]
    messages = await receive_all(ws)
    assert len(messages) == 1
    state = messages[0]
    assert len(state.encode()) < consumers.MESSAGE_LIMIT_BYTES
    assert 'data-status="completed"' in state and ">12\n</pre>" in state
    # The stages' part arrives empty and asks for them itself.
    assert f'hx-get="/runs/{run.id}/stages/" hx-trigger="load" hx-swap="outerHTML"' in state
    assert "lbl44999" not in state


async def test_a_state_too_large_for_a_message_links_to_the_run_page(user: Any) -> None:
    output = "<" * 300_000  # 1.2 MB once escaped: an API client's run with a large output limit
    run = await new_run(user, status=RunStatus.OUTPUT_LIMIT, output=output, max_output=300_000)
    ws = communicator(run.id, await database_sync_to_async(session_cookie)(user))
    assert (await ws.connect())[0]
    messages = await receive_all(ws)
    assert len(messages) == 1
    notice = messages[0]
    assert len(notice.encode()) < 10_000
    assert 'data-status="output_limit"' in notice
    assert f'<a href="/runs/{run.id}/">open the run\'s page</a>' in notice
    assert f'<div id="run-live-{run.id}" hx-swap-oob="true"></div>' in notice  # and the socket closes


async def test_the_reread_glances_at_the_status_and_output_length_alone(user: Any, other_user: Any) -> None:
    run = await new_run(user, status=RunStatus.RUNNING, output="abc", assembly=LINKED_ASSEMBLY)
    assert await consumers._glance(user, str(run.id)) == ("running", 3)
    assert await consumers._glance(other_user, str(run.id)) is None  # not the user's: as if gone
    assert await consumers._glance(None, str(run.id)) is None


async def test_the_stages_part_is_sent_once_a_connection(user: Any) -> None:
    # The stages do not change once compiled: the final state leaves the page's loaded stages alone rather
    # than have it fetch them again.
    run = await new_run(user, status=RunStatus.RUNNING, output="1\n", assembly=LINKED_ASSEMBLY)
    ws = communicator(run.id, await database_sync_to_async(session_cookie)(user))
    assert (await ws.connect())[0]
    first = await ws.receive_from()
    assert f'hx-get="/runs/{run.id}/stages/"' in first
    await database_sync_to_async(Run.objects.filter(id=run.id).update)(status=RunStatus.COMPLETED)
    await get_channel_layer().group_send(
        events.run_group_name(run.id), {"type": events.EVENT_TYPE, **events.final_message(run.id)}
    )
    final = (await receive_all(ws))[-1]
    assert 'data-status="completed"' in final
    assert f'id="run-artifacts-{run.id}"' not in final
