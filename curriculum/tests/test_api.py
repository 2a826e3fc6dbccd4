"""The course API: read-only content with the pages' visibility, and each user's own progress."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from curriculum.models import Exercise
from curriculum.services import progress_record_attempt
from curriculum.tests.factories import ExerciseFactory, LessonFactory, ModuleFactory

pytestmark = pytest.mark.django_db


def test_modules_list_published_modules_with_counts(client: Client, exercise: Exercise) -> None:
    ModuleFactory.create(slug="secret", order=5, is_published=False)
    LessonFactory.create(module=exercise.lesson.module, order=2, is_published=False)
    response = client.get("/api/v1/modules")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    module = body["results"][0]
    assert module["slug"] == "engine" and module["lesson_count"] == 1 and module["exercise_count"] == 1


def test_module_lessons_hide_drafts_and_unknown_modules_are_404(client: Client, exercise: Exercise) -> None:
    module = exercise.lesson.module
    LessonFactory.create(module=module, slug="draft", order=2, is_published=False)
    body = client.get(f"/api/v1/modules/{module.pk}/lessons").json()
    assert [lesson["slug"] for lesson in body["results"]] == ["mill"]
    response = client.get("/api/v1/modules/99999/lessons")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    hidden = ModuleFactory.create(is_published=False)
    assert client.get(f"/api/v1/modules/{hidden.pk}/lessons").status_code == 404


def test_lesson_detail_has_exercises_with_examples_only(
    client: Client, student: Any, exercise: Exercise
) -> None:
    ExerciseFactory.create(lesson=exercise.lesson, slug="not-yet", is_published=False)
    client.force_login(student)
    response = client.get(f"/api/v1/lessons/{exercise.lesson.pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["module"]["slug"] == "engine"
    assert [e["slug"] for e in body["exercises"]] == ["add"]
    api_exercise = body["exercises"][0]
    assert api_exercise["starter_code"] == "# STARTER\n"
    assert [e["name"] for e in api_exercise["examples"]] == ["example 1", "example 2"]
    raw = json.dumps(body)
    assert "HIDDEN" not in raw and "SECRET_SOLUTION" not in raw and "reference_solution" not in raw


def test_a_draft_lesson_is_404_for_students_in_the_api(client: Client, student: Any, instructor: Any) -> None:
    draft = LessonFactory.create(is_published=False)
    assert client.get(f"/api/v1/lessons/{draft.pk}").status_code == 404
    client.force_login(student)
    response = client.get(f"/api/v1/lessons/{draft.pk}")
    assert response.status_code == 404
    assert response.json() == {
        "code": "not_found",
        "message": f"There is no lesson {draft.pk}.",
        "extra": {"lesson": draft.pk},
    }
    client.force_login(instructor)
    assert client.get(f"/api/v1/lessons/{draft.pk}").status_code == 200


def test_my_progress_needs_authentication(client: Client) -> None:
    response = client.get("/api/v1/me/progress")
    assert response.status_code in (401, 403)
    assert response.json()["code"] in ("not_authenticated", "authentication_failed")
    assert client.get("/api/v1/me/progress/modules").status_code in (401, 403)


def test_my_progress_lists_only_my_rows(
    client: Client, student: Any, instructor: Any, exercise: Exercise
) -> None:
    progress_record_attempt(user=student, exercise=exercise, accepted=False)
    progress_record_attempt(user=student, exercise=exercise, accepted=True)
    progress_record_attempt(user=instructor, exercise=exercise, accepted=False)
    client.force_login(student)
    client.get("/course/engine/mill/")
    body = client.get("/api/v1/me/progress").json()
    assert body["count"] == 2
    row = next(r for r in body["results"] if r["exercise"] == exercise.pk)
    assert (row["status"], row["attempts"], row["failed_attempts"], row["lesson"]) == (
        "completed",
        2,
        1,
        None,
    )
    modules = client.get("/api/v1/me/progress/modules").json()
    assert modules == [
        {
            "module": exercise.lesson.module.pk,
            "slug": "engine",
            "title": "The Engine",
            "completed": 2,
            "total": 2,
            "percent": 100,
        }
    ]


def test_jwt_clients_can_read_their_progress(client: Client, student: Any, exercise: Exercise) -> None:
    progress_record_attempt(user=student, exercise=exercise, accepted=True)
    tokens = client.post(
        "/api/v1/auth/token/",
        {"username": "ada", "password": "correct-horse-battery"},
        content_type="application/json",
    ).json()
    response = client.get("/api/v1/me/progress", headers={"Authorization": f"Bearer {tokens['access']}"})
    assert response.status_code == 200
    rows = response.json()["results"]
    # The exercise solved, and with it its lesson (its only exercise).
    assert {(r["lesson"], r["exercise"], r["status"]) for r in rows} == {
        (None, exercise.pk, "completed"),
        (exercise.lesson_id, None, "completed"),
    }


def test_module_list_query_count_is_constant(client: Client, django_assert_max_num_queries: Any) -> None:
    for _ in range(6):
        ExerciseFactory.create(lesson=LessonFactory.create(module=ModuleFactory.create()))
    with django_assert_max_num_queries(3):
        assert client.get("/api/v1/modules").json()["count"] == 6


def test_course_endpoints_are_in_the_schema(client: Client) -> None:
    schema = client.get("/api/v1/schema/", headers={"Accept": "application/vnd.oai.openapi+json"}).json()
    for path in [
        "/api/v1/modules",
        "/api/v1/modules/{module_id}/lessons",
        "/api/v1/lessons/{lesson_id}",
        "/api/v1/me/progress",
    ]:
        assert path in schema["paths"], path


def test_bad_paging_and_ids_are_clear_errors(client: Client, exercise: Exercise) -> None:
    for url in ["/api/v1/modules?page=999", "/api/v1/modules?page=abc", "/api/v1/lessons/999999"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert set(response.json()) == {"code", "message", "extra"}
    assert client.get("/api/v1/lessons/not-a-number").status_code == 404
