"""Load benchmark (not a test): N concurrent API clients submit a small C program repeatedly and measure
the time from submission to the final result.

    .venv/bin/python execution/bench/load.py      # starts Daphne, 2 workers, a PostgreSQL database, Redis
    .venv/bin/python execution/bench/load.py --clients 10 --runs 600 --duration 30
    .venv/bin/python execution/bench/load.py --cache hit  # every measured run served from the result cache
    .venv/bin/python execution/bench/load.py --base-url http://host:8000 --username U --password P

Each client signs in (JWT), then loops: POST /api/v1/runs?wait=true, and, should the answer not be final
yet, GET /api/v1/runs/<id> until it is. `--cache miss` (the default) gives every run an input of its own,
so each is computed (its compile comes from the workers' caches); `--cache hit` sends the same program
and input each time, so that after the warm-up every run is served from the result cache; `--vary`
also makes a different program each run (compiled afresh). The hit rate is counted from the runs'
`from_cache`. The stack it starts raises RUN_THROTTLE_RATE (a benchmark is not
a student); against another site, use accounts whose throttle allows the load.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import statistics
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from execution.bench.stack import Stack, start_stack

PROGRAM = """#include <stdio.h>

int main(void) {
    int sum = 0;
    for (int i = 1; i <= %d; i++)
        sum += i * i;
    printf("%%d\\n", sum);
    return 0;
}
"""
SQUARES = 10  # the program prints 1^2 + ... + 10^2 = 385; with --vary each run sums a different count
COUNTER = itertools.count()
TARGETS = {"p50_ms": 100.0, "p95_ms": 300.0, "runs_per_second": 40.0}


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    hits: list[float] = field(default_factory=list)  # latencies of the runs served from the cache
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, *, from_cache: bool) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if from_cache:
                self.hits.append(seconds)

    def fail(self, reason: str) -> None:
        with self.lock:
            self.failures.append(reason)


class Client:
    def __init__(self, base_url: str, token: str | None = None) -> None:
        parts = urlsplit(base_url)
        self.connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1", parts.port or 80, timeout=30
        )
        self.token = token

    def request(self, method: str, path: str, body: dict[str, object] | None = None) -> tuple[int, dict]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        self.connection.request(
            method, path, body=json.dumps(body) if body is not None else None, headers=headers
        )
        response = self.connection.getresponse()
        payload = response.read()
        return response.status, json.loads(payload) if payload else {}


def sign_in(base_url: str, username: str, password: str) -> str:
    status, body = Client(base_url).request(
        "POST", "/api/v1/auth/token/", {"username": username, "password": password}
    )
    if status != 200:
        raise SystemExit(f"cannot sign in as {username}: {status} {body}")
    return str(body["access"])


RUN_SALT = uuid.uuid4().hex  # inputs of one benchmark are new to a site that ran an earlier one


def program(vary: bool, hit: bool) -> tuple[str, str, str]:
    """The program, its input and its expected output. A new input each run misses the result cache (the
    program ignores it); varied programs defeat the compile caches too."""
    count = next(COUNTER)
    n = SQUARES + count % 1000 if vary else SQUARES
    stdin = "" if hit else f"{RUN_SALT} {count}\n"
    return PROGRAM % n, stdin, f"{n * (n + 1) * (2 * n + 1) // 6}\n"


def client_loop(
    base_url: str,
    token: str,
    results: Results,
    budget: dict[str, float],
    stop_at: float,
    vary: bool,
    hit: bool,
) -> None:
    client = Client(base_url, token)
    while time.monotonic() < stop_at:
        with results.lock:
            if budget["left"] <= 0:
                return
            budget["left"] -= 1
            source, stdin, expected = program(vary, hit)
        started = time.perf_counter()
        run: dict[str, object] = {"language": "c", "source": source, "stdin": stdin}
        status, body = client.request("POST", "/api/v1/runs?wait=true", run)
        if status != 201:
            results.fail(f"POST {status}: {body.get('code')}")
            continue
        while not body.get("is_final"):
            time.sleep(0.01)
            status, body = client.request("GET", f"/api/v1/runs/{body['id']}")
        elapsed = time.perf_counter() - started
        if body["status"] != "completed" or body["output"] != expected:
            results.fail(f"run {body['id']}: {body['status']} {body['output']!r}")
            continue
        results.add(elapsed, from_cache=bool(body.get("from_cache")))


def server_side(base_url: str) -> None:
    """Where the time went, from the site's own metrics (derived from every run in the database)."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=30)
    connection.request("GET", "/metrics")
    text = connection.getresponse().read().decode()
    values = {}
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name.startswith(("ac_run_queue_wait_seconds_", "ac_run_duration_seconds_")) and "{" not in name:
            values[name] = float(value)
    for what, prefix in (
        ("queue wait", "ac_run_queue_wait_seconds"),
        ("worker time", "ac_run_duration_seconds"),
    ):
        count = values.get(f"{prefix}_count", 0)
        if count:
            print(
                f"server: mean {what} {1000 * values[f'{prefix}_sum'] / count:.0f} ms over {count:.0f} runs"
            )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--runs", type=int, default=600, help="at most this many runs in all")
    parser.add_argument("--duration", type=float, default=30.0, help="at most this many seconds")
    parser.add_argument(
        "--warmup", type=int, default=20, help="runs before measuring (compiler and pools warm)"
    )
    parser.add_argument("--workers", type=int, default=2, help="Celery worker processes to start")
    parser.add_argument(
        "--web-processes", type=int, default=1, help="Daphne processes on the one port (serve.py --processes)"
    )
    parser.add_argument("--vary", action="store_true", help="a different program each run (no compile cache)")
    parser.add_argument(
        "--cache",
        choices=("miss", "hit"),
        default="miss",
        help="miss: a new input each run (computed); hit: the same run each time (served from the cache)",
    )
    parser.add_argument("--base-url", help="an already running site instead of starting one")
    parser.add_argument("--username", default="bench")
    parser.add_argument("--password", default="bench-password-1843")
    args = parser.parse_args()

    stack: Stack | None = None
    base_url = args.base_url
    if base_url is None:
        print(
            f"starting {args.web_processes} Daphne, {args.workers} Celery workers, a PostgreSQL database and "
            "Redis ...",
            flush=True,
        )
        stack = start_stack(
            workers=args.workers,
            concurrency=1,
            redis_db=12,
            name="bench",
            seed=False,
            extra_env={
                "RUN_THROTTLE_RATE": "1000000/min",
                "API_USER_RATE": "1000000/min",
                "WEB_PROCESSES": str(args.web_processes),
            },
        )
        stack.manage(
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model; "
            f"get_user_model().objects.create_user({args.username!r}, password={args.password!r})",
        )
        base_url = stack.base_url
    try:
        token = sign_in(base_url, args.username, args.password)
        warm = Results()
        hit = args.cache == "hit"
        warm_budget = {"left": float(args.warmup)}
        client_loop(base_url, token, warm, warm_budget, time.monotonic() + 60, args.vary, hit)
        results = Results()
        budget = {"left": float(args.runs)}
        stop_at = time.monotonic() + args.duration
        threads = [
            threading.Thread(
                target=client_loop, args=(base_url, token, results, budget, stop_at, args.vary, hit)
            )
            for _ in range(args.clients)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        server_side(base_url)
    finally:
        if stack is not None:
            stack.stop()
    return report(results, elapsed, args.clients)


def report(results: Results, elapsed: float, clients: int) -> int:
    done = len(results.latencies)
    if not done:
        print("no run finished:", results.failures[:5])
        return 1
    ms = [s * 1000 for s in results.latencies]
    figures = {
        "runs_per_second": done / elapsed,
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
    }
    print(f"{clients} clients, {done} runs in {elapsed:.1f} s, {len(results.failures)} failures")
    rate = figures["runs_per_second"]
    print(f"throughput       {rate:.1f} runs/s   (target >= {TARGETS['runs_per_second']:g})")
    print(f"latency p50      {figures['p50_ms']:.0f} ms     (target < {TARGETS['p50_ms']:g})")
    print(f"latency p95      {figures['p95_ms']:.0f} ms     (target < {TARGETS['p95_ms']:g})")
    print(f"latency p99      {percentile(ms, 99):.0f} ms")
    print(f"latency mean/max {statistics.fmean(ms):.0f} / {max(ms):.0f} ms")
    print(f"cache hits       {len(results.hits)} of {done} ({100 * len(results.hits) / done:.0f}%)")
    if results.hits:
        hit_ms = [s * 1000 for s in results.hits]
        print(
            f"hit latency      p50 {percentile(hit_ms, 50):.0f} ms, p95 {percentile(hit_ms, 95):.0f} ms"
            "   (target p50 < 20)"
        )
    for failure in results.failures[:5]:
        print("failure:", failure)
    return 0 if not results.failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
