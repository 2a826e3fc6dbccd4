"""Reads: runs and submissions, always scoped to the user who may see them.

Runs are private to their owner (pages, API and WebSocket alike): a run of an exercise holds a student's
attempt, which others should not read. To share a program, its owner shares it (services.program_share):
the program alone is kept under a short random id, whose playground link anyone may open.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet

from ancient_compute.lib.errors import NotFound
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


def run_list_for_user(*, user: Any) -> QuerySet[Run]:
    return Run.objects.filter(owner=user).select_related("submission").order_by("-created_at")


def submission_list_for_user(*, user: Any, exercise_id: int | None = None) -> QuerySet[Submission]:
    from execution.models import Submission

    submissions = Submission.objects.filter(owner=user).select_related("run", "exercise")
    if exercise_id is not None:
        submissions = submissions.filter(exercise_id=exercise_id)
    return submissions.order_by("-created_at")


def submission_latest_for_exercise(*, user: Any, exercise_id: int) -> Submission | None:
    if not user.is_authenticated:
        return None
    return submission_list_for_user(user=user, exercise_id=exercise_id).first()


def run_panel_context(run: Run) -> dict[str, Any]:
    """What the run panel and its fragments show, derived from the stored run."""
    from execution.presentation import panel_context

    return panel_context(run)


def shared_program_get(*, share_id: str) -> SharedProgram | None:
    """A shared program by its id; anyone with the link may read it (it was shared to be read)."""
    return SharedProgram.objects.filter(id=share_id).first()
