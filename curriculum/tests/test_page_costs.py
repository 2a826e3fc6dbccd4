"""What a course page costs: its queries do not grow with the course, and Markdown is rendered once per
content version (curriculum/rendering.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from curriculum import rendering
from curriculum.tests.factories import (
    ExerciseFactory,
    HintFactory,
    LessonFactory,
    ModuleFactory,
    ProgressFactory,
    TestCaseFactory,
)

pytestmark = pytest.mark.django_db


def queries_of(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured.captured_queries)


def signed(client: Client, student: Any, signed_in: bool) -> Client:
    if signed_in:
        client.force_login(student)
    return client


def grow_lesson(lesson: Any, student: Any, exercises: int) -> None:
    """Exercises with visible and hidden tests, hints and the student's progress on each."""
    for index in range(exercises):
        exercise = ExerciseFactory.create(lesson=lesson, order=index + 1)
        TestCaseFactory.create(exercise=exercise, is_visible=True)
        TestCaseFactory.create(exercise=exercise, is_visible=False)
        HintFactory.create(exercise=exercise)
        HintFactory.create(exercise=exercise)
        ProgressFactory.create(user=student, exercise=exercise, lesson=None, attempts=2, failed_attempts=1)


def constant(count: Callable[[int], int]) -> None:
    """The same number of queries for a course of 1 as of 4 (modules, lessons or exercises)."""
    small, large = count(1), count(4)
    assert small == large, f"{small} queries for 1, {large} for 4"


@pytest.mark.parametrize("signed_in", [False, True], ids=["signed out", "signed in"])
def test_a_lesson_page_costs_the_same_queries_whatever_its_exercises(
    client: Client, student: Any, signed_in: bool
) -> None:
    signed(client, student, signed_in)

    def count(exercises: int) -> int:
        lesson = LessonFactory.create()
        grow_lesson(lesson, student, exercises)
        return queries_of(client, f"/course/{lesson.module.slug}/{lesson.slug}/")

    constant(count)


@pytest.mark.parametrize("signed_in", [False, True], ids=["signed out", "signed in"])
def test_a_module_page_costs_the_same_queries_whatever_its_lessons(
    client: Client, student: Any, signed_in: bool
) -> None:
    signed(client, student, signed_in)

    def count(lessons: int) -> int:
        module = ModuleFactory.create()
        for _ in range(lessons):
            grow_lesson(LessonFactory.create(module=module), student, 2)
        return queries_of(client, f"/course/{module.slug}/")

    constant(count)


@pytest.mark.parametrize("signed_in", [False, True], ids=["signed out", "signed in"])
def test_the_course_page_costs_the_same_queries_whatever_its_modules(
    client: Client, student: Any, signed_in: bool
) -> None:
    signed(client, student, signed_in)
    made: list[int] = []

    def count(modules: int) -> int:
        for _ in range(modules - len(made)):
            module = ModuleFactory.create()
            grow_lesson(LessonFactory.create(module=module), student, 2)
            made.append(module.pk)
        return queries_of(client, "/course/")

    constant(count)


@pytest.mark.parametrize("signed_in", [False, True], ids=["signed out", "signed in"])
def test_an_exercise_page_costs_the_same_queries_whatever_its_tests_and_hints(
    client: Client, student: Any, signed_in: bool
) -> None:
    signed(client, student, signed_in)

    def count(size: int) -> int:
        exercise = ExerciseFactory.create()
        for _ in range(size):
            TestCaseFactory.create(exercise=exercise, is_visible=True)
            HintFactory.create(exercise=exercise)
        ProgressFactory.create(user=student, exercise=exercise, lesson=None, attempts=3, failed_attempts=3)
        return queries_of(client, f"/course/exercises/{exercise.slug}/")

    constant(count)


@pytest.fixture
def conversions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts that Markdown actually converted."""
    converted: list[str] = []
    real = rendering.markdown.Markdown.convert

    def convert(self: Any, source: str) -> str:
        converted.append(source)
        return real(self, source)

    monkeypatch.setattr(rendering.markdown.Markdown, "convert", convert)
    rendering._rendered.clear()
    return converted


TEXT = "## Loops\n\nA loop:\n\n```c\nint main(void) { for (;;) {} }\n```\n"


def test_markdown_is_rendered_once_per_content_version(conversions: list[str]) -> None:
    first = rendering.markdown_render(TEXT)
    assert rendering.markdown_render(TEXT) is first
    assert len(conversions) == 1
    assert "Run on the Engine" in first.html and first.toc[0].title == "Loops"
    changed = rendering.markdown_render(TEXT + "\nMore.\n")
    assert "More." in changed.html and len(conversions) == 2
    preview = rendering.markdown_render(TEXT, runnable=False)  # the admin's preview: no run forms
    assert "Run on the Engine" not in preview.html and len(conversions) == 3


def test_a_change_of_a_languages_state_renders_again(
    conversions: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    runnable = rendering.markdown_render(TEXT)
    real = rendering.language_statuses

    def c_unavailable() -> list[Any]:
        return [replace(s, available=False) if s.key == "c" else s for s in real()]

    monkeypatch.setattr(rendering, "language_statuses", c_unavailable)
    unavailable = rendering.markdown_render(TEXT)
    assert len(conversions) == 2
    assert "Run on the Engine" in runnable.html and "Run on the Engine" not in unavailable.html


def test_a_lesson_page_renders_its_markdown_once(client: Client, conversions: list[str]) -> None:
    lesson = LessonFactory.create(body=TEXT)
    path = f"/course/{lesson.module.slug}/{lesson.slug}/"
    first = client.get(path).content
    converted = len(conversions)
    assert client.get(path).content.count(b"Run on the Engine") == first.count(b"Run on the Engine") == 1
    assert len(conversions) == converted  # the second request converted nothing
