"""Stuck runs are swept by a scheduler in both modes, never by a request that only reads.

Services mode: `make beat` sends execution.run_sweep_stuck every minute (CELERY_BEAT_SCHEDULE, checked in
ancient_compute/tests/test_celery_config.py). Embedded mode has no beat: the serving process runs the same
schedule on a timer of its own (ancient_compute.lib.tasks.start_schedule, started with the ASGI app).
"""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from ancient_compute.lib import tasks as task_runner
from execution.models import Run, RunStatus


class Signalling:
    def __init__(self, task: Any) -> None:
        self.task, self.name, self.ran = task, task.name, threading.Event()

    def apply(self, args: tuple[Any, ...] | None = None) -> Any:
        try:
            return self.task.apply(args=args)
        finally:
            self.ran.set()


def stuck_run(user: Any) -> Run:
    run = Run.objects.create(
        owner=user,
        language="assembly",
        source="print x",
        max_steps=100,
        max_output=100,
        status=RunStatus.RUNNING,
        started_at=timezone.now(),
    )
    Run.objects.filter(id=run.id).update(created_at=timezone.now() - timedelta(hours=2))
    return run


@pytest.mark.django_db
@override_settings(RUN_STUCK_SECONDS=60)
def test_reading_a_stuck_runs_page_writes_nothing(client_in: Client, user: Any) -> None:
    run = stuck_run(user)
    page = client_in.get(reverse("execution:run_detail", args=[run.id]))
    assert page.status_code == 200
    run.refresh_from_db()
    assert (run.status, run.finished_at) == (RunStatus.RUNNING, None)


@pytest.mark.django_db(transaction=True)
@override_settings(RUN_STUCK_SECONDS=60)
def test_the_in_process_schedule_sweeps_stuck_runs(user: Any, settings: Any) -> None:
    run = stuck_run(user)
    # The embedded schedule (the entries the settings give beat), with its period shortened; each entry's
    # real task, told apart only in that its run is signalled (the test reads the row once it has run:
    # SQLite locks the table against a read while another thread writes).
    entries = [(name, Signalling(task), 0.05) for name, task, _ in task_runner.scheduled_tasks()]
    assert [name for name, _, _ in entries] == ["sweep-stuck-runs"]
    schedule = task_runner.InProcessSchedule(entries).start()  # type: ignore[arg-type]
    try:
        assert entries[0][1].ran.wait(10)
    finally:
        schedule.stop()
    run.refresh_from_db()
    assert run.status == RunStatus.INTERNAL_ERROR
    assert "The worker running it stopped" in run.trap_message


def test_only_the_in_process_runner_starts_a_schedule(settings: Any) -> None:
    settings.TASK_RUNNER = "celery"  # beat schedules the sweep
    assert task_runner.start_schedule() is None
    settings.TASK_RUNNER = "eager"  # tests
    assert task_runner.start_schedule() is None


def test_the_sweep_is_on_the_schedule_both_modes_read(settings: Any) -> None:
    tasks_scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "execution.run_sweep_stuck" in tasks_scheduled
