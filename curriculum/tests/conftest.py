from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from accounts.services import user_set_instructor
from accounts.tests.factories import UserFactory
from curriculum.models import Exercise
from curriculum.tests.factories import (
    ExerciseFactory,
    HintFactory,
    LessonFactory,
    ModuleFactory,
    TestCaseFactory,
)


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    # The log-in throttle and API throttles live in the cache: no test sees another's counts.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def student() -> Any:
    return UserFactory.create(username="ada")


@pytest.fixture
def instructor() -> Any:
    assert Group.objects.filter(name="Instructors").exists()
    return user_set_instructor(user=UserFactory.create(username="charles"), instructor=True)


@pytest.fixture
def exercise() -> Exercise:
    """A published exercise with two visible examples, three hidden tests and three hints."""
    module = ModuleFactory.create(slug="engine", title="The Engine", order=1)
    lesson = LessonFactory.create(module=module, slug="mill", title="The Mill", order=1)
    exercise = ExerciseFactory.create(lesson=lesson, slug="add", title="Add two numbers")
    for order, visible in enumerate([True, True, False, False, False], start=1):
        TestCaseFactory.create(
            exercise=exercise,
            order=order,
            name=f"{'example' if visible else 'HIDDEN-CASE'} {order}",
            input=f"{order}\n" if visible else f"HIDDEN-INPUT-{order}\n",
            expected_output=f"{order * 2}\n" if visible else f"HIDDEN-EXPECTED-{order}\n",
            is_visible=visible,
        )
    for order in (1, 2, 3):
        HintFactory.create(exercise=exercise, order=order, text=f"Hint number {order}")
    return exercise
