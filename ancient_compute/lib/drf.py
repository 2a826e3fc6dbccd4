"""The API's shared pieces: one error shape for every error, a bounded JSON parser, the default pagination."""

from __future__ import annotations

import codecs
import json
import logging
import math
from collections.abc import Mapping
from typing import IO, Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import SuspiciousOperation
from django.db import DatabaseError
from django.http import Http404
from rest_framework import exceptions, parsers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils import json as api_json

from ancient_compute.lib.api_errors import (
    error_body,
    suspicious_request_response,
    too_large_message,
    upload_limit,
)
from ancient_compute.lib.errors import ApplicationError

logger = logging.getLogger(__name__)

__all__ = ["JSONParser", "Pagination", "RequestTooLarge", "error_body", "exception_handler"]


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "request_too_large"


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, bounded: it reads at most the site's upload limit (DATA_UPLOAD_MAX_MEMORY_SIZE,
    which DRF does not apply to JSON), and JSON nested deeper than the parser's recursion allows is a
    malformed request, not a server error."""

    def parse(
        self,
        stream: IO[Any] | None,
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> Any:
        if stream is None:
            return None
        limit = upload_limit()
        body: bytes = stream.read(limit + 1) if limit else stream.read()
        if limit and len(body) > limit:
            raise RequestTooLarge(too_large_message())
        encoding = (parser_context or {}).get("encoding") or "utf-8"
        try:
            text = codecs.decode(body, encoding)
            parse_constant = api_json.strict_constant if self.strict else None
            return api_json.loads(text, parse_constant=parse_constant)
        except RecursionError:
            raise exceptions.ParseError("JSON parse error - the document is nested too deeply.") from None
        except ValueError as exc:
            raise exceptions.ParseError(f"JSON parse error - {exc}") from None


# DRF's own exceptions mapped to the project's stable codes.
_DRF_CODES: dict[type[exceptions.APIException], str] = {
    exceptions.ValidationError: "invalid",
    exceptions.ParseError: "malformed_request",
    exceptions.AuthenticationFailed: "authentication_failed",
    exceptions.NotAuthenticated: "not_authenticated",
    exceptions.PermissionDenied: "permission_denied",
    exceptions.NotFound: "not_found",
    exceptions.MethodNotAllowed: "method_not_allowed",
    exceptions.NotAcceptable: "not_acceptable",
    exceptions.UnsupportedMediaType: "unsupported_media_type",
    exceptions.Throttled: "throttled",
    RequestTooLarge: "request_too_large",
}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every API error, ours or DRF's or Django's, leaves as {"code", "message", "extra"}."""
    if isinstance(exc, ApplicationError):
        return Response(exc.as_dict(), status=exc.status)
    if isinstance(exc, SuspiciousOperation):  # a body Django refused to read: too large, too many fields
        refused = suspicious_request_response(exc)
        return Response(json.loads(refused.content), status=refused.status_code)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    if isinstance(exc, DatabaseError):
        logger.exception("database unavailable while serving the API")
        return Response(
            error_body("service_unavailable", "The database is unavailable; try again shortly."),
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
        )
    # Imported here: rest_framework.views reads DEFAULT_PARSER_CLASSES, which names this module's parser,
    # so importing it at the top is a cycle whenever this module is loaded first (Django's checks in a
    # Celery worker's start load the pagination class before any view).
    from rest_framework.views import exception_handler as drf_exception_handler

    response = drf_exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    code = next((c for cls, c in _DRF_CODES.items() if isinstance(exc, cls)), "error")
    extra: dict[str, Any] = {}
    if isinstance(exc, exceptions.ValidationError):
        extra = {"fields": exc.detail}
        message = "The request is not valid: see extra.fields."
    elif isinstance(exc, exceptions.Throttled):
        wait = getattr(exc, "wait", None)  # seconds until the throttle opens, or None
        extra = {"retry_after": math.ceil(wait) if wait else 1}
        message = f"Too many requests: retry in {extra['retry_after']} s."
    elif isinstance(exc, RequestTooLarge):
        extra = {"limit": upload_limit()}
        message = str(exc.detail)
    else:
        message, extra = _message_and_extra(exc.detail)
    response.data = error_body(code, message, extra)
    return response


def _message_and_extra(detail: Any) -> tuple[str, dict[str, Any]]:
    """A human message from an exception's detail. Most are a string; simplejwt's are a dict
    {"detail", "code", "messages"}, whose detail is the message and whose rest goes to extra."""
    if isinstance(detail, Mapping):
        rest = {str(k): v for k, v in detail.items() if k != "detail"}
        if "code" in rest:
            rest["reason"] = str(rest.pop("code"))
        if "messages" in rest:
            rest["messages"] = [
                str(m.get("message", m)) if isinstance(m, Mapping) else str(m) for m in rest["messages"]
            ]
        return str(detail.get("detail") or "The request failed."), rest
    if isinstance(detail, list):
        return " ".join(str(d) for d in detail) or "The request failed.", {}
    return str(detail), {}


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 100
