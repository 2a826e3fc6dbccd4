"""Sending a task after the current transaction commits, in whichever way the mode asks for.

Side effects run on commit (ARCHITECTURE.md principle 6): a worker must never look for a row that the
request has not committed yet. settings.TASK_RUNNER picks how the task runs:
- "celery": sent to the broker and run by a Celery worker (services mode);
- "thread": run in a background thread of this process (the embedded default, so the page's WebSocket,
  served by the same process and its in-memory channel layer, still sees the run's output live);
- "eager": run synchronously in the committing thread (tests).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any, Protocol

from django.conf import settings
from django.db import connections, transaction

logger = logging.getLogger(__name__)


class SendableTask(Protocol):
    name: str

    def delay(self, *args: Any) -> Any: ...

    def apply(self, args: tuple[Any, ...] | None = None) -> Any: ...


@cache
def _executor() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=settings.TASK_THREADS, thread_name_prefix="engine")


def _run_in_thread(task: SendableTask, args: tuple[Any, ...]) -> None:
    try:
        task.apply(args=args)
    except Exception:  # the task records its own failures; this only keeps the thread pool alive
        logger.exception("in-process task %s failed", task.name)
    finally:
        # The thread's connections are its own and the task is over: close them, whatever their age.
        connections.close_all()


def send_now(task: SendableTask, *args: Any) -> None:
    runner = settings.TASK_RUNNER
    if runner == "celery":
        task.delay(*args)
    elif runner == "thread":
        _executor().submit(_run_in_thread, task, args)
    elif runner == "eager":
        task.apply(args=args)
    else:
        raise ValueError(f"unknown TASK_RUNNER {runner!r}: expected celery, thread or eager")


def enqueue_on_commit(task: SendableTask, *args: Any) -> None:
    transaction.on_commit(lambda: send_now(task, *args))
