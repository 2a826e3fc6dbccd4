"""Sending a task after the current transaction commits, in whichever way the mode asks for.

Side effects run on commit (ARCHITECTURE.md principle 6): a worker must never look for a row that the
request has not committed yet. settings.TASK_RUNNER picks how the task runs:
- "celery": sent to the broker and run by a Celery worker (services mode);
- "thread": run in a background thread of this process (the embedded default, so the page's WebSocket,
  served by the same process and its in-memory channel layer, still sees the run's output live);
- "eager": run synchronously in the committing thread (tests).

Periodic tasks (CELERY_BEAT_SCHEDULE, the one list of them) are sent by `make beat` in services mode; with
the "thread" runner, which has no beat, the serving process runs them itself on a timer, started with the
ASGI application (start_schedule).
"""

from __future__ import annotations

import logging
import threading
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


class InProcessSchedule:
    """Runs each periodic task in this process, every `period` seconds, the first time one period after
    start (the process is still warming up at its start; a stuck run waits one period more)."""

    def __init__(self, entries: list[tuple[str, SendableTask, float]]) -> None:
        self.entries = entries
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="in-process-beat", daemon=True)

    def start(self) -> InProcessSchedule:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join()

    def _loop(self) -> None:
        due = {name: period for name, _, period in self.entries}  # seconds until each entry runs
        while not self.stopped.wait(min(due.values(), default=60.0)):
            elapsed = min(due.values(), default=60.0)
            for name, task, period in self.entries:
                due[name] -= elapsed
                if due[name] <= 0:
                    self.run_entry(name, task)
                    due[name] = period

    @staticmethod
    def run_entry(name: str, task: SendableTask) -> None:
        try:
            task.apply()
        except Exception:  # the next period tries again
            logger.exception("periodic task %s failed", name)
        finally:
            connections.close_all()


def scheduled_tasks() -> list[tuple[str, SendableTask, float]]:
    """CELERY_BEAT_SCHEDULE's entries as (name, task, period): the tasks' modules are imported here, in
    the calling thread (a worker imports them at its start)."""
    from celery import current_app

    current_app.autodiscover_tasks(force=True)
    schedule: dict[str, dict[str, Any]] = settings.CELERY_BEAT_SCHEDULE
    return [
        (name, current_app.tasks[entry["task"]], float(entry["schedule"])) for name, entry in schedule.items()
    ]


_schedule: InProcessSchedule | None = None
_schedule_lock = threading.Lock()


def start_schedule() -> InProcessSchedule | None:
    """With the "thread" runner, starts this process's timer for the periodic tasks, once; with celery
    (beat schedules them) or eager (tests), nothing."""
    global _schedule
    if settings.TASK_RUNNER != "thread":
        return None
    with _schedule_lock:
        if _schedule is None:
            _schedule = InProcessSchedule(scheduled_tasks()).start()
        return _schedule


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
