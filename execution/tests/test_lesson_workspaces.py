"""A lesson page's workspaces, each showing the student's latest submission, cost the same queries
however many exercises the lesson has (execution_tags.exercise_workspace fetches them for the page)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from execution.models import Run, RunStatus, Submission
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db


def submit(user: Any, exercise: Any, verdict: str, source: str) -> Submission:
    run = Run.objects.create(
        owner=user,
        language=exercise.language,
        source=source,
        max_steps=1000,
        max_output=1000,
        status=verdict,
        output="out\n",
        statistics={"instructions": 3},
    )
    number = Submission.objects.filter(owner=user, exercise=exercise).count() + 1
    results = [{"name": "test 1", "status": "passed", "visible": True, "input": "", "expected": "out\n",
                "actual": "out\n", "message": ""}]  # fmt: skip
    return Submission.objects.create(
        exercise=exercise, owner=user, run=run, verdict=verdict, results=results, attempt_number=number
    )


def test_each_workspace_shows_its_latest_submission_at_a_constant_cost(client_in: Client, user: Any) -> None:
    from curriculum.models import Lesson

    def page_queries(exercises: int) -> tuple[int, str]:
        Lesson.objects.all().delete()
        made = [make_exercise(tests=[("1\n", "out\n", True)]) for _ in range(exercises)]
        for exercise in made:
            submit(user, exercise, RunStatus.WRONG_ANSWER, "print first")
            submit(user, exercise, RunStatus.ACCEPTED, f"print latest {exercise.slug}")
        with CaptureQueriesContext(connection) as captured:
            page = client_in.get("/course/m/l/")
        assert page.status_code == 200
        return len(captured.captured_queries), page.content.decode()

    one, _ = page_queries(1)
    four, html = page_queries(4)
    assert one == four, f"{one} queries for 1 exercise, {four} for 4"
    latest = Submission.objects.filter(attempt_number=2)
    assert latest.count() == 4
    for submission in latest:  # each workspace shows its own exercise's latest run, not the first one
        assert f'id="run-status-{submission.run_id}"' in html
    for first in Submission.objects.filter(attempt_number=1):
        assert f'id="run-status-{first.run_id}"' not in html
