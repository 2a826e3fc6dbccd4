"""Page benchmark (not a test): the server time of every course page, signed in and not, and a lesson
page's throughput under wrk, against the site as it is deployed (Daphne, PostgreSQL, Redis).

    .venv/bin/python execution/bench/pages.py                 # starts the stack with the course loaded
    .venv/bin/python execution/bench/pages.py --requests 30 --wrk-seconds 15 --web-processes 2

First each page (the course, every module, every lesson, every exercise) is requested in one process
with the stack's settings and services (Django's test client): its CPU time per request (median of
`--in-process-requests`) and its queries, the figures that depend least on what else the machine runs.
Then each page is requested through Daphne `--requests` times in a row after one warm-up request, signed
out and then signed in as a student; the figures are the medians per page, summarised per kind of page,
and the slowest page. Then `wrk` (Debian's package) loads one
lesson page with 20 connections, signed out and signed in.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from execution.bench.stack import Stack, start_stack

TARGETS = {"p50_ms": 20.0, "wrk_requests_per_second": 300.0}
WRK_CONNECTIONS = 20
# Printed by the shell below: the pages of the course and a signed-in student's session cookie.
_SETUP = """
import json
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from curriculum.models import Exercise, Lesson, Module

user = get_user_model().objects.create_user("pages-bench", password="pages-bench-1843")
client = Client()
client.force_login(user)
pages = [("course", reverse("curriculum:course"))]
for module in Module.objects.filter(is_published=True).order_by("order"):
    pages.append(("module", reverse("curriculum:module", args=[module.slug])))
for lesson in Lesson.objects.filter(is_published=True, module__is_published=True).select_related("module"):
    pages.append(("lesson", reverse("curriculum:lesson", args=[lesson.module.slug, lesson.slug])))
for exercise in Exercise.objects.filter(is_published=True, lesson__is_published=True):
    pages.append(("exercise", reverse("curriculum:exercise", args=[exercise.slug])))
cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
print("PAGES-BENCH", json.dumps({"pages": pages, "cookie": cookie}))
"""


# Run in the stack's own settings and services (manage.py shell): each page's CPU time per request in one
# process (Django's test client, the site's middleware; the figure the wall-clock ones above depend on
# least on the machine's other load) and its queries.
_IN_PROCESS = """
import json, statistics, time
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pages = json.loads(PAGES)
clients = {"out": Client(HTTP_HOST="127.0.0.1"), "in": Client(HTTP_HOST="127.0.0.1")}
clients["in"].force_login(get_user_model().objects.get(username="pages-bench"))
found = []
for who, client in clients.items():
    for kind, path in pages:
        client.get(path)  # warms the page's caches
        cpu = []
        for _ in range(REQUESTS):
            started = time.process_time()
            response = client.get(path)
            cpu.append(1000 * (time.process_time() - started))
            assert response.status_code == 200, (path, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        found.append([who, kind, path, statistics.median(cpu), len(queries.captured_queries)])
print("PAGES-CPU", json.dumps(found))
"""


def in_process(stack: Stack, pages: list[tuple[str, str]], requests: int) -> None:
    """Prints each kind of page's CPU time per request in one process and its queries."""
    code = f"PAGES = {json.dumps(json.dumps(pages))}\nREQUESTS = {requests}\n{_IN_PROCESS}"
    rows = stack.shell_json(code, "PAGES-CPU ", timeout=1800)
    grouped: dict[tuple[str, str], list[tuple[float, int, str]]] = {}
    for who, kind, path, cpu, queries in rows:
        grouped.setdefault((who, kind), []).append((cpu, queries, path))
    for (who, kind), found in grouped.items():
        slowest = max(found)
        print(
            f"in process, signed {who:3} {kind:8} {len(found):3} pages: median CPU "
            f"{statistics.median(c for c, _, _ in found):5.2f} ms a request, slowest {slowest[0]:5.2f} ms "
            f"({slowest[2]}); queries {min(q for _, q, _ in found)}-{max(q for _, q, _ in found)}"
        )


def setup(stack: Stack) -> tuple[list[tuple[str, str]], str]:
    data = stack.shell_json(_SETUP, "PAGES-BENCH ")
    return [(kind, path) for kind, path in data["pages"]], str(data["cookie"])


def time_page(base_url: str, path: str, cookie: str | None, requests: int) -> list[float]:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=30)
    headers = {"Cookie": cookie} if cookie else {}
    times = []
    for index in range(requests + 1):
        started = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"GET {path} answered {response.status}")
        if index:  # the first request warms the page's caches
            times.append(1000 * (time.perf_counter() - started))
    connection.close()
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def page_times(base_url: str, pages: list[tuple[str, str]], cookie: str | None, requests: int) -> float:
    """Prints the medians per kind of page; returns the slowest page's median."""
    medians: dict[str, list[tuple[float, str]]] = {}
    for kind, path in pages:
        median = statistics.median(time_page(base_url, path, cookie, requests))
        medians.setdefault(kind, []).append((median, path))
    who = "signed in " if cookie else "signed out"
    worst = 0.0
    for kind, found in medians.items():
        values = [m for m, _ in found]
        slowest, slowest_path = max(found)
        worst = max(worst, slowest)
        print(
            f"{who} {kind:8} {len(found):3} pages: median of medians {statistics.median(values):6.1f} ms, "
            f"slowest {slowest:6.1f} ms ({slowest_path})"
        )
    return worst


def wrk(url: str, cookie: str | None, seconds: int) -> float:
    command = ["wrk", "-t2", f"-c{WRK_CONNECTIONS}", f"-d{seconds}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)  # in the latency distribution
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    who = "signed in " if cookie else "signed out"
    print(
        f"wrk {who} {WRK_CONNECTIONS} connections, {seconds} s: {rate.group(1) if rate else '?'} requests/s, "
        f"p50 {p50.group(1) if p50 else '?'}, non-2xx {errors.group(1) if errors else 0}"
        f"   (target >= {TARGETS['wrk_requests_per_second']:g})"
    )
    return float(rate.group(1)) if rate else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=20, help="timed requests per page")
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument(
        "--in-process-requests", type=int, default=20, help="requests per page timed in one process (0: none)"
    )
    parser.add_argument(
        "--web-processes", type=int, default=None, help="Daphne processes (default: the stack's)"
    )
    args = parser.parse_args()
    print("starting Daphne, PostgreSQL and Redis with the course loaded ...", flush=True)
    extra = {} if args.web_processes is None else {"WEB_PROCESSES": str(args.web_processes)}
    stack = start_stack(workers=1, redis_db=13, name="pages", seed=True, extra_env=extra)
    try:
        pages, cookie = setup(stack)
        if args.in_process_requests:
            in_process(stack, pages, args.in_process_requests)
        worst = max(page_times(stack.base_url, pages, None, args.requests), 0.0)
        worst = max(worst, page_times(stack.base_url, pages, cookie, args.requests))
        print(f"slowest page's median {worst:.1f} ms   (target every page < {TARGETS['p50_ms']:g})")
        if shutil.which("wrk") is None:
            print("wrk is not installed (apt-get install wrk): no throughput figure")
            return 1
        lesson = next(path for kind, path in pages if kind == "lesson")
        for who in (None, cookie):
            wrk(f"{stack.base_url}{lesson}", who, args.wrk_seconds)
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
