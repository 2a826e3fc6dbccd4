"""Writes about users: sign-up, the instructor role, and the failed log-in counter."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction

from accounts.selectors import INSTRUCTORS_GROUP, login_failure_key
from ancient_compute.lib.errors import InvalidInput


@transaction.atomic
def user_create(*, username: str, email: str, password: str, display_name: str = "") -> Any:
    """A new student: every account starts with the student role (no group, not staff)."""
    user_model = get_user_model()
    if user_model.objects.filter(username__iexact=username).exists():
        raise InvalidInput("That username is taken.", code="username_taken", extra={"field": "username"})
    return user_model.objects.create_user(
        username=username, email=email, password=password, display_name=display_name
    )


@transaction.atomic
def user_set_instructor(*, user: Any, instructor: bool) -> Any:
    """Give or take the instructor role: the Instructors group (course authoring) and admin access."""
    group = Group.objects.filter(name=INSTRUCTORS_GROUP).first()
    if group is None:
        raise InvalidInput(
            "The Instructors group is missing: run the migrations (accounts 0002 creates it).",
            code="instructors_group_missing",
        )
    if instructor:
        user.groups.add(group)
        user.is_staff = True
    else:
        user.groups.remove(group)
        # A superuser keeps the admin: they were staff before they were an instructor.
        user.is_staff = user.is_superuser
    user.save(update_fields=["is_staff"])
    return user


def login_failure_record(*, username: str, ip: str) -> int:
    """Count one failed log-in for this username from this address, within the throttle window."""
    key = login_failure_key(username=username, ip=ip)
    # add() starts the window only on the first failure; incr() keeps the key's expiry.
    cache.add(key, 0, timeout=settings.LOGIN_FAILURE_WINDOW)
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=settings.LOGIN_FAILURE_WINDOW)
        return 1


def login_failures_clear(*, username: str, ip: str) -> None:
    cache.delete(login_failure_key(username=username, ip=ip))
