"""API authentication for clients: a JWT pair from a username and password, and its refresh.

The token endpoint shares the site's failed log-in throttle, so the API is no side door for guessing.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework_simplejwt.serializers import TokenObtainPairSerializer
from rest_framework_simplejwt.views import TokenObtainPairView, TokenRefreshView

from accounts.selectors import client_ip, login_is_throttled, login_throttle_message
from accounts.services import login_failure_record, login_failures_clear
from ancient_compute.lib.errors import ApplicationError


class TokenObtainSerializer(TokenObtainPairSerializer):
    def validate(self, attrs: dict[str, Any]) -> dict[str, str]:
        username = str(attrs.get(self.username_field, ""))
        ip = client_ip(self.context.get("request"))
        if login_is_throttled(username=username, ip=ip):
            raise ApplicationError(
                login_throttle_message(),
                code="throttled",
                status=429,
                extra={"retry_after": settings.LOGIN_FAILURE_WINDOW},
            )
        try:
            data = super().validate(attrs)
        except exceptions.AuthenticationFailed:
            login_failure_record(username=username, ip=ip)
            raise
        login_failures_clear(username=username, ip=ip)
        return data


@extend_schema(
    tags=["auth"],
    summary="Obtain an access and a refresh token",
    description=(
        "Send a username and password; receive a short-lived access token (send it as "
        "`Authorization: Bearer <access>`) and a refresh token. Repeated failures for one username from "
        "one address are refused for a while (429, code `throttled`)."
    ),
)
class TokenObtainApi(TokenObtainPairView):
    serializer_class = TokenObtainSerializer


@extend_schema(tags=["auth"], summary="Trade a refresh token for a new access token")
class TokenRefreshApi(TokenRefreshView):
    pass
