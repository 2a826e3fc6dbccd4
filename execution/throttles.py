"""How often a user may start runs: one rate (settings.RUN_THROTTLE_RATE) and one count per user, whether
the runs are started by the API or by the pages' forms.

The API throttles starting runs with DRF's ScopedRateThrottle, scope "runs"; this throttle keeps its count
under the same cache key, so a student cannot double the rate by alternating between the two doors.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

if TYPE_CHECKING:
    from rest_framework.views import APIView


class RunStartThrottle(SimpleRateThrottle):
    scope = "runs"  # the API's scope: the same cache key, hence one count

    def get_rate(self) -> str:
        return str(settings.RUN_THROTTLE_RATE)

    def get_cache_key(self, request: Any, view: Any) -> str:
        user = getattr(request, "user", None)
        ident = user.pk if user is not None and user.is_authenticated else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


def run_start_retry_after(request: Any) -> int | None:
    """None when `request`'s user may start a run now (and counts it); else the seconds to wait."""
    throttle = RunStartThrottle()
    # A page has no APIView, and this throttle never looks at the view.
    if throttle.allow_request(request, cast("APIView", None)):
        return None
    wait = throttle.wait()
    return max(1, math.ceil(wait)) if wait else 1
