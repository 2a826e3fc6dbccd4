"""The course read once per content version (curriculum/content_cache.py): a page changes as soon as its
content does, however it changed, and what one user sees of their own progress never reaches another."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.tests.factories import UserFactory
from curriculum import content_cache, views
from curriculum.models import Exercise, Lesson, Progress
from curriculum.tests.factories import ExerciseFactory, LessonFactory, ModuleFactory, ProgressFactory

pytestmark = pytest.mark.django_db

PAGE = "/course/engine/mill/"
SOLVED = '<span class="badge badge-ok">Solved</span>'


def page(client: Client, path: str = PAGE) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_an_instructors_edit_in_the_admin_shows_on_the_page_at_once(
    client: Client, instructor: Any, student: Any
) -> None:
    lesson = LessonFactory.create(
        module=ModuleFactory.create(slug="m"), slug="l", title="Before", order=1, body="Old words."
    )
    visitor = Client()
    assert "Old words." in page(visitor, "/course/m/l/")
    client.force_login(student)
    assert "Old words." in page(client, "/course/m/l/")

    client.force_login(instructor)
    response = client.post(
        f"/admin/curriculum/lesson/{lesson.pk}/change/",
        {
            "module": lesson.module.pk,
            "title": "After",
            "slug": "l",
            "order": "1",
            "summary": "",
            "body": "New words.",
            "is_published": "on",
            "exercises-TOTAL_FORMS": "0",
            "exercises-INITIAL_FORMS": "0",
            "exercises-MIN_NUM_FORMS": "0",
            "exercises-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]

    client.force_login(student)
    for reader in (visitor, client):
        html = page(reader, "/course/m/l/")
        assert "New words." in html and "Old words." not in html
        assert "After" in html


def test_a_module_renamed_or_unpublished_shows_at_once(exercise: Exercise) -> None:
    visitor = Client()
    assert "The Engine" in page(visitor, "/course/engine/")
    module = exercise.lesson.module
    module.title = "The Analytical Engine"
    module.save()
    assert "The Analytical Engine" in page(visitor, "/course/engine/")
    module.is_published = False
    module.save()
    assert visitor.get("/course/engine/").status_code == 404
    assert visitor.get(PAGE).status_code == 404


def test_exercises_tests_and_hints_saved_show_on_the_lesson_page(exercise: Exercise) -> None:
    visitor = Client()
    assert "Add two numbers" in page(visitor)
    exercise.statement = "Add the two numbers on the cards."
    exercise.save()
    assert "Add the two numbers on the cards." in page(visitor)
    example = exercise.test_cases.get(order=1)
    example.expected_output = "EXAMPLE-CHANGED\n"
    example.save()
    assert "EXAMPLE-CHANGED" in page(visitor)
    exercise.test_cases.get(order=2).delete()
    assert "example 2" not in page(visitor)
    assert "3 available" in page(visitor)  # hints, to a visitor
    exercise.hints.get(order=3).delete()
    assert "2 available" in page(visitor)


@pytest.fixture
def visitor(exercise: Exercise) -> Client:
    """A visitor who has read the exercise's lesson page once (the process keeps its reads)."""
    reader = Client()
    page(reader)
    return reader


def test_publish_actions_in_the_admin_hide_and_show_a_page_at_once(
    client: Client, instructor: Any, exercise: Exercise, visitor: Client
) -> None:
    client.force_login(instructor)
    lesson = exercise.lesson
    client.post("/admin/curriculum/lesson/", {"action": "unpublish", "_selected_action": [lesson.pk]})
    assert visitor.get(PAGE).status_code == 404
    client.post("/admin/curriculum/lesson/", {"action": "publish", "_selected_action": [lesson.pk]})
    assert visitor.get(PAGE).status_code == 200
    client.post("/admin/curriculum/exercise/", {"action": "unpublish", "_selected_action": [exercise.pk]})
    assert "Add two numbers" not in page(visitor)


def test_a_change_made_through_another_process_is_seen_after_the_recheck(
    exercise: Exercise, visitor: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another process's change: the rows and the shared token change, this process's own token does not.
    Lesson.objects.filter(pk=exercise.lesson.pk).update(title="Renamed elsewhere")
    cache.set(content_cache.VERSION_KEY, "another-process", timeout=None)
    monkeypatch.setattr(content_cache, "VERSION_RECHECK_SECONDS", 0.0)
    assert "Renamed elsewhere" in page(visitor)


def test_staff_see_drafts_even_while_students_pages_are_kept(
    client: Client, instructor: Any, exercise: Exercise, visitor: Client
) -> None:
    draft = ExerciseFactory.create(
        lesson=exercise.lesson, slug="draft", title="A draft exercise", order=9, is_published=False
    )
    assert "A draft exercise" not in page(visitor)
    client.force_login(instructor)
    assert "A draft exercise" in page(client)
    draft.is_published = True
    draft.save()
    assert "A draft exercise" in page(visitor)


def test_each_users_progress_stays_theirs(exercise: Exercise, student: Any) -> None:
    # Ada solved the exercise after two failures and revealed two hints; Grace never tried it.
    ProgressFactory.create(
        user=student,
        exercise=exercise,
        lesson=None,
        attempts=3,
        failed_attempts=2,
        hints_revealed=2,
        status=Progress.Status.COMPLETED,
        completed_at=timezone.now(),
    )
    ada, grace, visitor = Client(), Client(), Client()
    ada.force_login(student)
    grace.force_login(UserFactory.create(username="grace"))
    for _ in range(2):  # the second round reads everything kept by the first
        html = page(ada)
        assert SOLVED in html and "3 submissions" in html and "Hint number 2" in html
        assert "ada" in html.lower()
        for other in (page(grace), page(visitor)):
            assert SOLVED not in other and "3 submissions" not in other
            assert "Hint number 1" not in other and "Hint number 2" not in other
        assert "grace" in page(grace).lower() and "Sign in" in page(visitor)


def test_a_kept_lesson_page_asks_the_database_only_for_what_is_the_users(
    exercise: Exercise, student: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "_workspace_template", lambda: None)  # the execution app's, counted there
    visitor, ada = Client(), Client()
    ada.force_login(student)
    for client in (visitor, ada):
        page(client)
    with CaptureQueriesContext(connection) as signed_out:
        page(visitor)
    with CaptureQueriesContext(connection) as signed_in:
        page(ada)
    # Nothing is read for a visitor (the programs featured in the lesson are kept too).
    assert signed_out.captured_queries == []
    # A student's: the user, and their progress on the exercises and on the lesson in one (and the session,
    # in the embedded default, whose sessions are in the database).
    queries = [q["sql"] for q in signed_in.captured_queries if "django_session" not in q["sql"]]
    assert len(queries) == 2, queries


def test_what_a_rolled_back_change_left_kept_is_forgotten_between_tests() -> None:
    # A test's change replaces the version and its reads are kept under it; the rollback that ends the
    # test sends no signal. forget() (called before every test by the root conftest) drops both, so the
    # next read goes to the rows again.
    reads: list[str] = []

    def read(text: str) -> str:
        reads.append(text)
        return text

    content_cache.content_changed()
    assert content_cache.remembered("probe", lambda: read("first")) == "first"
    assert content_cache.remembered("probe", lambda: read("second")) == "first"
    content_cache.forget()
    cache.clear()
    assert content_cache.remembered("probe", lambda: read("third")) == "third"
    assert reads == ["first", "third"]


def test_module_and_course_progress_follow_the_student_and_the_course_at_once(
    exercise: Exercise, student: Any
) -> None:
    # The lessons, the modules and where each exercise sits are kept per content version; the student's
    # completed rows are read on every request, so neither their progress nor a change of the course
    # waits for anything.
    from curriculum.services import progress_record_attempt

    draft = ExerciseFactory.create(lesson=exercise.lesson, slug="draft", is_published=False)
    # Solved while it was published (then withdrawn): not counted while students cannot see it.
    ProgressFactory.create(
        user=student,
        exercise=draft,
        lesson=None,
        status=Progress.Status.COMPLETED,
        completed_at=timezone.now(),
    )
    ada, grace = Client(), Client()
    ada.force_login(student)
    grace.force_login(UserFactory.create(username="grace"))
    # The module page counts the visible exercises; the course page the lesson and its one exercise.
    assert "0 of 1 exercise solved" in page(ada, "/course/engine/")
    assert "0 of 2 done" in page(ada, "/course/")

    # Solving the lesson's one visible exercise completes it and the lesson (1 + 1 of 2).
    progress_record_attempt(user=student, exercise=exercise, accepted=True)
    module_page = page(ada, "/course/engine/")
    assert (
        "1 of 1 exercise solved" in module_page and '<span class="badge badge-ok">Done</span>' in module_page
    )
    assert "2 of 2 done" in page(ada, "/course/")
    assert "0 of 1 exercise solved" in page(grace, "/course/engine/")
    assert "0 of 2 done" in page(grace, "/course/")

    draft.is_published = True  # published again: counted at once, with the solution it had
    draft.save()
    assert "2 of 2 exercises solved" in page(ada, "/course/engine/")
    assert "3 of 3 done" in page(ada, "/course/")
    assert "0 of 2 exercises solved" in page(grace, "/course/engine/")
