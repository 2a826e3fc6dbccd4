"""The one record of every language the site knows: what the editor, the lessons, the explorer, the API,
the command line, the test harness and the runtime linker all read. Nothing else lists languages.

A front-end joins by adding a package `compilers/frontends/<key>/` whose `__init__` exposes FRONTEND (a
compilers.frontends.base.Frontend) and its programs; the registry finds it by name. A language whose
front-end does not exist yet is listed but not available: the site offers no Run button for it.
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
class Reference:
    """How the language's real toolchain builds and runs a program: the differential tests' oracle.

    Each argument may contain `{src}` (the program's file), `{dir}` (a fresh directory holding it) and
    `{exe}` (an executable path inside that directory)."""

    name: str  # for people: "gcc", "CPython"
    run: tuple[str, ...]  # the command that runs the program (after `build`, when there is one)
    install: str  # what to install when the tool is missing, said in the failure message
    build: tuple[str, ...] = ()  # the command that compiles it first, if the toolchain compiles

    @property
    def executables(self) -> tuple[str, ...]:
        """The programs that must be on PATH (the first word of each command)."""
        return tuple(dict.fromkeys(cmd[0] for cmd in (self.build, self.run) if cmd))


@dataclass(frozen=True, slots=True)
class Language:
    key: str  # the LANGUAGES.md name: `--lang KEY`
    name: str  # for people
    extension: str  # with the dot: ".c"
    description: str
    highlight: str  # the editor's (CodeMirror) highlighting mode
    pygments: str  # the Pygments lexer that highlights lesson code ("text": none fits)
    comment: str  # what starts a line comment: test expectations are written behind it
    # Runtime routines written for this language alone are named `<namespace>_...` and live in
    # compilers/runtime/<namespace>/, so that `py_add` and `lisp_car` cannot collide. Empty: the language
    # links only the shared runtime.
    namespace: str = ""
    reference: Reference | None = None  # None: no external toolchain (the project's own is the oracle)

    @property
    def available(self) -> bool:
        """Whether programs in the language can run. A front-end package that exists but fails to import
        raises: a broken compiler is an error to see, never a language quietly withdrawn."""
        return self.key in _BUILT_IN or frontend(self.key) is not None


LANGUAGES: tuple[Language, ...] = (
    Language(
        "assembly",
        "Babbage assembly",
        ".bab",
        "The Engine's own instruction set (ISA.md).",
        highlight="babbage",
        pygments="nasm",  # Pygments has no Babbage lexer: the nearest readable one
        comment=";",
    ),
    Language(
        "cards",
        "Analytical Engine cards",
        ".ae",
        "Babbage's operation and number cards, as Walker's emulator reads them.",
        highlight="cards",
        pygments="text",
        comment=".",  # Walker's comment cards: a line starting with a period or a space
    ),
    Language(
        "c",
        "C",
        ".c",
        "A C99 subset: pointers, arrays, structs, printf.",
        highlight="c",
        pygments="c",
        comment="//",
        reference=Reference(
            "gcc",
            build=("gcc", "-std=gnu99", "-w", "-O0", "-o", "{exe}", "{src}", "-lm"),
            run=("{exe}",),
            install="apt-get install -y gcc",
        ),
    ),
    Language(
        "python",
        "Python",
        ".py",
        "A Python 3 subset with dynamic typing, classes and exceptions.",
        highlight="python",
        pygments="python",
        comment="#",
        namespace="py",
        reference=Reference("CPython", run=("python3", "{src}"), install="apt-get install -y python3"),
    ),
    Language(
        "haskell",
        "Haskell",
        ".hs",
        "A lazy Haskell 2010 subset with type classes.",
        highlight="haskell",
        pygments="haskell",
        comment="--",
        namespace="sf",  # the functional core's runtime (runtime/sf/): Haskell compiles through the core
        reference=Reference(
            "GHC",
            build=("ghc", "-v0", "-O0", "-outputdir", "{dir}", "-o", "{exe}", "{src}"),
            run=("{exe}",),
            install="apt-get install -y ghc",
        ),
    ),
    Language(
        "lisp",
        "LISP",
        ".lisp",
        "A Common Lisp subset with macros and closures.",
        highlight="commonlisp",
        pygments="common-lisp",
        comment=";",
        namespace="lisp",
        reference=Reference("SBCL", run=("sbcl", "--script", "{src}"), install="apt-get install -y sbcl"),
    ),
    Language(
        "java",
        "Java",
        ".java",
        "A Java 17 subset: classes, interfaces, exceptions.",
        highlight="java",
        pygments="java",
        comment="//",
        namespace="java",
        # The source-file launcher (JEP 330) compiles and runs a one-file program as javac and java do.
        reference=Reference(
            "javac and java", run=("java", "{src}"), install="apt-get install -y openjdk-17-jdk-headless"
        ),
    ),
    Language(
        "systemf",
        "System F",
        ".sf",
        "The polymorphic lambda calculus, type-checked and erased.",
        highlight="haskell",
        pygments="haskell",  # Pygments has no System F lexer: Haskell's reads closest
        comment="--",
        namespace="sf",
    ),
    Language(
        "idris",
        "Idris",
        ".idr",
        "An Idris 2 subset with dependent types, erased before running.",
        highlight="haskell",
        pygments="idris",
        comment="--",
        namespace="sf",  # the functional core's runtime (runtime/sf/): Idris compiles through the core
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


def keys() -> tuple[str, ...]:
    return tuple(language.key for language in LANGUAGES)


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
    if not isinstance(found, Frontend):
        raise ImportError(f"{name} does not define FRONTEND as a compilers.frontends.base.Frontend")
    return found
