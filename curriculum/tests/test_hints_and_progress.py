"""Hints unlock one at a time (hint k after k-1 failed submissions); attempts and completion are counted."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.tests.factories import UserFactory
from curriculum.models import Exercise, Progress
from curriculum.selectors import hints_available_count
from curriculum.services import progress_record_attempt

pytestmark = pytest.mark.django_db

URL = "/course/exercises/add/hints/reveal/"
FRAGMENT = "/course/exercises/add/hints/"
HTMX = {"HX-Request": "true"}


def revealed(student: Any, exercise: Exercise) -> int:
    progress = Progress.objects.filter(user=student, exercise=exercise).first()
    return progress.hints_revealed if progress else 0


def test_the_first_hint_is_available_at_once_and_the_next_after_a_failure(
    client: Client, student: Any, exercise: Exercise
) -> None:
    client.force_login(student)
    html = client.get("/course/exercises/add/").content.decode()
    assert "Show hint 1 of 3" in html and "Hint number 1" not in html

    response = client.post(URL, headers=HTMX)
    assert response.status_code == 200
    fragment = response.content.decode()
    assert fragment.lstrip().startswith(f'<section class="hints" id="hints-{exercise.id}"')
    assert "Hint number 1" in fragment and "Hint number 2" not in fragment
    assert "Hint 2 of 3 unlocks after 1 more failed submission." in fragment
    assert revealed(student, exercise) == 1

    # Asking again before another failure is refused, clearly, and reveals nothing.
    response = client.post(URL, headers=HTMX)
    assert "The next hint unlocks after 1 more failed submission." in response.content.decode()
    assert revealed(student, exercise) == 1

    progress_record_attempt(user=student, exercise=exercise, accepted=False)
    html = client.get("/course/exercises/add/").content.decode()
    assert "Show hint 2 of 3" in html
    client.post(URL, headers=HTMX)
    assert revealed(student, exercise) == 2

    progress_record_attempt(user=student, exercise=exercise, accepted=False)
    fragment = client.post(URL, headers=HTMX).content.decode()
    assert "Hint number 3" in fragment and "All 3 hints shown." in fragment
    response = client.post(URL, headers=HTMX)
    assert "Every hint for this exercise is already shown." in response.content.decode()
    assert revealed(student, exercise) == 3


def test_hints_work_without_javascript(client: Client, student: Any, exercise: Exercise) -> None:
    client.force_login(student)
    response = client.post(URL)
    assert response.status_code == 302
    assert response["Location"] == "/course/exercises/add/#hints"
    assert "Hint number 1" in client.get(response["Location"]).content.decode()
    response = client.post(URL, follow=True)
    assert "The next hint unlocks after 1 more failed submission." in response.content.decode()


def test_hint_level_is_kept_in_the_lesson_page(client: Client, student: Any, exercise: Exercise) -> None:
    client.force_login(student)
    html = client.get("/course/engine/mill/").content.decode()
    assert '<input type="hidden" name="level" value="4">' in html
    fragment = client.post(URL, {"level": "4"}, headers=HTMX).content.decode()
    assert f'<h4 id="hints-heading-{exercise.id}">' in fragment
    fragment = client.post(URL, {"level": "<script>"}, headers=HTMX).content.decode()
    assert "<script>" not in fragment


def test_the_hints_fragment_follows_failed_submissions(
    client: Client, student: Any, exercise: Exercise
) -> None:
    client.force_login(student)
    client.post(URL, headers=HTMX)
    html = client.get("/course/exercises/add/").content.decode()
    assert 'hx-get="/course/exercises/add/hints/?level=2" hx-trigger="submission-judged from:body"' in html
    assert "unlocks after 1 more failed submission" in client.get(FRAGMENT).content.decode()
    progress_record_attempt(user=student, exercise=exercise, accepted=False)
    fragment = client.get(FRAGMENT + "?level=2", headers=HTMX).content.decode()
    assert "Show hint 2 of 3" in fragment
    assert f'<h2 id="hints-heading-{exercise.id}">' in fragment
    assert client.post(FRAGMENT).status_code == 405
    assert client.get("/course/exercises/nothing/hints/").status_code == 404


def test_visitors_must_sign_in_for_hints(client: Client, exercise: Exercise) -> None:
    html = client.get("/course/exercises/add/").content.decode()
    assert "to reveal hints (3 available, one at a time)" in html
    response = client.post(URL)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    client.force_login(UserFactory.create())
    assert client.get(URL).status_code == 405


def test_hints_of_a_hidden_exercise_are_404(client: Client, student: Any, exercise: Exercise) -> None:
    exercise.is_published = False
    exercise.save()
    client.force_login(student)
    assert client.post(URL).status_code == 404


def test_an_exercise_without_hints_says_so(client: Client, student: Any, exercise: Exercise) -> None:
    exercise.hints.all().delete()
    client.force_login(student)
    assert "This exercise has no hints." in client.get("/course/exercises/add/").content.decode()
    assert "Every hint" in client.post(URL, follow=True).content.decode()


def test_attempts_failures_and_idempotent_completion(student: Any, exercise: Exercise) -> None:
    progress = progress_record_attempt(user=student, exercise=exercise, accepted=False)
    assert (progress.attempts, progress.failed_attempts, progress.status) == (1, 1, "in_progress")
    assert hints_available_count(progress) == 2
    progress = progress_record_attempt(user=student, exercise=exercise, accepted=True)
    first_completion = progress.completed_at
    assert (progress.attempts, progress.failed_attempts, progress.status) == (2, 1, "completed")
    progress = progress_record_attempt(user=student, exercise=exercise, accepted=True)
    assert progress.completed_at == first_completion
    progress = progress_record_attempt(user=student, exercise=exercise, accepted=False)
    assert (progress.attempts, progress.failed_attempts, progress.status) == (4, 2, "completed")
    assert Progress.objects.filter(user=student, exercise=exercise).count() == 1
    assert hints_available_count(progress) == 3  # never more than the exercise has
    assert hints_available_count(None) == 1


def test_exercise_get_for_user_hides_unpublished_work_from_students(student: Any, instructor: Any) -> None:
    from ancient_compute.lib.errors import NotFound
    from curriculum.selectors import exercise_get_for_user
    from curriculum.tests.factories import ExerciseFactory, LessonFactory

    published = ExerciseFactory.create()
    unpublished = ExerciseFactory.create(is_published=False)
    in_draft = ExerciseFactory.create(lesson=LessonFactory.create(is_published=False))
    assert exercise_get_for_user(user=student, exercise_id=published.pk) == published
    for hidden in (unpublished, in_draft):
        with pytest.raises(NotFound):
            exercise_get_for_user(user=student, exercise_id=hidden.pk)
        assert exercise_get_for_user(user=instructor, exercise_id=hidden.pk) == hidden
    with pytest.raises(NotFound):
        exercise_get_for_user(user=student, exercise_id=999_999)
