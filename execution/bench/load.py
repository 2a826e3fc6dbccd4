"""Load benchmark (not a test): N concurrent API clients submit a small C program repeatedly and measure
the time from submission to the final result.

    .venv/bin/python execution/bench/load.py      # starts Daphne, 2 workers, a PostgreSQL database, Redis
    .venv/bin/python execution/bench/load.py --clients 10 --runs 600 --duration 30
    .venv/bin/python execution/bench/load.py --cache hit  # every measured run served from the result cache
    .venv/bin/python execution/bench/load.py --rate 40    # then 40 runs/s offered, open loop
    .venv/bin/python execution/bench/load.py --base-url http://host:8000 --username U --password P

Each client signs in (JWT), then loops: POST /api/v1/runs?wait=true, and, should the answer not be final
yet, GET /api/v1/runs/<id> until it is. That loop is closed: a client sends its next run only once the
last one is final, so a slower site is sent fewer runs, and the figures are the most the site serves to
that many clients (by Little's law, mean latency = clients / throughput).

`--rate R` adds an open loop on the same site: runs arrive at R per second (`--arrivals poisson`, the
default, or `even`), each taken by the next free client, and a run's latency counts from the time it was
due, not from when a client was free to send it: when every client is busy, the wait for one is queueing
that a closed loop hides (coordinated omission). `--open-only` leaves the closed loop out.

`--cache miss` (the default) gives every run an input of its own, so each is computed (its compile comes
from the workers' caches); `--cache hit` sends the same program and input each time, so that after the
warm-up every run is served from the result cache; `--vary` also makes a different program each run
(compiled afresh). The hit rate is counted from the runs' `from_cache`. The stack it starts raises
RUN_THROTTLE_RATE (a benchmark is not a student); against another site, use accounts whose throttle
allows the load. A run not final after a minute is counted as a failure.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
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
RUN_DEADLINE_SECONDS = 60.0  # a run not final by then is counted as a failure (and the client goes on)
LATE_SECONDS = 0.01  # an open-loop run sent this much after its time waited for a free client
REDIS_DB = 15  # the stack's Redis database (emptied at the start): one no other test or benchmark uses


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    hits: list[float] = field(default_factory=list)  # latencies of the runs served from the cache
    failures: list[str] = field(default_factory=list)
    # Open loop: each run's time from its send (latencies count from the time it was due) and how late
    # it was sent.
    services: list[float] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, *, from_cache: bool, sent_after: float = 0.0) -> None:
        with self.lock:
            self.latencies.append(seconds)
            self.services.append(seconds - sent_after)
            self.delays.append(sent_after)
            if from_cache:
                self.hits.append(seconds)

    def fail(self, reason: str) -> None:
        with self.lock:
            self.failures.append(reason)


class Client:
    def __init__(self, base_url: str, token: str | None = None) -> None:
        parts = urlsplit(base_url)
        self.address = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.connection = http.client.HTTPConnection(*self.address, timeout=30)
        self.token = token

    def reconnect(self) -> None:
        self.connection.close()
        self.connection = http.client.HTTPConnection(*self.address, timeout=30)

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


def run_once(client: Client, results: Results, vary: bool, hit: bool, due: float | None = None) -> None:
    """One run from its POST to its final state, checked and counted. Its latency counts from `due` (the
    open loop's arrival time) when given, else from the POST."""
    with results.lock:
        source, stdin, expected = program(vary, hit)
    sent = time.perf_counter()
    started = sent if due is None else due
    run: dict[str, object] = {"language": "c", "source": source, "stdin": stdin}
    try:
        status, body = client.request("POST", "/api/v1/runs?wait=true", run)
        if status != 201:
            results.fail(f"POST {status}: {body.get('code')}")
            return
        while not body.get("is_final"):
            if time.perf_counter() - sent > RUN_DEADLINE_SECONDS:
                results.fail(f"run {body['id']}: not final after {RUN_DEADLINE_SECONDS:g} s")
                return
            time.sleep(0.01)
            status, body = client.request("GET", f"/api/v1/runs/{body['id']}")
    except (OSError, http.client.HTTPException) as error:
        results.fail(f"{type(error).__name__}: {error}")
        client.reconnect()
        return
    elapsed = time.perf_counter() - started
    if body["status"] != "completed" or body["output"] != expected:
        results.fail(f"run {body['id']}: {body['status']} {body['output']!r}")
        return
    results.add(elapsed, from_cache=bool(body.get("from_cache")), sent_after=sent - started)


def client_loop(
    base_url: str,
    token: str,
    results: Results,
    budget: dict[str, float],
    stop_at: float,
    vary: bool,
    hit: bool,
) -> None:
    """The closed loop: the next run once the last is final, until the budget or the time is spent."""
    client = Client(base_url, token)
    while time.monotonic() < stop_at:
        with results.lock:
            if budget["left"] <= 0:
                return
            budget["left"] -= 1
        run_once(client, results, vary, hit)


class Arrivals:
    """The open loop's schedule: run i is due at the i-th arrival time (perf_counter seconds), R per
    second on average, Poisson (exponential gaps) or evenly spaced; the clients take them in turn."""

    def __init__(self, rate: float, duration: float, poisson: bool, seed: int = 1843) -> None:
        self.lock = threading.Lock()
        self.rate, self.poisson = rate, poisson
        self.random = random.Random(seed)
        self.start = time.perf_counter() + 0.05
        self.end = self.start + duration
        self.next_due = self.start
        self.taken = 0

    def take(self) -> float | None:
        """The next run's due time, or None once the schedule's duration has passed."""
        with self.lock:
            due = self.next_due
            if due >= self.end:
                return None
            gap = self.random.expovariate(self.rate) if self.poisson else 1.0 / self.rate
            self.next_due += gap
            self.taken += 1
            return due


def open_loop_client(
    base_url: str, token: str, results: Results, arrivals: Arrivals, vary: bool, hit: bool
) -> None:
    client = Client(base_url, token)
    while (due := arrivals.take()) is not None:
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        run_once(client, results, vary, hit, due=due)


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
    parser.add_argument(
        "--rate", type=float, help="then an open loop: runs offered at this many per second (see above)"
    )
    parser.add_argument("--arrivals", choices=("poisson", "even"), default="poisson")
    parser.add_argument("--open-only", action="store_true", help="with --rate: no closed loop")
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
    parser.add_argument("--redis-db", type=int, default=REDIS_DB, help="the started stack's Redis database")
    parser.add_argument("--username", default="bench")
    parser.add_argument("--password", default="bench-password-1843")
    args = parser.parse_args()
    if args.open_only and args.rate is None:
        parser.error("--open-only needs --rate")

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
            redis_db=args.redis_db,
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
    hit = args.cache == "hit"
    failed = False
    try:
        token = sign_in(base_url, args.username, args.password)
        warm_budget = {"left": float(args.warmup)}
        client_loop(base_url, token, Results(), warm_budget, time.monotonic() + 60, args.vary, hit)
        if not args.open_only:
            results = Results()
            budget = {"left": float(args.runs)}
            stop_at = time.monotonic() + args.duration
            cpu = stack.cpu_seconds() if stack is not None else None
            elapsed = run_clients(
                client_loop, args.clients, (base_url, token, results, budget, stop_at, args.vary, hit)
            )
            cpu_line = cpu_per_run(stack, cpu, len(results.latencies))
            server_side(base_url)
            failed |= report(results, elapsed, args.clients) != 0
            print(cpu_line)
        if args.rate is not None:
            arrivals = Arrivals(args.rate, args.duration, args.arrivals == "poisson")
            results = Results()
            cpu = stack.cpu_seconds() if stack is not None else None
            elapsed = run_clients(
                open_loop_client, args.clients, (base_url, token, results, arrivals, args.vary, hit)
            )
            cpu_line = cpu_per_run(stack, cpu, len(results.latencies))
            failed |= report_open(results, elapsed, args, arrivals) != 0
            print(cpu_line)
    finally:
        if stack is not None:
            stack.stop()
    return 1 if failed else 0


def cpu_per_run(stack: Stack | None, before: dict[str, float] | None, runs: int) -> str:
    """The CPU time the started stack's processes used per run since `before` (a figure that a busy
    machine moves far less than latency), and the machine's load average."""
    load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    if stack is None or before is None or not runs:
        return load
    after = stack.cpu_seconds()
    web, workers = ((after[k] - before[k]) * 1000 / runs for k in ("web", "workers"))
    return f"CPU per run      web {web:.1f} ms, workers {workers:.1f} ms   ({load})"


def run_clients(loop: Callable[..., None], clients: int, loop_args: tuple[object, ...]) -> float:
    """Runs `loop` on `clients` threads at once; the seconds until the last one ended."""
    threads = [threading.Thread(target=loop, args=loop_args) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


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


def report_open(results: Results, elapsed: float, args: argparse.Namespace, arrivals: Arrivals) -> int:
    """The open loop's figures: latency from each run's due time (a wait for a free client included),
    beside the time from its actual send."""
    done = len(results.latencies)
    print(
        f"open loop: {args.rate:g} runs/s offered ({args.arrivals}) to {args.clients} clients, "
        f"{arrivals.taken} runs due in {args.duration:g} s, {done} completed in {elapsed:.1f} s, "
        f"{len(results.failures)} failures"
    )
    if not done:
        print("no run finished:", results.failures[:5])
        return 1
    ms = [s * 1000 for s in results.latencies]
    sent_ms = [s * 1000 for s in results.services]
    late = sum(1 for delay in results.delays if delay > LATE_SECONDS)
    print(f"completed        {done / elapsed:.1f} runs/s")
    print(f"latency p50      {percentile(ms, 50):.0f} ms     (target < {TARGETS['p50_ms']:g}; from due time)")
    print(f"latency p95      {percentile(ms, 95):.0f} ms     (target < {TARGETS['p95_ms']:g})")
    print(f"latency p99      {percentile(ms, 99):.0f} ms")
    print(f"latency mean/max {statistics.fmean(ms):.0f} / {max(ms):.0f} ms")
    print(
        f"from the send    p50 {percentile(sent_ms, 50):.0f} ms, p95 {percentile(sent_ms, 95):.0f} ms"
        f"   ({late} of {done} sent over {1000 * LATE_SECONDS:g} ms late: every client was busy)"
    )
    for failure in results.failures[:5]:
        print("failure:", failure)
    return 0 if not results.failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
