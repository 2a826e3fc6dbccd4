"""Saving, editing with versions, forking, starring and running programs (programs.services), and the
selectors that scope them to who may see them."""

from __future__ import annotations

from typing import Any

import pytest

from accounts.tests.factories import UserFactory
from ancient_compute.lib.errors import InvalidInput, NotFound
from programs import selectors, services
from programs.models import Program, Star
from programs.tests.factories import ProgramFactory, StarFactory

pytestmark = pytest.mark.django_db

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"


def test_a_saved_program_has_version_1_and_its_tags(ada: Any) -> None:
    program = services.program_create(
        user=ada, title="  The   answer ", language="assembly", source=HELLO, tags="Maths, #demo demo"
    )
    assert program.title == "The answer"
    assert [tag.name for tag in program.tags.all()] == ["demo", "maths"]
    assert [(v.number, v.source) for v in program.versions.all()] == [(1, HELLO)]
    assert program.is_public is False  # private unless asked


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"title": " "}, "title", "invalid"),
        ({"title": "x" * 121}, "title", "invalid"),
        ({"language": "cobol"}, "language", "unknown_language"),
        ({"source": "   \n"}, "source", "invalid"),
        ({"source": "a\x00b"}, "source", "invalid"),
        ({"tags": "no/slashes"}, "tags", "invalid"),
        ({"tags": " ".join(f"t{n}" for n in range(9))}, "tags", "invalid"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    ada: Any, fields: dict[str, Any], field: str, code: str
) -> None:
    arguments = {"title": "T", "language": "assembly", "source": HELLO, **fields}
    with pytest.raises(InvalidInput) as refused:
        services.program_create(user=ada, **arguments)
    assert refused.value.code == code
    assert field in refused.value.extra["fields"]
    assert not Program.objects.exists()


def test_an_edit_adds_a_version_only_when_the_program_changes(ada: Any) -> None:
    program = ProgramFactory.create(owner=ada, source=HELLO)
    services.program_update(program=program, source="PRINT 7\nHALT\n")
    services.program_update(program=program, tags="loops", is_public=False)  # no new version
    services.program_update(program=program, source="PRINT 7\nHALT\n")  # the same: no new version
    services.program_update(program=program, title="Seven")
    versions = [(v.number, v.source) for v in selectors.program_version_list(program=program)]
    assert versions == [(3, "PRINT 7\nHALT\n"), (2, "PRINT 7\nHALT\n"), (1, HELLO)]
    assert program.versions.get(number=3).title == "Seven"
    program.refresh_from_db()
    assert (program.title, program.is_public, [t.name for t in program.tags.all()]) == (
        "Seven",
        False,
        ["loops"],
    )


def test_a_fork_is_a_private_copy_that_keeps_its_origin(ada: Any, charles: Any) -> None:
    origin = ProgramFactory.create(owner=ada, is_public=True, tags=["maths"])
    fork = services.program_fork(user=charles, program=origin)
    assert (fork.owner, fork.forked_from, fork.is_public) == (charles, origin, False)
    assert (fork.source, fork.language, [t.name for t in fork.tags.all()]) == (
        origin.source,
        "assembly",
        ["maths"],
    )
    assert fork.versions.count() == 1
    # Someone else's private program cannot be forked: it does not exist for them.
    secret = ProgramFactory.create(owner=ada, is_public=False)
    with pytest.raises(NotFound):
        services.program_fork(user=charles, program=secret)


def test_starring_twice_is_one_star_and_unstarring_twice_is_none(ada: Any, charles: Any) -> None:
    program = ProgramFactory.create(owner=ada)
    assert services.program_star(user=charles, program=program) is True
    services.program_star(user=charles, program=program)
    assert Star.objects.filter(program=program).count() == 1
    services.program_star(user=charles, program=program, starred=False)
    services.program_star(user=charles, program=program, starred=False)
    assert not Star.objects.exists()


def test_private_programs_are_their_owners_alone(ada: Any, charles: Any) -> None:
    secret = ProgramFactory.create(owner=ada, is_public=False)
    assert selectors.access_program_by_id(ada, secret.pk) == secret
    with pytest.raises(NotFound):
        selectors.access_program_by_id(charles, secret.pk)
    public = ProgramFactory.create(owner=ada, is_public=True)
    assert selectors.access_program_by_id(charles, public.pk) == public
    with pytest.raises(NotFound):  # readable, but not charles's to change
        selectors.access_own_program_by_id(charles, public.pk)


def test_the_gallery_filters_by_language_and_tag_and_orders_by_stars_or_recency(ada: Any) -> None:
    old = ProgramFactory.create(title="Old", tags=["loops"])
    new = ProgramFactory.create(title="New", language="c", source="int main(void) { return 0; }\n")
    ProgramFactory.create(title="Hidden", is_public=False, tags=["loops"])
    for _ in range(2):
        StarFactory.create(program=old)

    def titles(**filters: Any) -> list[str]:
        found = selectors.program_list_public(filters=selectors.GalleryFilters(**filters), user=ada)
        return [p.title for p in found]

    assert titles() == ["New", "Old"]
    assert titles(sort="stars") == ["Old", "New"]
    assert titles(language="c") == ["New"]
    assert titles(tag="loops") == ["Old"]
    listed = selectors.program_list_public(filters=selectors.GalleryFilters(sort="stars"), user=ada)
    assert [p.star_count for p in listed]  # type: ignore[attr-defined]  # an annotation == [2, 0]
    assert new.pk  # listed above by title


def test_a_search_matches_titles_descriptions_and_source_on_every_word(ada: Any) -> None:
    ProgramFactory.create(title="Euclid", description="Greatest common divisor", source="PRINT 6\nHALT\n")
    ProgramFactory.create(title="Factorial", description="n!", source="; multiply down to one\nHALT\n")
    ProgramFactory.create(title="Secret Euclid", is_public=False)

    def titles(query: str) -> list[str]:
        found = selectors.program_list_public(filters=selectors.GalleryFilters(query=query), user=ada)
        return sorted(p.title for p in found)

    assert titles("euclid") == ["Euclid"]  # the private one is never listed
    assert titles("divisor") == ["Euclid"]
    assert titles("multiply") == ["Factorial"]
    assert titles("euclid multiply") == []  # every word must match
    assert titles("") == ["Euclid", "Factorial"]


def test_running_a_program_keeps_the_run_and_its_statistics(
    ada: Any, charles: Any, django_capture_on_commit_callbacks: Any
) -> None:
    program = ProgramFactory.create(owner=ada, source=HELLO)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.program_run(user=ada, program=program)
    program.refresh_from_db()
    assert program.last_run_id == run.id
    run.refresh_from_db()
    assert (run.status, run.output, run.statistics["instructions"]) == ("completed", "42\n", 3)
    with pytest.raises(NotFound):  # only its owner runs it from its page (others fork it)
        services.program_run(user=charles, program=program)


def test_saving_from_a_run_keeps_that_run_and_refuses_another_users(
    ada: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from execution.services import run_create

    with django_capture_on_commit_callbacks(execute=True):
        run = run_create(user=ada, language="assembly", source=HELLO)
    program = services.program_create(
        user=ada, title="From a run", language="assembly", source=HELLO, run_id=run.id
    )
    assert program.last_run_id == run.id
    with pytest.raises(InvalidInput):
        services.program_create(
            user=UserFactory.create(), title="Not mine", language="assembly", source=HELLO, run_id=run.id
        )


def test_the_search_index_exists_on_postgresql_only() -> None:
    from django.db import connection

    from programs.search import SEARCH_INDEX_NAME

    with connection.cursor() as cursor:
        names = list(connection.introspection.get_constraints(cursor, "programs_program"))
    assert (SEARCH_INDEX_NAME in names) == (connection.vendor == "postgresql")
