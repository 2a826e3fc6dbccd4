"""One error shape under /api/, whatever answers: {"code", "message", "extra"} with a 4xx or 5xx status.

DRF views already answer that way (ancient_compute.lib.drf.exception_handler). What is left is what
Django answers before or around a view: an address that resolves to nothing (or a path value its
converter refuses), a body that Django refuses to read, a debug page in development. The error handlers
(ancient_compute.views) answer API addresses in JSON, and ApiErrorShapeMiddleware turns any other error
page under /api/ into the shape, so the API never sends HTML for an error, in any settings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation, TooManyFieldsSent
from django.http import HttpRequest, JsonResponse
from django.http.response import HttpResponseBase
from django.urls import Resolver404, resolve
from django.views.decorators.csrf import csrf_exempt

API_PREFIX = "/api/"

# The stable code and a plain message for each status an error page may carry.
_STATUS_ERRORS: dict[int, tuple[str, str]] = {
    400: ("malformed_request", "The request could not be read."),
    401: ("not_authenticated", "Authentication credentials were not provided."),
    403: ("permission_denied", "You do not have permission to perform this action."),
    404: ("not_found", "There is no API endpoint at this address."),
    405: ("method_not_allowed", "This method is not allowed at this address."),
    413: ("request_too_large", "The request body is too large."),
    429: ("throttled", "Too many requests: retry later."),
    500: ("server_error", "The server failed to answer; the failure is logged."),
    503: ("service_unavailable", "A service the site depends on is unavailable; try again shortly."),
}
# Headers of the original answer that stay meaningful on the JSON one.
_KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate", "X-Request-ID")


def is_api_request(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def error_body(code: str, message: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "extra": extra or {}}


def error_response(status: int, code: str, message: str, extra: dict[str, Any] | None = None) -> JsonResponse:
    return JsonResponse(error_body(code, message, extra), status=status)


def status_error_response(status: int) -> JsonResponse:
    return JsonResponse(status_error_body(status), status=status)


def status_error_body(status: int, message: str | None = None) -> dict[str, Any]:
    """The shape for an error known only by its status (and, when given, a message of its own)."""
    code, default = _STATUS_ERRORS.get(status, ("error", "The request failed."))
    return error_body(code, message or default)


def upload_limit() -> int:
    """Bytes of body Django reads into memory (DATA_UPLOAD_MAX_MEMORY_SIZE); None in settings means none."""
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    return int(limit) if limit is not None else 0


def too_large_message() -> str:
    return f"The request body is larger than this site accepts ({upload_limit()} bytes)."


def suspicious_request_response(exception: BaseException | None) -> JsonResponse:
    """An API request that Django refused to read (handler400): too large, too many fields, or malformed."""
    if isinstance(exception, RequestDataTooBig):
        return error_response(413, "request_too_large", too_large_message(), {"limit": upload_limit()})
    if isinstance(exception, TooManyFieldsSent):
        return error_response(400, "malformed_request", "The request has too many fields.")
    if isinstance(exception, SuspiciousOperation):
        return error_response(400, "malformed_request", "The request could not be read.")
    return status_error_response(400)


@csrf_exempt  # it changes nothing: a POST without a CSRF token gets the 404 too, not a 403
def api_not_found_view(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """Every /api/ address that names no endpoint (the last URL pattern), whatever the method: a JSON 404,
    never a redirect to the address with or without its final slash (which would turn a POST into a GET,
    or fail outright in development). When that other address is an endpoint, the answer says so."""
    extra: dict[str, Any] = {"path": request.path}
    message = f"There is no API endpoint at {request.path}."
    other = request.path[:-1] if request.path.endswith("/") else request.path + "/"
    if _is_endpoint(other):
        extra["did_you_mean"] = other
        message = f"There is no API endpoint at {request.path}; did you mean {other}?"
    return error_response(404, "not_found", message, extra)


def _is_endpoint(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.func is not api_not_found_view


def _is_error_shape(response: HttpResponseBase) -> bool:
    if not response.get("Content-Type", "").startswith("application/json"):
        return False
    content = getattr(response, "content", None)
    if content is None:  # a streaming answer: not one of Django's error pages
        return True
    try:
        body = json.loads(content)
    except ValueError:
        return False
    return isinstance(body, dict) and {"code", "message", "extra"} <= set(body)


class ApiErrorShapeMiddleware:
    """Any error answered under /api/ that is not already {"code", "message", "extra"} is made so."""

    sync_capable = True
    async_capable = True  # no thread hop of its own under Daphne

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.is_async:
            return self._acall(request)
        return self._shape(request, self.get_response(request))

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        return self._shape(request, await self.get_response(request))

    def _shape(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if response.status_code < 400 or not is_api_request(request) or _is_error_shape(response):
            return response
        if response.status_code == 404:  # no endpoint matched (or a converter refused the path value)
            shaped = api_not_found_view(request)
        else:
            shaped = status_error_response(response.status_code)
        for header in _KEPT_HEADERS:
            if header in response:
                shaped[header] = response[header]
        return shaped
