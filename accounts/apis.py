"""API authentication for clients: a JWT pair from a username and password, and its refresh.

The token endpoint shares the site's failed log-in throttle, so the API is no side door for guessing.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework_simplejwt.serializers import TokenObtainPairSerializer
from rest_framework_simplejwt.views import TokenObtainPairView, TokenRefreshView

from accounts.selectors import client_ip, login_is_throttled, login_throttle_message
from accounts.services import login_failure_record, login_failures_clear
from ancient_compute.lib.errors import ApplicationError
from ancient_compute.lib.schema import error_response


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


class TokenPairSerializer(serializers.Serializer):
    access = serializers.CharField(help_text="Send as `Authorization: Bearer <access>`; short-lived.")
    refresh = serializers.CharField(help_text="Trade at /api/v1/auth/token/refresh/ for a new access token.")

    class Meta:
        ref_name = "TokenPair"


class AccessTokenSerializer(serializers.Serializer):
    access = serializers.CharField()

    class Meta:
        ref_name = "AccessToken"


@extend_schema(
    tags=["auth"],
    summary="Obtain an access and a refresh token",
    responses={
        200: TokenPairSerializer,
        401: error_response("Wrong username or password (`authentication_failed`)."),
        429: error_response(
            "Too many failed log-ins for this username from this address (`throttled`); "
            "`extra.retry_after` says when to retry."
        ),
    },
    description=(
        "Send a username and password; receive a short-lived access token (send it as "
        "`Authorization: Bearer <access>`) and a refresh token. Repeated failures for one username from "
        "one address are refused for a while (429, code `throttled`)."
    ),
)
class TokenObtainApi(TokenObtainPairView):
    serializer_class = TokenObtainSerializer


@extend_schema(
    tags=["auth"],
    summary="Trade a refresh token for a new access token",
    responses={
        200: AccessTokenSerializer,
        401: error_response("The refresh token is not valid or has expired (`authentication_failed`)."),
    },
)
class TokenRefreshApi(TokenRefreshView):
    pass
