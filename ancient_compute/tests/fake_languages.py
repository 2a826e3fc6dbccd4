"""Languages whose availability a test decides, whatever front-ends exist today.

Which languages can run changes as front-ends land, so tests never name one as available or not: they
take one from here. The registry asks `compilers.registry.frontend(key)` whether a language's front-end
exists (None: not yet; a raise: it exists but fails to import); these helpers replace that answer for the
languages a test names and leave every other language as it really is.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from compilers import registry
from compilers.frontends.base import Frontend


def _frontend_stub(key: str) -> Frontend:
    def never(*args: object) -> object:
        raise AssertionError(f"the {key} front-end of this test only makes the language look available")

    return Frontend(lang=key, lex=never, parse=never, check=never, lower=never, dump_ast=never)  # type: ignore[arg-type]


def fake_frontends(
    monkeypatch: pytest.MonkeyPatch,
    *,
    available: tuple[str, ...] = (),
    missing: tuple[str, ...] = (),
    broken: tuple[str, ...] = (),
) -> None:
    """`available` get a front-end (a stub that must not be compiled with), `missing` none yet, and
    `broken` one whose import raises, as a package with an error in it does."""
    real: Callable[[str], Frontend | None] = registry.frontend

    def frontend(key: str) -> Frontend | None:
        if key in broken:
            raise ImportError(f"compilers.frontends.{key} failed to import (a fault made by the test)")
        if key in missing:
            return None
        if key in available:
            return _frontend_stub(key)
        return real(key)

    monkeypatch.setattr(registry, "frontend", frontend)


def compiled_keys() -> list[str]:
    """Languages that need a front-end of the shared pipeline (assembly and cards run without one): only
    these can be made missing or broken."""
    return [
        language.key
        for language in registry.LANGUAGES
        if language.available is False or registry.frontend(language.key) is not None
    ]


def one_missing(monkeypatch: pytest.MonkeyPatch) -> registry.Language:
    """A language whose compiler is still coming (made so for this test, whatever exists today)."""
    language = registry.get(compiled_keys()[-1])
    assert language is not None
    fake_frontends(monkeypatch, missing=(language.key,))
    assert not language.available
    return language


def one_available(monkeypatch: pytest.MonkeyPatch, *, besides: str = "") -> registry.Language:
    """A compiled language whose programs can run, other than `besides` (made so with a stub front-end
    when none is; nothing in a test that uses this may compile with it)."""
    keys = [key for key in compiled_keys() if key != besides]
    key = next((k for k in keys if registry.frontend(k) is not None), keys[0])
    if registry.frontend(key) is None:
        fake_frontends(monkeypatch, available=(key,))
    language = registry.get(key)
    assert language is not None and language.available
    return language
