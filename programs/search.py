"""Full-text search over saved programs' titles, descriptions and source.

On PostgreSQL: a tsvector of the three texts (English configuration) matched by a websearch query, ranked,
and served by a GIN index over exactly that expression (migration 0002, made on PostgreSQL only). On
SQLite (the embedded default): every word of the query must occur, case-insensitively, in one of the
three texts. Either way a query is a few words, not a pattern: nothing in it is interpreted as syntax
that could fail.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from programs.models import Program

CONFIG = "english"
SEARCH_INDEX_NAME = "program_search_gin"
# The words of a query that count on SQLite, and the longest query either engine is given.
MAX_QUERY_WORDS = 12
MAX_QUERY_CHARS = 200


def search_vector() -> SearchVector:
    """The one expression both the index and the query use: PostgreSQL uses the index only when they match."""
    return SearchVector("title", "description", "source", config=CONFIG)


def uses_postgres_search() -> bool:
    return connection.vendor == "postgresql"


def program_search(programs: QuerySet[Program], query: str) -> QuerySet[Program]:
    """`programs` narrowed to those that match `query`, best first on PostgreSQL (by rank)."""
    query = " ".join(query.split())[:MAX_QUERY_CHARS]
    if not query:
        return programs
    if uses_postgres_search():
        search_query = SearchQuery(query, config=CONFIG, search_type="websearch")
        return (
            programs.annotate(search_rank=SearchRank(search_vector(), search_query))
            .alias(document=search_vector())
            .filter(document=search_query)
        )
    matches = Q()
    for word in query.split()[:MAX_QUERY_WORDS]:
        matches &= Q(title__icontains=word) | Q(description__icontains=word) | Q(source__icontains=word)
    return programs.filter(matches)
