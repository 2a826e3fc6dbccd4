from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from execution import toolchain
from execution.tests import fakes


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    cache.clear()  # throttle counters live in the cache
    yield
    cache.clear()


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(toolchain, "compile_program", fakes.compile_program)
    monkeypatch.setattr(toolchain, "run_program", fakes.run_program)


@pytest.fixture
def user(django_user_model: Any) -> Any:
    return django_user_model.objects.create_user(username="ada", password="engine-1843")


@pytest.fixture
def other_user(django_user_model: Any) -> Any:
    return django_user_model.objects.create_user(username="charles", password="engine-1834")


@pytest.fixture
def client_in(client: Client, user: Any) -> Client:
    client.force_login(user)
    return client


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks: Any) -> Any:
    """Runs on-commit callbacks (the eager task) as the test's transaction would have committed."""
    return django_capture_on_commit_callbacks


def make_exercise(
    language: str = "assembly", tests: list[tuple[str, str, bool]] | None = None, **fields: Any
) -> Any:
    from curriculum.models import Exercise, Lesson, Module, TestCase

    module, _ = Module.objects.get_or_create(
        slug="m", defaults={"title": "Module", "order": 1, "is_published": True}
    )
    lesson, _ = Lesson.objects.get_or_create(
        module=module, slug="l", defaults={"title": "Lesson", "order": 1, "is_published": True}
    )
    exercise = Exercise.objects.create(
        lesson=lesson,
        slug=f"e-{Exercise.objects.count() + 1}",
        title="Exercise",
        language=language,
        statement="Print things.",
        **{"is_published": True, **fields},  # new content is a draft by default; these tests want it live
    )
    for order, (input_text, expected, visible) in enumerate(tests or [], 1):
        TestCase.objects.create(
            exercise=exercise,
            name=f"test {order}",
            order=order,
            input=input_text,
            expected_output=expected,
            is_visible=visible,
        )
    return exercise
