"""The one place where the execution app reaches the compilers and the Engine.

Everything else in the app calls these functions, so the pure cores' API is adapted here only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ancient_compute.lib.languages import language_statuses, unavailable_reason
from babbage.result import EventCallback, RunResult
from babbage.timing import DEFAULT_PROFILE

if TYPE_CHECKING:
    from compilers.analysis import Analysis
    from compilers.driver import CompileResult

CARDS = "cards"
COMPILE_CACHE_SIZE = 256
# Progress events every this many instructions: often enough for a smooth bar, rare enough to be cheap.
EVENT_INTERVAL = 20_000


@dataclass(frozen=True, slots=True)
class Limits:
    max_steps: int
    max_output: int
    store_size: int | None  # a fixed Store; None: one sized for the program, up to RUN_STORE_SIZE_CAP


@dataclass(frozen=True, slots=True)
class Language:
    key: str
    name: str
    extension: str
    available: bool
    description: str
    highlight: str  # the editor's highlighting mode
    broken: bool = False  # its front-end exists but failed to import (logged by lib.languages)

    @property
    def reason(self) -> str:
        """Why its programs cannot run, for the person who asked; "" when they can."""
        return unavailable_reason(self.name, broken=self.broken) if not self.available else ""


def languages() -> list[Language]:
    """Every language of compilers.registry, with whether its programs can run now."""
    return [
        Language(
            key=status.key,
            name=status.name,
            extension=status.language.extension,
            available=status.available,
            description=status.language.description,
            highlight=status.highlight,
            broken=status.broken,
        )
        for status in language_statuses()
    ]


def language_get(key: str) -> Language | None:
    return next((lang for lang in languages() if lang.key == key), None)


def compile_program(language: str, source: str, *, store_size: int | None) -> CompileResult:
    """The compile of that program; repeated compiles of the same program come from a per-process cache,
    then from the result cache that every worker shares (students press Run again and again on unchanged
    code, and the judge compiles every submission).
    store_size None: a Store sized for the program, whose heap and stack grow up to RUN_STORE_SIZE_CAP."""
    from django.conf import settings

    cap = settings.RUN_STORE_SIZE_CAP
    if language == CARDS:  # a mounted deck carries the card chain's state: mount it afresh each time
        return _compile(language, source, store_size, cap)
    return _compile_cached(language, source, store_size, cap)


def _compile(language: str, source: str, store_size: int | None, store_cap: int) -> CompileResult:
    from compilers import driver, registry

    lang = registry.get(language)
    filename = f"main{lang.extension if lang else ''}"
    options = driver.CompileOptions(opt_level=1, store_size=store_size, store_cap=store_cap)
    result = driver.compile(language, source, options=options, filename=filename)
    # The driver turns any exception inside a stage into an internal-error diagnostic, including the
    # task's soft time limit striking mid-compile: that is the run's time limit, not a compile error, and
    # such a result must not be cached as the program's compile either.
    if any(d.code == "internal" and _SOFT_LIMIT in d.message for d in result.diagnostics):
        from celery.exceptions import SoftTimeLimitExceeded

        raise SoftTimeLimitExceeded()
    return result


_SOFT_LIMIT = "SoftTimeLimitExceeded"


def _compile_shared(language: str, source: str, store_size: int | None, store_cap: int) -> CompileResult:
    """A compile another process made (the result cache, shared by every worker), or a new one kept there."""
    from execution import result_cache

    if not result_cache.enabled():
        return _compile(language, source, store_size, store_cap)
    key = result_cache.compile_key(language, source, store_size, store_cap)
    compiled = result_cache.compile_get(key)
    if compiled is None:
        compiled = _compile(language, source, store_size, store_cap)
        result_cache.compile_put(key, compiled)
    return compiled


# Compiles are pure functions of (language, source, Store, cap); the emulator only reads the program.
_compile_cached = lru_cache(maxsize=COMPILE_CACHE_SIZE)(_compile_shared)


def compile_bounded(language: str, source: str, *, store_size: int | None) -> CompileResult:
    """A compile that a request waits for (the API's compile and validate), for reading only: in a child
    process bounded by COMPILE_TIME_LIMIT and COMPILE_MEMORY_LIMIT_MB (ancient_compute/lib/bounded.py),
    so no program can exhaust the web process; a limit met is the result's diagnostic."""
    from django.conf import settings

    from ancient_compute.lib.bounded import compile_bounded as bounded
    from compilers import driver, registry

    lang = registry.get(language)
    options = driver.CompileOptions(opt_level=1, store_size=store_size, store_cap=settings.RUN_STORE_SIZE_CAP)
    return bounded(
        language,
        source,
        options,
        filename=f"main{lang.extension if lang else ''}",
        seconds=settings.COMPILE_TIME_LIMIT,
        megabytes=settings.COMPILE_MEMORY_LIMIT_MB,
    )


def analyse_bounded(language: str, source: str, stdin: str) -> Analysis:
    """A program's analysis before it runs (compilers/analysis), which a request waits for: compiled and
    run for a few steps in a child process bounded as compile_bounded's compile is."""
    from django.conf import settings

    from ancient_compute.lib.bounded import analyse_bounded as bounded
    from compilers import driver, registry
    from compilers.analysis import ESTIMATE_STEPS

    lang = registry.get(language)
    options = driver.CompileOptions(
        opt_level=1, store_size=settings.RUN_DEFAULT_STORE_SIZE, store_cap=settings.RUN_STORE_SIZE_CAP
    )
    return bounded(
        language,
        source,
        stdin,
        options,
        filename=f"main{lang.extension if lang else ''}",
        seconds=settings.COMPILE_TIME_LIMIT,
        megabytes=settings.COMPILE_MEMORY_LIMIT_MB,
        budget=ESTIMATE_STEPS,
    )


def program_line(result: RunResult) -> int | None:
    """The line of the student's program where a run stopped, or None.

    A run that stops inside a runtime routine with several possible callers is placed at the routine's
    own line (its file is the runtime's): that line is not the student's, so it is not shown as one; the
    message names the routine and its candidate callers instead.
    """
    from compilers.runtime import is_runtime_file

    if result.source_file is not None and is_runtime_file(result.source_file):
        return None
    return result.source_line


def run_program(
    compiled: CompileResult, *, stdin: str, limits: Limits, on_event: EventCallback | None = None
) -> RunResult:
    from compilers import driver

    return driver.run_compiled(
        compiled,
        stdin=stdin,
        store_size=limits.store_size,
        max_steps=limits.max_steps,
        max_output=limits.max_output,
        profile=DEFAULT_PROFILE,
        on_event=on_event,
        event_interval=EVENT_INTERVAL,
    )
