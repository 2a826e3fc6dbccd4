"""enqueue_on_commit: a task is sent only after the transaction commits, by the mode's runner."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import transaction
from django.test import override_settings

from ancient_compute.lib import tasks


class RecordingTask:
    name = "tests.recording"

    def __init__(self) -> None:
        self.sent: list[tuple[str, tuple[Any, ...]]] = []
        self.done = threading.Event()

    def delay(self, *args: Any) -> None:
        self.sent.append(("delay", args))

    def apply(self, args: tuple[Any, ...] | None = None) -> None:
        self.sent.append(("apply", tuple(args or ())))
        self.done.set()


@pytest.mark.django_db(transaction=True)
def test_nothing_is_sent_before_commit_nor_after_rollback() -> None:
    task = RecordingTask()
    with override_settings(TASK_RUNNER="eager"):
        with pytest.raises(RuntimeError), transaction.atomic():
            tasks.enqueue_on_commit(task, 1)
            raise RuntimeError("roll back")
        assert task.sent == []
        with transaction.atomic():
            tasks.enqueue_on_commit(task, 2)
            assert task.sent == []
    assert task.sent == [("apply", (2,))]


@pytest.mark.django_db(transaction=True)
def test_celery_runner_sends_to_the_broker() -> None:
    task = RecordingTask()
    with override_settings(TASK_RUNNER="celery"), transaction.atomic():
        tasks.enqueue_on_commit(task, "run-id")
    assert task.sent == [("delay", ("run-id",))]


@pytest.mark.django_db(transaction=True)
def test_thread_runner_runs_in_the_background() -> None:
    task = RecordingTask()
    with override_settings(TASK_RUNNER="thread"), transaction.atomic():
        tasks.enqueue_on_commit(task, 7)
    assert task.done.wait(10)
    assert task.sent == [("apply", (7,))]


def test_unknown_runner_is_a_clear_error() -> None:
    with override_settings(TASK_RUNNER="carrier-pigeon"), pytest.raises(ValueError, match="TASK_RUNNER"):
        tasks.send_now(RecordingTask(), 1)
