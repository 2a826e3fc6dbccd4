"""The instructors' pages and the read-only admin of runs and submissions: who may open them, what they
count (checked against figures worked out by hand below), their filters, the gradebook CSV, and a number
of queries that does not grow with the class."""

from __future__ import annotations

import csv
import datetime
import io
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.services import user_set_instructor
from curriculum.models import Exercise
from curriculum.services import progress_record_attempt, progress_set_lesson_done
from curriculum.tests.factories import ExerciseFactory, LessonFactory, ModuleFactory
from execution.models import Run, Submission

pytestmark = pytest.mark.django_db

TESTS = ("t1", "t2", "t3")
PAGES = [
    "/teaching/",
    "/teaching/submissions/",
    "/teaching/gradebook.csv",
]


def submit(owner: Any, exercise: Exercise, verdict: str, failing: tuple[str, ...] = ()) -> Submission:
    """A submission as the judge leaves it, counted in the student's progress as the judge counts it."""
    attempt = Submission.objects.filter(owner=owner, exercise=exercise).count() + 1
    run = Run.objects.create(
        owner=owner,
        language=exercise.language,
        source=f"# {owner.username}, attempt {attempt}\n",
        max_steps=10_000,
        max_output=1_000,
        status=verdict or "queued",
    )
    ran = verdict not in ("", "compile_error")
    results = [
        {"name": name, "status": "wrong_answer" if name in failing else "passed", "visible": name == "t1"}
        for name in (TESTS if ran else ())
    ]
    submission = Submission.objects.create(
        exercise=exercise, owner=owner, run=run, verdict=verdict, results=results, attempt_number=attempt
    )
    if verdict:
        progress_record_attempt(user=owner, exercise=exercise, accepted=verdict == "accepted")
    return submission


@pytest.fixture
def instructor(django_user_model: Any) -> Any:
    return user_set_instructor(
        user=django_user_model.objects.create_user(username="charles", password="engine-1834"),
        instructor=True,
    )


@pytest.fixture
def course(django_user_model: Any) -> dict[str, Any]:
    module = ModuleFactory.create(slug="engine", order=1)
    lesson = LessonFactory.create(module=module, slug="mill", order=1, title="The Mill")
    add = ExerciseFactory.create(lesson=lesson, slug="add", title="Add two numbers", order=1)
    untouched = ExerciseFactory.create(lesson=lesson, slug="untouched", title="Nobody tried", order=2)
    ada, bob, cy = (
        django_user_model.objects.create_user(username=name, password="engine-1843")
        for name in ("ada", "bob", "cy")
    )
    bob.display_name = "=HYPERLINK(evil)"  # a name a spreadsheet would run as a formula
    bob.save()
    progress_set_lesson_done(user=ada, lesson=lesson)
    submit(ada, add, "wrong_answer", ("t2",))
    submit(ada, add, "accepted")
    submit(bob, add, "wrong_answer", ("t2", "t3"))
    submit(bob, add, "wrong_answer", ("t2",))
    submit(bob, add, "wrong_answer", ("t3",))
    submit(bob, add, "accepted")
    submit(cy, add, "compile_error")
    submit(cy, add, "")  # still being judged
    return {"add": add, "untouched": untouched, "ada": ada, "bob": bob, "cy": cy, "lesson": lesson}


def test_an_anonymous_visitor_is_sent_to_sign_in_and_a_student_is_refused(
    client: Client, course: dict[str, Any]
) -> None:
    submission = Submission.objects.get(owner=course["ada"], attempt_number=1)
    student_pages = [f"/teaching/students/{course['ada'].pk}/", f"/teaching/submissions/{submission.pk}/"]
    for url in [*PAGES, *student_pages]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url
    client.force_login(course["ada"])
    for url in [*PAGES, *student_pages]:
        assert client.get(url).status_code == 403, url
    for url in ["/admin/execution/submission/", "/admin/execution/run/", "/admin/curriculum/progress/"]:
        assert client.get(url).status_code == 302, url  # the admin sends non-staff to its log-in


def test_instructors_and_superusers_may_open_every_page(
    client: Client, course: dict[str, Any], instructor: Any, django_user_model: Any
) -> None:
    submission = Submission.objects.filter(owner=course["bob"]).first()
    assert submission is not None
    pages = [*PAGES, f"/teaching/students/{course['bob'].pk}/", f"/teaching/submissions/{submission.pk}/"]
    root = django_user_model.objects.create_superuser(username="root", password="x" * 12)
    for user in (instructor, root):
        client.force_login(user)
        for url in pages:
            assert client.get(url).status_code == 200, (user.username, url)
    client.force_login(instructor)
    assert client.get(f"/teaching/students/{instructor.pk}/").status_code == 404  # staff are not students
    assert client.get("/teaching/submissions/999999/").status_code == 404


def test_the_overview_counts_each_student_and_each_exercise(
    client: Client, course: dict[str, Any], instructor: Any
) -> None:
    client.force_login(instructor)
    response = client.get("/teaching/")
    statistics = {row.exercise.slug: row for row in response.context["statistics"]}
    add = statistics["add"]
    # Worked by hand from the fixture: 8 submissions, 7 judged (cy's second is pending), 2 accepted.
    assert (add.submissions, add.judged, add.accepted) == (8, 7, 2)
    assert add.pass_rate == 29  # 2 / 7 = 28.6 %
    assert (add.students, add.solved_by) == (3, 2)
    # t2 failed in ada's 1st and bob's 1st and 2nd submissions (3); t3 in bob's 1st and 3rd (2).
    assert (add.most_failed_test, add.most_failed_count) == ("t2", 3)
    assert add.median_attempts_to_pass == 3  # ada passed on attempt 2, bob on attempt 4
    untouched = statistics["untouched"]
    assert (untouched.submissions, untouched.pass_rate, untouched.median_attempts_to_pass) == (0, None, None)
    assert untouched.most_failed_test is None

    students = {s.username: s for s in response.context["students"]}
    assert set(students) == {"ada", "bob", "cy"}  # the instructor is not one of the class
    assert (
        students["ada"].lessons_done,
        students["ada"].exercises_solved,
        students["ada"].attempt_total,
    ) == (1, 1, 2)
    assert (students["bob"].exercises_solved, students["bob"].attempt_total) == (1, 4)
    assert (students["cy"].exercises_solved, students["cy"].exercises_attempted) == (0, 1)
    html = response.content.decode()
    assert "29%" in html and 't2 <span class="muted">(3×)</span>' in html


def test_the_overview_and_the_submissions_cost_the_same_queries_for_a_larger_class(
    client: Client, course: dict[str, Any], instructor: Any, django_user_model: Any
) -> None:
    client.force_login(instructor)

    def queries(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    before = {
        url: queries(url) for url in ["/teaching/", "/teaching/submissions/", "/teaching/gradebook.csv"]
    }
    more = ExerciseFactory.create(lesson=course["lesson"], slug="more", order=3)
    for n in range(6):
        student = django_user_model.objects.create_user(username=f"student{n}", password="engine-1843")
        submit(student, more, "wrong_answer", ("t1",))
        submit(student, course["add"], "accepted")
    after = {url: queries(url) for url in before}
    assert after == before


def test_submissions_filter_by_student_exercise_verdict_and_date(
    client: Client, course: dict[str, Any], instructor: Any
) -> None:
    client.force_login(instructor)

    def listed(query: str) -> list[tuple[str, int]]:
        response = client.get(f"/teaching/submissions/?{query}")
        assert response.status_code == 200, response.content.decode()
        return [(s.owner.username, s.attempt_number) for s, _, _ in response.context["rows"]]

    assert len(listed("")) == 8
    assert listed(f"student={course['ada'].pk}") == [("ada", 2), ("ada", 1)]
    assert listed(f"exercise={course['untouched'].pk}") == []
    assert listed("verdict=accepted") == [("bob", 4), ("ada", 2)]
    assert listed("verdict=pending") == [("cy", 2)]
    last_week = timezone.now() - datetime.timedelta(days=7)
    Submission.objects.filter(owner=course["bob"]).update(created_at=last_week)
    today = timezone.now().date()
    assert {name for name, _ in listed(f"since={today}")} == {"ada", "cy"}
    assert {name for name, _ in listed(f"until={today - datetime.timedelta(days=1)}")} == {"bob"}
    html = client.get(f"/teaching/submissions/?student={course['ada'].pk}").content.decode()
    assert "2 / 3" in html and "3 / 3" in html  # tests passed on ada's two attempts


def test_a_bad_filter_is_a_clear_error(client: Client, course: dict[str, Any], instructor: Any) -> None:
    client.force_login(instructor)
    for query, message in [
        ("since=yesterday", "Enter a valid date."),
        ("since=2026-05-02&until=2026-05-01", "The end date is before the start date."),
        ("student=999999", "Select a valid choice."),
        ("verdict=great", "Select a valid choice."),
    ]:
        response = client.get(f"/teaching/submissions/?{query}")
        assert response.status_code == 400, query
        assert message in response.content.decode(), query


def test_a_submission_shows_its_program_and_every_test(
    client: Client, course: dict[str, Any], instructor: Any
) -> None:
    client.force_login(instructor)
    submission = Submission.objects.get(owner=course["bob"], attempt_number=1)
    html = client.get(f"/teaching/submissions/{submission.pk}/").content.decode()
    assert "# bob, attempt 1" in html
    assert "1 of 3 tests passed" in html
    assert html.count('badge-bad">Wrong answer') == 3  # the verdict, then t2 and t3
    assert "(Python)" in html


def test_a_students_page_shows_each_exercise(client: Client, course: dict[str, Any], instructor: Any) -> None:
    client.force_login(instructor)
    response = client.get(f"/teaching/students/{course['bob'].pk}/")
    standings = {s.exercise.slug: s.progress for s in response.context["standings"]}
    assert standings["add"] is not None and standings["add"].is_completed and standings["add"].attempts == 4
    assert standings["untouched"] is None
    html = response.content.decode()
    assert "Solved" in html and "Not attempted" in html


def test_the_gradebook_csv(client: Client, course: dict[str, Any], instructor: Any) -> None:
    ExerciseFactory.create(lesson=course["lesson"], slug="draft", order=3, is_published=False)
    client.force_login(instructor)
    response = client.get("/teaching/gradebook.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="gradebook-')
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    # Students see two exercises (the draft is not one of them): 1 solved, 0 attempted, empty untouched.
    assert rows[0] == [
        "username",
        "name",
        "email",
        "lessons done",
        "exercises solved",
        "1.1.1 add",
        "1.1.2 untouched",
    ]
    assert rows[1] == ["ada", "", "", "1", "1", "1", ""]
    assert rows[2] == ["bob", "'=HYPERLINK(evil)", "", "0", "1", "1", ""]
    assert rows[3] == ["cy", "", "", "0", "0", "0", ""]
    assert len(rows) == 4


def test_the_admin_lists_runs_and_submissions_read_only(
    client: Client, course: dict[str, Any], instructor: Any
) -> None:
    client.force_login(instructor)
    submission = Submission.objects.get(owner=course["ada"], attempt_number=1)
    listing = client.get(
        f"/admin/execution/submission/?verdict__exact=accepted&owner__id__exact={course['ada'].pk}"
    )
    assert listing.status_code == 200
    assert list(listing.context["cl"].result_list) == [
        Submission.objects.get(owner=course["ada"], verdict="accepted")
    ]
    assert (
        client.get(f"/admin/execution/submission/?exercise__id__exact={course['add'].pk}").status_code == 200
    )
    assert client.get("/admin/execution/run/?status__exact=wrong_answer").status_code == 200
    change = client.get(f"/admin/execution/submission/{submission.pk}/change/")
    # Read-only: no save button (the admin names its submit buttons _save, _continue, _addanother).
    assert change.status_code == 200 and 'name="_save"' not in change.content.decode()
    assert client.get("/admin/execution/submission/add/").status_code == 403
    assert (
        client.post(f"/admin/execution/submission/{submission.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert Submission.objects.filter(pk=submission.pk).exists()
    progress = client.get(f"/admin/curriculum/progress/?user__id__exact={course['bob'].pk}")
    assert progress.status_code == 200 and len(progress.context["cl"].result_list) == 1
