"""Full-text search on PostgreSQL (services mode): the GIN index exists, the search matches words by their
stem across titles, descriptions and source, ranks the best match first, reads web-search syntax safely,
and the query is served by the index (the expression of the query and of the index are the same)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from programs import selectors
from programs.models import Program
from programs.search import SEARCH_INDEX_NAME, program_search
from programs.tests.factories import ProgramFactory

pytestmark = [pytest.mark.services, pytest.mark.django_db]


def titles(query: str, sort: str = "recent") -> list[str]:
    filters = selectors.GalleryFilters(query=query, sort=sort)
    return [p.title for p in selectors.program_list_public(filters=filters)]


def test_the_search_index_is_a_gin_index_on_postgresql() -> None:
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [SEARCH_INDEX_NAME])
        (definition,) = cursor.fetchone()
    assert "USING gin" in definition and "to_tsvector('english'" in definition


def test_words_match_by_their_stem_in_titles_descriptions_and_source() -> None:
    ProgramFactory.create(title="Euclid", description="Divides until the remainder is zero.", source="HALT\n")
    ProgramFactory.create(title="Factorial", description="", source="; multiplying down to one\nHALT\n")
    ProgramFactory.create(title="Hidden divisions", is_public=False)
    assert titles("dividing") == ["Euclid"]  # "divides" and "dividing" share the stem
    assert titles("multiply") == ["Factorial"]  # a word of the source
    assert titles("euclid") == ["Euclid"]
    assert titles("euclid factorial") == []  # every word must match
    assert titles("euclid or factorial") == ["Factorial", "Euclid"]  # web-search syntax, newest first
    assert titles('"remainder is zero" -factorial') == ["Euclid"]
    assert titles("((( & !") == []  # not syntax that fails: just no match


def test_the_best_match_comes_first_when_asked() -> None:
    ProgramFactory.create(title="Loops", description="A loop.", source="HALT\n")
    ProgramFactory.create(title="Loop loop loop", description="Loops of loops.", source="; loop\nHALT\n")
    assert titles("loop", sort="relevance") == ["Loop loop loop", "Loops"]


def test_the_search_is_served_by_the_gin_index() -> None:
    ProgramFactory.create_batch(3)
    searched = program_search(Program.objects.all(), "euclid")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # on a tiny table the planner would scan it
        sql, params = searched.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert SEARCH_INDEX_NAME in plan, plan


def test_the_gallery_page_searches_with_postgresql(client: Any) -> None:
    ProgramFactory.create(title="Euclid", description="Divides until the remainder is zero.")
    page = client.get("/programs/", {"q": "dividing remainders"}).content.decode()
    assert "Euclid" in page and "1 program matching" in page
