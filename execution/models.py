"""Runs of a program on the Engine, and submissions of a program to an exercise's judge.

A Run is the unit of work: one Celery task executes it. A plain run compiles the program and runs it once
with its stdin; a judged run (one with a Submission) compiles once and runs every test case of the
exercise. Both follow one status machine (see `RunStatus` and `ALLOWED_TRANSITIONS`), enforced by
`execution.services`, never by `save()`.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class RunStatus(models.TextChoices):
    # Not final: the run is waiting for a worker, being compiled, or running on the Engine.
    QUEUED = "queued", "Queued"
    COMPILING = "compiling", "Compiling"
    RUNNING = "running", "Running"
    # Final, for a plain run that halted normally.
    COMPLETED = "completed", "Completed"
    # Final, for a judged run only: the verdict over every test case.
    ACCEPTED = "accepted", "Accepted"
    WRONG_ANSWER = "wrong_answer", "Wrong answer"
    # Final, for either kind.
    COMPILE_ERROR = "compile_error", "Compile error"
    RUNTIME_ERROR = "runtime_error", "Runtime error"  # the Engine stopped on a trap (see Run.trap)
    BUDGET_EXHAUSTED = "budget_exhausted", "Instruction budget exhausted"
    OUTPUT_LIMIT = "output_limit", "Output limit reached"
    TIME_LIMIT = "time_limit", "Time limit exceeded"  # the worker's wall-clock limit, not the Engine's
    INTERNAL_ERROR = "internal_error", "Internal error"  # our fault, never the program's


ACTIVE_STATUSES = frozenset({RunStatus.QUEUED, RunStatus.COMPILING, RunStatus.RUNNING})
FINAL_STATUSES = frozenset(s for s in RunStatus if s not in ACTIVE_STATUSES)
# Verdicts a plain run may end in; a judged run ends in these minus "completed", plus accepted/wrong_answer.
PLAIN_FINAL_STATUSES = FINAL_STATUSES - {RunStatus.ACCEPTED, RunStatus.WRONG_ANSWER}
JUDGED_FINAL_STATUSES = FINAL_STATUSES - {RunStatus.COMPLETED}

# Every legal move. "compiling" may follow "compiling" or "running" when a worker died and the broker
# redelivered the task: the run starts over (at most once, see services.run_start).
_FAILURES = {RunStatus.INTERNAL_ERROR, RunStatus.TIME_LIMIT}
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    RunStatus.QUEUED: frozenset({RunStatus.COMPILING, *_FAILURES}),
    RunStatus.COMPILING: frozenset(
        {RunStatus.COMPILING, RunStatus.RUNNING, RunStatus.COMPILE_ERROR, *_FAILURES}
    ),
    RunStatus.RUNNING: frozenset({RunStatus.COMPILING, *(FINAL_STATUSES - {RunStatus.COMPILE_ERROR})}),
    **{final: frozenset() for final in FINAL_STATUSES},
}


class Run(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="runs")
    language = models.CharField(max_length=32)
    source = models.TextField()
    stdin = models.TextField(blank=True)

    # Effective limits, already capped by the settings when the run was created.
    max_steps = models.BigIntegerField()
    max_output = models.PositiveIntegerField()
    # A fixed Store; null: a Store sized for the program, growing up to RUN_STORE_SIZE_CAP (the Store the
    # run had, and the columns it used, are in `statistics`: store_size, columns_used).
    store_size = models.PositiveIntegerField(null=True, blank=True)

    status = models.CharField(max_length=20, choices=RunStatus.choices, default=RunStatus.QUEUED)
    output = models.TextField(blank=True)  # never longer than max_output
    # What the program wrote to its standard error (C's stderr), kept apart from the output; never longer
    # than max_output. Empty for a language whose runtime writes nothing there.
    stderr = models.TextField(blank=True)
    diagnostics = models.JSONField(default=list, blank=True)  # Diagnostic.as_dict() of every stage
    trap = models.CharField(max_length=40, blank=True)  # babbage.result TRAPS name, when the Engine stopped
    trap_message = models.TextField(blank=True)
    trap_line = models.PositiveIntegerField(null=True, blank=True)  # source line of the trap, when known
    statistics = models.JSONField(default=dict, blank=True)  # Statistics.as_dict()
    # The program's own exit status (0..255, as a process's: C's return from main or exit(n)) when it
    # halted; null when it did not run to its end. A judged run keeps that of the test that decided it.
    exit_status = models.PositiveSmallIntegerField(null=True, blank=True)
    # Live progress, so that a page opened mid-run shows where the run is.
    progress_instructions = models.BigIntegerField(default=0)
    progress_seconds = models.FloatField(default=0.0)  # simulated Engine seconds so far

    # Compiled artifacts, kept for the page's tabs and the API (small next to the source's life).
    ir = models.TextField(blank=True)
    assembly = models.TextField(blank=True)
    deck = models.TextField(blank=True)
    line_map = models.JSONField(default=dict, blank=True)  # "source line" -> [card indices]

    attempts = models.PositiveSmallIntegerField(default=0)  # task deliveries that started this run
    # Served from the result cache: the same program, input and limits ran before on this toolchain, and
    # its result is this run's (execution/result_cache.py); nothing was computed for it.
    from_cache = models.BooleanField(default=False)
    # Where to POST the run's summary when it ends (API clients; the host must be in
    # RUN_CALLBACK_ALLOWED_ORIGINS, checked by the services). Empty: no callback.
    callback_url = models.URLField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "-created_at"], name="run_owner_created"),
            # The sweep looks for active runs by age; the metrics count final runs.
            models.Index(fields=["status", "created_at"], name="run_status_created"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=RunStatus.values), name="run_status_valid"),
            models.CheckConstraint(
                condition=models.Q(finished_at__isnull=True) | models.Q(status__in=sorted(FINAL_STATUSES)),
                name="run_finished_only_when_final",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.language} run {self.id} ({self.status})"

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def is_judged(self) -> bool:
        return hasattr(self, "submission")


class Submission(models.Model):
    """A program submitted to an exercise's judge. Its run carries the source, the status and the output."""

    exercise = models.ForeignKey("curriculum.Exercise", on_delete=models.CASCADE, related_name="submissions")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions")
    run = models.OneToOneField(Run, on_delete=models.CASCADE, related_name="submission")
    # Empty while the run is active, then the run's final status (accepted, wrong_answer, ...).
    verdict = models.CharField(max_length=20, choices=RunStatus.choices, blank=True)
    # Per test, in order: name, status, visible, and for visible tests input, expected, actual, message.
    results = models.JSONField(default=list, blank=True)
    attempt_number = models.PositiveIntegerField()  # 1 for the student's first submission to the exercise
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "exercise", "-created_at"], name="submission_owner_exercise")
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(verdict="") | models.Q(verdict__in=sorted(JUDGED_FINAL_STATUSES)),
                name="submission_verdict_final",
            ),
        ]

    def __str__(self) -> str:
        verdict = self.verdict or "pending"
        return f"submission {self.attempt_number} to {self.exercise_id} by {self.owner_id}: {verdict}"

    @property
    def source(self) -> str:
        return self.run.source


class SharedProgram(models.Model):
    """A share link: a short random id that anyone may open, read-only. Either a program (the playground's
    language and source, /playground/<id>/: one row per distinct program, so sharing the same program again
    gives the same link), or a run its owner made public (`run`, /s/<id>/: the run's program, output,
    verdict and statistics, read from the run itself). A run is private until its owner makes it public;
    making it private again deletes the row, and its link with it. Nothing here says who shared a program."""

    id = models.CharField(primary_key=True, max_length=16, editable=False)
    run = models.OneToOneField(Run, null=True, blank=True, on_delete=models.CASCADE, related_name="share")
    # A program share's own copy; empty for a run's share, whose program is the run's.
    language = models.CharField(max_length=32, blank=True)
    source = models.TextField(blank=True)
    digest = models.CharField(max_length=64, blank=True)  # sha256 of language and source; empty for a run
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["digest"], condition=models.Q(run__isnull=True), name="shared_program_digest_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(run__isnull=True, digest__gt="")
                | models.Q(run__isnull=False, digest="", source=""),
                name="shared_program_or_run",
            ),
        ]

    def __str__(self) -> str:
        if self.run_id is not None:
            return f"public run {self.run_id} ({self.id})"
        return f"shared {self.language} program {self.id}"
