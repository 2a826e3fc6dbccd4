"""A lesson's featured programs are kept with the course (programs/featured_cache.py): any change to
what the lesson page shows of them is seen at once."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.tests.factories import UserFactory
from curriculum import content_cache
from curriculum.tests.factories import LessonFactory
from programs.models import FeaturedProgram
from programs.tests.factories import FeaturedProgramFactory, ProgramFactory

pytestmark = pytest.mark.django_db


def page(client: Client, lesson: Any) -> str:
    response = client.get(f"/course/{lesson.module.slug}/{lesson.slug}/")
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_featured_programs_changed_show_on_the_lesson_at_once() -> None:
    visitor = Client()
    lesson = LessonFactory.create()
    assert "Programs to read" not in page(visitor, lesson)
    owner = UserFactory.create(username="lovelace")
    featured = FeaturedProgramFactory.create(
        lesson=lesson, program=ProgramFactory.create(owner=owner, title="Bernoulli numbers"), note="Note A"
    )
    html = page(visitor, lesson)
    assert "Bernoulli numbers" in html and "by lovelace" in html and "Note A" in html
    program = featured.program
    program.title = "Bernoulli numbers, Note G"
    program.save()
    assert "Bernoulli numbers, Note G" in page(visitor, lesson)
    owner.display_name = "Ada Lovelace"
    owner.save()
    assert "by Ada Lovelace" in page(visitor, lesson)
    featured.note = "Note B"
    featured.save()
    assert "Note B" in page(visitor, lesson)
    program.is_public = False
    program.save()
    assert "Bernoulli numbers" not in page(visitor, lesson)
    program.is_public = True
    program.save()
    assert "Bernoulli numbers" in page(visitor, lesson)
    program.delete()
    assert not FeaturedProgram.objects.exists() and "Bernoulli numbers" not in page(visitor, lesson)


def test_a_log_in_or_a_new_program_leaves_the_kept_course_alone() -> None:
    lesson = LessonFactory.create()
    owner = UserFactory.create()
    FeaturedProgramFactory.create(lesson=lesson, program=ProgramFactory.create(owner=owner))
    page(Client(), lesson)
    version = content_cache.content_version()
    ProgramFactory.create(owner=owner)
    Client().force_login(owner)  # saves last_login only
    assert content_cache.content_version() == version
