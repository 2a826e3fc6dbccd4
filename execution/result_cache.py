"""A run is computed once: results of runs and compiles kept by their content.

The Engine is deterministic, so a run's result is a pure function of the toolchain (the compilers', the
Engine's and the judge's code), the language, the program, its input (a judged run's: the exercise's
tests) and its limits (steps, output, Store and the Store's cap). The key is a SHA-256 of all of them,
the toolchain by its version (`toolchain_version`: settings.TOOLCHAIN_VERSION, or a hash of the sources
that make results), so a new release computes everything afresh. The value is the run's final fields.

The cache is Django's cache "results": Redis in services mode (shared by the web processes and every
worker), the process's memory on the embedded default (whose tasks run in the serving process). A result
that depends on the machine rather than the program (time_limit, internal_error, a compile that met a
memory or depth limit) is never kept, and a cache that fails is a miss, never a failed run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from django.conf import settings
from django.core.cache import caches

from execution.models import FINAL_STATUSES, RunStatus

if TYPE_CHECKING:
    from compilers.driver import CompileResult
    from execution.toolchain import Limits

logger = logging.getLogger(__name__)


class _Test(Protocol):
    """A test of a judged run as its key reads it (judge.TestSpec; named by shape: the judge is above)."""

    @property
    def name(self) -> str: ...
    @property
    def input(self) -> str: ...
    @property
    def expected_output(self) -> str: ...
    @property
    def is_visible(self) -> bool: ...


CACHE_ALIAS = "results"
ROOT = Path(__file__).resolve().parents[1]
# The sources whose code makes a run's result: every compiler and the runtime, the Engine, and how the
# execution app feeds them (the judge's input convention, the toolchain's options).
VERSIONED_SOURCES = ("compilers", "babbage", "execution/judge.py", "execution/toolchain.py")
_NOT_CODE = {"tests", "bench", "__pycache__", "examples"}
_NOT_CODE_SUFFIXES = {".md", ".pyc"}
# Final statuses that the machine decided, not the program: the worker's time limit, our failure. A run,
# or a judged run with a test, that ended so is never kept.
MACHINE_STATUSES = frozenset({RunStatus.TIME_LIMIT, RunStatus.INTERNAL_ERROR})
# Diagnostics of a compile that met the machine's limit rather than the program's error.
_MACHINE_DIAGNOSTICS = frozenset({"internal", "limit"})


def enabled() -> bool:
    return bool(settings.RESULT_CACHE_ENABLED)


@lru_cache(maxsize=1)
def toolchain_version() -> str:
    """settings.TOOLCHAIN_VERSION, or a hash of the sources that make results (computed once a process)."""
    if settings.TOOLCHAIN_VERSION:
        return str(settings.TOOLCHAIN_VERSION)
    digest = hashlib.sha256()
    for path in _versioned_files():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(b"\x00")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _versioned_files() -> list[Path]:
    files: list[Path] = []
    for name in VERSIONED_SOURCES:
        path = ROOT / name
        if path.is_file():
            files.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = [d for d in subfolders if d not in _NOT_CODE]  # never walked into
            files.extend(Path(folder, n) for n in names if Path(n).suffix not in _NOT_CODE_SUFFIXES)
    return sorted(files)


def _key(kind: str, parts: Iterable[object]) -> str:
    digest = hashlib.sha256(f"{kind}\x00{toolchain_version()}".encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(json.dumps(part, sort_keys=True).encode())
    return f"{kind}:{digest.hexdigest()}"


def run_key(
    *, language: str, source: str, stdin: str, limits: Limits, tests: Sequence[_Test] | None = None
) -> str:
    """The key of a run's result: a plain run's (tests None) or a judged run's over those tests."""
    test_parts = (
        None if tests is None else [[t.name, t.input, t.expected_output, t.is_visible] for t in tests]
    )
    return _key(
        "judged" if tests is not None else "run",
        [
            language,
            source,
            stdin,
            limits.max_steps,
            limits.max_output,
            limits.store_size,
            settings.RUN_STORE_SIZE_CAP,
            test_parts,
        ],
    )


def reference_key(*, language: str, source: str, limits: Limits, tests: Sequence[_Test]) -> str:
    """The key of the admin's check of a reference solution (every detail of every test)."""
    return "reference:" + run_key(language=language, source=source, stdin="", limits=limits, tests=tests)


def compile_key(language: str, source: str, store_size: int | None, store_cap: int) -> str:
    return _key("compile", [language, source, store_size, store_cap])


@dataclass(frozen=True, slots=True)
class CachedResult:
    """A run's final status and the fields of its row (a judged run's `results` among them)."""

    status: str
    fields: dict[str, Any]


def cacheable(status: str, fields: dict[str, Any]) -> bool:
    """Whether the program alone decided this result (so that running it again gives it again)."""
    if status not in FINAL_STATUSES or status in MACHINE_STATUSES:
        return False
    if any(d.get("code") in _MACHINE_DIAGNOSTICS for d in fields.get("diagnostics") or ()):
        return False
    return not any(r.get("status") in MACHINE_STATUSES for r in fields.get("results") or ())


def result_get(key: str) -> CachedResult | None:
    value = _get(key)
    if value is None:
        return None
    data = json.loads(zlib.decompress(value))
    return CachedResult(status=data["status"], fields=data["fields"])


def result_put(key: str, status: str, fields: dict[str, Any]) -> None:
    """Keeps a final result, when the program alone decided it."""
    if not cacheable(status, fields):
        return
    _set(key, zlib.compress(json.dumps({"status": status, "fields": fields}).encode(), 1))


def json_get(key: str) -> Any:
    value = _get(key)
    return None if value is None else json.loads(zlib.decompress(value))


def json_put(key: str, data: Any) -> None:
    _set(key, zlib.compress(json.dumps(data).encode(), 1))


def compile_get(key: str) -> CompileResult | None:
    value = _get(key)
    if value is None:
        return None
    # Only compile_put writes these keys, on the site's own Redis (as trusted as the broker).
    result: CompileResult = pickle.loads(zlib.decompress(value))
    return result


def compile_put(key: str, compiled: CompileResult) -> None:
    """Keeps a compile for other processes; what only a reader of the explorer needs is left out."""
    if not enabled() or any(d.code in _MACHINE_DIAGNOSTICS for d in compiled.diagnostics):
        return
    try:
        shared = _copy_for_sharing(compiled)
        value = zlib.compress(pickle.dumps(shared, protocol=pickle.HIGHEST_PROTOCOL), 1)
    except Exception:  # a compile that cannot be pickled stays in this process's cache only
        logger.warning("a %s compile could not be kept in the shared cache", compiled.lang, exc_info=True)
        return
    _set(key, value)


def _copy_for_sharing(compiled: CompileResult) -> CompileResult:
    """What a run needs: the program, its artifacts and the IR's text (which the run's page shows); the
    tokens, trees and other texts are the explorer's, which compiles on its own."""
    from dataclasses import replace

    ir = compiled.ir  # made now from what its stage left (a text maker is a closure: not picklable)
    return replace(compiled, tokens=[], lowered=None, analysis=None, text_makers={}, texts={"ir": ir})


def _get(key: str) -> bytes | None:
    if not enabled():
        return None
    try:
        value = caches[CACHE_ALIAS].get(key)
    except Exception:
        logger.warning("the result cache could not be read; computing instead", exc_info=True)
        return None
    return value if isinstance(value, bytes) else None


def _set(key: str, value: bytes) -> None:
    if not enabled():
        return
    try:
        caches[CACHE_ALIAS].set(key, value)
    except Exception:
        logger.warning("the result cache could not be written", exc_info=True)
