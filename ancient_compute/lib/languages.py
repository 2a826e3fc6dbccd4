"""The site's view of compilers.registry: every language, whether its programs can run now, and why not.

The registry is the one list of languages; every page, form, the API and the admin read it through here.
`Language.available` raises when a front-end package exists but fails to import. A page must not fail
for that, and the language must not quietly look "not finished" either: the error is logged with its
traceback, and the language is reported as broken, with a message that says its compiler failed to load.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from compilers import registry

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LanguageStatus:
    language: registry.Language
    available: bool
    error: str = ""  # why the front-end failed to import ("" when it did not fail)

    @property
    def key(self) -> str:
        return self.language.key

    @property
    def name(self) -> str:
        return self.language.name

    @property
    def highlight(self) -> str:
        return self.language.highlight

    @property
    def broken(self) -> bool:
        return bool(self.error)

    @property
    def reason(self) -> str:
        """Why programs in the language cannot run, in words for students; "" when they can."""
        return unavailable_reason(self.name, broken=self.broken) if not self.available else ""


def unavailable_reason(name: str, *, broken: bool) -> str:
    if broken:
        return (
            f"{name} programs cannot run right now: its compiler failed to load "
            "(the error is logged for the site's maintainers)."
        )
    return f"{name}'s compiler is coming: {name} programs cannot run on the Engine yet."


def _status(language: registry.Language) -> LanguageStatus:
    try:
        return LanguageStatus(language, available=language.available)
    except Exception as error:  # any failure inside the front-end's import, reported and contained here
        logger.exception("the %s front-end failed to import", language.key)
        return LanguageStatus(language, available=False, error=f"{type(error).__name__}: {error}")


def language_statuses() -> list[LanguageStatus]:
    """Every language of the registry, in its order."""
    return [_status(language) for language in registry.LANGUAGES]


def language_status(key: str) -> LanguageStatus | None:
    """The status of one language; None when the key names no language."""
    language = registry.get(key)
    return _status(language) if language is not None else None
