"""Logging: readable lines locally, JSON lines in production, the request id on every line."""

from __future__ import annotations

import copy
import io
import json
import logging
import logging.config
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

from ancient_compute.lib.request_id import REQUEST_ID

ROOT = Path(__file__).resolve().parents[2]


def _log_one_line(formatter: str) -> str:
    config = copy.deepcopy(settings.LOGGING)
    config["handlers"]["console"]["formatter"] = formatter
    config["handlers"]["console"]["stream"] = stream = io.StringIO()
    config["root"]["level"] = "INFO"
    logging.config.dictConfig(config)
    token = REQUEST_ID.set("req-42")
    try:
        logging.getLogger("execution.services").info("run %s finished", "r1")
    finally:
        REQUEST_ID.reset(token)
        logging.config.dictConfig(settings.LOGGING)
    return stream.getvalue().strip()


def test_production_lines_are_json_with_the_request_id() -> None:
    record = json.loads(_log_one_line("json"))
    assert record["message"] == "run r1 finished"
    assert record["level"] == "INFO"
    assert record["logger"] == "execution.services"
    assert record["request_id"] == "req-42"
    assert "time" in record


def test_local_lines_are_readable_with_the_request_id() -> None:
    line = _log_one_line("text")
    assert line.endswith("INFO    [req-42] execution.services: run r1 finished")


def test_production_settings_choose_json() -> None:
    env = {k: v for k, v in os.environ.items() if k != "LOG_FORMAT"}
    env.update(
        DJANGO_SETTINGS_MODULE="ancient_compute.settings.production",
        DJANGO_SECRET_KEY="s" * 50,
        DJANGO_ALLOWED_HOSTS="compute.example.org",
        EMAIL_HOST="smtp.example.org",
    )
    probe = "from django.conf import settings; print(settings.LOGGING['handlers']['console']['formatter'])"
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "json"
