"""JWT authentication for API clients: obtain, refresh, use; failures share the log-in throttle."""

from __future__ import annotations

import pytest
from django.test import Client

from accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def obtain(client: Client, username: str, password: str) -> tuple[int, dict]:
    response = client.post(
        "/api/v1/auth/token/", {"username": username, "password": password}, content_type="application/json"
    )
    return response.status_code, response.json()


def test_obtain_refresh_and_use_a_token(client: Client) -> None:
    UserFactory.create(username="ada")
    status, tokens = obtain(client, "ada", PASSWORD)
    assert status == 200 and set(tokens) == {"access", "refresh"}
    response = client.post(
        "/api/v1/auth/token/refresh/", {"refresh": tokens["refresh"]}, content_type="application/json"
    )
    assert response.status_code == 200 and "access" in response.json()
    me = client.get("/api/v1/me/progress", headers={"Authorization": f"Bearer {response.json()['access']}"})
    assert me.status_code == 200


def test_bad_credentials_and_tokens_get_the_error_shape(client: Client) -> None:
    UserFactory.create(username="ada")
    status, body = obtain(client, "ada", "wrong")
    assert status == 401 and body["code"] == "authentication_failed"
    response = client.post(
        "/api/v1/auth/token/refresh/", {"refresh": "garbage"}, content_type="application/json"
    )
    assert response.status_code == 401
    assert set(response.json()) == {"code", "message", "extra"}
    response = client.get("/api/v1/me/progress", headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
    status, body = obtain(client, "", "")
    assert status == 400 and body["code"] == "invalid"


def test_token_endpoint_is_throttled_after_repeated_failures(client: Client) -> None:
    UserFactory.create(username="ada")
    for _ in range(5):
        assert obtain(client, "ada", "wrong")[0] == 401
    status, body = obtain(client, "ada", PASSWORD)
    assert status == 429
    assert body["code"] == "throttled" and "Too many failed sign-in attempts" in body["message"]
    assert body["extra"]["retry_after"] == 900
    # The web log-in shares the counter.
    response = client.post("/accounts/login/", {"username": "ada", "password": PASSWORD})
    assert "Too many failed sign-in attempts" in response.content.decode()


def test_auth_endpoints_are_documented(client: Client) -> None:
    schema = client.get("/api/v1/schema/", headers={"Accept": "application/vnd.oai.openapi+json"}).json()
    assert "/api/v1/auth/token/" in schema["paths"]
    assert "/api/v1/auth/token/refresh/" in schema["paths"]
    assert "jwtAuth" in schema["components"]["securitySchemes"]
