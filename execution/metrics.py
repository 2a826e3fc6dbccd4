"""Run metrics for /metrics, derived from the database at scrape time.

Runs finish in worker processes that the web process cannot count, so the counts and histograms below are
read from the Run table whenever Prometheus scrapes: every process reports the same totals.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from django.db import DatabaseError
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Sum
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import Collector

from execution.models import ACTIVE_STATUSES, FINAL_STATUSES, Run

logger = logging.getLogger(__name__)

QUEUE_WAIT_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
DURATION_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)

_FINISHED_DOC = "Runs that reached a final state, by language and status."
_ACTIVE_DOC = "Runs queued, compiling or running."
_CACHED_DOC = "Runs served from the result cache (created final: nothing computed), by language."
_WAIT_DOC = "Time from a run's creation to a worker starting it (runs served from the cache never wait)."
_DURATION_DOC = "Time from a worker starting a run to its final state (runs served from the cache: none)."


class RunCollector(Collector):
    def describe(self) -> Iterator[Any]:
        # The registry asks for names at registration (in AppConfig.ready): answer without the database.
        yield CounterMetricFamily("ac_runs_finished", _FINISHED_DOC, labels=["language", "status"])
        yield GaugeMetricFamily("ac_runs_active", _ACTIVE_DOC, labels=["status"])
        yield CounterMetricFamily("ac_runs_from_cache", _CACHED_DOC, labels=["language"])
        yield HistogramMetricFamily("ac_run_queue_wait_seconds", _WAIT_DOC)
        yield HistogramMetricFamily("ac_run_duration_seconds", _DURATION_DOC)

    def collect(self) -> Iterator[Any]:
        try:
            yield from self._collect()
        except DatabaseError:  # /metrics must answer while the database is down; /ready reports it
            logger.warning("run metrics skipped: the database is unavailable", exc_info=True)

    def _collect(self) -> Iterator[Any]:
        finished = CounterMetricFamily(
            "ac_runs_finished",
            "Runs that reached a final state, by language and status.",
            labels=["language", "status"],
        )
        rows = (
            Run.objects.filter(status__in=sorted(FINAL_STATUSES))
            .values_list("language", "status")
            .annotate(n=Count("id"))
            .order_by()
        )
        for language, status, n in rows:
            finished.add_metric([language, status], n)
        yield finished

        active = GaugeMetricFamily("ac_runs_active", _ACTIVE_DOC, labels=["status"])
        counts = dict(
            Run.objects.filter(status__in=sorted(ACTIVE_STATUSES))
            .values_list("status")
            .annotate(n=Count("id"))
            .order_by()
        )
        for status in sorted(ACTIVE_STATUSES):
            active.add_metric([status], counts.get(status, 0))
        yield active

        cached = CounterMetricFamily("ac_runs_from_cache", _CACHED_DOC, labels=["language"])
        rows = Run.objects.filter(from_cache=True).values_list("language").annotate(n=Count("id")).order_by()
        for language, n in rows:
            cached.add_metric([language], n)
        yield cached

        computed = Run.objects.filter(from_cache=False)
        yield _histogram(
            "ac_run_queue_wait_seconds",
            _WAIT_DOC,
            computed.filter(started_at__isnull=False),
            F("started_at") - F("created_at"),
            QUEUE_WAIT_BUCKETS,
        )
        yield _histogram(
            "ac_run_duration_seconds",
            _DURATION_DOC,
            computed.filter(started_at__isnull=False, finished_at__isnull=False),
            F("finished_at") - F("started_at"),
            DURATION_BUCKETS,
        )


def _histogram(
    name: str, documentation: str, runs: Any, span: Any, buckets: tuple[float, ...]
) -> HistogramMetricFamily:
    """One query: a count per bucket boundary (cumulative, as Prometheus wants), the total and the sum."""
    annotated = runs.annotate(span=ExpressionWrapper(span, output_field=DurationField()))
    aggregates = {
        f"le_{i}": Count("id", filter=Q(span__lte=timedelta(seconds=b))) for i, b in enumerate(buckets)
    }
    result = annotated.aggregate(total=Count("id"), span_sum=Sum("span"), **aggregates)
    total_seconds = result["span_sum"].total_seconds() if result["span_sum"] else 0.0
    rows = [(_le(b), result[f"le_{i}"]) for i, b in enumerate(buckets)] + [("+Inf", result["total"])]
    return HistogramMetricFamily(name, documentation, buckets=rows, sum_value=total_seconds)


def _le(bound: float) -> str:
    return repr(float(bound))


_registered = False


def register(registry: Any) -> None:
    """Registers the collector once per process (AppConfig.ready may run again in tests)."""
    global _registered
    if not _registered:
        registry.register(RunCollector())
        _registered = True
