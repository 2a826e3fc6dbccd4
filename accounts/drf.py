"""API authentication, read by the base settings: JWT for clients (with refresh), the session for the site.

Imported while settings load: only plain values and dotted paths here, nothing that needs Django ready.
"""

from __future__ import annotations

from datetime import timedelta

AUTHENTICATION_CLASSES = [
    "ancient_compute.lib.jwt_auth.CachedUserJWTAuthentication",  # simplejwt's, the user kept a few seconds
    "rest_framework.authentication.SessionAuthentication",
]

SIMPLE_JWT: dict[str, object] = {
    # Short-lived access tokens; clients trade the refresh token at /api/v1/auth/token/refresh/.
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
    "AUTH_HEADER_TYPES": ("Bearer",),
    "UPDATE_LAST_LOGIN": True,
}
