"""Reads: saved programs, always scoped to who may see them.

A private program is its owner's alone: to anyone else it does not exist (404, never 403). A public one is
readable by everyone, visitors included, and listed in the gallery.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Value
from django.db.models.fields import BooleanField

from ancient_compute.lib.errors import NotFound
from programs.models import FeaturedProgram, Program, ProgramVersion, Star, Tag
from programs.search import program_search

# The gallery's orders, by the name a link or the API gives them.
SORTS: dict[str, tuple[str, ...]] = {
    "recent": ("-updated_at", "-id"),
    "stars": ("-star_count", "-updated_at", "-id"),
}
DEFAULT_SORT = "recent"
# "relevance": the best matches of a search first (PostgreSQL ranks them; SQLite gives the newest first).
SORT_NAMES = (*SORTS, "relevance")


def _with_counts(programs: QuerySet[Program], user: Any) -> QuerySet[Program]:
    """Each program with its number of stars and whether `user` starred it."""
    starred: Exists | Value
    if user is not None and user.is_authenticated:
        starred = Exists(Star.objects.filter(program=OuterRef("pk"), user=user))
    else:
        starred = Value(False, output_field=BooleanField())
    return (
        programs.select_related("owner", "forked_from", "last_run")
        .prefetch_related("tags")
        .annotate(star_count=Count("stars", distinct=True), starred=starred)
    )


def _visible_to(user: Any) -> Q:
    if user is not None and user.is_authenticated:
        return Q(is_public=True) | Q(owner=user)
    return Q(is_public=True)


def access_program_by_id(user: Any, program_id: int) -> Program:
    """The program if `user` may read it (public, or theirs); NotFound otherwise."""
    program = _with_counts(Program.objects.filter(_visible_to(user), pk=program_id), user).first()
    if program is None:
        raise NotFound("No such program.", code="program_not_found")
    return program


def access_own_program_by_id(user: Any, program_id: int) -> Program:
    """The program if `user` owns it; NotFound otherwise (others may not learn that a private one exists,
    and a public one's owner alone may change it)."""
    program = access_program_by_id(user, program_id)
    if program.owner_id != getattr(user, "pk", None):
        raise NotFound("No such program of yours.", code="program_not_found")
    return program


@dataclass(frozen=True, slots=True)
class GalleryFilters:
    query: str = ""
    language: str = ""
    tag: str = ""
    sort: str = DEFAULT_SORT


def program_list_public(*, filters: GalleryFilters, user: Any = None) -> QuerySet[Program]:
    """The gallery: public programs by language and tag, matching the search words, in the order asked
    (a search with no explicit order gives the best matches first where the engine ranks them)."""
    programs = Program.objects.filter(is_public=True)
    if filters.language:
        programs = programs.filter(language=filters.language)
    if filters.tag:
        programs = programs.filter(tags__name=filters.tag)
    programs = _with_counts(program_search(programs, filters.query), user)
    order = SORTS.get(filters.sort, SORTS[DEFAULT_SORT])
    if filters.query and filters.sort == "relevance" and "search_rank" in programs.query.annotations:
        order = ("-search_rank", *SORTS[DEFAULT_SORT])
    return programs.order_by(*order)


def program_star_state(*, user: Any, program: Program) -> tuple[bool, int]:
    """Whether `user` starred the program, and how many stars it has."""
    stars = Star.objects.filter(program=program)
    return stars.filter(user=user).exists(), stars.count()


def program_list_for_user(*, user: Any) -> QuerySet[Program]:
    """Everything `user` saved, public or private, newest first."""
    return _with_counts(Program.objects.filter(owner=user), user).order_by("-updated_at", "-id")


def program_version_list(*, program: Program) -> QuerySet[ProgramVersion]:
    return ProgramVersion.objects.filter(program=program).order_by("-number")


def program_version_get(*, program: Program, number: int) -> ProgramVersion:
    version = ProgramVersion.objects.filter(program=program, number=number).first()
    if version is None:
        raise NotFound(f"This program has no version {number}.", code="version_not_found")
    return version


def program_fork_list(*, program: Program, user: Any) -> QuerySet[Program]:
    """The forks of `program` that `user` may see."""
    return program.forks.filter(_visible_to(user)).select_related("owner").order_by("-created_at")


def tag_list_public() -> QuerySet[Tag]:
    """Tags carried by at least one public program, the most used first."""
    return (
        Tag.objects.filter(programs__is_public=True)
        .annotate(uses=Count("programs", filter=Q(programs__is_public=True), distinct=True))
        .order_by("-uses", "name")
    )


def featured_program_list_for_lesson(*, lesson_id: int) -> QuerySet[FeaturedProgram]:
    """The public programs an instructor featured in a lesson, in the order chosen (a program made private
    since drops out of the page)."""
    return (
        FeaturedProgram.objects.filter(lesson_id=lesson_id, program__is_public=True)
        .select_related("program", "program__owner")
        .order_by("order", "id")
    )
