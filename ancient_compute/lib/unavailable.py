"""A stopped database or cache never shows a traceback: pages say the site is unavailable (503)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import DatabaseError, InterfaceError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

try:  # the Redis client's errors, when Redis is in use
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    _BACKEND_ERRORS: tuple[type[BaseException], ...] = (
        DatabaseError,
        InterfaceError,
        RedisConnectionError,
        RedisTimeoutError,
    )
except ImportError:  # pragma: no cover - redis is a requirement
    _BACKEND_ERRORS = (DatabaseError, InterfaceError)

# Only errors that mean "a service is down", not programming errors that happen to come from the ORM.
_OPERATIONAL = ("OperationalError", "InterfaceError", "ConnectionError", "TimeoutError", "PoolTimeout")


def is_unavailable_error(exc: BaseException) -> bool:
    if not isinstance(exc, _BACKEND_ERRORS):
        return False
    return any(type(e).__name__ in _OPERATIONAL for e in _chain(exc))


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def unavailable_response(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {
                "code": "service_unavailable",
                "message": "A service the site depends on is unavailable; try again shortly.",
                "extra": {},
            },
            status=503,
        )
    html = render_to_string("503.html", request=None)
    return HttpResponse(html, status=503, headers={"Retry-After": "30"})


class ServiceUnavailableMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if is_unavailable_error(exception):
            logger.error("service unavailable: %s: %s", type(exception).__name__, exception)
            return unavailable_response(request)
        return None
