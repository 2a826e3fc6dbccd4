"""The effective Celery configuration: a misspelt CELERY_ setting is silently ignored, so assert it."""

from __future__ import annotations

import gc
from types import SimpleNamespace
from unittest import mock

from django.conf import settings

from ancient_compute.celery import app


def test_effective_celery_configuration() -> None:
    conf = app.conf
    assert conf.task_acks_late is True
    # Not for every task: the run task asks for it itself (test_the_run_task_is_delivered_again...).
    assert conf.task_reject_on_worker_lost is False
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_serializer == "json"
    assert conf.result_serializer == "json"
    assert conf.accept_content == ["json"]
    assert conf.task_soft_time_limit == settings.RUN_WALL_TIME_LIMIT
    assert conf.task_time_limit == settings.RUN_WALL_TIME_LIMIT + 15
    assert conf.task_time_limit > conf.task_soft_time_limit
    assert conf.worker_max_tasks_per_child == 10_000
    assert conf.worker_max_memory_per_child == 512_000
    assert conf.task_ignore_result is True
    assert conf.task_default_queue == "runs"
    assert conf.broker_url == settings.CELERY_BROKER_URL
    assert conf.beat_schedule["sweep-stuck-runs"] == {"task": "execution.run_sweep_stuck", "schedule": 60.0}
    # An unacknowledged message comes back only once a run delivered with it must have ended (the hard
    # limit), and the sweep waits for such a redelivery to have run too.
    visibility = conf.broker_transport_options["visibility_timeout"]
    assert conf.task_time_limit < visibility <= conf.task_time_limit + 60
    assert visibility + conf.task_time_limit == settings.RUN_STUCK_SECONDS


def test_each_worker_replaces_its_pool_process_after_a_count_of_its_own() -> None:
    from ancient_compute.celery import _stagger_recycling

    counts = set()
    for _ in range(50):
        conf = SimpleNamespace(worker_max_tasks_per_child=10_000)
        _stagger_recycling(conf=conf)
        assert 10_000 <= conf.worker_max_tasks_per_child <= 12_500
        counts.add(conf.worker_max_tasks_per_child)
    assert len(counts) > 1  # workers started together do not share one count
    unbounded = SimpleNamespace(worker_max_tasks_per_child=None)
    _stagger_recycling(conf=unbounded)
    assert unbounded.worker_max_tasks_per_child is None  # no recycling asked: none added


def test_the_run_task_is_delivered_again_when_its_worker_dies_and_retried_when_the_database_is_away() -> None:
    from execution.tasks import DATABASE_RETRIES, run_execute

    assert run_execute.acks_late is True
    assert run_execute.reject_on_worker_lost is True
    assert run_execute.max_retries == DATABASE_RETRIES
    # Other tasks keep the default: a task that is not idempotent must not run twice.
    sweep = app.tasks["execution.run_sweep_stuck"]
    assert not sweep.reject_on_worker_lost


def test_every_pool_process_bounds_its_memory() -> None:
    from celery.signals import worker_process_init

    from ancient_compute import celery as celery_module

    receivers = [ref() for _, ref in worker_process_init.receivers]
    assert celery_module._bound_memory in receivers


def test_the_scheduled_task_exists() -> None:
    import execution.tasks  # noqa: F401  (registers the tasks)

    assert "execution.run_sweep_stuck" in app.tasks


def test_no_unknown_celery_settings() -> None:
    # Every CELERY_* Django setting must be a key Celery knows, or it does nothing.
    known = set(app.conf.keys())
    ours = {name.removeprefix("CELERY_").lower() for name in dir(settings) if name.startswith("CELERY_")}
    assert ours - known == set()


def test_worker_processes_prepare_the_compilers_before_their_first_run() -> None:
    from celery.signals import worker_init

    from ancient_compute import celery as celery_module
    from compilers import driver

    receivers = [ref() for _, ref in worker_init.receivers]
    assert celery_module._prepare_compilers in receivers
    celery_module._prepare_compilers()
    # After preloading, the C front-end is imported: a compile's "load" stage costs next to nothing.
    result = driver.compile("c", "int main(void) { return 0; }")
    assert result.ok
    assert result.stage_seconds.get("load", 0.0) < 0.05


def test_a_worker_keeps_its_database_connection_from_one_task_to_the_next() -> None:
    """Celery's Django fixup would close the connection around every task (a new PostgreSQL backend for
    each run); held back, the connection is closed before a task only when Django would close it between
    requests (past its age, or broken), and never under a task run in the caller's thread."""
    from celery.fixups.django import DjangoWorkerFixup
    from celery.signals import task_prerun

    from ancient_compute import celery as celery_module

    fixup = DjangoWorkerFixup(app)
    assert fixup.db_reuse_max is not None and fixup.db_reuse_max >= 1_000_000
    assert celery_module._refresh_database_connections in [ref() for _, ref in task_prerun.receivers]

    checked: list[str] = []

    class Connection:
        def close_if_unusable_or_obsolete(self) -> None:
            checked.append("checked")

    class Request:
        def __init__(self, is_eager: bool) -> None:
            self.is_eager = is_eager

    class Sender:
        def __init__(self, is_eager: bool) -> None:
            self.request = Request(is_eager)

    with mock.patch("django.db.connections.all", return_value=[Connection()]):
        celery_module._refresh_database_connections(sender=Sender(is_eager=True))
        assert checked == []
        celery_module._refresh_database_connections(sender=Sender(is_eager=False))
        assert checked == ["checked"]


def test_a_pool_process_collects_garbage_after_a_task_rather_than_during_a_run() -> None:
    from celery.signals import task_postrun, worker_process_init

    from ancient_compute import celery as celery_module

    assert celery_module._collect_between_tasks in [ref() for _, ref in worker_process_init.receivers]
    assert celery_module._collect_after_a_task in [ref() for _, ref in task_postrun.receivers]

    class Sender:
        def __init__(self, is_eager: bool) -> None:
            self.request = SimpleNamespace(is_eager=is_eager)

    was_running = gc.isenabled()
    try:
        gc.enable()
        celery_module._collect_between_tasks()
        assert not gc.isenabled()  # no collection can interrupt a run
        cycles: list[list[object]] = [[] for _ in range(celery_module.ALLOCATIONS_BEFORE_COLLECTING)]
        for cycle in cycles:
            cycle.append(cycle)  # garbage only the collector frees
        del cycles
        celery_module._collect_after_a_task(sender=Sender(is_eager=True))
        assert gc.get_count()[0] > celery_module.ALLOCATIONS_BEFORE_COLLECTING  # the caller's: untouched
        celery_module._collect_after_a_task(sender=Sender(is_eager=False))
        assert gc.get_count()[0] < 1000  # collected when the task ended
    finally:
        gc.enable() if was_running else gc.disable()
