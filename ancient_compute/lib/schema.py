"""The OpenAPI schema tells the truth about errors: every operation lists the errors it can answer with,
each in the one shape {"code", "message", "extra"} (ancient_compute.lib.drf.exception_handler).

Which errors an operation can give follows from what the view is, so it is derived here rather than
written on every view: a body can be malformed (400) or too large (413); any authentication class can
refuse a bad token (401), and the session's CSRF check can refuse an unsafe method (403); a path value
can name nothing, and a page number can be past the end (404); a throttled view can refuse (429); a
stopped database or Redis answers 503. A view may still list an error itself, with its own description.
"""

from __future__ import annotations

from typing import Any

import uritemplate
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.utils import OpenApiResponse, extend_schema_field
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication

from compilers import registry


class ErrorSerializer(serializers.Serializer):
    code = serializers.CharField(
        help_text="Stable: `invalid`, `not_found`, `throttled`, ... (never renamed)."
    )
    message = serializers.CharField(help_text="What went wrong, in words for people.")
    extra = serializers.DictField(
        help_text="Details by code: `fields` (invalid input, per field), `retry_after` (throttled, seconds), "
        "`limit` (request_too_large, bytes), `reason` and `messages` (token errors)."
    )

    class Meta:
        ref_name = "Error"


def error_response(description: str) -> OpenApiResponse:
    return OpenApiResponse(ErrorSerializer, description=description)


# The generic description of each error status; a view's own description wins.
ERROR_DESCRIPTIONS: dict[str, str] = {
    "400": "The request is malformed or not valid (`malformed_request`, `invalid`, ...).",
    "401": "No credentials, or a bad or expired token (`not_authenticated`, `authentication_failed`).",
    "403": "Not allowed (`permission_denied`), e.g. a session request without its CSRF token.",
    "404": "Nothing here (`not_found`): no such object for you, or a page past the end.",
    "413": "The request body is larger than the site accepts (`request_too_large`).",
    "429": "Too many requests (`throttled`); `extra.retry_after` says when to retry.",
    "503": "A service the site depends on is unavailable (`service_unavailable`); retry shortly.",
}
_BODY_METHODS = {"POST", "PUT", "PATCH"}


# Named "LanguageEnum" in the schema (SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"]) wherever it appears.
LANGUAGE_KEYS: list[str] = list(registry.keys())


@extend_schema_field({"type": "string", "enum": LANGUAGE_KEYS})
class LanguageKeyField(serializers.CharField):
    """A language's key: the schema lists every key of compilers.registry (the one list of languages).
    Validation stays with the services, which also say why a known language cannot run yet."""


class AutoSchema(SpectacularAutoSchema):
    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        for code in self._error_codes():
            responses.setdefault(code, {"description": ERROR_DESCRIPTIONS[code]})
        for code, response in responses.items():
            if code >= "400" and "content" not in response:  # listed without a body: it has the error shape
                shaped = self._get_response_for_code(ErrorSerializer, code, direction=direction)
                shaped["description"] = response.get("description") or ERROR_DESCRIPTIONS.get(
                    code, "An error."
                )
                responses[code] = shaped
        return dict(sorted(responses.items()))

    def _error_codes(self) -> list[str]:
        codes = ["503"]
        if self.method in _BODY_METHODS:
            codes += ["400", "413"]
        authenticators = list(getattr(self.view, "authentication_classes", []) or [])
        if authenticators:
            codes.append("401")
            if self.method in _BODY_METHODS and any(
                issubclass(a, SessionAuthentication) for a in authenticators
            ):
                codes.append("403")
        if uritemplate.variables(self.path) or (self._is_list_view() and self._get_paginator() is not None):
            codes.append("404")
        if getattr(self.view, "throttle_classes", None):
            codes.append("429")
        return codes
