"""The exercise admin's reference check is the execution app's, handed to the admin at start-up."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

import curriculum.admin
from execution import services
from execution.models import Run, Submission
from execution.tests.conftest import make_exercise

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]


def test_the_execution_app_registers_its_check_with_the_admin() -> None:
    assert curriculum.admin._check_reference() is services.exercise_check_reference


def test_the_admin_action_judges_through_the_registered_check(client: Client, django_user_model: Any) -> None:
    # The stand-in Engine (fakes.py) prints 7: the first test expects 7, the second 8.
    exercise = make_exercise(tests=[("", "7", True), ("", "8", False)], reference_solution="print 7")
    admin = django_user_model.objects.create_superuser("ada", "ada@example.org", "pw-analytical-1843")
    client.force_login(admin)
    response = client.post(
        "/admin/curriculum/exercise/",
        {"action": "check_reference", "_selected_action": [exercise.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert f"{exercise.title} ({exercise.slug}): 1 of 2 tests pass." in html
    assert "Exercise · test 2: wrong_answer: The output differs from the expected output." in html
    assert not Run.objects.exists() and not Submission.objects.exists()  # a check leaves no rows
