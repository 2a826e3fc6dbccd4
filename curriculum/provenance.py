"""Where a module, lesson or exercise came from, and whether it was edited since the loader wrote it.

The loader records, on each row it writes, the file it came from and a fingerprint of the row's content
as it left it (for an exercise, with its test cases and hints). A row whose content no longer matches
that fingerprint was edited since (in the admin or elsewhere), and the loader never overwrites it unless
told to reset it by name. The fields below are the ones the files define: one list per kind, used both
to write rows and to fingerprint them.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from curriculum.models import Exercise, Hint, Lesson, Module, TestCase

MODULE_FIELDS = ("slug", "title", "order", "era", "summary", "introduction", "is_published")
LESSON_FIELDS = ("module_id", "slug", "title", "order", "summary", "body", "is_published")
EXERCISE_FIELDS = (
    "lesson_id", "slug", "title", "order", "language", "statement", "starter_code", "reference_solution",
    "max_steps", "max_output", "store_size", "is_published",
)  # fmt: skip
TEST_FIELDS = ("order", "name", "input", "expected_output", "is_visible")
HINT_FIELDS = ("order", "text")


def content_fingerprint(values: Mapping[str, Any]) -> str:
    """A stable hash of a row's content (JSON with sorted keys, so the order of fields never matters)."""
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _values(row: Any, names: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


def exercise_content(
    values: Mapping[str, Any], tests: Iterable[Mapping[str, Any]], hints: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """An exercise's fields with its tests and hints (each by position), the unit the loader fingerprints."""
    return {
        **values,
        "tests": sorted((dict(t) for t in tests), key=lambda t: t["order"]),
        "hints": sorted((dict(h) for h in hints), key=lambda h: h["order"]),
    }


def row_fingerprint(row: Module | Lesson | Exercise) -> str:
    """The fingerprint of the row as it is now. An exercise's tests and hints are read through
    `test_cases.all()` and `hints.all()`, so a list page prefetches them to stay at a constant query count."""
    if isinstance(row, Module):
        return content_fingerprint(_values(row, MODULE_FIELDS))
    if isinstance(row, Lesson):
        return content_fingerprint(_values(row, LESSON_FIELDS))
    tests: list[TestCase] = list(row.test_cases.all())
    hints: list[Hint] = list(row.hints.all())
    return content_fingerprint(
        exercise_content(
            _values(row, EXERCISE_FIELDS),
            [_values(t, TEST_FIELDS) for t in tests],
            [_values(h, HINT_FIELDS) for h in hints],
        )
    )


class Source(enum.Enum):
    ADMIN = "made in the admin"
    FILES = "as loaded from the files"
    EDITED = "edited since it was loaded"


def row_source(row: Module | Lesson | Exercise) -> Source:
    """Whether the row was made in the admin, is as the loader left it, or was edited since."""
    if not row.source_hash:
        return Source.ADMIN
    return Source.FILES if row_fingerprint(row) == row.source_hash else Source.EDITED


def reset_target(row: Module | Lesson | Exercise) -> str:
    """The name `load_curriculum --reset` takes for this row (the loader's report prints the same)."""
    if isinstance(row, Module):
        return f"module:{row.slug}"
    if isinstance(row, Lesson):
        return f"lesson:{row.module.slug}/{row.slug}"
    return f"exercise:{row.slug}"
