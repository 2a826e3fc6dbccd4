"""Writes: students' progress (each change in one transaction, with the row locked while it changes) and
publishing. The course's content is written by the admin (instructors) and the loader (curriculum/loader.py).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from ancient_compute.lib.errors import Conflict, PermissionDenied
from ancient_compute.lib.languages import language_status
from curriculum.content_cache import content_changed
from curriculum.models import Exercise, Hint, Lesson, Module, Progress
from curriculum.selectors import exercise_visible_q, hint_total, hints_available_count


def _locked_progress(
    *, user: Any, lesson: Lesson | None = None, exercise: Exercise | None = None
) -> Progress:
    target = {"lesson": lesson} if lesson is not None else {"exercise": exercise}
    progress, _ = Progress.objects.select_for_update().get_or_create(user=user, **target)
    return progress


def _complete(progress: Progress) -> None:
    # Completion is idempotent: the first completion's date stays.
    if progress.status != Progress.Status.COMPLETED:
        progress.status = Progress.Status.COMPLETED
        progress.completed_at = timezone.now()


@transaction.atomic
def progress_set_lesson_done(*, user: Any, lesson: Lesson, done: bool = True) -> Progress:
    """The student marks the lesson done (idempotent: the first completion's date stays), or not done.
    Opening a lesson's page is not doing it: a lesson is done when its student says so, or when they have
    solved its exercises (progress_record_attempt). A draft is nobody's progress: Conflict."""
    if not (lesson.is_published and lesson.module.is_published):
        raise Conflict("A draft lesson cannot be marked done.", code="lesson_draft")
    progress = _locked_progress(user=user, lesson=lesson)
    if done:
        _complete(progress)
    else:
        progress.status = Progress.Status.IN_PROGRESS
        progress.completed_at = None
    progress.save(update_fields=["status", "completed_at", "updated_at"])
    return progress


def _lesson_complete_if_solved(*, user: Any, lesson: Lesson) -> None:
    """Inside progress_record_attempt's transaction: the lesson is done once the student has solved every
    exercise of it that they can see (drafts do not count for a student)."""
    exercises = Exercise.objects.filter(exercise_visible_q(user), lesson=lesson)
    solved = Progress.objects.filter(user=user, status=Progress.Status.COMPLETED, exercise__isnull=False)
    unsolved = exercises.exclude(pk__in=solved.values("exercise_id"))
    if exercises.exists() and not unsolved.exists():
        progress = _locked_progress(user=user, lesson=lesson)
        if progress.status != Progress.Status.COMPLETED:
            _complete(progress)
            progress.save(update_fields=["status", "completed_at", "updated_at"])


@transaction.atomic
def progress_record_attempt(*, user: Any, exercise: Exercise, accepted: bool) -> Progress:
    """Count one judged submission. A failure unlocks the next hint; an acceptance completes the exercise.

    Completing is idempotent, and a later failed submission never takes a completion away. Solving the
    last unsolved exercise of a lesson completes the lesson too.
    """
    progress = _locked_progress(user=user, exercise=exercise)
    progress.attempts += 1
    if accepted:
        _complete(progress)
    else:
        progress.failed_attempts += 1
    progress.save(update_fields=["attempts", "failed_attempts", "status", "completed_at", "updated_at"])
    if accepted:
        _lesson_complete_if_solved(user=user, lesson=exercise.lesson)
    return progress


@transaction.atomic
def progress_reveal_hint(*, user: Any, exercise: Exercise) -> Hint:
    """Reveal the student's next hint, if the rule allows it (hint k needs k-1 failed attempts)."""
    progress = _locked_progress(user=user, exercise=exercise)
    total = hint_total(exercise)
    if progress.hints_revealed >= total:
        raise Conflict("Every hint for this exercise is already shown.", code="no_more_hints")
    available = hints_available_count(progress, total=total)
    if progress.hints_revealed >= available:
        needed = progress.hints_revealed - progress.failed_attempts
        raise PermissionDenied(
            f"The next hint unlocks after {needed} more failed submission{'s' if needed != 1 else ''}.",
            code="hint_locked",
            extra={"failures_needed": needed},
        )
    progress.hints_revealed += 1
    progress.save(update_fields=["hints_revealed", "updated_at"])
    return exercise.hints.order_by("order")[progress.hints_revealed - 1]


def exercise_unpublishable_reason(language: str) -> str | None:
    """Why an exercise in `language` cannot be published, or None. Its programs must be able to run:
    students would otherwise meet a workspace with no Run button (the admin and the loader both ask)."""
    status = language_status(language)
    if status is None or status.available:
        return None  # an unknown key is the language field's own error
    return f"An exercise in {status.name} cannot be published: {status.reason}"


@transaction.atomic
def content_set_published(
    *, queryset: QuerySet[Module] | QuerySet[Lesson] | QuerySet[Exercise], published: bool
) -> int:
    """Publish or unpublish modules, lessons or exercises (the admin's actions)."""
    count = queryset.update(is_published=published)
    content_changed()  # update() sends no signal
    return count
