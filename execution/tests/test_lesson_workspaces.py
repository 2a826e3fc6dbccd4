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


def test_a_finished_runs_panel_is_kept_and_a_newer_or_finishing_run_shows_at_once(
    client_in: Client, user: Any
) -> None:
    from execution.templatetags import execution_tags

    exercise = make_exercise(tests=[("1\n", "out\n", True)])
    first = submit(user, exercise, RunStatus.WRONG_ANSWER, "print first")

    def page() -> tuple[str, list[str]]:
        with CaptureQueriesContext(connection) as captured:
            response = client_in.get("/course/m/l/")
        assert response.status_code == 200
        return response.content.decode(), [q["sql"] for q in captured.captured_queries]

    def runs_read(queries: list[str]) -> int:  # the ORM's reads of whole runs, beside the states' query
        return sum(1 for q in queries if q.startswith("SELECT") and '"execution_run"."source"' in q)

    html, queries = page()
    assert f'id="run-status-{first.run_id}"' in html and runs_read(queries) == 1
    html, queries = page()  # kept: the run is not read again
    assert f'id="run-status-{first.run_id}"' in html and runs_read(queries) == 0

    # A newer submission, still running: shown at once, and read on every page while it runs.
    run = Run.objects.create(
        owner=user, language=exercise.language, source="print second", max_steps=1000, max_output=1000,
        status=RunStatus.RUNNING,
    )  # fmt: skip
    second = Submission.objects.create(exercise=exercise, owner=user, run=run, verdict="", attempt_number=2)
    for _ in range(2):
        html, queries = page()
        assert f'id="run-status-{second.run_id}"' in html and f"run-status-{first.run_id}" not in html
        assert runs_read(queries) == 1
    assert "Running" in html

    # It finishes (the run and the verdict in one transaction, as run_finish does): shown at once.
    Run.objects.filter(pk=second.run_id).update(status=RunStatus.ACCEPTED)
    Submission.objects.filter(pk=second.pk).update(verdict=RunStatus.ACCEPTED)
    html, queries = page()
    assert "Accepted" in html and "Running" not in html and runs_read(queries) == 1
    assert len(execution_tags._final_panels) >= 2
