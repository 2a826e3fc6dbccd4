"""The live view of a run: messages to the channel group "run.<id>" and the fragments the page swaps in.

The task sends small data messages (a batch of output with its offset, progress, "the run is final"); the
consumer turns them into htmx out-of-band fragments addressed by element id. The database stays the source
of truth: a lost or late message is repaired by re-reading the Run (see consumers.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

from asgiref.sync import async_to_sync
from channels import DEFAULT_CHANNEL_LAYER
from channels.layers import InMemoryChannelLayer, channel_layers, get_channel_layer
from django.template.loader import render_to_string

from execution.models import Run

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


def run_wait_final(run_id: object, is_final: Callable[[], bool], timeout: float) -> None:
    """Blocks until the run's group says the run is final, or `timeout` passes.

    Subscribes first and then asks `is_final` (the database), so that an end announced in between is not
    missed; the database is asked again every POLL_SECONDS, so that a lost message costs no more.
    """
    layer = _layer()
    if layer is None:
        return
    if isinstance(layer, InMemoryChannelLayer):
        _wait_in_memory(layer, run_id, is_final, timeout)
    else:
        _process_local().watcher().wait(run_id, is_final, timeout)


def _wait_in_memory(layer: Any, run_id: object, is_final: Callable[[], bool], timeout: float) -> None:
    group = run_group_name(run_id)
    channel = _run(layer.new_channel())
    _run(layer.group_add(group, channel))
    try:
        deadline = time.monotonic() + timeout
        while not is_final():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            try:
                message = _run(_receive(layer, channel, min(left, POLL_SECONDS)), timeout=left + 1)
            except TimeoutError:
                continue
            if message.get("kind") == "final":
                return
    finally:
        _run(layer.group_discard(group, channel))


async def _receive(layer: Any, channel: str, seconds: float) -> dict[str, Any]:
    return dict(await asyncio.wait_for(layer.receive(channel), seconds))


class _FinalWatcher:
    """One channel per process hears the end of every run that a request of this process waits for.

    A single listener receives without ever being cancelled (cancelling a Redis receive can lose the
    message it was popping), and wakes the waiting request threads by run id.
    """

    def __init__(self, local: _ProcessLocal) -> None:
        self.layer = local.layer
        self.channel: str = _run(self.layer.new_channel())
        self.waiting: dict[str, set[threading.Event]] = {}
        self.lock = threading.Lock()
        asyncio.run_coroutine_threadsafe(self._listen(), local.loop)

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
                with self.lock:
                    for event in self.waiting.get(str(message.get("run_id")), ()):
                        event.set()

    def wait(self, run_id: object, is_final: Callable[[], bool], timeout: float) -> None:
        key, group, event = str(run_id), run_group_name(run_id), threading.Event()
        with self.lock:
            first = key not in self.waiting
            self.waiting.setdefault(key, set()).add(event)
        try:
            if first:
                _run(self.layer.group_add(group, self.channel))
            deadline = time.monotonic() + timeout
            while not is_final():
                left = deadline - time.monotonic()
                if left <= 0 or event.wait(min(left, POLL_SECONDS)):
                    return
        finally:
            with self.lock:
                waiters = self.waiting.get(key, set())
                waiters.discard(event)
                last = not waiters
                if last:
                    self.waiting.pop(key, None)
            if last:
                _run(self.layer.group_discard(group, self.channel))


# --- Reaching the channel layer from synchronous code ---------------------------------------------
# The in-memory layer (embedded mode) lives in the serving process's event loop, which async_to_sync
# reaches. A Redis layer keeps a connection pool per event loop and refuses receive() from two loops: the
# task and the API's wait use their own instance of it, on one long-lived loop thread per process, so its
# pool stays warm (async_to_sync from a worker would open a connection per batch) and Daphne's consumers
# keep the shared instance to themselves.


def _layer() -> Any:
    shared = get_channel_layer()
    if shared is None or isinstance(shared, InMemoryChannelLayer):
        return shared
    return _process_local().layer


def _run[T](coroutine: Coroutine[Any, Any, T], timeout: float = SEND_TIMEOUT) -> T:
    if isinstance(get_channel_layer(), InMemoryChannelLayer):
        return async_to_sync(_awaited)(coroutine)
    return asyncio.run_coroutine_threadsafe(coroutine, _process_local().loop).result(timeout)


async def _awaited[T](coroutine: Coroutine[Any, Any, T]) -> T:
    return await coroutine


class _ProcessLocal:
    def __init__(self) -> None:
        self.pid = os.getpid()
        self.layer = channel_layers.make_backend(DEFAULT_CHANNEL_LAYER)
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="channel-layer", daemon=True).start()
        self._watcher: _FinalWatcher | None = None
        self._watcher_lock = threading.Lock()

    def watcher(self) -> _FinalWatcher:
        with self._watcher_lock:
            if self._watcher is None:
                self._watcher = _FinalWatcher(self)
            return self._watcher


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


# --- Fragments ----------------------------------------------------------------------------------------
# One template holds the run panel and its partials; the page renders the panel, the stream swaps parts.
_TEMPLATE = "execution/_run.html"


def render_state_fragments(run: Run, *, live: bool) -> str:
    """Every part of the panel, out of band: sent on connect and when the run becomes final.

    With live=False the element that holds the WebSocket is replaced by an empty one, which closes the
    socket without htmx trying to reconnect.
    """
    context = _panel_context(run)
    parts = [
        render_to_string(f"{_TEMPLATE}#{name}", {**context, "oob": True})
        for name in ("status", "progress", "output", "diagnostics", "results", "statistics", "artifacts")
    ]
    if not live:
        parts.append(render_to_string(f"{_TEMPLATE}#live", {**context, "oob": True, "closed": True}))
    return "".join(parts)


def render_output_fragments(
    run_id: object, *, text: str, instructions: int, seconds: float, max_steps: int
) -> str:
    """A batch: the text appended to the output, and the progress bar."""
    run = {"id": run_id}
    progress = progress_context(instructions, seconds, max_steps)
    appended = render_to_string(f"{_TEMPLATE}#output_append", {"run": run, "text": text}) if text else ""
    bar = render_to_string(
        f"{_TEMPLATE}#progress", {"run": run, "oob": True, "progress": progress, "active": True}
    )
    return appended + bar


def progress_context(instructions: int, seconds: float, max_steps: int) -> dict[str, Any]:
    from babbage.timing import format_duration

    percent = min(100.0, 100.0 * instructions / max_steps) if max_steps else 0.0
    return {
        "instructions": instructions,
        "max_steps": max_steps,
        "percent": round(percent, 1),
        "engine_time": format_duration(seconds),
    }


def _panel_context(run: Run) -> dict[str, Any]:
    from execution.selectors import run_panel_context

    return run_panel_context(run)
