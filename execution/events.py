"""The transport of a run's live view: messages to and from the channel group "run.<id>", nothing else.

The task sends small data messages (a batch of output with its offset, progress, "the run is final"); the
consumer turns them into htmx fragments (presentation.py). The database stays the source of truth: a lost
or late message is repaired by re-reading the Run (see consumers.py). This module knows no model: a run
is named by its id.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from asgiref.sync import async_to_sync
from channels import DEFAULT_CHANNEL_LAYER
from channels.layers import InMemoryChannelLayer, channel_layers, get_channel_layer

logger = logging.getLogger(__name__)
SEND_TIMEOUT = 5.0  # seconds; a stuck layer must not hold a run
POLL_SECONDS = 0.25  # longest wait for a message between two looks at the database

# The consumer's handler for every message: `run_event` (Channels maps "run.event" to it). Messages:
# {"kind": "output", offset, text, instructions, seconds, max_steps}: a batch of output appended at
# `offset` (characters), and the progress so far; {"kind": "final", run_id}: the run is final, re-read it.
EVENT_TYPE = "run.event"


def run_group_name(run_id: object) -> str:
    return f"run.{run_id}"


def run_output_broadcast(run_id: object, message: dict[str, Any]) -> None:
    """Send one message to the run's group. Failing to stream never fails the run: the row has it all."""
    layer = _layer()
    if layer is None:
        return
    try:
        _run(layer.group_send(run_group_name(run_id), {"type": EVENT_TYPE, **message}))
    except Exception:
        logger.warning("could not stream an event of run %s", run_id, exc_info=True)


async def run_await_final(run_id: object, is_final: Callable[[], Awaitable[bool]], timeout: float) -> None:
    """Awaits the run's group saying that the run is final, or `timeout`, holding no thread meanwhile.

    Subscribes first and then asks `is_final` (the database), so that an end announced in between is not
    missed; the database is asked again every POLL_SECONDS, so that a lost message costs no more.
    """
    if get_channel_layer() is None:
        return
    await _LoopWatcher.of_running_loop().wait(run_id, is_final, timeout)


class _LoopWatcher:
    """One channel per event loop hears the end of every run that a request on that loop waits for.

    A single listener receives without ever being cancelled (cancelling a Redis receive can lose the
    message it was popping) and wakes the waiting requests by run id. Daphne serves from one loop, so
    this is one channel per process; tests start a loop per test, hence the mapping by loop.
    """

    _by_loop: dict[asyncio.AbstractEventLoop, _LoopWatcher] = {}

    @classmethod
    def of_running_loop(cls) -> _LoopWatcher:
        loop = asyncio.get_running_loop()
        for closed in [other for other in cls._by_loop if other.is_closed()]:
            del cls._by_loop[closed]  # a loop that has ended (a finished test's) and its listener
        watcher = cls._by_loop.get(loop)
        if watcher is None:
            watcher = cls._by_loop[loop] = cls(loop)
        return watcher

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        shared = get_channel_layer()
        if isinstance(shared, InMemoryChannelLayer):
            # The in-memory layer is the process's only one: the task's events arrive in it.
            self.layer = shared
            note_serving_loop()
        else:
            # A Redis layer instance of our own: its receive lock and connections belong to this loop, and
            # the consumers keep the shared instance to themselves.
            self.layer = channel_layers.make_backend(DEFAULT_CHANNEL_LAYER)
        self.channel = ""
        self.started = asyncio.Lock()
        self.waiting: dict[str, set[asyncio.Event]] = {}
        self.listener: asyncio.Task[None] | None = None

    async def _start(self) -> None:
        async with self.started:
            if self.listener is None:
                self.channel = await self.layer.new_channel()
                self.listener = asyncio.create_task(self._listen(), name="run-final-watcher")

    async def _listen(self) -> None:
        from redis.exceptions import TimeoutError as RedisTimeoutError

        while True:
            try:
                message = await self.layer.receive(self.channel)
            except (RedisTimeoutError, TimeoutError):  # an idle blocking read that ran out: read again
                continue
            except Exception:
                logger.warning("the run watcher could not receive; retrying", exc_info=True)
                await asyncio.sleep(POLL_SECONDS)
                continue
            if message.get("kind") == "final":
                for event in self.waiting.get(str(message.get("run_id")), ()):
                    event.set()

    async def wait(self, run_id: object, is_final: Callable[[], Awaitable[bool]], timeout: float) -> None:
        await self._start()
        loop = asyncio.get_running_loop()
        key, group, event = str(run_id), run_group_name(run_id), asyncio.Event()
        first = key not in self.waiting
        self.waiting.setdefault(key, set()).add(event)
        try:
            if first:
                await self.layer.group_add(group, self.channel)
            deadline = loop.time() + timeout
            while not await is_final():
                left = deadline - loop.time()
                if left <= 0:
                    return
                try:
                    await asyncio.wait_for(event.wait(), min(left, POLL_SECONDS))
                except TimeoutError:
                    continue
                return
        finally:
            waiters = self.waiting.get(key, set())
            waiters.discard(event)
            if not waiters:
                self.waiting.pop(key, None)
                await self.layer.group_discard(group, self.channel)


# --- Reaching the channel layer from synchronous code ---------------------------------------------
# The in-memory layer (embedded mode) lives in the serving process's event loop: sends reach it there.
# A Redis layer keeps a connection pool per event loop and refuses receive() from two loops: the task's
# sends use their own instance of it, on one long-lived loop thread per process, so its pool stays warm
# (async_to_sync from a worker would open a connection per batch) and Daphne's consumers keep the shared
# instance to themselves.


def _layer() -> Any:
    shared = get_channel_layer()
    if shared is None or isinstance(shared, InMemoryChannelLayer):
        return shared
    return _process_local().layer


# The loop that serves requests in embedded mode (set by the first wait on it): an in-memory queue wakes
# its reader only when written from the reader's loop.
_serving_loop: asyncio.AbstractEventLoop | None = None


def note_serving_loop() -> None:
    """Called on the loop that reads the in-memory layer (a waiting request, a consumer): its queues wake
    their readers only when written from that loop, so senders in other threads go through it."""
    global _serving_loop
    if isinstance(get_channel_layer(), InMemoryChannelLayer):
        _serving_loop = asyncio.get_running_loop()


def _run[T](coroutine: Coroutine[Any, Any, T], timeout: float = SEND_TIMEOUT) -> T:
    if isinstance(get_channel_layer(), InMemoryChannelLayer):
        loop = _serving_loop
        if loop is not None and loop.is_running() and not _on_loop(loop):
            return asyncio.run_coroutine_threadsafe(coroutine, loop).result(timeout)
        return async_to_sync(_awaited)(coroutine)
    return asyncio.run_coroutine_threadsafe(coroutine, _process_local().loop).result(timeout)


def _on_loop(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


async def _awaited[T](coroutine: Coroutine[Any, Any, T]) -> T:
    return await coroutine


class _ProcessLocal:
    def __init__(self) -> None:
        self.pid = os.getpid()
        self.layer = channel_layers.make_backend(DEFAULT_CHANNEL_LAYER)
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="channel-layer", daemon=True).start()


_local: _ProcessLocal | None = None
_local_lock = threading.Lock()


def _process_local() -> _ProcessLocal:
    global _local
    with _local_lock:
        # A forked worker process inherits the variable but not the thread: it starts its own.
        if _local is None or _local.pid != os.getpid():
            _local = _ProcessLocal()
        return _local


def output_message(
    *, offset: int, text: str, instructions: int, seconds: float, max_steps: int
) -> dict[str, Any]:
    return {
        "kind": "output",
        "offset": offset,
        "text": text,
        "instructions": instructions,
        "seconds": seconds,
        "max_steps": max_steps,
    }


def final_message(run_id: object) -> dict[str, Any]:
    return {"kind": "final", "run_id": str(run_id)}
