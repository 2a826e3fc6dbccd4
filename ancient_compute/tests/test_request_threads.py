"""The web process's ASGI handler keeps the threads that run requests: a request after another runs on the
same thread (no thread started per request), while requests served at the same time each have a thread
of their own, and a thread left busy by a failed request is never lent again."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from asgiref.current_thread_executor import CurrentThreadExecutor
from asgiref.sync import AsyncToSync
from django.core.signals import request_started

from ancient_compute.lib.request_threads import KeptThreadsASGIHandler


async def _get(handler: KeptThreadsASGIHandler, path: str = "/health") -> int:
    sent: list[dict[str, Any]] = []
    pending = [{"type": "http.request", "body": b""}]

    async def receive() -> dict[str, Any]:
        if pending:
            return pending.pop()
        await asyncio.sleep(3600)  # the client stays connected
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": [(b"host", b"127.0.0.1")],
        "server": ("127.0.0.1", 80),
        "client": ("127.0.0.1", 50000),
    }
    await handler(scope, receive, send)
    return int(sent[0]["status"])


@pytest.fixture
def request_threads() -> Iterator[list[int]]:
    """The thread each request's synchronous code starts on (request_started's receivers run there)."""
    seen: list[int] = []

    def record(**kwargs: Any) -> None:
        seen.append(threading.get_ident())

    request_started.connect(record, dispatch_uid="test-request-threads")
    yield seen
    request_started.disconnect(dispatch_uid="test-request-threads")


def test_requests_one_after_another_run_on_one_kept_thread(request_threads: list[int]) -> None:
    handler = KeptThreadsASGIHandler()

    async def three() -> list[int]:
        return [await _get(handler) for _ in range(3)]

    assert asyncio.run(three()) == [200, 200, 200]
    assert len(set(request_threads)) == 1
    assert request_threads[0] != threading.get_ident()  # not the event loop's thread
    assert len(handler.idle) == 1


def test_requests_at_the_same_time_each_have_their_own_thread(request_threads: list[int]) -> None:
    handler = KeptThreadsASGIHandler()
    # Each request waits in its synchronous code until the other has reached its own: on one shared
    # thread the first would wait forever (here: the barrier's timeout breaks it and the test fails).
    barrier = threading.Barrier(2, timeout=5)

    def meet(**kwargs: Any) -> None:
        barrier.wait()

    request_started.connect(meet, dispatch_uid="test-request-threads-meet")
    try:

        async def two() -> list[int]:
            return list(await asyncio.gather(_get(handler), _get(handler)))

        assert asyncio.run(two()) == [200, 200]
    finally:
        request_started.disconnect(dispatch_uid="test-request-threads-meet")
    assert len(set(request_threads)) == 2
    assert len(handler.idle) == 2


def test_a_failed_request_does_not_lend_its_thread_again(request_threads: list[int]) -> None:
    handler = KeptThreadsASGIHandler()

    def fail(**kwargs: Any) -> None:
        raise RuntimeError("a receiver failed")

    async def one() -> int:
        return await _get(handler)

    request_started.connect(fail, dispatch_uid="test-request-threads-fail")
    try:
        with pytest.raises(RuntimeError):
            asyncio.run(one())
    finally:
        request_started.disconnect(dispatch_uid="test-request-threads-fail")
    assert handler.idle == []
    assert asyncio.run(one()) == 200
    assert request_threads[0] != request_threads[1]


def test_idle_threads_beyond_the_limit_are_stopped() -> None:
    handler = KeptThreadsASGIHandler(idle_max=1)

    async def three_at_once() -> list[int]:
        return list(await asyncio.gather(*(_get(handler) for _ in range(3))))

    assert asyncio.run(three_at_once()) == [200, 200, 200]
    assert len(handler.idle) == 1


def test_the_web_process_serves_django_through_it() -> None:
    import ancient_compute.asgi

    assert isinstance(ancient_compute.asgi.django_asgi_app, KeptThreadsASGIHandler)


def test_the_middleware_and_the_view_run_on_the_requests_thread_without_going_back_to_the_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Django's async chain went back from the request's thread to the event loop below the first
    # synchronous-only middleware (async_to_sync of its async _get_response), then handed the thread the
    # CSRF check and the view again through the waiting thread's executor: on /health, 1 return to the
    # loop and 2 hand-overs (counted with Django's own load_middleware). Here the chain, view included,
    # is the synchronous one: none.
    hops: list[str] = []
    submit, to_sync = CurrentThreadExecutor.submit, AsyncToSync.__call__

    def counted_submit(self: CurrentThreadExecutor, *args: Any, **kwargs: Any) -> Any:
        hops.append("to the thread")
        return submit(self, *args, **kwargs)

    def counted_to_sync(self: AsyncToSync[Any, Any], *args: Any, **kwargs: Any) -> Any:
        hops.append("to the loop")
        return to_sync(self, *args, **kwargs)

    monkeypatch.setattr(CurrentThreadExecutor, "submit", counted_submit)
    monkeypatch.setattr(AsyncToSync, "__call__", counted_to_sync)

    async def one() -> int:
        return await _get(KeptThreadsASGIHandler())

    assert asyncio.run(one()) == 200
    assert hops == []
