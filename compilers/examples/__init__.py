"""The program each language opens on in the playground and the explorer: one file per language of the
registry, named by its key and extension (`c.c`, `python.py`). A test runs every one on the Engine.

Euclid's algorithm where the language can say it (the oldest algorithm still in use, and short), so that
switching the language shows the same idea in another notation.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from compilers import registry

_HERE = Path(__file__).resolve().parent


def example_path(key: str) -> Path | None:
    language = registry.get(key)
    if language is None:
        return None
    path = _HERE / f"{language.key}{language.extension}"
    return path if path.exists() else None


@cache
def example(key: str) -> str:
    """The language's example program; "" for a language that has none yet."""
    path = example_path(key)
    return path.read_text() if path is not None else ""


def examples() -> dict[str, str]:
    """Every language's example that exists, by key, in the registry's order."""
    found = {language.key: example(language.key) for language in registry.LANGUAGES}
    return {key: text for key, text in found.items() if text}
