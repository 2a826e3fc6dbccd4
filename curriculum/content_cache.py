"""The course as students see it, read from the database once per content version.

Every student and visitor sees the same published course: the lesson a pair of slugs names, the lessons
in reading order, a lesson's exercises with their examples and hints. A lesson page read those with five
queries on every request; here each read is kept in this process under the content version, a token in
the shared cache (Redis in services mode, so every web process sees a change within a tenth of a second)
that any change to the course replaces:

- a save or delete of a module, lesson, exercise, test case or hint (the admin, its inlines, the API,
  cascades), through the model signals connected in `connect_signals`; the programs app connects its
  own for the programs a lesson features (programs/featured_cache.py);
- the writes that send no signal: the admin's publish actions and the loader call `content_changed`.

The token is replaced again once the change is committed, so a request that reads the last token reads
the committed rows. A process asks the cache for the token at most ten times a second. Staff see drafts:
their reads never come from here. What is kept is shared by every request of the process: callers copy
before they set anything of their own on it (a student's progress on an exercise).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Hashable
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "curriculum:content-version"
# A page asks the shared cache for the version at most this often per process (three reads a lesson page
# made cost three round trips to Redis each time).
VERSION_RECHECK_SECONDS = 0.1
# Reads kept per process; past this many (a crawler asking every page) they are all dropped and read again.
KEPT_MAX = 2048

_kept: dict[Hashable, Any] = {}
_kept_version = ""
_version = ""
_version_read_at = 0.0
_lock = threading.Lock()


def content_version() -> str:
    """The current content version (made, and shared, if the cache has none). Asked of the shared cache
    at most once per VERSION_RECHECK_SECONDS by this process: a change made through another process is
    seen here that much later at most, one made through this one at once."""
    global _version, _version_read_at
    now = time.monotonic()
    if _version and now - _version_read_at < VERSION_RECHECK_SECONDS:
        return _version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)  # another process may have made one first
        version = cache.get(VERSION_KEY) or ""
    _version, _version_read_at = str(version), now
    return _version


def _replace_version() -> None:
    global _version, _version_read_at
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    _version, _version_read_at = version, time.monotonic()


def content_changed() -> None:
    """Say that the course changed: every process reads it again. Replaced now (a reader in this
    transaction, or in a test's, sees the change) and again once the change is committed (a request that
    read the rows before the commit may have kept them under the token replaced now)."""
    _replace_version()
    transaction.on_commit(_replace_version)


def forget() -> None:
    """Drop everything this process keeps, its copy of the version included: the next read asks the
    shared cache. For tests: a test's transaction is rolled back with no commit, so the version a change
    in it made would otherwise outlive the rows it was made for."""
    global _version, _version_read_at, _kept_version
    with _lock:
        _kept.clear()
        _kept_version = ""
    _version, _version_read_at = "", 0.0


def remembered[T](key: Hashable, read: Callable[[], T], *, read_at: str | None = None) -> T:
    """`read()`'s value for the current content version, read once per version in this process.

    `read_at`: the version current before the rows `read()` uses were read (a page kept from objects the
    request read earlier); when the course has changed since, the value is made and not kept."""
    global _kept_version
    version = content_version()
    if read_at is not None and read_at != version:
        return read()
    with _lock:
        if version != _kept_version:
            _kept.clear()
            _kept_version = version
        if key in _kept:
            return _kept[key]
    value = read()
    with _lock:
        if version == _kept_version:  # not if the course changed while it was read
            if len(_kept) >= KEPT_MAX:
                _kept.clear()
            _kept[key] = value
    return value


def _on_content_saved_or_deleted(sender: Any, **kwargs: Any) -> None:
    content_changed()


def connect_signals() -> None:
    from curriculum.models import Exercise, Hint, Lesson, Module, TestCase

    for model in (Module, Lesson, Exercise, TestCase, Hint):
        for signal in (post_save, post_delete):
            signal.connect(
                _on_content_saved_or_deleted,
                sender=model,
                dispatch_uid=f"curriculum-content-{model.__name__}-{signal is post_save}",
            )
