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
from curriculum.models import Exercise, Hint, Lesson, Module, Progress
from curriculum.selectors import hint_total, hints_available_count


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


def progress_mark_lesson_read(*, user: Any, lesson: Lesson) -> Progress:
    """Record that the user read the lesson (idempotent: the first reading's date stays)."""
    # Opening a lesson already read is the common case: answer it with a read, not a write lock.
    existing = Progress.objects.filter(user=user, lesson=lesson, status=Progress.Status.COMPLETED).first()
    return existing if existing is not None else _lesson_read_record(user=user, lesson=lesson)


@transaction.atomic
def _lesson_read_record(*, user: Any, lesson: Lesson) -> Progress:
    progress = _locked_progress(user=user, lesson=lesson)
    if progress.status != Progress.Status.COMPLETED:
        _complete(progress)
        progress.save(update_fields=["status", "completed_at", "updated_at"])
    return progress


@transaction.atomic
def progress_record_attempt(*, user: Any, exercise: Exercise, accepted: bool) -> Progress:
    """Count one judged submission. A failure unlocks the next hint; an acceptance completes the exercise.

    Completing is idempotent, and a later failed submission never takes a completion away.
    """
    progress = _locked_progress(user=user, exercise=exercise)
    progress.attempts += 1
    if accepted:
        _complete(progress)
    else:
        progress.failed_attempts += 1
    progress.save(update_fields=["attempts", "failed_attempts", "status", "completed_at", "updated_at"])
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
    return queryset.update(is_published=published)
