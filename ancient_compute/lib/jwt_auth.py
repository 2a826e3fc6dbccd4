"""JWT authentication whose user is read from the database at most once every few seconds per process.

simplejwt reads the token's user on every request (one query on every API call, a few per cent of a
run's submission). Here a user found valid (existing, active, the token not revoked by a password change)
is kept for JWT_USER_CACHE_SECONDS in the process and each request gets its own copy; so a user made
inactive, or whose password changed, is refused at most that many seconds later. Any failure is never
kept: it is looked up again on the next request.
"""

from __future__ import annotations

import copy
import threading
import time
from typing import Any

from django.conf import settings
from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.settings import api_settings

# Users kept at most (the oldest half is dropped past it).
MAX_USERS = 10_000


class CachedUserJWTAuthentication(JWTAuthentication):
    _users: dict[tuple[Any, Any], tuple[float, Any]] = {}
    _lock = threading.Lock()

    def get_user(self, validated_token: Any) -> Any:
        seconds = float(getattr(settings, "JWT_USER_CACHE_SECONDS", 0))
        if seconds <= 0:
            return super().get_user(validated_token)
        # The revocation claim (a hash of the password) is part of the key: a new password is a new entry.
        key = (
            validated_token.get(api_settings.USER_ID_CLAIM),
            validated_token.get(api_settings.REVOKE_TOKEN_CLAIM),
        )
        now = time.monotonic()
        kept = self._users.get(key)
        if kept is not None and now - kept[0] < seconds:
            return copy.copy(kept[1])
        user = super().get_user(validated_token)  # raises for a user missing, inactive or revoked
        with self._lock:
            if len(self._users) >= MAX_USERS:
                for old in sorted(self._users, key=lambda k: self._users[k][0])[: MAX_USERS // 2]:
                    del self._users[old]
            self._users[key] = (now, user)
        return copy.copy(user)


class CachedUserJWTScheme(SimpleJWTScheme):
    """The schema's security scheme for it: simplejwt's Bearer token, as for simplejwt's own class."""

    target_class = "ancient_compute.lib.jwt_auth.CachedUserJWTAuthentication"
