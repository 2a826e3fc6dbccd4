"""Authoring in the admin, as an instructor: add, preview, publish, check; and nothing over users."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

import curriculum.admin
from ancient_compute.tests.fake_languages import one_available, one_missing
from curriculum.loader import content_read, curriculum_load
from curriculum.models import Exercise, Lesson, Module
from curriculum.tests.factories import ExerciseFactory, LessonFactory, ModuleFactory, TestCaseFactory

pytestmark = pytest.mark.django_db


def passing_check(exercise: Exercise) -> list[dict[str, Any]]:
    """A judge for tests about publishing, not judging: every reference solution passes its one test."""
    return [{"name": "only", "status": "passed", "expected": "", "actual": "", "message": ""}]


def inline_management(prefix: str, total: int) -> dict[str, Any]:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_instructors_group_has_exactly_the_authoring_permissions() -> None:
    group = Group.objects.get(name="Instructors")
    codenames = set(group.permissions.values_list("content_type__app_label", "codename"))
    expected = {
        ("curriculum", f"{action}_{model}")
        for model in ["module", "lesson", "exercise", "testcase", "hint"]
        for action in ["view", "add", "change", "delete"]
    } | {
        # Instructors feature saved programs in their lessons (programs migration 0003).
        ("programs", f"{action}_featuredprogram")
        for action in ["view", "add", "change", "delete"]
    }
    assert codenames == expected
    assert not Permission.objects.filter(
        group=group, content_type__app_label__in=["accounts", "auth"]
    ).exists()


def test_an_instructor_authors_a_lesson_that_students_then_see(
    client: Client, instructor: Any, student: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    language = one_available(monkeypatch)  # published exercises are in a language that runs
    monkeypatch.setattr(curriculum.admin, "_reference_check", passing_check)
    module = ModuleFactory.create(slug="engine", title="The Engine", order=1)
    assert client.login(username="charles", password="correct-horse-battery")
    assert client.get("/admin/").status_code == 200

    response = client.post(
        "/admin/curriculum/lesson/add/",
        {
            "module": module.pk,
            "title": "The Store",
            "slug": "store",
            "order": "1",
            "summary": "Where numbers wait.",
            "body": "## Columns\n\nA thousand columns of fifty digits.",
            **inline_management("exercises", 0),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    lesson = Lesson.objects.get(slug="store")
    assert not lesson.is_published  # a new lesson is a draft
    assert client.get("/admin/curriculum/exercise/add/").status_code == 200

    response = client.post(
        "/admin/curriculum/exercise/add/",
        {
            "lesson": lesson.pk,
            "title": "Store a number",
            "slug": "store-a-number",
            "order": "1",
            "language": language.key,
            "is_published": "on",
            "statement": "Print 42.",
            "starter_code": "print()",
            "reference_solution": "print(42)",
            **inline_management("test_cases", 3),
            "test_cases-0-order": "1",
            "test_cases-0-name": "shown",
            "test_cases-0-expected_output": "42\n",
            "test_cases-0-is_visible": "on",
            "test_cases-1-order": "2",
            "test_cases-1-name": "secret one",
            # as a browser submits a textarea: its lines ended by \r\n
            "test_cases-1-input": "6\r\n7\r\n",
            "test_cases-1-expected_output": "42\r\n",
            "test_cases-2-order": "3",
            "test_cases-2-name": "secret two",
            "test_cases-2-expected_output": "42\n",
            **inline_management("hints", 2),
            "hints-0-order": "1",
            "hints-0-text": "Use print.",
            "hints-1-order": "2",
            "hints-1-text": "print(42)",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    exercise = Exercise.objects.get(slug="store-a-number")
    assert exercise.test_cases.count() == 3 and exercise.hints.count() == 2
    secret = exercise.test_cases.get(name="secret one")
    assert (secret.input, secret.expected_output) == ("6\n7\n", "42\n")  # the lines as typed

    client.force_login(student)
    assert client.get("/course/engine/store/").status_code == 404

    client.force_login(instructor)
    response = client.post(
        "/admin/curriculum/lesson/", {"action": "publish", "_selected_action": [lesson.pk]}, follow=True
    )
    assert "1 published." in response.content.decode()

    client.force_login(student)
    html = client.get("/course/engine/store/").content.decode()
    assert "The Store" in html and "Store a number" in html and "shown" in html
    assert "secret one" not in html and "print(42)" not in html


def test_unpublish_action_hides_a_lesson(client: Client, instructor: Any, student: Any) -> None:
    lesson = Lesson.objects.create(
        module=ModuleFactory.create(slug="m"), slug="l", title="L", order=1, is_published=True
    )
    client.force_login(instructor)
    response = client.post(
        "/admin/curriculum/lesson/", {"action": "unpublish", "_selected_action": [lesson.pk]}, follow=True
    )
    assert "1 unpublished." in response.content.decode()
    client.force_login(student)
    assert client.get("/course/m/l/").status_code == 404


def test_instructors_have_no_power_over_users(client: Client, instructor: Any) -> None:
    client.force_login(instructor)
    assert client.get("/admin/accounts/user/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403


def test_admin_lists_search_and_filter(client: Client, instructor: Any, exercise: Exercise) -> None:
    client.force_login(instructor)
    for url in [
        "/admin/curriculum/module/",
        "/admin/curriculum/lesson/?q=Mill",
        "/admin/curriculum/exercise/?language__exact=python&q=add",
        f"/admin/curriculum/exercise/{exercise.pk}/change/",
        f"/admin/curriculum/lesson/{exercise.lesson.pk}/change/",
        f"/admin/curriculum/module/{exercise.lesson.module.pk}/change/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    html = client.get("/admin/curriculum/exercise/?q=add").content.decode()
    assert "Add two numbers" in html
    change = client.get(f"/admin/curriculum/lesson/{exercise.lesson.pk}/change/").content.decode()
    assert 'hx-post="/admin/curriculum/lesson/preview/"' in change
    assert "django_htmx/htmx-2.min.js" in change


def test_markdown_preview_renders_sanitised_html_for_staff_only(
    client: Client, instructor: Any, student: Any
) -> None:
    payload = {"_preview_field": "body", "body": "## Title\n\n<script>x()</script>\n\n```c\nint x;\n```"}
    client.force_login(student)
    response = client.post("/admin/curriculum/lesson/preview/", payload)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(instructor)
    html = client.post("/admin/curriculum/lesson/preview/", payload).content.decode()
    assert '<h2 id="title">Title</h2>' in html
    assert "<script>" not in html
    assert 'data-language="c"' in html
    assert "<form" not in html  # the preview sits inside the admin's form: no nested run form
    empty = client.post(
        "/admin/curriculum/exercise/preview/", {"_preview_field": "statement", "statement": " "}
    )
    assert "Nothing to preview yet." in empty.content.decode()
    assert client.get("/admin/curriculum/lesson/preview/").status_code == 405


def test_check_reference_solution_reports_each_test(
    client: Client, instructor: Any, exercise: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_check(checked: Exercise) -> list[dict[str, Any]]:
        assert checked.pk == exercise.pk
        return [
            {"name": "example 1", "status": "passed", "expected": "2\n", "actual": "2\n", "message": ""},
            {
                "name": "HIDDEN-CASE 3",
                "status": "wrong_answer",
                "expected": "6\n",
                "actual": "5\n",
                "message": "",
            },
        ]

    monkeypatch.setattr(curriculum.admin, "_reference_check", fake_check)
    client.force_login(instructor)
    page = client.get("/admin/curriculum/exercise/").content.decode()
    assert 'value="check_reference"' in page
    response = client.post(
        "/admin/curriculum/exercise/",
        {"action": "check_reference", "_selected_action": [exercise.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "Add two numbers (add): 1 of 2 tests pass." in html
    detail = "Add two numbers · HIDDEN-CASE 3: wrong_answer: expected &#x27;6\\n&#x27;, got &#x27;5\\n&#x27;"
    assert detail in html


def test_check_reference_reports_a_failing_check(
    client: Client, instructor: Any, exercise: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(checked: Exercise) -> list[dict[str, Any]]:
        raise RuntimeError("engine on fire")

    monkeypatch.setattr(curriculum.admin, "_reference_check", broken)
    client.force_login(instructor)
    response = client.post(
        "/admin/curriculum/exercise/",
        {"action": "check_reference", "_selected_action": [exercise.pk]},
        follow=True,
    )
    assert "Add two numbers (add): the check failed: engine on fire" in response.content.decode()


def test_check_reference_is_not_offered_without_the_execution_service(
    client: Client, instructor: Any, exercise: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(curriculum.admin, "_reference_check", None)
    client.force_login(instructor)
    assert 'value="check_reference"' not in client.get("/admin/curriculum/exercise/").content.decode()


def test_duplicate_orders_in_the_admin_are_form_errors_not_crashes(
    client: Client, instructor: Any, exercise: Exercise
) -> None:
    client.force_login(instructor)
    response = client.post(
        "/admin/curriculum/lesson/add/",
        {
            "module": exercise.lesson.module.pk,
            "title": "Clash",
            "slug": "clash",
            "order": str(exercise.lesson.order),
            **inline_management("exercises", 0),
        },
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    response = client.post(
        "/admin/curriculum/exercise/add/",
        {
            "lesson": exercise.lesson.pk,
            "title": "Twice",
            "slug": "twice",
            "order": "2",
            "language": "c",
            "statement": "x",
            **inline_management("test_cases", 2),
            "test_cases-0-order": "1",
            "test_cases-0-name": "a",
            "test_cases-1-order": "1",
            "test_cases-1-name": "b",
            **inline_management("hints", 0),
        },
    )
    assert response.status_code == 200
    assert "Please correct the duplicate" in response.content.decode()
    assert not Exercise.objects.filter(slug="twice").exists()


def test_check_reference_runs_the_real_judge(client: Client, instructor: Any) -> None:
    exercise = ExerciseFactory.create(
        slug="sum-in-c",
        language="c",
        reference_solution=(
            "#include <stdio.h>\n"
            "int main(void) {\n"
            '    int a, b; scanf("%d", &a); scanf("%d", &b); printf("%d\\n", a + b); return 0;\n'
            "}\n"
        ),
    )
    TestCaseFactory.create(exercise=exercise, order=1, input="1\n2\n", expected_output="3\n")
    TestCaseFactory.create(exercise=exercise, order=2, input="40\n2\n", expected_output="42\n")
    client.force_login(instructor)
    action = {"action": "check_reference", "_selected_action": [exercise.pk]}
    response = client.post("/admin/curriculum/exercise/", action, follow=True)
    assert "(sum-in-c): 2 of 2 tests pass." in response.content.decode()


def _exercise_form(lesson: Lesson, language: str, *, published: bool, slug: str = "later") -> dict[str, Any]:
    return {
        "lesson": lesson.pk,
        "title": "Later",
        "slug": slug,
        "order": "1",
        "language": language,
        **({"is_published": "on"} if published else {}),
        "statement": "Print 1.",
        **inline_management("test_cases", 0),
        **inline_management("hints", 0),
    }


def test_the_admin_refuses_to_publish_an_exercise_in_a_language_that_cannot_run(
    client: Client, instructor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    lesson = LessonFactory.create(module=ModuleFactory.create(slug="m"), slug="l")
    client.force_login(instructor)
    response = client.post(
        "/admin/curriculum/exercise/add/", _exercise_form(lesson, coming.key, published=True)
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert f"An exercise in {escape(coming.name)} cannot be published" in html
    assert f"{escape(coming.name)}&#x27;s compiler is coming" in html
    assert not Exercise.objects.filter(slug="later").exists()
    # As a draft it is kept, to publish once its compiler has come.
    response = client.post(
        "/admin/curriculum/exercise/add/", _exercise_form(lesson, coming.key, published=False)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not Exercise.objects.get(slug="later").is_published


def test_the_lessons_inline_refuses_to_publish_such_an_exercise_too(
    client: Client, instructor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    module = ModuleFactory.create(slug="m")
    client.force_login(instructor)
    form = {
        "module": module.pk,
        "title": "Lesson",
        "slug": "lesson",
        "order": "1",
        **inline_management("exercises", 1),
        "exercises-0-order": "1",
        "exercises-0-title": "Later",
        "exercises-0-slug": "later",
        "exercises-0-language": coming.key,
        "exercises-0-is_published": "on",
    }
    response = client.post("/admin/curriculum/lesson/add/", form)
    assert response.status_code == 200
    assert f"An exercise in {escape(coming.name)} cannot be published" in response.content.decode()
    assert not Lesson.objects.filter(slug="lesson").exists()


def test_the_publish_action_leaves_out_exercises_that_cannot_run_and_names_them(
    client: Client, instructor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    runnable = one_available(monkeypatch, besides=coming.key)
    monkeypatch.setattr(curriculum.admin, "_reference_check", passing_check)
    later = ExerciseFactory.create(slug="later", title="Later", language=coming.key, is_published=False)
    now = ExerciseFactory.create(slug="now", title="Now", language=runnable.key, is_published=False)
    client.force_login(instructor)
    action = {"action": "publish", "_selected_action": [later.pk, now.pk]}
    html = client.post("/admin/curriculum/exercise/", action, follow=True).content.decode()
    assert f"Later (later): An exercise in {escape(coming.name)} cannot be published" in html
    assert "1 published." in html
    later.refresh_from_db()
    now.refresh_from_db()
    assert now.is_published and not later.is_published
    # Only such exercises selected: nothing is published, and no "0 published." claims otherwise.
    response = client.post(
        "/admin/curriculum/exercise/", {**action, "_selected_action": [later.pk]}, follow=True
    )
    assert "published." not in response.content.decode().replace("cannot be published", "")


def test_checking_a_reference_solution_in_such_a_language_says_why_it_cannot_run(
    client: Client, instructor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    exercise = ExerciseFactory.create(slug="later", title="Later", language=coming.key, is_published=False)
    client.force_login(instructor)
    action = {"action": "check_reference", "_selected_action": [exercise.pk]}
    html = client.post("/admin/curriculum/exercise/", action, follow=True).content.decode()
    assert f"Later (later): {escape(coming.name)}&#x27;s compiler is coming" in html


FIXTURE_COURSE = Path(__file__).parent / "fixtures" / "course"


def test_the_admin_says_where_a_row_came_from_and_whether_it_was_edited(
    client: Client, instructor: Any
) -> None:
    curriculum_load(tree=content_read(FIXTURE_COURSE))
    made_here = LessonFactory.create(module=Module.objects.get(slug="first"), slug="own", order=9)
    lesson = Lesson.objects.get(slug="intro")
    client.force_login(instructor)

    page = client.get(f"/admin/curriculum/lesson/{lesson.pk}/change/").content.decode()
    assert "Loaded from curriculum/content/01-first/01-intro.md on " in page
    assert "Not edited since" in page
    assert (
        "Made in the admin" in client.get(f"/admin/curriculum/lesson/{made_here.pk}/change/").content.decode()
    )

    lesson.body = "Rewritten by an instructor.\n"
    lesson.save()
    page = client.get(f"/admin/curriculum/lesson/{lesson.pk}/change/").content.decode()
    assert "Edited since: the loader keeps this version" in page
    assert "load_curriculum --reset lesson:first/intro" in page
    listing = client.get("/admin/curriculum/lesson/").content.decode()
    assert "files, edited" in listing and ">admin<" in listing
    only_admin = client.get("/admin/curriculum/lesson/?source=admin").content.decode()
    assert made_here.title in only_admin and lesson.title not in only_admin

    exercise = Exercise.objects.get(slug="add-two")
    assert (
        "Loaded from curriculum/content/01-first/exercises/add.yaml"
        in client.get(f"/admin/curriculum/exercise/{exercise.pk}/change/").content.decode()
    )


def test_the_exercise_list_reads_sources_in_a_constant_number_of_queries(
    client: Client, instructor: Any
) -> None:
    client.force_login(instructor)
    lesson = LessonFactory.create()

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/curriculum/exercise/").status_code == 200
        return len(captured)

    exercise = ExerciseFactory.create(lesson=lesson, source_hash="x" * 64)
    TestCaseFactory.create(exercise=exercise)
    one = queries()
    for _ in range(4):
        exercise = ExerciseFactory.create(lesson=lesson, source_hash="x" * 64)
        TestCaseFactory.create_batch(2, exercise=exercise)
    assert queries() == one


def test_view_on_site_links_open_the_pages_students_see(
    client: Client, instructor: Any, exercise: Exercise
) -> None:
    client.force_login(instructor)
    lesson, module = exercise.lesson, exercise.lesson.module
    for admin_url, site_url in [
        (f"/admin/curriculum/module/{module.pk}/change/", "/course/engine/"),
        (f"/admin/curriculum/lesson/{lesson.pk}/change/", "/course/engine/mill/"),
        (f"/admin/curriculum/exercise/{exercise.pk}/change/", "/course/exercises/add/"),
    ]:
        page = client.get(admin_url).content.decode()
        assert "View on site" in page, admin_url
        link = re.search(r'href="(/admin/r/\d+/\d+/)"[^>]*>View on site', page)
        assert link is not None, admin_url
        response = client.get(link.group(1))
        assert response.status_code == 302 and response["Location"].endswith(site_url)
        assert client.get(site_url).status_code == 200


# --- Checking an exercise on its edit page, and refusing to publish one whose solution fails ---------
# These use the real judge (the execution app registers it) on Python programs: the expected verdicts are
# worked by hand (the sum of the two inputs; the starter prints 0, right only when the sum is 0).


@pytest.fixture
def python_exercise() -> Exercise:
    lesson = LessonFactory.create(module=ModuleFactory.create(slug="sums", order=1), slug="add", order=1)
    exercise = ExerciseFactory.create(
        lesson=lesson,
        slug="add-them",
        title="Add them",
        language="python",
        is_published=False,
        starter_code="print(0)\n",
        reference_solution="print(int(input()) + int(input()))\n",
    )
    cases = [("1\n2\n", "3\n"), ("0\n0\n", "0\n"), ("5\n5\n", "10\n")]
    for order, (given, expected) in enumerate(cases, 1):
        TestCaseFactory.create(
            exercise=exercise, order=order, name=f"sum {order}", input=given, expected_output=expected
        )
    return exercise


def test_the_edit_page_checks_the_reference_solution_and_the_starter_code(
    client: Client, instructor: Any, python_exercise: Exercise
) -> None:
    client.force_login(instructor)
    url = f"/admin/curriculum/exercise/{python_exercise.pk}/check/"
    page = client.get(f"/admin/curriculum/exercise/{python_exercise.pk}/change/").content.decode()
    assert f'hx-post="{url}"' in page and "Check the exercise" in page
    html = client.post(url).content.decode()
    assert "Reference solution: 3 of 3 tests pass." in html
    assert "Starter code: fails 2 of 3 tests, as it should." in html
    assert html.count('<th scope="row">sum 2</th>') == 2  # each program's table lists every test

    Exercise.objects.filter(pk=python_exercise.pk).update(starter_code="print(int(input()) + int(input()))\n")
    html = client.post(url).content.decode()
    assert "Starter code: passes every test, so students could submit it unchanged." in html
    assert client.get(url).status_code == 405

    python_exercise.test_cases.all().delete()
    assert (
        "Reference solution: the exercise has no tests to judge it by." in client.post(url).content.decode()
    )


def test_the_check_is_for_staff_and_says_when_the_language_cannot_run(
    client: Client, instructor: Any, student: Any, python_exercise: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"/admin/curriculum/exercise/{python_exercise.pk}/check/"
    client.force_login(student)
    assert client.post(url).status_code == 302  # to the admin's log-in
    coming = one_missing(monkeypatch)
    Exercise.objects.filter(pk=python_exercise.pk).update(language=coming.key)
    client.force_login(instructor)
    html = client.post(url).content.decode()
    assert "errornote" in html and "Reference solution" not in html


def test_an_exercise_whose_reference_solution_fails_is_not_published(
    client: Client, instructor: Any, python_exercise: Exercise
) -> None:
    client.force_login(instructor)
    Exercise.objects.filter(pk=python_exercise.pk).update(reference_solution="print(3)\n")
    action = {"action": "publish", "_selected_action": [python_exercise.pk]}
    html = client.post("/admin/curriculum/exercise/", action, follow=True).content.decode()
    assert "Add them (add-them): its reference solution must pass every test" in html
    assert "1 of 3 tests pass" in html
    assert not Exercise.objects.get(pk=python_exercise.pk).is_published

    # Through its own form too, once the tests in the same form are saved.
    exercise = Exercise.objects.get(pk=python_exercise.pk)
    form = {
        "lesson": exercise.lesson_id, "title": exercise.title, "slug": exercise.slug, "order": "1",
        "language": "python", "is_published": "on", "statement": exercise.statement,
        "starter_code": exercise.starter_code, "reference_solution": exercise.reference_solution,
        **inline_management("test_cases", 0), **inline_management("hints", 0),
    }  # fmt: skip
    response = client.post(f"/admin/curriculum/exercise/{exercise.pk}/change/", form, follow=True)
    assert "Add them was kept as a draft, not published: its reference solution" in response.content.decode()
    assert not Exercise.objects.get(pk=exercise.pk).is_published

    form["reference_solution"] = "print(int(input()) + int(input()))\n"
    response = client.post(f"/admin/curriculum/exercise/{exercise.pk}/change/", form, follow=True)
    assert "kept as a draft" not in response.content.decode()
    assert Exercise.objects.get(pk=exercise.pk).is_published


def test_an_exercise_published_in_the_lessons_inline_is_judged_too(
    client: Client, instructor: Any, python_exercise: Exercise
) -> None:
    client.force_login(instructor)
    form = {
        "module": python_exercise.lesson.module_id,
        "title": "Another",
        "slug": "another",
        "order": "2",
        **inline_management("exercises", 1),
        "exercises-0-order": "1",
        "exercises-0-title": "Untested",
        "exercises-0-slug": "untested",
        "exercises-0-language": "python",
        "exercises-0-is_published": "on",
    }
    response = client.post("/admin/curriculum/lesson/add/", form, follow=True)
    html = response.content.decode()
    assert "Untested was kept as a draft, not published" in html
    assert "Reference solution: empty." in html  # the inline has no field for it
    assert not Exercise.objects.get(slug="untested").is_published
