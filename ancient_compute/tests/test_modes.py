"""The environment alone picks the mode: embedded default, or PostgreSQL + Redis + Celery."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "db": settings.DATABASES["default"]["ENGINE"],
    "conn_max_age": settings.DATABASES["default"].get("CONN_MAX_AGE"),
    "pool": "pool" in settings.DATABASES["default"].get("OPTIONS", {}),
    "cache": settings.CACHES["default"]["BACKEND"],
    "layer": settings.CHANNEL_LAYERS["default"]["BACKEND"],
    "runner": settings.TASK_RUNNER,
    "broker": settings.CELERY_BROKER_URL,
    "services": settings.SERVICES_MODE,
}))
"""


def _settings_in(env: dict[str, str], module: str = "ancient_compute.settings.local") -> dict[str, object]:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "TASK_RUNNER"}}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    # A .env file of the developer's must not leak into this probe: run from a directory without one.
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=clean, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_variables_means_the_embedded_default() -> None:
    found = _settings_in({})
    assert found["db"] == "django.db.backends.sqlite3"
    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["layer"] == "channels.layers.InMemoryChannelLayer"
    assert found["runner"] == "thread"
    assert found["broker"] == "memory://"
    assert found["services"] is False


def test_database_and_redis_urls_mean_services_mode() -> None:
    found = _settings_in(
        {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test", "REDIS_URL": "redis://127.0.0.1:6379/3"}
    )
    assert found["db"] == "django.db.backends.postgresql"
    assert found["conn_max_age"] == 0
    assert found["pool"] is True
    assert found["cache"] == "django_redis.cache.RedisCache"
    assert found["layer"] == "channels_redis.core.RedisChannelLayer"
    assert found["runner"] == "celery"
    assert found["broker"] == "redis://127.0.0.1:6379/3"
    assert found["services"] is True


def test_worker_processes_keep_their_connection() -> None:
    found = _settings_in(
        {
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test",
            "REDIS_URL": "redis://127.0.0.1:6379/3",
            "WORKER_PROCESS": "true",
        }
    )
    assert found["conn_max_age"] == 600
    assert found["pool"] is False


def test_test_settings_run_tasks_eagerly_in_both_modes() -> None:
    assert _settings_in({}, "ancient_compute.settings.test")["runner"] == "eager"
    services = _settings_in(
        {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test", "REDIS_URL": "redis://127.0.0.1:6379/3"},
        "ancient_compute.settings.test",
    )
    assert services["runner"] == "eager"
    assert services["db"] == "django.db.backends.postgresql"


def test_production_settings_pass_the_deploy_check() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="ancient_compute.settings.production",
        DJANGO_SECRET_KEY="k" * 20 + "-a-long-and-random-production-secret-9f8e7d6c5b4a",
        DJANGO_ALLOWED_HOSTS="compute.example.org",
        EMAIL_HOST="smtp.example.org",
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_production_refuses_to_start_without_a_secret_key() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    env.update(
        DJANGO_SETTINGS_MODULE="ancient_compute.settings.production",
        DJANGO_ALLOWED_HOSTS="x.org",
        EMAIL_HOST="smtp.example.org",
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "check"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY" in done.stderr
