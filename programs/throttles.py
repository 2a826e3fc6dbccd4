"""Saves, edits and forks of programs a user may make: the API's scope "programs", one count for the pages
and the API (ancient_compute.lib.throttles)."""

from __future__ import annotations

from typing import Any

from ancient_compute.lib.throttles import PageThrottle


class ProgramWriteThrottle(PageThrottle):
    scope = "programs"  # its rate: REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["programs"]


def program_write_retry_after(request: Any) -> int | None:
    """None when `request`'s user may save a program now (and counts it); else the seconds to wait."""
    return ProgramWriteThrottle().retry_after(request)
