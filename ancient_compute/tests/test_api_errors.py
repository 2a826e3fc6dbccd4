"""Every API error has one shape: {"code", "message", "extra"} with a stable code."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import include, path
from rest_framework.throttling import ScopedRateThrottle

from ancient_compute import urls as site_urls

urlpatterns = [path("api/test/", include("ancient_compute.tests.api_views")), *site_urls.urlpatterns]

pytestmark = pytest.mark.urls(__name__)


def _shape(body: dict[str, object]) -> None:
    assert set(body) == {"code", "message", "extra"}
    assert isinstance(body["message"], str) and body["message"]
    assert isinstance(body["extra"], dict)


def test_validation_error_names_the_fields(client: Client) -> None:
    response = client.post("/api/test/validate", {"count": 0}, content_type="application/json")
    assert response.status_code == 400
    body = response.json()
    _shape(body)
    assert body["code"] == "invalid"
    assert "count" in body["extra"]["fields"]


def test_malformed_json_is_a_clear_error(client: Client) -> None:
    response = client.post("/api/test/validate", "{not json", content_type="application/json")
    assert response.status_code == 400
    body = response.json()
    _shape(body)
    assert body["code"] == "malformed_request"


def test_application_error_keeps_code_and_extra(client: Client) -> None:
    response = client.get("/api/test/conflict")
    assert response.status_code == 409
    assert response.json() == {
        "code": "conflict",
        "message": "That name is taken.",
        "extra": {"name": "euclid"},
    }


def test_not_found_has_the_shape(client: Client) -> None:
    response = client.get("/api/test/missing")
    assert response.status_code == 404
    body = response.json()
    _shape(body)
    assert body["code"] == "not_found"


def test_method_not_allowed_has_the_shape(client: Client) -> None:
    response = client.delete("/api/test/conflict")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


def test_throttled_says_when_to_retry(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.clear()
    # DRF binds the rates to the throttle class when it is imported, so set them there.
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"tests": "2/min"})
    assert client.get("/api/test/throttled").status_code == 200
    assert client.get("/api/test/throttled").status_code == 200
    response = client.get("/api/test/throttled")
    assert response.status_code == 429
    body = response.json()
    _shape(body)
    assert body["code"] == "throttled"
    assert 1 <= body["extra"]["retry_after"] <= 60
    assert "retry" in body["message"].lower()


# --- The real API's endpoints, in development (DEBUG) and production (no DEBUG) alike ------------------

both_modes = pytest.mark.parametrize("debug", [False, True], ids=["production", "development"])


@pytest.fixture
def signed_in(client: Client, django_user_model: Any) -> Client:
    client.force_login(django_user_model.objects.create_user(username="ada", password="engine-1843"))
    return client


@both_modes
@pytest.mark.django_db
def test_deeply_nested_json_is_a_malformed_request(client: Client, settings: Any, debug: bool) -> None:
    settings.DEBUG = debug
    depth = 100_000  # far past the parser's recursion limit (about 1,000)
    body = "[" * depth + "]" * depth
    response = client.post("/api/v1/auth/token/", body, content_type="application/json")
    assert response.status_code == 400
    shaped = response.json()
    _shape(shaped)
    assert shaped["code"] == "malformed_request"
    assert "nested too deeply" in shaped["message"]


@both_modes
@pytest.mark.django_db
def test_a_json_body_over_the_upload_limit_is_413(signed_in: Client, settings: Any, debug: bool) -> None:
    settings.DEBUG = debug
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 4096
    body = json.dumps({"language": "c", "source": "x" * 5000})
    response = signed_in.post("/api/v1/runs", body, content_type="application/json")
    assert response.status_code == 413
    shaped = response.json()
    _shape(shaped)
    assert shaped["code"] == "request_too_large"
    assert shaped["extra"] == {"limit": 4096}
    assert "4096 bytes" in shaped["message"]


@both_modes
@pytest.mark.django_db
def test_a_form_body_over_the_upload_limit_is_413_json(client: Client, settings: Any, debug: bool) -> None:
    settings.DEBUG = debug
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 4096
    response = client.post("/api/v1/auth/token/", {"username": "ada", "password": "p" * 5000})
    assert response.status_code == 413
    assert response["Content-Type"] == "application/json"
    shaped = response.json()
    _shape(shaped)
    assert shaped["code"] == "request_too_large"


@both_modes
@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/nothing-here",
        "/api/v2/runs",
        "/api/",
        "/api/v1/runs/not-a-uuid",  # the path converter refuses the value: nothing matches
        "/api/v1/lessons/first",
        "/api/v1/exercises/-1/submissions",
    ],
)
def test_unknown_api_addresses_are_json_404(signed_in: Client, settings: Any, debug: bool, url: str) -> None:
    settings.DEBUG = debug
    response = signed_in.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    shaped = response.json()
    _shape(shaped)
    assert shaped["code"] == "not_found"
    assert url in shaped["message"]


@pytest.mark.django_db
def test_pages_outside_the_api_keep_the_html_404(client: Client) -> None:
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.django_db
def test_a_bad_bearer_token_says_why_in_words(client: Client) -> None:
    response = client.get("/api/v1/me/progress", headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
    shaped = response.json()
    _shape(shaped)
    assert shaped["code"] == "authentication_failed"
    # simplejwt's detail is a dict; its words are the message, never the dict's repr.
    assert shaped["message"] == "Given token not valid for any token type"
    assert shaped["extra"]["reason"] == "token_not_valid"
    assert all(isinstance(m, str) for m in shaped["extra"]["messages"])
    refresh = client.post(
        "/api/v1/auth/token/refresh/", {"refresh": "garbage"}, content_type="application/json"
    )
    assert refresh.status_code == 401
    message = refresh.json()["message"]
    assert message == "Token is invalid" and "{" not in message and "ErrorDetail" not in message


@both_modes
@pytest.mark.django_db
def test_a_missing_or_extra_final_slash_is_a_404_that_names_the_endpoint(
    client: Client, settings: Any, debug: bool
) -> None:
    settings.DEBUG = debug
    # A redirect would turn the POST into a GET (and fails outright in development): a 404 says where to go.
    response = client.post("/api/v1/auth/token", {"username": "a", "password": "b"}, "application/json")
    assert response.status_code == 404
    shaped = response.json()
    _shape(shaped)
    assert shaped["extra"]["did_you_mean"] == "/api/v1/auth/token/"
    assert "did you mean /api/v1/auth/token/?" in shaped["message"]
    extra_slash = client.get("/api/v1/languages/")
    assert extra_slash.status_code == 404
    assert extra_slash.json()["extra"]["did_you_mean"] == "/api/v1/languages"
    assert "did_you_mean" not in client.get("/api/v1/nothing").json()["extra"]
