"""A stopped PostgreSQL or Redis never produces a traceback: readiness names it, pages say unavailable.

The site runs in a separate process whose DATABASE_URL and REDIS_URL point at ports where nothing listens,
exactly as when both services are stopped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, django
django.setup()
from django.test import Client
client = Client()
found = {}
for path in ["/health", "/ready", "/course/", "/api/v1/modules", "/accounts/login/"]:
    response = client.get(path)
    found[path] = {"status": response.status_code, "body": response.content.decode()[:4000]}
response = client.post("/accounts/login/", {"username": "ada", "password": "analytical-engine"})
found["POST /accounts/login/"] = {"status": response.status_code, "body": response.content.decode()[:4000]}
print("RESULT " + json.dumps(found))
"""


def _probe(database_url: str, redis_url: str) -> dict[str, dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if k not in {"TASK_RUNNER"}}
    env.update(
        DJANGO_SETTINGS_MODULE="ancient_compute.settings.local",
        DJANGO_DEBUG="false",
        DJANGO_ALLOWED_HOSTS="testserver",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DATABASE_POOL_TIMEOUT="2",
        LOG_LEVEL="CRITICAL",
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, done.stdout + done.stderr
    return json.loads(lines[-1].removeprefix("RESULT "))


def test_stopped_postgresql_and_redis() -> None:
    found = _probe("postgres://postgres@127.0.0.1:1/test", "redis://127.0.0.1:1/0")

    assert found["/health"]["status"] == 200

    ready = found["/ready"]
    assert ready["status"] == 503
    body = json.loads(str(ready["body"]))
    assert {"database", "cache", "channel_layer", "broker"} == set(body["failed"])

    # The sign-in form needs neither service, so it still renders; signing in needs both.
    assert found["/accounts/login/"]["status"] == 200
    for page in ["/course/", "POST /accounts/login/"]:
        assert found[page]["status"] == 503, (page, found[page])
        assert "Temporarily unavailable" in str(found[page]["body"])
        assert "Traceback" not in str(found[page]["body"])

    api = found["/api/v1/modules"]
    assert api["status"] == 503
    assert json.loads(str(api["body"]))["code"] == "service_unavailable"


def _session_database_url() -> str:
    """This session's test database (made and migrated by pytest-django) on the PostgreSQL server of
    DATABASE_URL, as a URL the probe's settings read."""
    from urllib.parse import quote

    from django.db import connection

    db = connection.settings_dict  # after the test database's creation, its NAME is the test database's
    assert db["ENGINE"] == "django.db.backends.postgresql", "the services pass runs on PostgreSQL"
    user = quote(db.get("USER") or "", safe="") + (
        ":" + quote(db["PASSWORD"], safe="") if db.get("PASSWORD") else ""
    )
    host = f"{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}"
    return f"postgres://{user}@{host}/{quote(db['NAME'], safe='')}"


@pytest.mark.services
@pytest.mark.django_db  # so that the session has a test database, migrated, for the probe to use
def test_stopped_redis_only_is_named_alone() -> None:
    found = _probe(_session_database_url(), "redis://127.0.0.1:1/0")
    body = json.loads(str(found["/ready"]["body"]))
    assert found["/ready"]["status"] == 503
    assert "database" not in body["failed"]
    assert {"cache", "channel_layer", "broker"} == set(body["failed"])
