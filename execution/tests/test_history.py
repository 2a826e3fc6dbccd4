"""A student's history of attempts at an exercise (each attempt's program, verdict, per-test results and a
diff against the attempt before), and every visible failing test shown with its output, labelled by test.
Through the real pages, with programs judged by the Engine."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from execution.diffs import source_diff
from execution.models import Run, Submission
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db

# Tests: two visible that expect other outputs, one visible that passes, one hidden.
TESTS = [("", "41", True), ("", "42", True), ("", "43", True), ("", "SECRET-OUTPUT", False)]
FIRST = "PRINT 42\nPRINTC 10\nHALT\n"
SECOND = "PRINT 41\nPRINTC 10\nHALT\n"


def submit(client: Client, on_commit: Any, exercise: Any, source: str) -> Submission:
    with on_commit(execute=True):
        response = client.post(reverse("execution:submission_create", args=[exercise.pk]), {"source": source})
    assert response.status_code == 302
    return Submission.objects.latest("id")


def test_the_history_shows_each_attempt_with_its_results_and_a_diff(
    client_in: Client, on_commit: Any
) -> None:
    exercise = make_exercise(tests=TESTS)
    submit(client_in, on_commit, exercise, FIRST)
    submit(client_in, on_commit, exercise, SECOND)
    submit(client_in, on_commit, exercise, SECOND)  # the same program again
    response = client_in.get(reverse("execution:submission_history", args=[exercise.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 attempts, newest first" in html
    # Newest first.
    assert html.index('id="attempt-3"') < html.index('id="attempt-2"') < html.index('id="attempt-1"')
    attempt_2 = html[html.index('id="attempt-2"') : html.index('id="attempt-1"')]
    assert 'data-verdict="wrong_answer"' in attempt_2 and "1 of 4 tests passed" in attempt_2
    # Per-test results: every test named, the hidden one without its data.
    for name in ("test 1", "test 2", "test 3", "test 4"):
        assert name in attempt_2
    assert "SECRET-OUTPUT" not in html
    # Every visible failing test, each with its expected output and this attempt's.
    assert "Failing test: test 2" in attempt_2 and "Failing test: test 3" in attempt_2
    assert "Failing test: test 1" not in attempt_2  # it passed
    # The diff against attempt 1: line 1 changed, the rest the same.
    assert "Changes since attempt 1" in attempt_2
    assert '<tr class="diff-removed"><td class="diff-number">1</td><td class="diff-number"></td>' in attempt_2
    assert "<code>PRINT 42</code>" in attempt_2 and "<code>PRINT 41</code>" in attempt_2
    assert '<tr class="diff-added"><td class="diff-number"></td><td class="diff-number">1</td>' in attempt_2
    attempt_3 = html[html.index('id="attempt-3"') : html.index('id="attempt-2"')]
    assert "Same program as attempt 2" in attempt_3
    attempt_1 = html[html.index('id="attempt-1"') :]
    assert "Changes since" not in attempt_1 and "PRINT 42" in attempt_1  # the first: its program only
    assert "history.css" in html


def test_the_history_is_the_students_own(client_in: Client, on_commit: Any, other_user: Any) -> None:
    exercise = make_exercise(tests=TESTS)
    submit(client_in, on_commit, exercise, FIRST)
    other = Client()
    other.force_login(other_user)
    html = other.get(reverse("execution:submission_history", args=[exercise.pk])).content.decode()
    assert "You have not submitted a program to this exercise yet" in html and "PRINT 42" not in html
    anonymous = Client().get(reverse("execution:submission_history", args=[exercise.pk]))
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert client_in.get(reverse("execution:submission_history", args=[99999])).status_code == 404
    draft = make_exercise(tests=TESTS, is_published=False)
    assert client_in.get(reverse("execution:submission_history", args=[draft.pk])).status_code == 404


def test_the_history_is_paged_and_compares_across_pages(client_in: Client, user: Any) -> None:
    exercise = make_exercise(tests=TESTS)
    for n in range(1, 13):
        run = Run.objects.create(
            owner=user, language="assembly", source=f"PRINT {n}\nHALT\n", max_steps=9, max_output=9
        )
        Submission.objects.create(exercise=exercise, owner=user, run=run, attempt_number=n)
    url = reverse("execution:submission_history", args=[exercise.pk])
    first = client_in.get(url).content.decode()
    assert "page 1 of 2" in first and 'id="attempt-3"' in first and 'id="attempt-2"' not in first
    assert "Changes since attempt 2" in first  # the oldest on the page against the one on the next
    assert "Being judged" in first  # none of them has been judged
    second = client_in.get(f"{url}?page=2").content.decode()
    assert 'id="attempt-2"' in second and 'id="attempt-1"' in second and "Newer attempts" in second
    assert client_in.get(f"{url}?page=99").status_code == 200  # past the end: the last page
    assert client_in.get(f"{url}?page=x").status_code == 200


def test_the_workspace_and_run_page_link_to_the_history(client_in: Client, on_commit: Any) -> None:
    exercise = make_exercise(tests=TESTS)
    history = reverse("execution:submission_history", args=[exercise.pk])
    assert history in client_in.get(exercise.get_absolute_url()).content.decode()
    submission = submit(client_in, on_commit, exercise, FIRST)
    assert (
        history in client_in.get(reverse("execution:run_detail", args=[submission.run_id])).content.decode()
    )


def test_every_visible_failing_test_is_shown_with_its_output_labelled(
    client_in: Client, on_commit: Any
) -> None:
    exercise = make_exercise(tests=TESTS)
    submission = submit(client_in, on_commit, exercise, FIRST)
    assert submission.verdict == "wrong_answer"
    html = client_in.get(reverse("execution:run_detail", args=[submission.run_id])).content.decode()
    # Both visible failures, not only the first, each beside what was expected.
    assert "Failing test: test 1" in html and "Failing test: test 3" in html
    assert "Failing test: test 2" not in html and "Failing test: test 4" not in html
    failure_3 = html[html.index('<div class="test-failure" data-test="test 3">') :]
    assert '<pre class="expected">43</pre>' in failure_3 and '<pre class="actual">42\n</pre>' in failure_3
    # The output, labelled by test; the hidden test's is not shown.
    for name, label in (("test 1", "Wrong answer"), ("test 2", "Passed"), ("test 3", "Wrong answer")):
        label_html = f'<p class="test-output-label">Test <strong>{name}</strong> · {label}</p>'
        assert f'data-test="{name}">\n    {label_html}' in html
    assert "Test <strong>test 4</strong> · Wrong answer · hidden test: its output is not shown" in html
    assert "SECRET-OUTPUT" not in html
    # The same through htmx (the workspace's panel).
    with on_commit(execute=True):
        panel = client_in.post(
            reverse("execution:submission_create", args=[exercise.pk]),
            {"source": FIRST},
            headers={"HX-Request": "true"},
        )
    assert panel.status_code == 200


def test_the_diff_is_unified_with_line_numbers() -> None:
    # The hunk headers are those GNU `diff -u` prints for the same two files (checked with diff 3.x).
    old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
    new = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n"
    lines = source_diff(old, new)
    assert [(line.kind, line.text, line.old, line.new) for line in lines] == [
        ("hunk", "@@ -1,5 +1,5 @@", None, None),
        ("context", "a", 1, 1),
        ("removed", "b", 2, None),
        ("added", "B", None, 2),
        ("context", "c", 3, 3),
        ("context", "d", 4, 4),
        ("context", "e", 5, 5),
        ("hunk", "@@ -8,3 +8,4 @@", None, None),
        ("context", "h", 8, 8),
        ("context", "i", 9, 9),
        ("context", "j", 10, 10),
        ("added", "k", None, 11),
    ]
    assert source_diff("same\n", "same") == []
    assert [(line.kind, line.text) for line in source_diff("", "x\n")] == [
        ("hunk", "@@ -0,0 +1 @@"),
        ("added", "x"),
    ]
    too_long = "x\n" * 6000
    assert source_diff(too_long, too_long + "y\n")[0].kind == "skipped"
