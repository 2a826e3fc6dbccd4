"""The languages of LANGUAGES.md: what the editor, the explorer, the API and the command line list.

A front-end joins by adding a package `compilers/frontends/<key>/` whose `__init__` exposes FRONTEND (a
compilers.frontends.base.Frontend): the registry finds it by name, nothing else needs to change.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from functools import cache

from compilers.frontends.base import Frontend

# Languages the Engine runs without a front-end of the shared pipeline.
_BUILT_IN = frozenset({"assembly", "cards"})


@dataclass(frozen=True, slots=True)
class Language:
    key: str  # the LANGUAGES.md name: `--lang KEY`
    name: str  # for people
    extension: str  # with the dot: ".c"
    description: str
    highlight: str  # the editor's highlighting mode

    @property
    def available(self) -> bool:
        if self.key in _BUILT_IN:
            return True
        try:
            return frontend(self.key) is not None
        except Exception:  # a front-end that fails to import is not available (the driver says why)
            return False


LANGUAGES: tuple[Language, ...] = (
    Language("assembly", "Babbage assembly", ".bab", "The Engine's own instruction set (ISA.md).", "babbage"),
    Language(
        "cards",
        "Analytical Engine cards",
        ".ae",
        "Babbage's operation and number cards, as Walker's emulator reads them.",
        "cards",
    ),
    Language("c", "C", ".c", "A C99 subset: pointers, arrays, structs, printf.", "c"),
    Language(
        "python", "Python", ".py", "A Python 3 subset with dynamic typing, classes and exceptions.", "python"
    ),
    Language("haskell", "Haskell", ".hs", "A lazy Haskell 2010 subset with type classes.", "haskell"),
    Language("lisp", "LISP", ".lisp", "A Common Lisp subset with macros and closures.", "commonlisp"),
    Language("java", "Java", ".java", "A Java 17 subset: classes, interfaces, exceptions.", "java"),
    Language(
        "systemf", "System F", ".sf", "The polymorphic lambda calculus, type-checked and erased.", "haskell"
    ),
    Language(
        "idris", "Idris", ".idr", "An Idris 2 subset with dependent types, erased before running.", "haskell"
    ),
)


def get(key: str) -> Language | None:
    for language in LANGUAGES:
        if language.key == key:
            return language
    return None


def by_extension(extension: str) -> Language | None:
    """The language of a file name's extension (".c", or "prog.c")."""
    ext = (
        extension
        if extension.startswith(".") and extension.count(".") == 1
        else "." + extension.rsplit(".", 1)[-1]
    )
    for language in LANGUAGES:
        if language.extension == ext.lower():
            return language
    return None


def available() -> list[Language]:
    return [language for language in LANGUAGES if language.available]


@cache
def frontend(key: str) -> Frontend | None:
    """The FRONTEND of compilers.frontends.<key>, or None when that package does not exist yet. A package
    that exists but fails to import raises (the driver reports it as an internal error)."""
    if key in _BUILT_IN or get(key) is None:
        return None
    name = f"compilers.frontends.{key}"
    if importlib.util.find_spec(name) is None:
        return None
    module = importlib.import_module(name)
    found = getattr(module, "FRONTEND", None)
    return found if isinstance(found, Frontend) else None
