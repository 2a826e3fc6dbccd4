"""The Celery task that executes a run. Thin: the service does the work and records every failure.

Delivery (execution/README.md, "When a worker or a service fails"):
- late acks with reject-on-worker-lost, for this task only: it is idempotent (the run's row is its own
  lock and a final run is never executed again), so a run whose worker process died is delivered again
  at once, and the run's attempt counter keeps the rule that two deliveries at most execute it;
- a database that cannot be reached is waited for: the task is retried with a growing delay instead of
  ending the run as internal_error or leaving it half done.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from typing import Any

from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import DatabaseError, connection

from execution import callbacks, services

logger = logging.getLogger(__name__)

# Retries after the database could not be reached: 1, 2, 4, 8, 16, 30, 30, 30 s, about two minutes.
DATABASE_RETRIES = 8
DATABASE_RETRY_MAX_SECONDS = 30


def database_retry_delay(retries: int) -> int:
    """Seconds before the retry that follows `retries` earlier ones."""
    return int(min(2**retries, DATABASE_RETRY_MAX_SECONDS))


@shared_task(
    bind=True,
    name=services.RUN_EXECUTE_TASK,
    acks_late=True,
    reject_on_worker_lost=True,
    ignore_result=True,
    max_retries=DATABASE_RETRIES,
)
def run_execute(self: Task[Any, Any], run_id: str) -> None:
    """Idempotent: a final run is left alone, and a run is executed by at most two deliveries (each
    retry after a database outage allows one more: the outage was not the program's doing)."""
    retries = int(self.request.retries or 0)
    out_of_memory = False
    try:
        services.run_execute_now(run_id, retries=retries)
    except SoftTimeLimitExceeded:  # struck between the service's own handlers
        services.run_mark_time_limit(run_id)
    except MemoryError:  # never raised on: Celery stops the whole worker on a task's MemoryError
        out_of_memory = True
    except services.DATABASE_UNREACHABLE as error:
        logger.warning("run %s: the database could not be reached (%s); retrying", run_id, error)
        _drop_connection()
        raise self.retry(exc=error, countdown=database_retry_delay(retries)) from error
    if out_of_memory:  # the memory is released with the traceback (and its cycles, collected): told now
        gc.collect()
        logger.error("run %s: out of memory outside the service's own handlers", run_id)
        services.run_give_up(run_id, "The run needed more memory than a run may use.")


def _drop_connection() -> None:
    """The retry starts on a fresh connection: a worker keeps its connection between tasks, and this one
    died with the database. (Never inside a transaction: the tests run the task in theirs.)"""
    if connection.in_atomic_block:
        return
    with contextlib.suppress(DatabaseError):  # it was broken already
        connection.close()


@shared_task(name="execution.run_sweep_stuck", ignore_result=True)
def run_sweep_stuck() -> int:
    """Gives up runs that no delivery finished (also swept whenever a run is created)."""
    return services.run_sweep_stuck()


@shared_task(
    bind=True,
    name=services.RUN_CALLBACK_TASK,
    ignore_result=True,
    max_retries=callbacks.RETRIES,
    soft_time_limit=callbacks.TASK_SECONDS,
    time_limit=callbacks.TASK_SECONDS + 5,
)
def run_callback(self: Task[Any, Any], run_id: str) -> None:
    """POSTs a final run's summary to its callback URL (callbacks.py): a bounded timeout per attempt, and
    a few retries with a growing delay when the receiver cannot be reached or does not answer 2xx. Its
    own task, sent once the run's final state is committed: the run never waits for the receiver."""
    retries = int(self.request.retries or 0)
    try:
        callbacks.run_callback_send(run_id)
    except callbacks.CallbackFailed as error:
        if retries >= callbacks.RETRIES:
            logger.warning("run %s: callback given up after %d attempts: %s", run_id, retries + 1, error)
            return
        logger.info("run %s: callback failed (%s); retrying", run_id, error)
        raise self.retry(exc=error, countdown=callbacks.retry_delay(retries)) from error
