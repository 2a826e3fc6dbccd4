"""/metrics: run counts and histograms read from the database, whichever process finished the runs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db.models import F
from django.test import Client
from django.utils import timezone

from execution.models import Run, RunStatus

pytestmark = pytest.mark.django_db


def make(user: Any, language: str, status: str, wait: float | None, duration: float | None) -> None:
    created = timezone.now() - timedelta(seconds=100)
    started = created + timedelta(seconds=wait) if wait is not None else None
    finished = started + timedelta(seconds=duration) if started and duration is not None else None
    run = Run.objects.create(
        owner=user,
        language=language,
        source="x",
        max_steps=1,
        max_output=1,
        store_size=1,
        status=status,
        started_at=started,
        finished_at=finished,
    )
    Run.objects.filter(id=run.id).update(created_at=created)


def test_metrics_count_runs_and_time_them(client: Client, user: Any) -> None:
    make(user, "c", RunStatus.COMPLETED, 0.02, 0.3)
    make(user, "c", RunStatus.COMPLETED, 0.2, 3.0)
    make(user, "assembly", RunStatus.RUNTIME_ERROR, 0.004, 0.04)
    make(user, "c", RunStatus.QUEUED, None, None)
    text = client.get("/metrics").content.decode()
    assert 'ac_runs_finished_total{language="c",status="completed"} 2.0' in text
    assert 'ac_runs_finished_total{language="assembly",status="runtime_error"} 1.0' in text
    assert 'ac_runs_active{status="queued"} 1.0' in text
    assert 'ac_run_queue_wait_seconds_bucket{le="0.01"} 1.0' in text
    assert 'ac_run_queue_wait_seconds_bucket{le="0.025"} 2.0' in text
    assert 'ac_run_queue_wait_seconds_bucket{le="+Inf"} 3.0' in text
    assert "ac_run_queue_wait_seconds_sum 0.224" in text
    assert 'ac_run_duration_seconds_bucket{le="0.05"} 1.0' in text
    assert 'ac_run_duration_seconds_bucket{le="0.5"} 2.0' in text
    assert 'ac_run_duration_seconds_bucket{le="2.5"} 2.0' in text
    assert 'ac_run_duration_seconds_bucket{le="5.0"} 3.0' in text
    assert "ac_run_duration_seconds_count 3.0" in text


def test_runs_served_from_the_cache_are_counted_and_never_timed(client: Client, user: Any) -> None:
    make(user, "c", RunStatus.COMPLETED, 0.02, 0.3)
    make(user, "c", RunStatus.COMPLETED, 0.0, 0.0)
    Run.objects.filter(started_at=F("finished_at")).update(from_cache=True)
    text = client.get("/metrics").content.decode()
    assert 'ac_runs_from_cache_total{language="c"} 1.0' in text
    assert 'ac_runs_finished_total{language="c",status="completed"} 2.0' in text
    assert "ac_run_queue_wait_seconds_count 1.0" in text  # the computed run only
    assert "ac_run_duration_seconds_count 1.0" in text
