"""Hidden tests stay hidden: a program that makes its running time and exit status depend on its input
learns nothing of a hidden test's input from the API, the pages or the live stream.

Through the real compiler and Engine (C), the real service, the eager task and the real views.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from execution import judge, services
from execution.models import Submission
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db

# Loops as many times as its input says, and exits with it: each hidden input would show in the
# instructions, the Engine time, the time by line and the exit status of that test.
LEAKY = """#include <stdio.h>
int main(void) {
    int n = 0;
    scanf("%d", &n);
    for (int i = 0; i < n; i++) {
    }
    printf("done\\n");
    return n % 256;
}
"""
VISIBLE_INPUT, HIDDEN_INPUTS = "7", ("1234", "2345")
MEASURED = (
    "instructions",
    "simulated_seconds",
    "exit_status",
    "trap",
    "trap_line",
    "input",
    "expected",
    "actual",
)


def _exercise() -> Any:
    tests = [(VISIBLE_INPUT, "done\n", True)] + [(given, "done\n", False) for given in HIDDEN_INPUTS]
    return make_exercise(language="c", tests=tests, max_steps=1_000_000)


def _hidden_figures(exercise: Any) -> set[str]:
    """What the judge measured of each hidden test (as an instructor sees it), as the text of numbers."""
    judgement = judge.judge(
        "c", LEAKY, services.exercise_tests(exercise), services.limits_resolve(exercise=exercise)
    )
    hidden = [t for t in judgement.tests if not t.visible]
    assert len(hidden) == 2 and all(t.passed for t in hidden)
    figures = set()
    for test in hidden:
        figures.add(str(test.instructions))
        figures.add(f"{test.instructions:,}")
        figures.add(repr(test.simulated_seconds))
    return figures


def _submit(api: APIClient, exercise: Any, on_commit: Any) -> dict[str, Any]:
    with on_commit(execute=True):
        response = api.post(f"/api/v1/exercises/{exercise.id}/submissions", {"source": LEAKY}, format="json")
    assert response.status_code == 201, response.content
    listed = api.get("/api/v1/submissions", {"exercise": exercise.id}).json()["results"]
    (summary,) = listed
    # The list holds a summary; the detail has the per-test results (both are checked for leaks).
    detail = api.get(f"/api/v1/submissions/{summary['id']}")
    assert detail.status_code == 200
    submission: dict[str, Any] = detail.json()
    submission["listed"] = summary
    return submission


def test_the_api_tells_a_hidden_test_as_passed_or_failed_only(user: Any, on_commit: Any) -> None:
    exercise = _exercise()
    api = APIClient()
    api.force_authenticate(user)
    submission = _submit(api, exercise, on_commit)
    assert submission["verdict"] == "accepted"
    visible, *hidden = submission["results"]
    assert visible["instructions"] > 0 and visible["exit_status"] == 7  # the student's own test: all of it
    for test in hidden:
        assert test["visible"] is False
        assert test["status"] == "passed"
        assert test["actual"] is None
        assert not set(MEASURED) - {"actual"} & set(test), test
    run = api.get(f"/api/v1/runs/{submission['run']['id']}").json()
    # The exit status shown is the deciding test's only when the student may see that test (here the
    # first, visible one: accepted); the statistics are over the whole submission, rounded.
    assert run["exit_status"] == 7
    statistics = run["statistics"]
    assert statistics["tests"] == 3
    assert statistics["seconds_by_line"] == {}
    assert statistics["instructions"] == judge.rounded(statistics["instructions"])
    body = json.dumps(submission) + json.dumps(run)
    for figure in _hidden_figures(exercise):
        assert figure not in body, figure


def test_a_failing_hidden_test_gives_no_exit_status_or_figure(user: Any, on_commit: Any) -> None:
    exercise = make_exercise(language="c", tests=[("1234", "not this\n", False)], max_steps=1_000_000)
    api = APIClient()
    api.force_authenticate(user)
    submission = _submit(api, exercise, on_commit)
    assert submission["verdict"] == "wrong_answer"
    (hidden,) = submission["results"]
    assert hidden == {
        "name": "test 1",
        "status": "wrong_answer",
        "visible": False,
        "message": "A hidden test gave a different output.",
        "actual": None,
    }
    run = submission["run"]
    assert run["exit_status"] is None  # 1234 % 256 would tell the input
    assert run["output"] == "" and run["trap_line"] is None


def test_the_run_page_and_its_stream_show_no_figure_of_a_hidden_test(
    client: Client, user: Any, on_commit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    exercise = _exercise()
    sent: list[dict[str, Any]] = []
    monkeypatch.setattr(services.events, "run_output_broadcast", lambda run_id, message: sent.append(message))
    with on_commit(execute=True):
        submission = services.submission_create(user=user, exercise=exercise, source=LEAKY)
    submission = Submission.objects.select_related("run").get(id=submission.id)
    client.force_login(user)
    page = client.get(f"/runs/{submission.run.id}/").content.decode()
    assert "(hidden)" in page
    # The progress streamed while judging counts the visible test only.
    progress = [m for m in sent if m.get("kind") == "output"]
    assert progress and {m["instructions"] for m in progress} == {submission.results[0]["instructions"]}
    assert submission.run.progress_instructions == submission.results[0]["instructions"]
    for figure in _hidden_figures(exercise):
        assert figure not in page, figure


def test_statistics_over_several_tests_are_rounded_to_two_significant_digits() -> None:
    assert [judge.rounded(v) for v in (0, -1, 7, 123, 98_765, 99_999)] == [0, -1, 7, 120, 99_000, 100_000]
    assert judge.rounded(0.012_34) == 0.012 and judge.rounded(123.456) == 120.0
