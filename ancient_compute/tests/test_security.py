"""Security headers and access rules: the Content-Security-Policy and the pages that satisfy it, the
Permissions-Policy, who may read /metrics, and production's start from the documented variables."""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["/", "/course/", "/playground/", "/explorer/", "/accounts/login/", "/admin/login/", "/api/docs/"]

pytestmark = pytest.mark.django_db


def csp_directives(header: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("url", PAGES)
def test_every_page_carries_the_policy_and_its_inline_code_the_nonce(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    policy = csp_directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    for directive in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in policy[directive] and "'unsafe-eval'" not in policy[directive]
    html = response.content.decode()
    nonces = {n.strip("'").removeprefix("nonce-") for n in policy["script-src"] if n.startswith("'nonce-")}
    # An inline script or style runs only with the header's nonce; markup handlers and style attributes
    # never run under this policy, so the site has none.
    for tag, attributes in re.findall(r"<(script|style)\b([^>]*)>", html):
        if tag == "script" and "src=" in attributes:
            continue
        # A JSON data block (json_script) is never executed, so the policy does not apply to it.
        if tag == "script" and 'type="application/json"' in attributes:
            continue
        found = re.search(r'nonce="([^"]+)"', attributes)
        assert found and found.group(1) in nonces, (url, tag, attributes)
    assert not re.search(r"<[^>]+\son[a-z]+=", html), url
    assert not re.search(r"<[^>]+\sstyle=", html), url


def test_the_htmx_configuration_asks_for_no_inline_style_or_eval(client: Client) -> None:
    html = client.get("/").content.decode()
    assert '"includeIndicatorStyles": false' in html and '"allowEval": false' in html


def test_permissions_policy_refuses_what_the_site_never_uses(client: Client) -> None:
    for url in ["/", "/api/v1/languages", "/health"]:
        header = client.get(url)["Permissions-Policy"]
        features = dict(item.strip().split("=", 1) for item in header.split(","))
        assert features["camera"] == "()" and features["microphone"] == "()"
        assert features["geolocation"] == "()" and features["payment"] == "()"
        assert features["fullscreen"] == "(self)"


def test_metrics_are_read_from_the_allowed_addresses(client: Client, settings: Any) -> None:
    settings.METRICS_ALLOWED_NETWORKS = ["127.0.0.1/32", "10.0.0.0/8"]
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200
    refused = client.get("/metrics", REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 403
    assert "METRICS_ALLOWED_NETWORKS" in refused.content.decode()
    # A forwarded-for header is the client's word, not its address.
    spoofed = client.get("/metrics", REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="127.0.0.1")
    assert spoofed.status_code == 403


def test_metrics_are_read_with_the_token(client: Client, settings: Any) -> None:
    settings.METRICS_ALLOWED_NETWORKS = []
    settings.METRICS_TOKEN = "s3cret-scraper-token"
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 403
    wrong = client.get("/metrics", REMOTE_ADDR="203.0.113.7", HTTP_AUTHORIZATION="Bearer guess")
    assert wrong.status_code == 403
    right = client.get(
        "/metrics", REMOTE_ADDR="203.0.113.7", HTTP_AUTHORIZATION="Bearer s3cret-scraper-token"
    )
    assert right.status_code == 200
    assert "# TYPE" in right.content.decode()


def _manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "EMAIL_", "METRICS_"))}
    keep.pop("DATABASE_URL", None)
    keep.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env={**keep, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "ancient_compute.settings.production",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "compute.example.org",
    # Set empty rather than unset: a developer's .env must not fill it in (the environment wins over it).
    "EMAIL_HOST": "",
}


def test_production_without_email_host_stops_with_a_clear_error() -> None:
    done = _manage(PRODUCTION, "check", "--deploy")
    assert done.returncode != 0
    assert "EMAIL_HOST is not set" in done.stderr
    assert "README.md" in done.stderr


def test_production_without_a_secret_key_names_it() -> None:
    done = _manage({**PRODUCTION, "DJANGO_SECRET_KEY": "", "EMAIL_HOST": "smtp.example.org"}, "check")
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in done.stderr


def test_production_passes_the_deploy_check_with_the_documented_variables() -> None:
    done = _manage(
        {**PRODUCTION, "EMAIL_HOST": "smtp.example.org"}, "check", "--deploy", "--fail-level", "WARNING"
    )
    assert done.returncode == 0, done.stderr
    assert "no issues" in done.stdout


def test_a_bad_metrics_network_stops_the_start_with_its_name() -> None:
    done = _manage({"METRICS_ALLOWED_NETWORKS": "127.0.0.1,not-an-address"}, "check")
    assert done.returncode != 0
    assert "METRICS_ALLOWED_NETWORKS: 'not-an-address'" in done.stderr


@pytest.mark.asyncio
async def test_the_headers_and_the_error_shape_hold_on_the_asynchronous_path(async_client: Any) -> None:
    # Under Daphne the middleware runs as coroutines (the async client drives the same path).
    response = await async_client.get("/api/v1/no-such-endpoint")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert "camera=()" in response["Permissions-Policy"]
    assert "default-src 'self'" in response["Content-Security-Policy"]


_PRODUCTION_API_PROBE = """
import json, django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="compute.example.org", HTTP_X_FORWARDED_PROTO="https")  # behind the proxy
answers = {
    "unknown": client.get("/api/v1/no-such-endpoint"),
    "bad_path": client.get("/api/v1/runs/not-a-uuid"),
    "nested": client.post("/api/v1/auth/token/", "[" * 50000 + "]" * 50000, content_type="application/json"),
    "too_large": client.post(
        "/api/v1/auth/token/", json.dumps({"password": "p" * 3_000_000}), content_type="application/json"
    ),
}
print(json.dumps({name: [a.status_code, a["Content-Type"], a.json()["code"]] for name, a in answers.items()}))
"""


def test_the_api_error_shape_holds_under_the_production_settings() -> None:
    env = {**PRODUCTION, "EMAIL_HOST": "smtp.example.org"}
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "EMAIL_", "METRICS_"))}
    keep.pop("DATABASE_URL", None)
    keep.pop("REDIS_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", _PRODUCTION_API_PROBE],
        env={**keep, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {
        "unknown": [404, "application/json", "not_found"],
        "bad_path": [404, "application/json", "not_found"],
        "nested": [400, "application/json", "malformed_request"],
        "too_large": [413, "application/json", "request_too_large"],
    }
