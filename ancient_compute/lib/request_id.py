"""A request id on every log line: taken from X-Request-ID when a proxy sets one, otherwise made here."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.http import HttpRequest
from django.http.response import HttpResponseBase

REQUEST_ID: ContextVar[str] = ContextVar("request_id", default="-")
_VALID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")  # a client-supplied id is echoed into logs: keep it tame


def current_request_id() -> str:
    return REQUEST_ID.get()


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


class RequestIdMiddleware:
    """Sets the request id for the request's context and returns it in X-Request-ID."""

    sync_capable = True
    async_capable = True

    def __init__(
        self, get_response: Callable[[HttpRequest], HttpResponseBase | Awaitable[HttpResponseBase]]
    ) -> None:
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def _start(self, request: HttpRequest) -> str:
        supplied = request.headers.get("X-Request-ID", "")
        request_id = supplied if _VALID.match(supplied) else uuid.uuid4().hex
        REQUEST_ID.set(request_id)
        request.request_id = request_id  # type: ignore[attr-defined]
        return request_id

    def __call__(self, request: HttpRequest) -> HttpResponseBase | Awaitable[HttpResponseBase]:
        if self.is_async:
            return self._acall(request)
        request_id = self._start(request)
        response = self.get_response(request)
        assert isinstance(response, HttpResponseBase)  # the sync chain never returns an awaitable
        response["X-Request-ID"] = request_id
        return response

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        request_id = self._start(request)
        response = await self.get_response(request)  # type: ignore[misc]
        response["X-Request-ID"] = request_id
        return response
