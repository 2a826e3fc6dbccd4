"""Reads about users: roles and the state of the failed log-in throttle."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

INSTRUCTORS_GROUP = "Instructors"


def user_is_instructor(*, user: Any) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.groups.filter(name=INSTRUCTORS_GROUP).exists())


def client_ip(request: HttpRequest | None) -> str:
    # The peer address: a proxy in front must set REMOTE_ADDR (e.g. Daphne's --proxy-headers), never a
    # client-supplied header read here, which anyone could forge to dodge the throttle.
    if request is None:
        return "unknown"
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def login_failure_key(*, username: str, ip: str) -> str:
    digest = hashlib.sha256(f"{username.strip().casefold()}|{ip}".encode()).hexdigest()
    return f"login-failures:{digest}"


def login_failure_count(*, username: str, ip: str) -> int:
    return int(cache.get(login_failure_key(username=username, ip=ip), 0))


def login_is_throttled(*, username: str, ip: str) -> bool:
    return login_failure_count(username=username, ip=ip) >= settings.LOGIN_FAILURE_LIMIT


def login_throttle_message() -> str:
    minutes = max(1, round(settings.LOGIN_FAILURE_WINDOW / 60))
    return (
        f"Too many failed sign-in attempts for this account from your network. "
        f"Wait {minutes} minutes and try again, or reset your password."
    )
