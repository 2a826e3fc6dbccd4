"""/health, /ready and /metrics, including readiness failures that name what is down."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, override_settings

from ancient_compute import ops

pytestmark = pytest.mark.django_db

# A port nothing listens on: connecting is refused at once, like a stopped Redis.
DEAD_REDIS = "redis://127.0.0.1:1/0"


def test_health_answers_without_dependencies(client: Client) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready_when_everything_answers(client: Client) -> None:
    response = client.get("/ready")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["failed"] == []
    assert {"database", "cache", "channel_layer"} <= set(body["checks"])
    assert all(check["ok"] for check in body["checks"].values())


def test_ready_with_a_stopped_redis_cache_is_503_naming_the_cache(client: Client) -> None:
    caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": DEAD_REDIS,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    # override_settings rebuilds the cache handler on entry and exit (Django's setting_changed receiver).
    with override_settings(CACHES=caches):
        response = client.get("/ready")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["failed"] == ["cache"]
    assert body["checks"]["cache"]["ok"] is False
    assert "Connection" in body["checks"]["cache"]["error"]


def test_ready_with_a_stopped_redis_channel_layer_is_503_naming_it(client: Client) -> None:
    layers = {
        "default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [DEAD_REDIS]}}
    }
    with override_settings(CHANNEL_LAYERS=layers):  # channels drops its cached layers on the change
        response = client.get("/ready")
    assert response.status_code == 503
    assert response.json()["failed"] == ["channel_layer"]


def test_ready_checks_the_broker_when_celery_runs_the_tasks(client: Client, monkeypatch: Any) -> None:
    from ancient_compute.celery import app

    monkeypatch.setattr(app.conf, "broker_url", DEAD_REDIS)
    with override_settings(TASK_RUNNER="celery"):
        response = client.get("/ready")
    assert response.status_code == 503
    assert response.json()["failed"] == ["broker"]


def test_ready_with_a_failing_database_is_503_naming_it(client: Client, monkeypatch: Any) -> None:
    from django.db import OperationalError

    def refuse() -> None:
        raise OperationalError("connection refused")

    monkeypatch.setitem(ops.readiness_checks.__globals__, "check_database", refuse)
    response = client.get("/ready")
    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["database"]
    assert "connection refused" in body["checks"]["database"]["error"]


def test_metrics_are_prometheus_text_with_request_counts(client: Client) -> None:
    client.get("/health")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    text = response.content.decode()
    assert "# TYPE ac_http_requests_total counter" in text
    assert 'ac_http_requests_total{method="GET",route="health",status="200"}' in text
    assert "ac_http_request_duration_seconds_bucket" in text


def test_every_response_carries_a_request_id(client: Client) -> None:
    response = client.get("/health")
    assert len(response["X-Request-ID"]) == 32
    echoed = client.get("/health", headers={"X-Request-ID": "abc-123"})
    assert echoed["X-Request-ID"] == "abc-123"
    unsafe = client.get("/health", headers={"X-Request-ID": "bad id\nwith newline"})
    assert unsafe["X-Request-ID"] != "bad id\nwith newline"
