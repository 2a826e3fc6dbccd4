"""The run's life through the services and the eager task, with the stand-in Engine at the seam."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.test import override_settings
from django.utils import timezone

from ancient_compute.lib.errors import InvalidInput
from execution import services, tasks, toolchain
from execution.models import ALLOWED_TRANSITIONS, FINAL_STATUSES, Run, RunStatus
from execution.tests.conftest import make_exercise

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]


def create(user: Any, on_commit: Any, source: str, **kwargs: Any) -> Run:
    with on_commit(execute=True):
        run = services.run_create(user=user, language="assembly", source=source, **kwargs)
    run.refresh_from_db()
    return run


def test_a_run_that_halts_is_completed_with_its_output_and_statistics(user: Any, on_commit: Any) -> None:
    run = create(user, on_commit, "print hello\nprint world")
    assert run.status == RunStatus.COMPLETED
    assert run.output == "hello\nworld\n"
    assert run.statistics["instructions"] == 2
    assert run.attempts == 1
    assert run.started_at is not None and run.finished_at is not None
    assert run.created_at <= run.started_at <= run.finished_at
    assert run.ir == "fake ir" and run.deck == "card 0" and run.line_map == {"1": [0]}
    assert run.trap == "" and run.trap_line is None


def test_stdin_reaches_the_program(user: Any, on_commit: Any) -> None:
    run = create(user, on_commit, "echo", stdin="17 25\n")
    assert run.output == "17 25\n"


def test_a_compile_error_keeps_the_diagnostics(user: Any, on_commit: Any) -> None:
    run = create(user, on_commit, "print a\nerror expected ';'")
    assert run.status == RunStatus.COMPILE_ERROR
    assert run.diagnostics[0]["line"] == 2
    assert run.diagnostics[0]["message"] == "expected ';'"
    assert run.output == ""


def test_a_trap_is_a_runtime_error_with_its_line(user: Any, on_commit: Any) -> None:
    run = create(user, on_commit, "print before\ntrap division_by_zero")
    assert run.status == RunStatus.RUNTIME_ERROR
    assert (run.trap, run.trap_line, run.output) == ("division_by_zero", 2, "before\n")
    assert run.trap_message == "stopped: division_by_zero"


def test_budget_and_output_limits_have_their_own_states(user: Any, on_commit: Any) -> None:
    assert create(user, on_commit, "loop").status == RunStatus.BUDGET_EXHAUSTED
    run = create(user, on_commit, "print 0123456789", max_output=5)
    assert (run.status, run.output) == (RunStatus.OUTPUT_LIMIT, "01234")


def test_a_failing_compiler_is_an_internal_error_not_a_crash(user: Any, on_commit: Any) -> None:
    run = create(user, on_commit, "crash")
    assert run.status == RunStatus.INTERNAL_ERROR
    assert "our side" in run.trap_message


def test_the_soft_time_limit_ends_the_run_in_time_limit(
    user: Any, on_commit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def too_slow(*args: Any, **kwargs: Any) -> Any:
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(toolchain, "run_program", too_slow)
    run = create(user, on_commit, "print x")
    assert run.status == RunStatus.TIME_LIMIT
    assert "60 s" in run.trap_message


def test_limits_come_from_the_request_then_the_exercise_then_the_defaults_all_capped(settings: Any) -> None:
    settings.RUN_MAX_STEPS_CAP = 1000
    assert services.limits_resolve(max_steps=50).max_steps == 50
    assert services.limits_resolve(max_steps=5000).max_steps == 1000
    exercise = make_exercise(max_output=77, store_size=300)
    limits = services.limits_resolve(exercise=exercise)
    assert (limits.max_output, limits.store_size) == (77, 300)
    assert limits.max_steps == 1000  # the default (10 million) capped
    assert services.limits_resolve(max_output=9, exercise=exercise).max_output == 9
    with pytest.raises(InvalidInput):
        services.limits_resolve(max_steps=0)


@pytest.mark.parametrize(
    ("language", "source", "code"),
    [
        ("cobol", "print x", "unknown_language"),
        ("assembly", "   \n", "invalid"),
        ("assembly", "x" * (services.MAX_SOURCE_CHARS + 1), "invalid"),
    ],
)
def test_invalid_programs_are_refused_before_any_row(
    user: Any, language: str, source: str, code: str
) -> None:
    with pytest.raises(InvalidInput) as error:
        services.run_create(user=user, language=language, source=source)
    assert error.value.code == code
    assert Run.objects.count() == 0


def test_a_language_without_its_compiler_is_refused(user: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    langs = [toolchain.Language("assembly", "Babbage assembly", ".bab", False, "", "babbage")]
    monkeypatch.setattr(toolchain, "languages", lambda: langs)
    with pytest.raises(InvalidInput) as error:
        services.run_create(user=user, language="assembly", source="print x")
    assert error.value.code == "language_unavailable"


# --- The status machine ------------------------------------------------------------------------------


def queued_run(user: Any, **fields: Any) -> Run:
    values = {"max_steps": 100, "max_output": 100, "store_size": 100, **fields}
    return Run.objects.create(owner=user, language="assembly", source="print x", **values)


def test_every_final_state_is_reachable_and_final_states_are_closed() -> None:
    reachable = {target for targets in ALLOWED_TRANSITIONS.values() for target in targets}
    assert reachable >= FINAL_STATUSES
    assert all(ALLOWED_TRANSITIONS[final] == frozenset() for final in FINAL_STATUSES)


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (RunStatus.QUEUED, RunStatus.RUNNING),
        (RunStatus.QUEUED, RunStatus.COMPLETED),
        (RunStatus.COMPILING, RunStatus.COMPLETED),
        (RunStatus.RUNNING, RunStatus.COMPILE_ERROR),
        (RunStatus.COMPLETED, RunStatus.RUNNING),
        (RunStatus.ACCEPTED, RunStatus.WRONG_ANSWER),
        (RunStatus.TIME_LIMIT, RunStatus.COMPILING),
    ],
)
def test_illegal_transitions_are_refused_and_leave_the_row_alone(user: Any, start: str, target: str) -> None:
    # The one write every status change goes through (run_start, run_mark_running, run_finish, the sweep).
    run = queued_run(user, status=start)
    if start in FINAL_STATUSES:
        assert services._move(run.id, target) is False  # a final run never moves: a late worker lost
    else:
        with pytest.raises(services.InvalidTransition):
            services._move(run.id, target)
    run.refresh_from_db()
    assert (run.status, run.finished_at) == (start, None)


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (RunStatus.QUEUED, RunStatus.COMPILING),
        (RunStatus.QUEUED, RunStatus.INTERNAL_ERROR),
        (RunStatus.COMPILING, RunStatus.RUNNING),
        (RunStatus.COMPILING, RunStatus.COMPILE_ERROR),
        (RunStatus.COMPILING, RunStatus.COMPILING),
        (RunStatus.RUNNING, RunStatus.COMPLETED),
        (RunStatus.RUNNING, RunStatus.ACCEPTED),
        (RunStatus.RUNNING, RunStatus.WRONG_ANSWER),
        (RunStatus.RUNNING, RunStatus.RUNTIME_ERROR),
        (RunStatus.RUNNING, RunStatus.BUDGET_EXHAUSTED),
        (RunStatus.RUNNING, RunStatus.OUTPUT_LIMIT),
        (RunStatus.RUNNING, RunStatus.TIME_LIMIT),
        (RunStatus.RUNNING, RunStatus.COMPILING),
    ],
)
def test_legal_transitions_stamp_the_times(user: Any, start: str, target: str) -> None:
    run = queued_run(user, status=start, started_at=None if start == RunStatus.QUEUED else timezone.now())
    assert services._move(run.id, target) is True
    run.refresh_from_db()
    assert run.status == target
    assert run.started_at is not None
    assert (run.finished_at is not None) == (target in FINAL_STATUSES)


def test_a_quick_program_passes_through_running_in_the_same_write(user: Any) -> None:
    run = queued_run(user, status=RunStatus.COMPILING, started_at=timezone.now())
    with pytest.raises(services.InvalidTransition):
        services._move(run.id, RunStatus.COMPLETED)
    assert services._move(run.id, RunStatus.COMPLETED, via=RunStatus.RUNNING) is True
    run.refresh_from_db()
    assert run.status == RunStatus.COMPLETED and run.finished_at is not None


# --- Redelivery and stuck runs -----------------------------------------------------------------------


def test_a_final_run_is_never_executed_again(user: Any) -> None:
    run = queued_run(user)
    tasks.run_execute.apply(args=(str(run.id),))
    run.refresh_from_db()
    finished = run.finished_at
    tasks.run_execute.apply(args=(str(run.id),))
    run.refresh_from_db()
    assert (run.status, run.attempts, run.finished_at) == (RunStatus.COMPLETED, 1, finished)


def test_a_redelivered_run_starts_over_once_then_is_given_up(user: Any) -> None:
    # The first delivery's worker died mid-run: the row says running, with partial output.
    run = queued_run(user, status=RunStatus.RUNNING, attempts=1, output="partial", started_at=timezone.now())
    tasks.run_execute.apply(args=(str(run.id),))
    run.refresh_from_db()
    assert (run.status, run.attempts, run.output) == (RunStatus.COMPLETED, 2, "x\n")

    twice = queued_run(user, status=RunStatus.RUNNING, attempts=2, started_at=timezone.now())
    tasks.run_execute.apply(args=(str(twice.id),))
    twice.refresh_from_db()
    assert twice.status == RunStatus.INTERNAL_ERROR
    assert twice.attempts == 2
    assert "interrupted 2 times" in twice.trap_message


def test_a_task_for_a_missing_run_does_nothing(user: Any) -> None:
    tasks.run_execute.apply(args=("00000000-0000-0000-0000-000000000000",))
    assert Run.objects.count() == 0


@override_settings(RUN_STUCK_SECONDS=20)
def test_the_sweep_gives_up_runs_that_no_delivery_finished_and_says_what_happened(user: Any) -> None:
    old = timezone.now() - timedelta(seconds=21)
    never_taken = queued_run(user)
    stuck = queued_run(user, status=RunStatus.RUNNING, started_at=old)
    fresh = queued_run(user, status=RunStatus.RUNNING, started_at=timezone.now())
    Run.objects.filter(id__in=[never_taken.id, stuck.id]).update(created_at=old)
    assert tasks.run_sweep_stuck.apply().get() == 2
    runs = {run.id: run for run in Run.objects.all()}
    assert runs[never_taken.id].status == RunStatus.INTERNAL_ERROR
    assert "No worker took the run" in runs[never_taken.id].trap_message
    # Its worker died and no redelivery finished it: told as that, never as a time limit it did not meet.
    assert runs[stuck.id].status == RunStatus.INTERNAL_ERROR
    assert "The worker running it stopped" in runs[stuck.id].trap_message
    assert "took more than" not in runs[stuck.id].trap_message
    assert runs[fresh.id].status == RunStatus.RUNNING
    # A late worker finishing a swept run changes nothing.
    assert services.run_finish(stuck.id, RunStatus.COMPLETED, output="late") is False
    stuck.refresh_from_db()
    assert (stuck.status, stuck.output) == (RunStatus.INTERNAL_ERROR, "")


def test_output_batches_are_stored_while_the_program_runs(
    user: Any, on_commit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_record = services.run_record_progress

    def spy(run: Run, **fields: Any) -> None:
        real_record(run, **fields)
        seen.append(Run.objects.get(id=run.id).output)

    monkeypatch.setattr(services, "run_record_progress", spy)
    monkeypatch.setattr(services, "FLUSH_SECONDS", 0.0)
    create(user, on_commit, "print one\nprint two")
    assert "one\n" in seen and "one\ntwo\n" in seen


def test_a_nul_in_the_program_is_refused(user: Any) -> None:
    with pytest.raises(InvalidInput):
        services.run_create(user=user, language="assembly", source="print \x00")
