"""Response headers and access rules that Django does not provide itself: the Permissions-Policy header,
and who may read /metrics.

The Content-Security-Policy is Django's own (SECURE_CSP and django.middleware.csp); the site's pages load
scripts and styles only from the site, and the few inline ones carry the request's nonce.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Callable
from typing import Any

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase


def permissions_policy_header(policy: dict[str, list[str]]) -> str:
    """{"camera": [], "fullscreen": ["self"]} -> 'camera=(), fullscreen=(self)' (the structured header)."""
    return ", ".join(f"{feature}=({' '.join(origins)})" for feature, origins in policy.items())


class PermissionsPolicyMiddleware:
    """Sets Permissions-Policy from settings.PERMISSIONS_POLICY on every answer that has none."""

    sync_capable = True
    async_capable = True  # no thread hop of its own under Daphne

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.is_async:
            return self._acall(request)
        return self._set(self.get_response(request))

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        return self._set(await self.get_response(request))

    def _set(self, response: HttpResponseBase) -> HttpResponseBase:
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


def metrics_reader_allowed(request: HttpRequest) -> bool:
    """Whether `request` may read /metrics: from an address in METRICS_ALLOWED_NETWORKS, or with
    `Authorization: Bearer <METRICS_TOKEN>` when a token is set.

    The address is the peer's (REMOTE_ADDR), never a client-supplied header that anyone could forge:
    behind a proxy, give the scraper the token instead.
    """
    token = settings.METRICS_TOKEN
    if token:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode()):
            return True
    try:
        address = ipaddress.ip_address(str(request.META.get("REMOTE_ADDR", "")))
    except ValueError:
        return False
    return any(address in network for network in metrics_networks())


def metrics_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(entry, strict=False) for entry in settings.METRICS_ALLOWED_NETWORKS]
