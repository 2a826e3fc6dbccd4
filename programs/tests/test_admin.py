"""Instructors feature public programs in a lesson from the admin; a private program cannot be chosen."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.services import user_set_instructor
from accounts.tests.factories import UserFactory
from curriculum.tests.factories import LessonFactory
from programs.models import FeaturedProgram
from programs.tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def instructor_client(client: Client) -> Client:
    client.force_login(user_set_instructor(user=UserFactory.create(username="charles"), instructor=True))
    return client


def _feature(client: Client, lesson: Any, program: Any) -> Any:
    data = {"lesson": lesson.pk, "program": program.pk, "order": 1, "note": "Read its loop."}
    return client.post("/admin/programs/featuredprogram/add/", data)


def test_an_instructor_features_a_public_program_in_a_lesson(instructor_client: Client) -> None:
    lesson = LessonFactory.create()
    program = ProgramFactory.create(title="Euclid", is_public=True)
    form = instructor_client.get("/admin/programs/featuredprogram/add/")
    assert form.status_code == 200 and "Euclid" in form.content.decode()
    assert _feature(instructor_client, lesson, program).status_code == 302
    assert FeaturedProgram.objects.get().program == program
    page = instructor_client.get(f"/course/{lesson.module.slug}/{lesson.slug}/").content.decode()
    assert "Euclid" in page and "Read its loop." in page


def test_a_private_program_cannot_be_featured(instructor_client: Client) -> None:
    lesson = LessonFactory.create()
    secret = ProgramFactory.create(title="Secret", is_public=False)
    assert "Secret" not in instructor_client.get("/admin/programs/featuredprogram/add/").content.decode()
    answer = _feature(instructor_client, lesson, secret)
    assert answer.status_code == 200 and "errorlist" in answer.content.decode()
    assert not FeaturedProgram.objects.exists()


def test_a_student_cannot_open_the_admin_of_featured_programs(client: Client) -> None:
    client.force_login(UserFactory.create(username="ada"))
    assert client.get("/admin/programs/featuredprogram/add/").status_code == 302  # to the admin's log-in
