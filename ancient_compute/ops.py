"""Operations endpoints: /health (the process answers), /ready (its dependencies answer), /metrics."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from ancient_compute.lib.metrics import render_metrics
from ancient_compute.lib.security import metrics_reader_allowed

logger = logging.getLogger(__name__)


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    key = f"ready:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    if cache.get(key) != "1":
        raise RuntimeError("the cache did not return what was written")
    cache.delete(key)


def check_channel_layer() -> None:
    layer = get_channel_layer()
    if layer is None:
        raise RuntimeError("no channel layer is configured")
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.send)(channel, {"type": "ready.check"})
    message = async_to_sync(layer.receive)(channel)
    if message.get("type") != "ready.check":
        raise RuntimeError("the channel layer did not deliver a message")


def check_broker() -> None:
    from ancient_compute.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


def readiness_checks() -> dict[str, Callable[[], None]]:
    checks: dict[str, Callable[[], None]] = {
        "database": check_database,
        "cache": check_cache,
        "channel_layer": check_channel_layer,
    }
    if settings.TASK_RUNNER == "celery":
        checks["broker"] = check_broker
    return checks


@never_cache
@require_GET
def health_view(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def ready_view(request: HttpRequest) -> JsonResponse:
    results: dict[str, dict[str, object]] = {}
    failed: list[str] = []
    for name, check in readiness_checks().items():
        started = time.perf_counter()
        try:
            check()
        except Exception as exc:  # any failure of a dependency is reported, never raised
            logger.warning("readiness check %s failed: %s", name, exc)
            failed.append(name)
            results[name] = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
        else:
            results[name] = {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 2)}
    body = {
        "status": "ok" if not failed else "unavailable",
        "mode": "services" if settings.SERVICES_MODE else "embedded",
        "failed": failed,
        "checks": results,
    }
    return JsonResponse(body, status=200 if not failed else 503)


@never_cache
@require_GET
def metrics_view(request: HttpRequest) -> HttpResponse:
    if not metrics_reader_allowed(request):
        return HttpResponse(
            "Forbidden: /metrics is read from the addresses in METRICS_ALLOWED_NETWORKS, or with "
            "'Authorization: Bearer <METRICS_TOKEN>' (see README.md, Operations).\n",
            status=403,
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse(render_metrics(), content_type="text/plain; version=0.0.4; charset=utf-8")
