"""The course pages, through the real views: visibility, rendering, progress, and query counts."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from ancient_compute.tests.fake_languages import one_available, one_missing
from curriculum import views
from curriculum.models import Exercise, Progress
from curriculum.services import progress_record_attempt
from curriculum.tests.factories import ExerciseFactory, LessonFactory, ModuleFactory, TestCaseFactory

pytestmark = pytest.mark.django_db


def test_course_overview_lists_published_modules_only(client: Client) -> None:
    ModuleFactory.create(title="Visible module", order=1)
    ModuleFactory.create(title="Secret module", order=2, is_published=False)
    response = client.get("/course/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Visible module" in html and "Secret module" not in html
    assert "<progress" not in html  # no progress for visitors


def test_course_overview_shows_progress_for_a_student(
    client: Client, student: Any, exercise: Exercise
) -> None:
    LessonFactory.create(module=exercise.lesson.module, order=2)  # a second lesson, unread
    client.force_login(student)
    assert client.get("/course/engine/mill/").status_code == 200  # opening it is not doing it
    # Solving the lesson's only exercise completes the exercise and the lesson.
    progress_record_attempt(user=student, exercise=exercise, accepted=True)
    html = client.get("/course/").content.decode()
    assert "2 of 3 done" in html
    assert 'value="67"' in html


def _course(modules: int) -> None:
    for _ in range(modules):
        module = ModuleFactory.create()
        for _ in range(2):
            lesson = LessonFactory.create(module=module)
            ExerciseFactory.create(lesson=lesson)


def test_course_overview_query_count_does_not_grow(client: Client, student: Any) -> None:
    client.force_login(student)
    _course(1)
    with CaptureQueriesContext(connection) as small:
        assert client.get("/course/").status_code == 200
    _course(5)
    with CaptureQueriesContext(connection) as large:
        assert client.get("/course/").status_code == 200
    assert len(large) == len(small)
    assert len(large) <= 6


def test_module_page_query_count_does_not_grow(
    client: Client, student: Any, django_assert_max_num_queries: Any
) -> None:
    client.force_login(student)
    module = ModuleFactory.create(slug="big")
    for _ in range(8):
        ExerciseFactory.create(lesson=LessonFactory.create(module=module))
    with django_assert_max_num_queries(6):
        response = client.get("/course/big/")
    assert response.status_code == 200
    assert response.content.decode().count('class="lesson-item"') == 8


def test_module_page_hides_drafts_from_students(client: Client, student: Any, instructor: Any) -> None:
    module = ModuleFactory.create(slug="m", title="A module")
    LessonFactory.create(module=module, title="Public lesson", order=1)
    LessonFactory.create(module=module, title="Draft lesson", order=2, is_published=False)
    client.force_login(student)
    html = client.get("/course/m/").content.decode()
    assert "Public lesson" in html and "Draft lesson" not in html
    client.force_login(instructor)
    html = client.get("/course/m/").content.decode()
    assert "Draft lesson" in html and "Draft</span>" in html


def test_unpublished_module_is_404_for_students(client: Client, student: Any, instructor: Any) -> None:
    module = ModuleFactory.create(slug="hidden", is_published=False)
    LessonFactory.create(module=module, slug="inside")
    for user in (None, student):
        if user:
            client.force_login(user)
        assert client.get("/course/hidden/").status_code == 404
        assert client.get("/course/hidden/inside/").status_code == 404
    client.force_login(instructor)
    assert client.get("/course/hidden/inside/").status_code == 200


def test_unknown_module_and_lesson_are_404(client: Client) -> None:
    assert client.get("/course/nowhere/").status_code == 404
    assert client.get("/course/nowhere/nothing/").status_code == 404
    assert client.get("/course/exercises/nothing/").status_code == 404


def test_lesson_page_renders_safe_markdown_with_contents_and_run_forms(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    runnable = one_available(monkeypatch, besides="c")
    coming = one_missing(monkeypatch)
    lesson = LessonFactory.create(
        module=ModuleFactory.create(slug="m"),
        slug="l",
        body=(
            "Intro <script>alert('x')</script> <a href=\"javascript:alert(1)\">bad link</a>\n\n"
            f"## Euclid's method\n\nText.\n\n```{runnable.key}\nprint(1 < 2)\n```\n\n"
            f"## Later\n\n```{coming.key}\nsoon\n```\n\n"
            "## Output\n\n```text\nplain & simple\n```\n"
        ),
    )
    response = client.get("/course/m/l/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html and "javascript:" not in html
    assert '<h2 id="euclids-method">' in html
    assert '<a href="#euclids-method">Euclid&#x27;s method</a>' in html
    assert '<a href="#output">Output</a>' in html
    # The runnable block: highlighted, with a plain form that opens the playground in the block's own
    # language (not C) with the block's source.
    assert f'class="highlight" data-language="{runnable.key}"' in html
    assert 'action="/playground/"' in html
    assert f'<input type="hidden" name="language" value="{runnable.key}">' in html
    assert '<input type="hidden" name="source" value="print(1 &lt; 2)">' in html
    # One button: the block whose compiler is coming says so instead, and the text block is only text.
    assert html.count("Run on the Engine") == 1
    assert f'<input type="hidden" name="language" value="{coming.key}">' not in html
    assert f"{escape(coming.name)}&#x27;s compiler is coming" in html
    label = f'<div class="code-block-label">{escape(coming.name)}</div>'
    assert f'{label}<pre class="highlight" data-language="{coming.key}">' in html
    assert "plain &amp; simple" in html
    assert lesson.title in html


def test_lesson_page_links_previous_and_next_across_modules(client: Client) -> None:
    first = ModuleFactory.create(slug="one", order=1)
    second = ModuleFactory.create(slug="two", order=2)
    LessonFactory.create(module=first, slug="a", title="Lesson A", order=1)
    LessonFactory.create(module=first, slug="b", title="Lesson B", order=2)
    LessonFactory.create(module=first, slug="draft", title="Draft", order=3, is_published=False)
    LessonFactory.create(module=second, slug="c", title="Lesson C", order=1)
    html = client.get("/course/one/b/").content.decode()
    assert 'rel="prev" href="/course/one/a/"' in html
    assert 'rel="next" href="/course/two/c/"' in html
    html = client.get("/course/one/a/").content.decode()
    assert 'rel="prev"' not in html
    assert 'rel="next" href="/course/one/b/"' in html


def test_a_draft_lesson_is_invisible_to_students(client: Client, student: Any, instructor: Any) -> None:
    lesson = LessonFactory.create(module=ModuleFactory.create(slug="m"), slug="draft", is_published=False)
    ExerciseFactory.create(lesson=lesson, slug="in-draft")
    assert client.get("/course/m/draft/").status_code == 404
    client.force_login(student)
    assert client.get("/course/m/draft/").status_code == 404
    assert client.get("/course/exercises/in-draft/").status_code == 404
    client.force_login(instructor)
    assert client.get("/course/m/draft/").status_code == 200
    assert client.get("/course/exercises/in-draft/").status_code == 200
    assert not Progress.objects.filter(user=instructor).exists()  # previewing a draft is not doing it


def test_exercise_page_shows_examples_but_never_hidden_tests_or_the_solution(
    client: Client, student: Any, exercise: Exercise
) -> None:
    for user in (None, student):
        if user:
            client.force_login(user)
        response = client.get("/course/exercises/add/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Print the sum of two numbers." in html
        assert "example 1" in html and "example 2" in html
        assert "HIDDEN" not in html
        assert "SECRET_SOLUTION" not in html
        assert f'id="workspace-{exercise.id}"' in html  # the execution app's editor
        assert "# STARTER" in html


def test_lesson_page_shows_its_exercises_without_secrets(
    client: Client, student: Any, exercise: Exercise
) -> None:
    ExerciseFactory.create(
        lesson=exercise.lesson, slug="unpublished", title="Unpublished one", is_published=False
    )
    client.force_login(student)
    html = client.get("/course/engine/mill/").content.decode()
    assert "Add two numbers" in html and "example 1" in html
    assert "Unpublished one" not in html
    assert "HIDDEN" not in html and "SECRET_SOLUTION" not in html
    assert client.get("/course/exercises/unpublished/").status_code == 404


def test_lesson_page_query_count_does_not_grow_with_exercises(
    client: Client, student: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The course's own reads: the execution app's workspace (its editor and last run) is measured there.
    monkeypatch.setattr(views, "_workspace_template", lambda: None)
    client.force_login(student)
    lesson = LessonFactory.create(module=ModuleFactory.create(slug="m"), slug="l")
    for n in range(4):
        exercise = ExerciseFactory.create(lesson=lesson, order=n + 1)
        TestCaseFactory.create(exercise=exercise, is_visible=True)
    client.get("/course/m/l/")  # the first visit also records the reading
    with CaptureQueriesContext(connection) as few:
        client.get("/course/m/l/")
    for n in range(4):
        exercise = ExerciseFactory.create(lesson=lesson, order=n + 5)
        TestCaseFactory.create(exercise=exercise, is_visible=True)
    client.get("/course/m/l/")  # the course changed: read again once (content_cache.py)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/course/m/l/")
    assert response.status_code == 200
    assert response.content.decode().count('class="exercise card"') == 8
    assert len(many) == len(few) <= 10
