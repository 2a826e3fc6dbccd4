"""Every API error has one shape: {"code", "message", "extra"} with a stable code."""

from __future__ import annotations

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
