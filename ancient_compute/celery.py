"""The Celery application: configuration from Django settings (CELERY_*), JSON only, late acks; every
pool process bounds its own memory (RUN_MEMORY_LIMIT_MB)."""

from __future__ import annotations

import gc
import os
import random
from typing import Any

from celery import Celery
from celery.signals import celeryd_init, task_postrun, task_prerun, worker_init, worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ancient_compute.settings.local")

app = Celery("ancient_compute")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# Celery's Django fixup closes the database connection before and after every task unless told to keep it
# this many times (its own setting, read by the fixup alone): each run would connect anew, PostgreSQL
# starting a backend for it. Kept instead; _refresh_database_connections closes it before a task only
# when it is past its age (WORKER_CONN_MAX_AGE) or broken.
app.conf.update(CELERY_DB_REUSE_MAX=1_000_000)


@celeryd_init.connect
def _stagger_recycling(conf: Any = None, **kwargs: object) -> None:
    """Each worker replaces its pool process after its own number of runs, up to a quarter above
    CELERY_WORKER_MAX_TASKS_PER_CHILD: workers sharing the load evenly reach the same count together, and
    a replacement holds the worker's next run (measured: 0.6 to 9 s), so the same number everywhere would
    stall every worker at once. (Read here, before the worker reads its configuration.)"""
    base = int(conf.worker_max_tasks_per_child or 0) if conf is not None else 0
    if base > 0:
        conf.worker_max_tasks_per_child = base + random.randrange(base // 4 + 1)


@worker_init.connect
def _prepare_compilers(**kwargs: object) -> None:
    """Import the front-ends and prepare the runtime in the worker's main process, before it forks its
    pool: every child starts with them (so a student's first program in a fresh child does not pay for
    them), and a child's start-up, which Celery bounds by a few seconds, does no heavy work."""
    from compilers import driver, registry

    driver.preload(tuple(language.key for language in registry.available()))


@worker_process_init.connect
def _bound_memory(**kwargs: object) -> None:
    """Each pool process caps its own address space, RUN_MEMORY_LIMIT_MB beyond what it has when it
    starts: a compile or a run that would take more gets MemoryError, which the compiler and the service
    report, instead of growing until the machine swaps. (The task's time limits bound its time.)"""
    from django.conf import settings

    from ancient_compute.lib.bounded import limit_memory

    limit_memory(settings.RUN_MEMORY_LIMIT_MB)


# Net allocations of tracked objects after which a pool process collects its cyclic garbage when a task
# ends (_collect_between_tasks): a compile makes some hundreds of thousands, a Java one over a million.
ALLOCATIONS_BEFORE_COLLECTING = 200_000


@worker_process_init.connect
def _collect_between_tasks(**kwargs: object) -> None:
    """A pool process collects cyclic garbage when a task ends, not while a run goes on. The compiler
    pauses the collector while it compiles (driver._collector_paused), so the collections its allocations
    made due fell on the run that followed, walking what the compile keeps (measured on the Java
    programs' tests after a worker's preload: 0.1 to 0.3 s of a run of 0.01 s, up to 0.7 s), before its
    result reached the student. After the task, the same work delays nobody's result; a compile that
    runs out of memory still collects at once (driver._Pipeline.stage)."""
    gc.disable()


@task_postrun.connect
def _collect_after_a_task(sender: object = None, **kwargs: object) -> None:
    if getattr(getattr(sender, "request", None), "is_eager", False):
        return  # run in the caller's thread (tests, the embedded runner), whose collector is its own
    if gc.get_count()[0] > ALLOCATIONS_BEFORE_COLLECTING:
        gc.collect()


@task_prerun.connect
def _refresh_database_connections(sender: object = None, **kwargs: object) -> None:
    """Before each task, the connection kept from the last one is closed only if it is past its age
    (CONN_MAX_AGE) or broken (as Django does between requests): Celery's own fixup, held back by
    CELERY_DB_REUSE_MAX, would close it before every task and the run would pay a new connection."""
    from django.db import connections

    if getattr(getattr(sender, "request", None), "is_eager", False):
        return  # run in the caller's thread, on its connection (tests, the embedded runner): not ours
    for connection in connections.all(initialized_only=True):
        connection.close_if_unusable_or_obsolete()
