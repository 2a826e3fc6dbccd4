"""Prometheus metrics: one registry for the site, served at /metrics.

Request counts and latencies are counted in this process. Metrics about runs are derived from the database
at scrape time by collectors that the execution app registers on REGISTRY, because runs finish in worker
processes that this process cannot see.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.urls import Resolver404, resolve
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)

HTTP_REQUESTS = Counter(
    "ac_http_requests",
    "HTTP requests served, by method, route and status code.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
HTTP_LATENCY = Histogram(
    "ac_http_request_duration_seconds",
    "Time to serve an HTTP request, by method and route.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)


def _route(request: HttpRequest) -> str:
    # Label by URL pattern, never by raw path: ids in paths would make the label set unbounded.
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return "unmatched"
    return match.route or match.view_name or "unmatched"


class RequestMetricsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        response = self.get_response(request)
        route = _route(request)
        HTTP_REQUESTS.labels(request.method or "-", route, str(response.status_code)).inc()
        HTTP_LATENCY.labels(request.method or "-", route).observe(time.perf_counter() - started)
        return response


def render_metrics() -> bytes:
    return generate_latest(REGISTRY)
