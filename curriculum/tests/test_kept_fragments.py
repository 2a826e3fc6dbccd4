"""Parts of course pages rendered once per content version (`{% keptfragment %}` in curriculum_tags): a
change shows at once, and what one user's request rendered never carries anything of that user into
another's page."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import connection
from django.template import RequestContext, Template, TemplateSyntaxError
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import UserFactory
from curriculum import content_cache
from curriculum.models import Exercise
from curriculum.tests.factories import ExerciseFactory, LessonFactory
from curriculum.tests.test_content_cache import PAGE, page

pytestmark = pytest.mark.django_db

EXERCISE_PAGE = "/course/exercises/add/"


def kept_fragments() -> list[Any]:
    return [key for key in content_cache._kept if isinstance(key, tuple) and key[0] == "fragment"]


def render(source: str, request: Any, **values: Any) -> str:
    template = Template("{% load curriculum_tags %}" + source)
    context = RequestContext(request, {"csrf_token": "TOKEN-OF-ADA", **values})
    return template.render(context)


def test_a_kept_fragment_sees_only_the_values_it_names(rf: RequestFactory, student: Any) -> None:
    request = rf.get("/")
    request.user = student
    source = (
        '{% keptfragment "probe" word=word %}[{{ word }}|{{ user }}|{{ csrf_token }}|{{ request.path }}]'
        "{% endkeptfragment %}"
    )
    version = content_cache.content_version()
    assert render(source, request, word="mill", content_version=version) == "[mill|||]"
    assert kept_fragments()  # kept: the next render comes from the process
    assert render(source, request, word="mill", content_version=version, user="grace") == "[mill|||]"
    assert render(source, request, word="store", content_version=version) == "[store|||]"


def test_a_fragment_rendered_from_objects_read_before_a_change_is_not_kept(
    rf: RequestFactory, student: Any
) -> None:
    request = rf.get("/")
    request.user = student
    source = '{% keptfragment "probe" word=word %}{{ word }}{% endkeptfragment %}'
    read_before = content_cache.content_version()
    content_cache.content_changed()  # the course changed after the page read its objects
    assert render(source, request, word="old", content_version=read_before) == "old"
    assert kept_fragments() == []
    assert render(source, request, word="new", content_version=content_cache.content_version()) == "new"
    assert kept_fragments()


def test_a_page_without_the_version_or_a_staff_member_keeps_nothing(
    rf: RequestFactory, student: Any, instructor: Any
) -> None:
    request = rf.get("/")
    request.user = student
    source = '{% keptfragment "probe" word=word %}{{ word }}{% endkeptfragment %}'
    assert render(source, request, word="no version") == "no version"
    request.user = instructor
    assert render(source, request, word="staff", content_version=content_cache.content_version()) == "staff"
    assert kept_fragments() == []


def test_a_value_that_cannot_be_a_key_is_an_error(rf: RequestFactory, student: Any) -> None:
    request = rf.get("/")
    request.user = student
    with pytest.raises(TemplateSyntaxError, match="'words' is a list"):
        render(
            '{% keptfragment "probe" words=words %}x{% endkeptfragment %}',
            request,
            words=["a"],
            content_version=content_cache.content_version(),
        )
    with pytest.raises(TemplateSyntaxError, match="name=value pairs"):
        Template('{% load curriculum_tags %}{% keptfragment "probe" word %}{% endkeptfragment %}')


def test_an_exercise_edited_shows_on_its_own_page_and_its_lesson_at_once(exercise: Exercise) -> None:
    visitor = Client()
    for path in (PAGE, EXERCISE_PAGE):
        assert "Print the sum of two numbers." in page(visitor, path)
    exercise.statement = "Add the numbers on the two cards."
    exercise.save()
    example = exercise.test_cases.get(order=1)
    example.input = "EXAMPLE-INPUT-CHANGED\n"
    example.save()
    for path in (PAGE, EXERCISE_PAGE):
        html = page(visitor, path)
        assert "Add the numbers on the two cards." in html and "Print the sum" not in html
        assert "EXAMPLE-INPUT-CHANGED" in html


def test_the_lesson_body_table_of_contents_and_pager_follow_the_course(exercise: Exercise) -> None:
    visitor = Client()
    lesson = exercise.lesson
    html = page(visitor)
    assert 'href="#exercises-heading"' in html and 'rel="next"' not in html
    following = LessonFactory.create(module=lesson.module, slug="store", title="The Store", order=2)
    assert 'rel="next"' in page(visitor) and "The Store" in page(visitor)
    following.title = "The Store renamed"
    following.save()
    assert "The Store renamed" in page(visitor)
    lesson.body = "## Only heading\n\nFresh body."
    lesson.save()
    html = page(visitor)
    assert "Fresh body." in html and 'href="#only-heading"' in html and 'href="#first"' not in html
    exercise.delete()
    assert 'href="#exercises-heading"' not in page(visitor)


def test_no_page_carries_another_users_token_or_name(exercise: Exercise, student: Any) -> None:
    ada, grace, visitor = Client(), Client(), Client()
    ada.force_login(student)
    grace.force_login(UserFactory.create(username="grace", display_name="Grace Hopper"))
    html = page(ada)
    assert ">ada</a>" in html
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))
    tokens |= set(re.findall(r'"X-CSRFToken": "([^"]+)"', html))
    assert tokens
    for path in (PAGE, EXERCISE_PAGE):
        page(ada, path)
        for other in (page(grace, path), page(visitor, path)):
            assert not any(token in other for token in tokens)
            assert ">ada</a>" not in other
        assert "Grace Hopper" in page(grace, path) and "Sign in" in page(visitor, path)


def test_staff_pages_are_rendered_afresh_and_show_drafts(
    client: Client, instructor: Any, exercise: Exercise
) -> None:
    client.force_login(instructor)
    ExerciseFactory.create(
        lesson=exercise.lesson, slug="draft", order=9, statement="A DRAFT STATEMENT", is_published=False
    )
    assert "A DRAFT STATEMENT" in page(client)
    assert kept_fragments() == []
    assert "A DRAFT STATEMENT" not in page(Client())


def test_the_course_and_module_pages_follow_the_course(exercise: Exercise, student: Any) -> None:
    visitor, ada = Client(), Client()
    ada.force_login(student)
    lesson = exercise.lesson
    for reader in (visitor, ada):
        assert "The Mill" in page(reader, "/course/engine/")
        assert "The Engine" in page(reader, "/course/") and "1 exercise" in page(reader, "/course/")
    lesson.title = "The Mill renamed"
    lesson.save()
    lesson.module.title = "The Engine renamed"
    lesson.module.save()
    ExerciseFactory.create(lesson=lesson, order=2)
    for reader in (visitor, ada):
        assert "The Mill renamed" in page(reader, "/course/engine/")
        html = page(reader, "/course/")
        assert "The Engine renamed" in html and "2 exercises" in html
        assert 'aria-current="page">Course</a>' in html  # the site's menu, kept for the course's pages


def test_the_course_and_module_pages_make_no_query_for_a_visitor_and_follow_changes(
    exercise: Exercise,
) -> None:
    visitor = Client()
    for path in ("/course/", "/course/engine/"):
        page(visitor, path)
        with CaptureQueriesContext(connection) as captured:
            page(visitor, path)
        assert captured.captured_queries == [], path
    LessonFactory.create(module=exercise.lesson.module, slug="store", title="The Store", order=2)
    assert "The Store" in page(visitor, "/course/engine/") and "2 lessons" in page(visitor, "/course/")


def test_an_exercise_page_makes_no_query_for_a_visitor_and_follows_changes(exercise: Exercise) -> None:
    visitor = Client()
    page(visitor, EXERCISE_PAGE)
    with CaptureQueriesContext(connection) as captured:
        assert "3 available" in page(visitor, EXERCISE_PAGE)  # hints
    assert captured.captured_queries == []
    exercise.hints.get(order=3).delete()
    assert "2 available" in page(visitor, EXERCISE_PAGE)
    exercise.is_published = False
    exercise.save()
    assert visitor.get(EXERCISE_PAGE).status_code == 404
