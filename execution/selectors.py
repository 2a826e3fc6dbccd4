"""Reads: runs and submissions, always scoped to the user who may see them.

Runs are private to their owner (pages, API and WebSocket alike): a run of an exercise holds a student's
attempt, which others should not read. Its owner may make it public (services.run_make_public): it then
has a share link (/s/<id>/) that anyone may open, read-only. A program alone (the playground's) is shared
the same way (services.program_share), under a short random id whose playground link anyone may open.
"""

from __future__ import annotations

import datetime
import uuid
from collections import Counter
from dataclasses import dataclass
from statistics import median as statistics_median
from typing import TYPE_CHECKING, Any

from django.db import connection
from django.db.models import Count, Min, Q, QuerySet
from django.db.models.functions import Length

from ancient_compute.lib.errors import NotFound
from execution.diffs import DiffLine, source_diff
from execution.judge import PASSED, test_label, visible_failures
from execution.models import Run, SharedProgram

if TYPE_CHECKING:
    from execution.models import Submission


def run_get(*, run_id: uuid.UUID | str) -> Run | None:
    try:
        return Run.objects.select_related("submission").filter(id=run_id).first()
    except (ValueError, TypeError):  # not a UUID at all
        return None


def run_is_final(*, run_id: uuid.UUID | str) -> bool:
    from execution.models import FINAL_STATUSES

    return Run.objects.filter(id=run_id, status__in=sorted(FINAL_STATUSES)).exists()


def access_run_by_id(user: Any, run_id: uuid.UUID | str) -> Run:
    """The run if `user` owns it; NotFound otherwise, so that others cannot even learn that it exists."""
    run = run_get(run_id=run_id) if user is not None and user.is_authenticated else None
    if run is None or run.owner_id != user.pk:
        raise NotFound("No such run.", code="run_not_found")
    return run


# A run's compiled stages and what is measured of its run: most of its row (a Python run's assembly and
# deck hold its runtime, some 1.7 MB), which no list shows; and the same fields read through a submission.
RUN_LARGE_FIELDS = ("ir", "assembly", "deck", "line_map", "statistics")
SUBMISSION_RUN_LARGE_FIELDS = tuple(f"run__{name}" for name in RUN_LARGE_FIELDS)


def run_progress_for_user(*, user: Any, run_id: uuid.UUID | str) -> tuple[str, int] | None:
    """The status and the output's length of the user's run (whether a live page is behind), without the
    rest of its row; None when it is gone or not the user's, as for access_run_by_id."""
    if user is None or not user.is_authenticated:
        return None
    found = Run.objects.filter(id=run_id, owner=user).values_list("status", Length("output")).first()
    return None if found is None else (str(found[0]), int(found[1]))


def run_list_for_user(*, user: Any) -> QuerySet[Run]:
    runs = Run.objects.filter(owner=user).select_related("submission").defer(*RUN_LARGE_FIELDS)
    return runs.order_by("-created_at")


def _submissions_with_runs(user: Any) -> QuerySet[Submission]:
    from execution.models import Submission

    return Submission.objects.filter(owner=user).select_related("run", "exercise")


def submission_list_for_user(*, user: Any, exercise_id: int | None = None) -> QuerySet[Submission]:
    submissions = _submissions_with_runs(user).defer(*SUBMISSION_RUN_LARGE_FIELDS)
    if exercise_id is not None:
        submissions = submissions.filter(exercise_id=exercise_id)
    return submissions.order_by("-created_at")


@dataclass(frozen=True)
class LatestSubmission:
    """A student's latest submission to an exercise, as far as its run panel depends on it."""

    exercise_id: int
    submission_id: int
    run_id: uuid.UUID
    run_status: str
    verdict: str  # "" while it is being judged


def submission_latest_states_by_exercise(
    *, user: Any, exercise_ids: list[int]
) -> dict[int, LatestSubmission]:
    """The user's latest submission to each of these exercises, by exercise id, with its run's status
    (one small SQL query however many exercises; written out because the ORM's form of it cost a
    signed-in lesson page a third of its CPU). Nothing else of the run is read: a page keeps the panel
    of a finished run (execution_tags) and reads the run only when it has not."""
    from execution.models import Submission

    if not user.is_authenticated or not exercise_ids:
        return {}
    submissions = connection.ops.quote_name(Submission._meta.db_table)
    runs = connection.ops.quote_name(Run._meta.db_table)
    marks = ", ".join(["%s"] * len(exercise_ids))
    with connection.cursor() as cursor:
        # ids grow with creation: the highest is the latest
        cursor.execute(
            f"SELECT s.exercise_id, s.id, s.run_id, r.status, s.verdict FROM {submissions} s"
            f" JOIN {runs} r ON r.id = s.run_id WHERE s.id IN (SELECT MAX(id) FROM {submissions}"
            f" WHERE owner_id = %s AND exercise_id IN ({marks}) GROUP BY exercise_id)",
            [user.pk, *exercise_ids],
        )
        rows = cursor.fetchall()
    return {
        exercise_id: LatestSubmission(
            exercise_id=exercise_id,
            submission_id=submission_id,
            run_id=run_id if isinstance(run_id, uuid.UUID) else uuid.UUID(str(run_id)),
            run_status=status,
            verdict=verdict,
        )
        for exercise_id, submission_id, run_id, status, verdict in rows
    }


def submission_by_ids_for_user(*, user: Any, ids: list[int]) -> dict[int, Submission]:
    """These submissions of the user's, with their runs, by exercise id (one query; none for no ids)."""
    if not ids:
        return {}
    rows = _submissions_with_runs(user).filter(id__in=ids)  # whole: their run panels show the stages
    return {row.exercise_id: row for row in rows}


def shared_program_get(*, share_id: str) -> SharedProgram | None:
    """A share link's row by its id (a program, or a public run with its submission); anyone with the link
    may read it (it was shared to be read)."""
    return (
        SharedProgram.objects.select_related("run", "run__submission__exercise").filter(id=share_id).first()
    )


def run_share_get(*, run: Run) -> SharedProgram | None:
    """The run's share link while its owner keeps it public; None while it is private (the default)."""
    return SharedProgram.objects.filter(run=run).first()


def access_submission_by_id(user: Any, submission_id: int) -> Submission:
    """The submission if `user` made it; NotFound otherwise (others cannot learn that it exists)."""
    from execution.models import Submission

    submission = (
        Submission.objects.select_related("run", "exercise").filter(pk=submission_id, owner=user).first()
        if user is not None and user.is_authenticated
        else None
    )
    if submission is None:
        raise NotFound("No such submission.", code="submission_not_found")
    return submission


# --- A student's own attempts at an exercise ---------------------------------------------------------

HISTORY_PAGE_SIZE = 10


@dataclass(frozen=True)
class Attempt:
    submission: Submission
    previous_attempt: int | None  # the attempt number this one is compared with; None for the first
    diff: list[DiffLine]  # against the previous attempt's program; empty when nothing changed or first
    tests: list[dict[str, Any]]  # the stored per-test results, each with its status in words ("label")
    tests_passed: int
    tests_total: int
    failures: list[dict[str, Any]]  # the visible tests that failed, with input, expected and actual


@dataclass(frozen=True)
class AttemptPage:
    attempts: list[Attempt]
    total: int
    page: int
    pages: int


def submission_history_for_user(*, user: Any, exercise_id: int, page: int = 1) -> AttemptPage:
    """The user's submissions to the exercise, newest first, HISTORY_PAGE_SIZE to a page, each with its
    verdict, per-test results, failing visible tests and the diff of its program against the attempt
    before it (one query for the page, plus one for the count)."""
    from execution.models import Submission

    submissions = (
        Submission.objects.filter(owner=user, exercise_id=exercise_id)
        .select_related("run")
        .defer(*SUBMISSION_RUN_LARGE_FIELDS)
        .order_by("-attempt_number", "-id")
    )
    total = submissions.count()
    pages = max(1, -(-total // HISTORY_PAGE_SIZE))
    page = min(max(page, 1), pages)
    start = (page - 1) * HISTORY_PAGE_SIZE
    # One more than the page: the oldest attempt on the page is compared with the one before it.
    rows = list(submissions[start : start + HISTORY_PAGE_SIZE + 1])
    attempts = []
    for index, submission in enumerate(rows[:HISTORY_PAGE_SIZE]):
        previous = rows[index + 1] if index + 1 < len(rows) else None
        passed, ran = submission_tests_passed(submission)
        attempts.append(
            Attempt(
                submission=submission,
                previous_attempt=previous.attempt_number if previous is not None else None,
                diff=source_diff(previous.run.source, submission.run.source) if previous is not None else [],
                tests=[{**t, "label": test_label(str(t.get("status")))} for t in submission.results or []],
                tests_passed=passed,
                tests_total=ran,
                failures=visible_failures(submission.results or []),
            )
        )
    return AttemptPage(attempts=attempts, total=total, page=page, pages=pages)


# --- The class's submissions and per-exercise statistics, for instructors (read-only) ----------------


@dataclass(frozen=True)
class SubmissionFilters:
    student_id: int | None = None
    exercise_id: int | None = None
    verdict: str | None = None  # a final verdict, or "pending" for a submission still being judged
    since: datetime.date | None = None
    until: datetime.date | None = None  # inclusive


def submission_list_for_instructor(*, filters: SubmissionFilters) -> QuerySet[Submission]:
    """Every student's submissions, newest first, narrowed by `filters`; the owner, the exercise and its
    lesson and module come in the same query (the run, with its large artifacts, does not)."""
    from execution.models import Submission

    submissions = Submission.objects.select_related("owner", "exercise", "exercise__lesson__module")
    if filters.student_id is not None:
        submissions = submissions.filter(owner_id=filters.student_id)
    if filters.exercise_id is not None:
        submissions = submissions.filter(exercise_id=filters.exercise_id)
    if filters.verdict == "pending":
        submissions = submissions.filter(verdict="")
    elif filters.verdict:
        submissions = submissions.filter(verdict=filters.verdict)
    if filters.since is not None:
        submissions = submissions.filter(created_at__date__gte=filters.since)
    if filters.until is not None:
        submissions = submissions.filter(created_at__date__lte=filters.until)
    return submissions.order_by("-created_at", "-id")


def submission_get_for_instructor(*, submission_id: int) -> Submission:
    from execution.models import Submission

    submission = (
        Submission.objects.select_related("owner", "run", "exercise", "exercise__lesson__module")
        .filter(pk=submission_id)
        .first()
    )
    if submission is None:
        raise NotFound(f"There is no submission {submission_id}.", code="submission_not_found")
    return submission


def submission_tests_passed(submission: Submission) -> tuple[int, int]:
    """How many of the submission's tests passed, and how many it ran."""
    results = submission.results or []
    return sum(1 for r in results if r.get("status") == PASSED), len(results)


@dataclass(frozen=True)
class ExerciseStatistics:
    exercise: Any  # curriculum.models.Exercise
    submissions: int
    judged: int
    accepted: int
    students: int
    solved_by: int
    most_failed_test: str | None  # the test that failed in most judged submissions
    most_failed_count: int
    median_attempts_to_pass: float | None  # over students who passed: their first accepted attempt

    @property
    def pass_rate(self) -> int | None:
        """Accepted submissions as a percentage of judged ones (None before any was judged)."""
        return round(100 * self.accepted / self.judged) if self.judged else None


def exercise_statistics_list() -> list[ExerciseStatistics]:
    """Each exercise (in course order, drafts included) with its class statistics, in four queries
    whatever the number of students, exercises or submissions; the last streams the failing submissions'
    per-test results to count which test fails most."""
    from curriculum.models import Exercise
    from execution.models import RunStatus, Submission

    accepted = Q(verdict=RunStatus.ACCEPTED)
    totals: dict[int, dict[str, int]] = {
        row["exercise_id"]: {name: int(value) for name, value in row.items()}  # type: ignore[call-overload]
        for row in Submission.objects.order_by()
        .values("exercise_id")
        .annotate(
            submissions=Count("id"),
            judged=Count("id", filter=~Q(verdict="")),
            accepted=Count("id", filter=accepted),
            students=Count("owner", distinct=True),
            solved_by=Count("owner", filter=accepted, distinct=True),
        )
    }
    first_passes: dict[int, list[int]] = {}
    for row in (
        Submission.objects.filter(accepted)
        .order_by()
        .values("exercise_id", "owner_id")
        .annotate(first=Min("attempt_number"))
    ):
        first_passes.setdefault(row["exercise_id"], []).append(row["first"])
    failures: dict[int, Counter[str]] = {}
    failing = Submission.objects.exclude(verdict="").exclude(accepted).order_by("id")
    for exercise_id, results in failing.values_list("exercise_id", "results").iterator(chunk_size=500):
        counter = failures.setdefault(exercise_id, Counter())
        # A test counts once per submission; Counter keeps first-seen order, so a tie goes to the
        # earlier test.
        counter.update({str(r.get("name")) for r in results or [] if r.get("status") != PASSED})
    statistics = []
    for exercise in Exercise.objects.select_related("lesson", "lesson__module").order_by(
        "lesson__module__order", "lesson__order", "order", "id"
    ):
        total = totals.get(exercise.pk, {})
        worst = failures.get(exercise.pk, Counter()).most_common(1)
        passes = first_passes.get(exercise.pk)
        statistics.append(
            ExerciseStatistics(
                exercise=exercise,
                submissions=total.get("submissions", 0),
                judged=total.get("judged", 0),
                accepted=total.get("accepted", 0),
                students=total.get("students", 0),
                solved_by=total.get("solved_by", 0),
                most_failed_test=worst[0][0] if worst else None,
                most_failed_count=worst[0][1] if worst else 0,
                median_attempts_to_pass=statistics_median(passes) if passes else None,
            )
        )
    return statistics
