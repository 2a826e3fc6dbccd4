"""An API token's user is read from the database at most once every JWT_USER_CACHE_SECONDS per process."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from ancient_compute.lib import jwt_auth

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(django_user_model: Any, settings: Any) -> tuple[APIClient, Any]:
    settings.JWT_USER_CACHE_SECONDS = 60.0
    jwt_auth.CachedUserJWTAuthentication._users.clear()
    user = django_user_model.objects.create_user(username="ada", password="engine-1843-x")
    client = APIClient()
    token = client.post(
        "/api/v1/auth/token/", {"username": "ada", "password": "engine-1843-x"}, format="json"
    )
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token.json()['access']}")
    return client, user


def user_reads(client: APIClient) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/api/v1/runs").status_code == 200
    return sum('FROM "accounts_user"' in q["sql"] for q in captured.captured_queries)


def test_the_user_is_read_once_then_kept(api: tuple[APIClient, Any]) -> None:
    client, _ = api
    assert user_reads(client) == 1
    assert user_reads(client) == 0


def test_an_inactive_user_is_refused_once_the_time_has_passed(
    api: tuple[APIClient, Any], settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, user = api
    assert user_reads(client) == 1
    user.is_active = False
    user.save(update_fields=["is_active"])
    assert client.get("/api/v1/runs").status_code == 200  # kept: at most JWT_USER_CACHE_SECONDS late
    real = jwt_auth.time.monotonic
    monkeypatch.setattr(jwt_auth.time, "monotonic", lambda: real() + 61)
    assert client.get("/api/v1/runs").status_code == 401
    assert client.get("/api/v1/runs").status_code == 401  # a failure is never kept


def test_without_the_setting_every_request_reads_the_user(api: tuple[APIClient, Any], settings: Any) -> None:
    client, _ = api
    settings.JWT_USER_CACHE_SECONDS = 0
    assert user_reads(client) == 1
    assert user_reads(client) == 1
