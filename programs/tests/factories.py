from __future__ import annotations

from typing import Any

import factory

from accounts.tests.factories import UserFactory
from programs.models import FeaturedProgram, Program, ProgramVersion, Star, Tag


class TagFactory(factory.django.DjangoModelFactory[Tag]):
    class Meta:
        model = Tag
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"tag-{n}")


class ProgramFactory(factory.django.DjangoModelFactory[Program]):
    """A saved program with its version 1, as programs.services.program_create leaves one."""

    class Meta:
        model = Program
        skip_postgeneration_save = True

    owner = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Program {n}")
    language = "assembly"
    description = "Prints a number."
    source = "PRINT 42\nPRINTC 10\nHALT\n"
    is_public = True

    @factory.post_generation
    def tags(obj: Program, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            obj.tags.set([TagFactory.create(name=name) for name in extracted])

    @factory.post_generation
    def first_version(obj: Program, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            ProgramVersion.objects.create(
                program=obj, number=1, title=obj.title, description=obj.description, source=obj.source
            )


class StarFactory(factory.django.DjangoModelFactory[Star]):
    class Meta:
        model = Star

    user = factory.SubFactory(UserFactory)
    program = factory.SubFactory(ProgramFactory)


class FeaturedProgramFactory(factory.django.DjangoModelFactory[FeaturedProgram]):
    class Meta:
        model = FeaturedProgram

    program = factory.SubFactory(ProgramFactory)
    order = factory.Sequence(lambda n: n)
