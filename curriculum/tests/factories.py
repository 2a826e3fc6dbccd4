from __future__ import annotations

import factory

from curriculum.models import Exercise, Hint, Lesson, Module, Progress, TestCase


class ModuleFactory(factory.django.DjangoModelFactory[Module]):
    class Meta:
        model = Module

    slug = factory.Sequence(lambda n: f"module-{n}")
    title = factory.Sequence(lambda n: f"Module {n}")
    order = factory.Sequence(lambda n: n + 1)
    era = "1834-1871"
    summary = "A module."
    introduction = "An introduction."
    is_published = True


class LessonFactory(factory.django.DjangoModelFactory[Lesson]):
    class Meta:
        model = Lesson

    module = factory.SubFactory(ModuleFactory)
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    title = factory.Sequence(lambda n: f"Lesson {n}")
    order = factory.Sequence(lambda n: n + 1)
    summary = "A lesson."
    body = "## First\n\nSome text.\n\n## Second\n\nMore text.\n"
    is_published = True


class ExerciseFactory(factory.django.DjangoModelFactory[Exercise]):
    class Meta:
        model = Exercise

    lesson = factory.SubFactory(LessonFactory)
    slug = factory.Sequence(lambda n: f"exercise-{n}")
    title = factory.Sequence(lambda n: f"Exercise {n}")
    order = 1
    language = "python"
    statement = "Print the sum of two numbers."
    starter_code = "# STARTER\n"
    reference_solution = "print(SECRET_SOLUTION)\n"
    is_published = True


class TestCaseFactory(factory.django.DjangoModelFactory[TestCase]):
    __test__ = False

    class Meta:
        model = TestCase

    exercise = factory.SubFactory(ExerciseFactory)
    name = factory.Sequence(lambda n: f"case {n}")
    order = factory.Sequence(lambda n: n + 1)
    input = "1 2\n"
    expected_output = "3\n"
    is_visible = False


class HintFactory(factory.django.DjangoModelFactory[Hint]):
    class Meta:
        model = Hint

    exercise = factory.SubFactory(ExerciseFactory)
    order = factory.Sequence(lambda n: n + 1)
    text = factory.Sequence(lambda n: f"Hint text {n}")


class ProgressFactory(factory.django.DjangoModelFactory[Progress]):
    class Meta:
        model = Progress
