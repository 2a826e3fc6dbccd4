"""How often a user may start runs: one rate (settings.RUN_THROTTLE_RATE) and one count per user, whether
the runs are started by the API or by the pages' forms.

The API throttles starting runs with DRF's ScopedRateThrottle, scope "runs"; this throttle keeps its count
under the same cache key, so a student cannot double the rate by alternating between the two doors.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from ancient_compute.lib.throttles import PageThrottle


class RunStartThrottle(PageThrottle):
    scope = "runs"  # the API's scope: the same cache key, hence one count

    def get_rate(self) -> str:
        return str(settings.RUN_THROTTLE_RATE)


def run_start_retry_after(request: Any) -> int | None:
    """None when `request`'s user may start a run now (and counts it); else the seconds to wait."""
    return RunStartThrottle().retry_after(request)


class ShareThrottle(PageThrottle):
    """Programs a user may share (each distinct one keeps a row), at SHARE_THROTTLE_RATE."""

    scope = "shares"

    def get_rate(self) -> str:
        return str(settings.SHARE_THROTTLE_RATE)


def share_retry_after(request: Any) -> int | None:
    """None when `request`'s user may share a program now (and counts it); else the seconds to wait."""
    return ShareThrottle().retry_after(request)


class HintThrottle(PageThrottle):
    """Hints a user may ask of the model provider (pages and API together), at HINT_THROTTLE_RATE. The
    deterministic explanations are never throttled: only the model's hint, which costs a request."""

    scope = "hints"

    def get_rate(self) -> str:
        return str(settings.HINT_THROTTLE_RATE)


def hint_retry_after(request: Any) -> int | None:
    """None when `request`'s user may ask the model for a hint now (and counts it); else seconds to wait."""
    return HintThrottle().retry_after(request)
