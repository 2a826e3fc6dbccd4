"""The Celery task that executes a run. Thin: the service does the work and records every failure."""

from __future__ import annotations

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from execution import services


@shared_task(name="execution.run_execute", acks_late=True, ignore_result=True)
def run_execute(run_id: str) -> None:
    """Idempotent: a final run is left alone, and a run is executed by at most two deliveries."""
    try:
        services.run_execute_now(run_id)
    except SoftTimeLimitExceeded:  # struck between the service's own handlers
        services.run_mark_time_limit(run_id)


@shared_task(name="execution.run_sweep_stuck", ignore_result=True)
def run_sweep_stuck() -> int:
    """Gives up runs stuck past twice the wall-time limit (also swept whenever a run is created)."""
    return services.run_sweep_stuck()
