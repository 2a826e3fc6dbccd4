"""When a lesson counts as done: when its student marks it done, or solves its exercises; never because its
page was opened. Through the real pages, and the migration that applied the rule to what was recorded."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.apps import apps
from django.test import Client

from curriculum.models import Exercise, Progress
from curriculum.services import progress_record_attempt
from curriculum.tests.factories import ExerciseFactory, LessonFactory, ModuleFactory

pytestmark = pytest.mark.django_db

DONE = Progress.Status.COMPLETED


def lesson_row(user: Any, lesson: Any) -> Progress | None:
    return Progress.objects.filter(user=user, lesson=lesson).first()


def test_opening_a_lesson_is_not_doing_it_marking_it_is(client: Client, student: Any) -> None:
    lesson = LessonFactory.create(module=ModuleFactory.create(slug="m"), slug="l")
    client.force_login(student)
    page = client.get("/course/m/l/").content.decode()
    assert lesson_row(student, lesson) is None  # opened, not done
    assert "Mark this lesson as done" in page
    assert "Done</span>" not in client.get("/course/m/").content.decode()

    response = client.post("/course/m/l/done/", {"done": "1"})
    assert response.status_code == 302 and response["Location"] == "/course/m/l/#lesson-done"
    first = lesson_row(student, lesson)
    assert first is not None and first.status == DONE and first.completed_at
    client.post("/course/m/l/done/", {"done": "1"})  # again: the first date stays
    again = lesson_row(student, lesson)
    assert again is not None and again.completed_at == first.completed_at
    assert "Done</span>" in client.get("/course/m/").content.decode()
    assert "Mark as not done" in client.get("/course/m/l/").content.decode()

    client.post("/course/m/l/done/", {"done": "0"})
    undone = lesson_row(student, lesson)
    assert undone is not None and undone.status == Progress.Status.IN_PROGRESS and undone.completed_at is None
    assert "Done</span>" not in client.get("/course/m/").content.decode()
    assert "Mark this lesson as done" in client.get("/course/m/l/").content.decode()  # a row, not done


def test_marking_needs_an_account_and_a_clear_answer(client: Client, student: Any) -> None:
    LessonFactory.create(module=ModuleFactory.create(slug="m"), slug="l")
    refused = client.post("/course/m/l/done/", {"done": "1"})
    assert refused.status_code == 302 and "/accounts/login/" in refused["Location"]
    assert "Mark this lesson as done" not in client.get("/course/m/l/").content.decode()
    client.force_login(student)
    assert client.post("/course/m/l/done/", {"done": "maybe"}).status_code == 400
    assert client.get("/course/m/l/done/").status_code == 405
    assert client.post("/course/m/nope/done/", {"done": "1"}).status_code == 404
    assert not Progress.objects.exists()


def test_a_draft_lesson_is_not_marked(client: Client, instructor: Any) -> None:
    lesson = LessonFactory.create(module=ModuleFactory.create(slug="m"), slug="d", is_published=False)
    client.force_login(instructor)
    assert "Mark this lesson as done" not in client.get("/course/m/d/").content.decode()
    client.post("/course/m/d/done/", {"done": "1"})
    assert lesson_row(instructor, lesson) is None


def test_solving_every_exercise_of_a_lesson_does_it(client: Client, student: Any) -> None:
    lesson = LessonFactory.create(module=ModuleFactory.create(slug="m"), slug="l")
    first, second = ExerciseFactory.create_batch(2, lesson=lesson)
    ExerciseFactory.create(lesson=lesson, is_published=False)  # a draft: students cannot solve it
    progress_record_attempt(user=student, exercise=first, accepted=True)
    progress_record_attempt(user=student, exercise=second, accepted=False)
    assert lesson_row(student, lesson) is None  # one of two solved
    progress_record_attempt(user=student, exercise=second, accepted=True)
    row = lesson_row(student, lesson)
    assert row is not None and row.status == DONE
    client.force_login(student)
    html = client.get("/course/m/l/").content.decode()
    assert "You have done this lesson" in html
    assert "Done</span>" in client.get("/course/m/").content.decode()


def test_a_failed_attempt_does_not_do_the_lesson(student: Any, exercise: Exercise) -> None:
    progress_record_attempt(user=student, exercise=exercise, accepted=False)
    assert lesson_row(student, exercise.lesson) is None


def test_the_migration_keeps_only_lessons_done_by_the_new_rule(student: Any) -> None:
    migration = importlib.import_module("curriculum.migrations.0004_lessons_done_not_opened")
    module = ModuleFactory.create(slug="m")
    opened, solved, empty = (LessonFactory.create(module=module, order=n) for n in (1, 2, 3))
    ExerciseFactory.create(lesson=opened)
    exercise = ExerciseFactory.create(lesson=solved)
    progress_record_attempt(user=student, exercise=exercise, accepted=True)  # completes `solved` too
    for lesson in (opened, empty):  # as opening the page recorded them
        Progress.objects.create(
            user=student, lesson=lesson, status=DONE, completed_at=exercise.lesson.created_at
        )
    migration.keep_only_solved_lessons(apps, None)
    statuses = {row.lesson_id: row.status for row in Progress.objects.filter(lesson__isnull=False)}
    assert statuses == {opened.pk: "in_progress", solved.pk: "completed", empty.pk: "in_progress"}


def test_an_api_client_marks_a_lesson_done_and_not_done(
    client: Client, student: Any, instructor: Any
) -> None:
    from rest_framework.test import APIClient

    lesson = LessonFactory.create(module=ModuleFactory.create(slug="m"), slug="l")
    api = APIClient()
    api.force_authenticate(student)
    done = api.put(f"/api/v1/lessons/{lesson.pk}/done")
    assert done.status_code == 200
    assert (done.json()["lesson"], done.json()["status"]) == (lesson.pk, "completed")
    undone = api.delete(f"/api/v1/lessons/{lesson.pk}/done")
    assert undone.status_code == 200 and undone.json()["status"] == "in_progress"
    assert APIClient().put(f"/api/v1/lessons/{lesson.pk}/done").status_code == 401

    draft = LessonFactory.create(module=lesson.module, slug="d", order=2, is_published=False)
    assert api.put(f"/api/v1/lessons/{draft.pk}/done").status_code == 404  # students do not see drafts
    staff = APIClient()
    staff.force_authenticate(instructor)
    refused = staff.put(f"/api/v1/lessons/{draft.pk}/done")
    assert refused.status_code == 409 and refused.json()["code"] == "lesson_draft"
    assert lesson_row(instructor, draft) is None
