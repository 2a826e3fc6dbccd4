"""A run's callback: the URL an API client gives when it creates a run, to which a worker POSTs the run's
summary once the run has ended.

The URL must point to an origin of settings.RUN_CALLBACK_ALLOWED_ORIGINS (the one allow-list): a worker
makes the request, so an address of the client's choosing would let anyone reach whatever the workers can
reach. The request is made by its own Celery task (tasks.run_callback), after the run's final state is
committed, so that it never holds a run up; it has a bounded timeout, follows no redirect, and the task
retries it a few times with a growing delay.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
import uuid
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings

from ancient_compute.lib.errors import InvalidInput
from execution.models import FINAL_STATUSES, Run
from execution.serializers import RunSummarySerializer

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 5.0  # per attempt: connecting, sending and reading the answer
RETRIES = 3  # after the first attempt: 4 attempts at most
# One attempt's worker time at most (the timeout bounds each socket operation, not a slow trickle).
TASK_SECONDS = 20
RETRY_DELAYS = (5, 30, 120)  # seconds before each retry (retry n waits RETRY_DELAYS[n])
MAX_URL_LENGTH = Run._meta.get_field("callback_url").max_length or 500
_DEFAULT_PORTS = {"http": 80, "https": 443}


class CallbackFailed(Exception):
    """The callback's receiver could not be reached or did not answer 2xx: the task tries again."""


def origin_of(url: str) -> str | None:
    """`scheme://host:port`, lower case with the scheme's default port made explicit; None when `url` is
    not an absolute http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a port that is not a number, an unbalanced IPv6 bracket
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:  # IPv6
        host = f"[{host}]"
    return f"{scheme}://{host}:{port or _DEFAULT_PORTS[scheme]}"


def allowed_origins() -> set[str]:
    origins = (origin_of(entry) for entry in settings.RUN_CALLBACK_ALLOWED_ORIGINS)
    return {origin for origin in origins if origin is not None}


def callback_url_check(url: str) -> str:
    """The URL as given when a worker may call it back; InvalidInput (code `callback_not_allowed` when its
    origin is not allowed) otherwise. An empty URL is no callback."""
    url = url.strip()
    if not url:
        return ""

    def refuse(message: str, code: str = "invalid") -> InvalidInput:
        return InvalidInput(message, code=code, extra={"fields": {"callback_url": [message]}})

    if len(url) > MAX_URL_LENGTH:
        raise refuse(f"The callback URL is longer than {MAX_URL_LENGTH} characters.")
    origin = origin_of(url)
    if origin is None:
        raise refuse("The callback URL must be an absolute http or https URL.")
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise refuse("The callback URL must not carry credentials.")
    if parts.fragment:
        raise refuse("The callback URL must not have a fragment (#...).")
    if origin not in allowed_origins():
        if not settings.RUN_CALLBACK_ALLOWED_ORIGINS:
            message = "This site makes no callbacks (RUN_CALLBACK_ALLOWED_ORIGINS is empty)."
        else:
            message = f"This site makes no callbacks to {origin}: it is not in RUN_CALLBACK_ALLOWED_ORIGINS."
        raise refuse(message, code="callback_not_allowed")
    return url


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect would lead the worker to an address the allow-list never saw: it is a failure."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects())


def callback_post(url: str, body: dict[str, Any]) -> int:
    """POSTs `body` as JSON to `url` (the one network call); the answer's status when it is 2xx,
    CallbackFailed otherwise."""
    data = json.dumps(body).encode()
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": "ancient-compute-callback/1"},
    )
    try:
        with _opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            status = int(response.status)
    except urllib.error.HTTPError as error:  # a 3xx (not followed), 4xx or 5xx
        raise CallbackFailed(f"{url} answered {error.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:  # refused, timed out, unreadable
        raise CallbackFailed(f"{url} could not be reached: {error}") from None
    if not 200 <= status < 300:
        raise CallbackFailed(f"{url} answered {status}")
    return status


def retry_delay(retries: int) -> int:
    """Seconds before the retry that follows `retries` earlier ones."""
    return RETRY_DELAYS[min(retries, len(RETRY_DELAYS) - 1)]


def run_callback_send(run_id: uuid.UUID | str) -> int | None:
    """POSTs the final run's summary to its callback URL; None when there is nothing to send (no run, no
    callback, or the run is not final). CallbackFailed when the receiver did not take it."""
    run = Run.objects.select_related("submission").filter(id=run_id).first()
    if run is None or not run.callback_url or run.status not in FINAL_STATUSES:
        return None
    # The allow-list is checked again: it may have shrunk since the run was made.
    try:
        url = callback_url_check(run.callback_url)
    except InvalidInput as refused:
        logger.warning("run %s: callback not sent: %s", run_id, refused.message)
        return None
    body = json.loads(json.dumps(RunSummarySerializer(run).data, default=str))
    return callback_post(url, body)
