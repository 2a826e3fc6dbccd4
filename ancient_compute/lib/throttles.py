"""Throttles for pages, counted together with the API's throttle of the same scope.

The API throttles with DRF's ScopedRateThrottle, whose cache key is the scope and the user's id (or the
visitor's address); a page's throttle keeps its count under the same key, so a user cannot double the
rate by alternating between the page and the API.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

if TYPE_CHECKING:
    from rest_framework.views import APIView


class PageThrottle(SimpleRateThrottle):
    """Per user, or per address for visitors; subclasses name the scope and read the rate's setting."""

    def get_cache_key(self, request: Any, view: Any) -> str:
        user = getattr(request, "user", None)
        ident = user.pk if user is not None and user.is_authenticated else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}

    def retry_after(self, request: Any) -> int | None:
        """None when the request may go on now (and counts it); else the seconds to wait."""
        # A page has no APIView, and this throttle never looks at the view.
        if self.allow_request(request, cast("APIView", None)):
            return None
        wait = self.wait()
        return max(1, math.ceil(wait)) if wait else 1


class CompileThrottle(PageThrottle):
    """Compiles asked by a page (the explorer, open to visitors), at COMPILE_THROTTLE_RATE, counted together
    with the API's compile and validate (scope "compiles")."""

    scope = "compiles"

    def get_rate(self) -> str:
        return str(settings.COMPILE_THROTTLE_RATE)


def compile_retry_after(request: Any) -> int | None:
    """None when `request`'s user (or address) may compile now (and counts it); else the seconds to wait."""
    return CompileThrottle().retry_after(request)
