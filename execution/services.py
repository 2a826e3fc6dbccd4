"""Writes: creating runs and submissions, executing them, and every change of a run's status.

Transactions live here and side effects (sending the task, streaming the final state) run on commit
(ARCHITECTURE.md principle 6). The status machine of models.ALLOWED_TRANSITIONS is enforced here only.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import ExpressionWrapper, F, IntegerField, Value
from django.db.models.functions import Coalesce, Substr
from django.utils import timezone

from ancient_compute.lib.errors import ApplicationError, Conflict, InvalidInput
from ancient_compute.lib.tasks import enqueue_on_commit
from babbage.diagnostics import LoadError
from babbage.result import HALTED, OutputEvent, RunEvent, RunResult
from execution import callbacks, events, judge, result_cache, toolchain
from execution.models import (
    ACTIVE_STATUSES,
    ALLOWED_TRANSITIONS,
    FINAL_STATUSES,
    Run,
    RunStatus,
    SharedProgram,
    Submission,
)

if TYPE_CHECKING:
    from curriculum.models import Exercise

logger = logging.getLogger(__name__)

# A run is executed by at most this many task deliveries; a further delivery marks it internal_error.
MAX_ATTEMPTS = 2
# The database could not be reached (it restarts, the network is cut): the task retries later, and the
# run neither ends as internal_error nor stays half done (tasks.py).
DATABASE_UNREACHABLE = (OperationalError, InterfaceError)
MAX_SOURCE_CHARS = 200_000
MAX_STDIN_CHARS = 200_000
# Stream and store a batch of output at most this often (a channel holds only so many messages).
FLUSH_SECONDS = 0.1
SWEEP_SECONDS = 10.0
# The task that executes a run (tasks.py registers it under this name; the broker knows it by it).
RUN_EXECUTE_TASK = "execution.run_execute"
# The task that POSTs a final run's summary to its callback URL (callbacks.py).
RUN_CALLBACK_TASK = "execution.run_callback"


class InvalidTransition(Conflict):
    code = "invalid_transition"


# --- Limits ----------------------------------------------------------------------------------------


def limits_resolve(
    *,
    max_steps: int | None = None,
    max_output: int | None = None,
    store_size: int | None = None,
    exercise: Exercise | None = None,
) -> toolchain.Limits:
    """The request's limits, else the exercise's, else the defaults; every one capped by the settings.
    A Store that none of them fixes is None: the program gets one sized for it, up to the cap."""

    def pick_optional(requested: int | None, name: str, default: int | None, cap: int) -> int | None:
        value = requested if requested is not None else getattr(exercise, name, None)
        if value is None:
            value = default
        if value is None:
            return None
        if value < 1:
            raise InvalidInput(
                f"{name} must be at least 1.", extra={"fields": {name: ["Must be at least 1."]}}
            )
        return min(value, cap)

    def pick(requested: int | None, name: str, default: int, cap: int) -> int:
        value = pick_optional(requested, name, default, cap)
        assert value is not None  # a default is given
        return value

    return toolchain.Limits(
        max_steps=pick(max_steps, "max_steps", settings.RUN_DEFAULT_MAX_STEPS, settings.RUN_MAX_STEPS_CAP),
        max_output=pick(
            max_output, "max_output", settings.RUN_DEFAULT_MAX_OUTPUT, settings.RUN_MAX_OUTPUT_CAP
        ),
        store_size=pick_optional(
            store_size, "store_size", settings.RUN_DEFAULT_STORE_SIZE, settings.RUN_STORE_SIZE_CAP
        ),
    )


def _validate_program(language: str, source: str, stdin: str) -> None:
    known = {lang.key: lang for lang in toolchain.languages()}
    if language not in known:
        raise InvalidInput(
            f"Unknown language {language!r}.",
            code="unknown_language",
            extra={"fields": {"language": [f"Choose one of: {', '.join(sorted(known))}."]}},
        )
    if not known[language].available:  # its compiler is still coming, or failed to load
        reason = known[language].reason
        raise InvalidInput(reason, code="language_unavailable", extra={"fields": {"language": [reason]}})
    if "\x00" in source or "\x00" in stdin:  # PostgreSQL text cannot hold NUL
        raise InvalidInput("The program or its input contains a NUL character.", code="invalid")
    if not source.strip():
        raise InvalidInput("The program is empty.", extra={"fields": {"source": ["Write a program first."]}})
    if len(source) > MAX_SOURCE_CHARS:
        raise InvalidInput(
            f"The program is longer than {MAX_SOURCE_CHARS} characters.",
            extra={"fields": {"source": ["Too long."]}},
        )
    if len(stdin) > MAX_STDIN_CHARS:
        raise InvalidInput(
            f"The input is longer than {MAX_STDIN_CHARS} characters.",
            extra={"fields": {"stdin": ["Too long."]}},
        )


# --- Creating runs and submissions -------------------------------------------------------------------


def run_create(
    *,
    user: Any,
    language: str,
    source: str,
    stdin: str = "",
    max_steps: int | None = None,
    max_output: int | None = None,
    store_size: int | None = None,
    exercise: Exercise | None = None,
    callback_url: str = "",
) -> Run:
    """A queued run; its task is sent once the row is committed. With `callback_url` (whose origin must
    be allowed, callbacks.py), the run's summary is POSTed there when it ends."""
    _validate_program(language, source, stdin)
    callback_url = callbacks.callback_url_check(callback_url)
    limits = limits_resolve(
        max_steps=max_steps, max_output=max_output, store_size=store_size, exercise=exercise
    )
    _sweep_now_and_then()
    cached = _cached_result(
        result_cache.run_key(language=language, source=source, stdin=stdin, limits=limits)
    )
    # One INSERT, committed by itself (a transaction around it would cost two more round trips); the
    # task is sent once it is committed, as inside one.
    run = _run_insert(user, language, source, stdin, limits, callback_url, cached=cached)
    # As inserted: with the eager runner the task has already run (callers that show it re-read it).
    return run


def _cached_result(key: str) -> result_cache.CachedResult | None:
    return result_cache.result_get(key) if result_cache.enabled() else None


# Runs one request may create (Judge0's batch is 20 as well).
BATCH_MAX_RUNS = 20


def run_create_batch(*, user: Any, items: list[dict[str, Any]]) -> list[Run | ApplicationError]:
    """Each item's run, in order, or the error that refused that item: one refused item leaves the others
    to run (each run is its own transaction, like a run_create of its own)."""
    if not 1 <= len(items) <= BATCH_MAX_RUNS:
        raise InvalidInput(
            f"A batch holds 1 to {BATCH_MAX_RUNS} runs; this one has {len(items)}.",
            code="batch_size",
            extra={"limit": BATCH_MAX_RUNS, "size": len(items)},
        )
    outcomes: list[Run | ApplicationError] = []
    for item in items:
        try:
            outcomes.append(run_create(user=user, **item))
        except ApplicationError as error:
            outcomes.append(error)
    return outcomes


def _run_insert(
    user: Any,
    language: str,
    source: str,
    stdin: str,
    limits: toolchain.Limits,
    callback_url: str = "",
    *,
    cached: result_cache.CachedResult | None = None,
) -> Run:
    """A queued run whose task is sent on commit; or, with `cached`, a run created final with that result
    (served from the cache: no task, one INSERT)."""
    final: dict[str, Any] = {}
    if cached is not None:
        now = timezone.now()
        final = {
            **{k: v for k, v in cached.fields.items() if k != "results"},
            "output": cached.fields.get("output", "")[: limits.max_output],
            "status": cached.status,
            "from_cache": True,
            "started_at": now,
            "finished_at": now,
        }
    run = Run.objects.create(
        owner=user,
        language=language,
        source=source,
        stdin=stdin,
        max_steps=limits.max_steps,
        max_output=limits.max_output,
        store_size=limits.store_size,
        callback_url=callback_url,
        **final,
    )
    if cached is None:
        enqueue_on_commit(_registered_task(RUN_EXECUTE_TASK), str(run.id))
    elif callback_url:
        enqueue_on_commit(_registered_task(RUN_CALLBACK_TASK), str(run.id))
    return run


def _registered_task(name: str) -> Any:
    """The task registered as `name`: services send tasks by name, so that tasks.py (the worker's entry,
    which calls the services) is not imported back by them."""
    from celery import current_app

    return current_app.tasks[name]


def submission_create(*, user: Any, exercise: Exercise, source: str, callback_url: str = "") -> Submission:
    """A submission and its judged run; the judge runs in the task, like any run."""
    _validate_program(exercise.language, source, "")
    callback_url = callbacks.callback_url_check(callback_url)
    limits = limits_resolve(exercise=exercise)
    _sweep_now_and_then()
    cached = None
    if result_cache.enabled():
        tests = exercise_tests(exercise)
        cached = _cached_result(
            result_cache.run_key(
                language=exercise.language, source=source, stdin="", limits=limits, tests=tests
            )
        )
    with transaction.atomic():
        run = _run_insert(user, exercise.language, source, "", limits, callback_url, cached=cached)
        attempt = Submission.objects.filter(owner=user, exercise=exercise).count() + 1
        submission = Submission.objects.create(exercise=exercise, owner=user, run=run, attempt_number=attempt)
        if cached is not None:  # judged already: the verdict and the student's progress, as run_finish does
            _submission_finish(submission, cached.status, cached.fields.get("results"))
    return submission


# --- The status machine ------------------------------------------------------------------------------


def sources_of(new_status: str) -> list[str]:
    """The statuses from which a run may move to `new_status`."""
    return sorted(status for status, targets in ALLOWED_TRANSITIONS.items() if new_status in targets)


def _move(run_id: uuid.UUID | str, new_status: str, *, via: str | None = None, **fields: Any) -> bool:
    """One conditional UPDATE moves the row only from a status the machine allows: the row is its own lock,
    so a worker and the sweep (or two deliveries) can never both win. False when the row did not move
    because it is already final; InvalidTransition when the move is illegal from its active status.

    With `via`, the row may also pass through that status in the same write (compiling -> running -> final
    for a program that ends before its first batch of output is stored)."""
    now = timezone.now()
    sources = set(sources_of(new_status))
    if via is not None and new_status in ALLOWED_TRANSITIONS[via]:
        sources.update(sources_of(via))
    values: dict[str, Any] = {"status": new_status, **fields}
    if new_status == RunStatus.COMPILING or new_status in FINAL_STATUSES:
        values.setdefault("started_at", Coalesce(F("started_at"), Value(now)))
    if new_status in FINAL_STATUSES:
        values["finished_at"] = now
    if Run.objects.filter(id=run_id, status__in=sorted(sources)).update(**values):
        return True
    current = Run.objects.filter(id=run_id).values_list("status", flat=True).first()
    if current is not None and current not in FINAL_STATUSES:
        raise InvalidTransition(
            f"A run cannot go from {current} to {new_status}.", extra={"from": current, "to": new_status}
        )
    return False


def run_start(run_id: uuid.UUID | str, *, retries: int = 0) -> Run | None:
    """Claims the run for this delivery of the task; None when there is nothing (more) to do.

    The attempts counter grows in the same conditional UPDATE that claims the row, so two deliveries
    racing each other count twice. A final run is never executed again; a run that two deliveries
    already started is given up as internal_error instead of being started a third time. Each of the
    task's `retries` after a database outage allows one delivery more: the outage was ours.
    """
    claimed = Run.objects.filter(
        id=run_id, status__in=sorted(ACTIVE_STATUSES), attempts__lt=MAX_ATTEMPTS + retries
    ).update(
        status=RunStatus.COMPILING,
        attempts=F("attempts") + 1,
        started_at=Coalesce(F("started_at"), Value(timezone.now())),
        # A redelivery starts over from a clean slate.
        output="",
        progress_instructions=0,
        progress_seconds=0.0,
    )
    run = Run.objects.select_related("submission").filter(id=run_id).first()
    if run is None or claimed:
        return run
    if run.status not in FINAL_STATUSES:
        run_finish(
            run_id,
            RunStatus.INTERNAL_ERROR,
            trap_message=f"The run was interrupted {run.attempts} times and was given up.",
        )
    return None


def run_mark_running(run: Run, compiled: Any) -> None:
    fields = {"diagnostics": [d.as_dict() for d in compiled.diagnostics], **_artifacts(compiled)}
    if _move(run.id, RunStatus.RUNNING, **fields):
        run.status = RunStatus.RUNNING


def run_record_progress(run: Run, *, output: str, instructions: int, seconds: float) -> None:
    """Stores a batch (the first one also records that the run is running), unless the run meanwhile
    became final (the sweep got there first)."""
    Run.objects.filter(id=run.id, status__in=[*sources_of(RunStatus.RUNNING), RunStatus.RUNNING]).update(
        status=RunStatus.RUNNING,
        output=storable(output[: run.max_output]),
        progress_instructions=instructions,
        progress_seconds=seconds,
    )


def run_finish(
    run_id: uuid.UUID | str,
    status: str,
    *,
    compiled: Any = None,
    results: list[dict[str, Any]] | None = None,
    judged: bool | None = None,
    callback: bool | None = None,
    via: str | None = None,
    **fields: Any,
) -> bool:
    """Stores the final state (and a judged run's verdict and progress) in one transaction, then tells the
    run's group. False, and nothing changes, when the run was already final. `judged` (whether the run is
    a submission's) and `callback` (whether it has a callback URL) None: look them up."""
    if compiled is not None:
        fields.update(_artifacts(compiled))
    if "output" in fields:
        # Capped in the database by the row's own limit: callers need not have loaded the run.
        limit = ExpressionWrapper(F("max_output"), output_field=IntegerField())
        fields["output"] = Substr(Value(fields["output"]), 1, limit)
    with transaction.atomic():
        if not _move(run_id, status, via=via, **fields):
            logger.info("run %s already final; %s not recorded", run_id, status)
            return False
        if judged is not False:
            submission = Submission.objects.select_related("owner", "exercise").filter(run_id=run_id).first()
            if submission is not None:
                _submission_finish(submission, status, results)
        transaction.on_commit(lambda: events.run_output_broadcast(run_id, events.final_message(run_id)))
        if callback is None:
            callback = Run.objects.filter(id=run_id).exclude(callback_url="").exists()
        if callback:
            # Its own task, once the final state is committed: a slow receiver never holds the run up.
            enqueue_on_commit(_registered_task(RUN_CALLBACK_TASK), str(run_id))
    return True


def _artifacts(compiled: Any) -> dict[str, Any]:
    return {
        "ir": compiled.ir or "",
        "assembly": compiled.assembly or "",
        "deck": compiled.deck or "",
        "line_map": {str(line): list(cards) for line, cards in (compiled.line_map or {}).items()},
    }


def run_sweep_stuck() -> int:
    """Runs that no delivery finished are given up: no run stays active forever.

    The last resort: a run whose worker process died is delivered again at once, and one whose whole
    worker vanished once the broker's visibility timeout has passed; a run still active
    RUN_STUCK_SECONDS after it was created was lost even to that. It is told as what happened, not as a
    time limit (a run that passes its time limit is ended by the task itself, as time_limit).
    """
    cutoff = timezone.now() - timedelta(seconds=settings.RUN_STUCK_SECONDS)
    stale = list(
        Run.objects.filter(status__in=sorted(ACTIVE_STATUSES), created_at__lt=cutoff).values_list(
            "id", "status"
        )
    )
    for run_id, status in stale:
        if status == RunStatus.QUEUED:
            message = "No worker took the run in time; run it again."
        else:
            message = "The worker running it stopped before the run ended; run it again."
        run_finish(run_id, RunStatus.INTERNAL_ERROR, trap_message=message)
    return len(stale)


_last_sweep = 0.0


def _sweep_now_and_then() -> None:
    """Creating runs sweeps stuck ones, at most every SWEEP_SECONDS per process (a query each time)."""
    global _last_sweep
    if time.monotonic() - _last_sweep >= SWEEP_SECONDS:
        _last_sweep = time.monotonic()
        run_sweep_stuck()


def _time_limit_message() -> str:
    return f"The run took more than {settings.RUN_WALL_TIME_LIMIT} s of the worker's time."


# --- Executing ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class RunStream:
    """Collects the Engine's events; stores and streams them in batches, at most every FLUSH_SECONDS."""

    run: Run
    output: str = ""
    pending: str = ""
    instructions: int = 0
    seconds: float = 0.0
    last_flush: float = 0.0

    def on_event(self, event: RunEvent) -> None:
        if isinstance(event, OutputEvent):
            self.pending += event.text
        else:
            self.instructions = event.instructions
            self.seconds = event.simulated_seconds
        if time.monotonic() - self.last_flush >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        offset = len(self.output)
        room = self.run.max_output - offset
        chunk, self.pending = self.pending[: max(room, 0)], ""
        self.output += chunk
        run_record_progress(
            self.run, output=self.output, instructions=self.instructions, seconds=self.seconds
        )
        message = events.output_message(
            offset=offset,
            text=chunk,
            instructions=self.instructions,
            seconds=self.seconds,
            max_steps=self.run.max_steps,
        )
        events.run_output_broadcast(self.run.id, message)


def run_execute_now(run_id: uuid.UUID | str, *, retries: int = 0) -> None:
    """Executes one run from start to final state. Nothing a program does escapes as an exception; a
    database that cannot be reached does (DATABASE_UNREACHABLE), for the task to retry the run later."""
    run = run_start(run_id, retries=retries)
    if run is None:
        return
    tests = exercise_tests(run.submission.exercise) if run.is_judged else None
    key = ""
    if result_cache.enabled():
        # A run queued before an identical one ended is served here, once that one has been kept.
        key = result_cache.run_key(
            language=run.language, source=run.source, stdin=run.stdin, limits=_limits_of(run), tests=tests
        )
        cached = _cached_result(key)
        if cached is not None:
            _finish_executed(run, cached.status, cached.fields, from_cache=True)
            return
    out_of_memory = False
    try:
        status, fields = _execute_judged(run, tests) if tests is not None else _execute_plain(run)
        if _finish_executed(run, status, fields) and key:
            result_cache.result_put(key, status, fields)
    except MemoryError:
        # Past RUN_MEMORY_LIMIT_MB (ancient_compute/celery.py). Told below, once the traceback and the
        # memory it holds are released; never raised on: Celery stops the whole worker on MemoryError.
        out_of_memory = True
    except SoftTimeLimitExceeded:
        run_mark_time_limit(run.id)
    except DATABASE_UNREACHABLE:
        raise  # not the program's fault, nor a reason to give the run up: the task tries again
    except Exception:
        logger.exception("run %s failed inside the service", run.id)
        run_finish(
            run.id,
            RunStatus.INTERNAL_ERROR,
            trap_message="Something went wrong on our side; try again shortly.",
        )
    if out_of_memory:
        # What the run built may sit in reference cycles that only the collector frees: free it before
        # the run's write, which needs memory of its own in a process at its bound.
        gc.collect()
        limit = settings.RUN_MEMORY_LIMIT_MB
        run_give_up(run.id, f"The run needed more memory than a run may use ({limit} MB).")


def run_give_up(run_id: uuid.UUID | str, message: str) -> None:
    """Ends an active run as internal_error with `message` (nothing changes when it is final)."""
    run_finish(run_id, RunStatus.INTERNAL_ERROR, trap_message=message)


def run_mark_time_limit(run_id: uuid.UUID | str) -> None:
    """The task's soft time limit struck: Celery raises SoftTimeLimitExceeded wherever the run was."""
    run_finish(run_id, RunStatus.TIME_LIMIT, trap_message=_time_limit_message())


def _finish_executed(run: Run, status: str, fields: dict[str, Any], *, from_cache: bool = False) -> bool:
    """Stores a run's result (a judged run's per-test `results` among `fields`); False when the run was
    final already."""
    columns = {name: value for name, value in fields.items() if name != "results"}
    if from_cache:
        columns["from_cache"] = True
    return run_finish(
        run.id,
        status,
        results=fields.get("results"),
        judged=run.is_judged,
        callback=bool(run.callback_url),
        via=RunStatus.RUNNING,
        **columns,
    )


def _limits_of(run: Run) -> toolchain.Limits:
    return toolchain.Limits(max_steps=run.max_steps, max_output=run.max_output, store_size=run.store_size)


def _execute_plain(run: Run) -> tuple[str, dict[str, Any]]:
    """Compiles and runs a plain run (streaming its output); its final status and the fields of its row."""
    program, stdin = judge.program_with_input(run.language, run.source, run.stdin)
    compiled = toolchain.compile_program(run.language, program, store_size=run.store_size)
    compile_fields = {"diagnostics": [d.as_dict() for d in compiled.diagnostics], **_artifacts(compiled)}
    if not compiled.ok:
        return RunStatus.COMPILE_ERROR, compile_fields
    # "running" is stored with the first batch of output: a program that ends sooner is stored once, at
    # its end, having passed through running in that same write.
    stream = RunStream(run, last_flush=time.monotonic())
    try:
        result = toolchain.run_program(
            compiled, stdin=stdin, limits=_limits_of(run), on_event=stream.on_event
        )
    except LoadError as error:  # the Store cannot hold the program's data: the program's limit, not ours
        return RunStatus.RUNTIME_ERROR, {**compile_fields, "trap": "load", "trap_message": str(error)}
    return plain_status(result), {**compile_fields, **_result_fields(result, run.max_output)}


def plain_status(result: RunResult) -> str:
    if result.status == HALTED:
        return RunStatus.COMPLETED
    if result.status in (RunStatus.BUDGET_EXHAUSTED, RunStatus.OUTPUT_LIMIT):
        return result.status
    return RunStatus.RUNTIME_ERROR


def storable(text: str) -> str:
    """PostgreSQL text cannot hold NUL, which a program may print (PRINTC 0): shown as U+FFFD instead."""
    return text.replace("\x00", "\ufffd")


def _result_fields(result: RunResult, max_output: int) -> dict[str, Any]:
    trapped = result.status != HALTED
    return {
        "output": storable(result.output[:max_output]),
        "stderr": storable(result.stderr[:max_output]),
        "trap": result.status if trapped else "",
        "trap_message": result.message if trapped else "",
        "trap_line": toolchain.program_line(result) if trapped else None,
        "statistics": result.stats.as_dict(),
        "exit_status": result.program_status,  # halted, or stopped on the program's own uncaught error
        "progress_instructions": result.stats.instructions,
        "progress_seconds": result.stats.simulated_seconds,
    }


def _execute_judged(run: Run, tests: list[judge.TestSpec]) -> tuple[str, dict[str, Any]]:
    """Judges a submission's run over `tests` (streaming the visible tests' progress); its verdict and the
    fields of its row, the per-test `results` among them."""
    done: list[judge.TestOutcome] = []

    def on_test(index: int, outcome: judge.TestOutcome) -> None:
        # The bar counts the instructions of the visible tests so far against the budget of all of them: a
        # hidden test's count would tell its input to a program that loops on it, so it adds nothing.
        done.append(outcome)
        instructions = sum(t.instructions for t in done if t.visible)
        seconds = sum(t.simulated_seconds for t in done if t.visible)
        run_record_progress(run, output="", instructions=instructions, seconds=seconds)
        message = events.output_message(
            offset=0,
            text="",
            instructions=instructions,
            seconds=seconds,
            max_steps=run.max_steps * len(tests),
        )
        events.run_output_broadcast(run.id, message)

    judgement = judge.judge(
        run.language,
        run.source,
        tests,
        _limits_of(run),
        on_compiled=lambda compiled: run_mark_running(run, compiled),
        on_test=on_test,
    )
    failure = judgement.first_failure
    fields: dict[str, Any] = {
        "diagnostics": judgement.diagnostics,
        **(_artifacts(judgement.compiled) if judgement.compiled is not None else {}),
        "statistics": judgement.statistics,
        "exit_status": judgement.exit_status,
        # A hidden test's failure is told in its public words only.
        "trap_message": judgement.message
        if failure is None
        else f"{failure.name}: {failure.public()['message']}",
        "results": [
            {**t.public(), "actual": storable(t.actual) if t.visible else None} for t in judgement.tests
        ],
    }
    if failure is not None and failure.visible:
        # The first failure is shown to the student: its output, and where the Engine stopped.
        fields.update(output=storable(failure.actual), trap=failure.trap, trap_line=failure.trap_line)
    return judgement.verdict, fields


def exercise_tests(exercise: Exercise) -> list[judge.TestSpec]:
    return [
        judge.TestSpec(name=t.name, input=t.input, expected_output=t.expected_output, is_visible=t.is_visible)
        for t in exercise.test_cases.order_by("order", "id")
    ]


def _submission_finish(submission: Submission, verdict: str, results: list[dict[str, Any]] | None) -> None:
    """Inside run_finish's transaction: the verdict, the per-test results and the student's progress."""
    from curriculum.services import progress_record_attempt

    submission.verdict = verdict
    if results is not None:
        submission.results = results
    submission.save(update_fields=["verdict", "results"])
    if verdict != RunStatus.INTERNAL_ERROR:  # our failure is not the student's attempt
        progress_record_attempt(
            user=submission.owner, exercise=submission.exercise, accepted=verdict == RunStatus.ACCEPTED
        )


def exercise_check_reference(exercise: Exercise) -> list[dict[str, Any]]:
    """The admin's "Check reference solution": judge it synchronously, every detail shown, no rows. The
    same solution, tests and limits on the same toolchain are judged once (the result cache)."""
    tests, limits = exercise_tests(exercise), limits_resolve(exercise=exercise)
    key = ""
    if result_cache.enabled():
        key = result_cache.reference_key(
            language=exercise.language, source=exercise.reference_solution, limits=limits, tests=tests
        )
        kept = result_cache.json_get(key)
        if kept is not None:
            return list(kept)
    judgement = judge.judge(exercise.language, exercise.reference_solution, tests, limits)
    if judgement.verdict == judge.COMPILE_ERROR:
        checked: list[dict[str, Any]] = [
            {
                "name": "(compile)",
                "status": judge.COMPILE_ERROR,
                "message": judgement.message,
                "diagnostics": judgement.diagnostics,
            }
        ]
    else:
        checked = [t.as_dict() for t in judgement.tests]
    if key and result_cache.cacheable(
        judgement.verdict, {"diagnostics": judgement.diagnostics, "results": checked}
    ):
        result_cache.json_put(key, checked)
    return checked


def program_compile(*, language: str, source: str, store_size: int | None) -> Any:
    """A compile without a run (the API's compile and validate): the stages and every diagnostic,
    bounded in time and memory (toolchain.compile_bounded)."""
    _validate_program(language, source, "")
    return toolchain.compile_bounded(language, source, store_size=store_size)


def program_analyse(*, language: str, source: str, stdin: str) -> dict[str, Any]:
    """A program's analysis before it runs (compilers/analysis): per function its figures, the Store it
    needs and an estimate of its Engine cost for `stdin`, bounded in time and memory. A program that does
    not compile raises `compile_error` with its diagnostics; one that meets a limit, `limit`."""
    _validate_program(language, source, stdin)
    analysis = toolchain.analyse_bounded(language, source, stdin)
    if not analysis.ok:
        diagnostics = [d.as_dict() for d in analysis.diagnostics]
        limited = any(d.code == "limit" for d in analysis.diagnostics)
        first = analysis.diagnostics[0].message if analysis.diagnostics else "the program does not compile"
        raise ApplicationError(
            f"The program cannot be analysed: {first}"
            if limited
            else f"The program does not compile: {first}",
            code="limit" if limited else "compile_error",
            extra={"diagnostics": diagnostics},
        )
    return analysis.as_dict()


# --- Sharing programs ----------------------------------------------------------------------------------


def _share_id() -> str:
    return secrets.token_urlsafe(9)  # 12 characters, 72 random bits


def program_share(*, language: str, source: str) -> SharedProgram:
    """Keeps a program under a short random id for its share link (/playground/<id>/), which then carries
    the id rather than the source (a URL breaks past a few kilobytes). The same program gets the same id."""
    _validate_program(language, source, "")
    digest = hashlib.sha256(f"{language}\x00{source}".encode()).hexdigest()
    # get_or_create survives two requests sharing the same program at once (the digest is unique).
    shared, _ = SharedProgram.objects.get_or_create(
        digest=digest, run=None, defaults={"id": _share_id(), "language": language, "source": source}
    )
    return shared


def _owned_run(user: Any, run_id: uuid.UUID | str) -> Run:
    from execution.selectors import access_run_by_id

    return access_run_by_id(user, run_id)


def run_make_public(*, user: Any, run_id: uuid.UUID | str) -> SharedProgram:
    """Makes the user's run public: it gets a short share link (/s/<id>/) that anyone may open to read it.
    Only an ended run: its page is then what it will stay. Making it public again keeps the same link."""
    run = _owned_run(user, run_id)
    if not run.is_final:
        raise Conflict("The run has not ended yet: make it public once it has.", code="run_active")
    shared, _ = SharedProgram.objects.get_or_create(run=run, defaults={"id": _share_id()})
    return shared


def run_make_private(*, user: Any, run_id: uuid.UUID | str) -> None:
    """Makes the user's run private again: its share link is deleted and answers 404 from then on (making
    it public later gives a new link, so the old one never comes back)."""
    run = _owned_run(user, run_id)
    SharedProgram.objects.filter(run=run).delete()
