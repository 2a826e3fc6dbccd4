"""Finding the test programs: `compilers/tests/<key>/**/*<extension>` for every language of the registry
that has a front-end. A new language's programs are found as soon as its folder and front-end exist."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from compilers import registry
from compilers.registry import Language
from compilers.tests.harness.expectations import Expectations, read_expectations

TESTS = Path(__file__).resolve().parents[1]  # compilers/tests


@dataclass(frozen=True)
class Program:
    language: Language
    path: Path

    @property
    def id(self) -> str:
        """`c/arith/add.c`: the test id and the file name the compilers report."""
        return self.path.relative_to(TESTS).as_posix()

    @cached_property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @cached_property
    def expect(self) -> Expectations:
        return read_expectations(self.source, self.language.comment)


def compiled_languages() -> list[Language]:
    """The languages whose programs go through the shared pipeline (those with a front-end). A front-end
    that fails to import raises here, so a broken one fails the collection instead of losing its tests."""
    return [language for language in registry.LANGUAGES if registry.frontend(language.key) is not None]


def folder(language: Language) -> Path:
    return TESTS / language.key


def programs(language: Language) -> list[Program]:
    return [Program(language, path) for path in sorted(folder(language).rglob(f"*{language.extension}"))]


def all_programs() -> list[Program]:
    return [program for language in compiled_languages() for program in programs(language)]
