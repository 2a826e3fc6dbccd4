"""A run whose worker process dies is run again at once by another (redelivery), not left for the sweep;
a run whose compile would take more memory than a pool process may have ends with a diagnostic.

A real Celery worker (prefork, one pool process) on a fresh PostgreSQL database and a Redis database
(bench/stack.py); the pool process running the run is killed with SIGKILL mid-run; the worker starts a new
pool process, the message comes back (late ack, reject on worker lost) and the run completes. Bounded:
each wait below gives up after a minute.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from execution.bench.stack import Stack, start_stack

pytestmark = pytest.mark.services

# A few seconds on the Engine, so that the kill lands mid-run: 1.5 * 10^7 instructions on a 50-digit
# number in B, which the native engine leaves to the Python interpreter (babbage/ISA.md section 6), about
# 4 M instructions a second; a loop on small numbers would end in a twentieth of a second.
LONG = (
    "        LOAD B, 1" + "0" * 49 + "\n"
    "        LOAD A, 5000000\n"
    "loop:   ADD B, 1\n"
    "        SUB A, 1\n"
    "        JNZ loop\n"
    "        PRINT A\n"
    "        HALT\n"
)
WAIT = 60.0


@pytest.fixture
def stack() -> Iterator[Stack]:
    started = start_stack(workers=1, concurrency=1, redis_db=14, name="workerloss", seed=False)
    try:
        yield started
    finally:
        started.stop()


def _create_run(stack: Stack, language: str = "assembly", source: str = LONG) -> str:
    script = (
        "from accounts.models import User\n"
        "from execution import services\n"
        "user, _ = User.objects.get_or_create(username='kill')\n"
        f"run = services.run_create(user=user, language={language!r}, source={source!r}, "
        "max_steps=100_000_000)\n"
        "print(run.id)\n"
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        env=stack.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def _row(stack: Stack, run_id: str) -> dict[str, Any]:
    with psycopg.connect(stack.database_url) as connection:
        row = connection.execute(
            "SELECT status, attempts, output, trap_message, diagnostics FROM execution_run WHERE id = %s",
            (run_id,),
        ).fetchone()
    assert row is not None
    return dict(zip(("status", "attempts", "output", "trap_message", "diagnostics"), row, strict=True))


def _until(condition: Any, what: str, stack: Stack) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {WAIT:g} s for {what}\n{stack.logs()}")
        time.sleep(0.1)


def _pool_processes(worker_pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(worker_pid)], capture_output=True, text=True)
    return [int(pid) for pid in found.stdout.split()]


def test_a_run_whose_pool_process_is_killed_finishes_on_the_next_one(stack: Stack) -> None:
    worker = stack.processes[0]
    run_id = _create_run(stack)
    _until(lambda: _row(stack, run_id)["status"] == "running", "the run to start", stack)
    (child,) = _pool_processes(worker.pid)
    os.kill(child, signal.SIGKILL)
    killed_at = time.monotonic()
    _until(lambda: _row(stack, run_id)["status"] not in ("queued", "compiling", "running"), "the end", stack)
    row = _row(stack, run_id)
    assert row["status"] == "completed", row
    assert row["output"] == "0"
    assert row["attempts"] == 2  # the killed delivery and the one that finished it
    # Delivered again at once, not after the broker's visibility timeout or the sweep.
    assert time.monotonic() - killed_at < WAIT
    assert child not in _pool_processes(worker.pid)


@pytest.fixture
def small_stack() -> Iterator[Stack]:
    started = start_stack(
        workers=1,
        concurrency=1,
        redis_db=14,
        name="workermemory",
        seed=False,
        extra_env={"RUN_MEMORY_LIMIT_MB": "96"},
    )
    try:
        yield started
    finally:
        started.stop()


def test_a_compile_past_the_pool_processs_memory_ends_with_a_diagnostic_and_the_worker_goes_on(
    small_stack: Stack,
) -> None:
    # 2^22 copies of a token: far more than 96 MB while the preprocessor expands them.
    doubling = "\n".join(["#define A0 x"] + [f"#define A{i} A{i - 1} A{i - 1}" for i in range(1, 23)])
    hostile = doubling + "\nint main(void) { int x = 1; return A22; }\n"
    huge = "int big[2000000000];\nint main(void) { big[5] = 1; return big[5]; }\n"
    hostile_id = _create_run(small_stack, "c", hostile)
    huge_id = _create_run(small_stack, "c", huge)
    for run_id in (hostile_id, huge_id):
        _until(_has_status(small_stack, run_id, "compile_error"), "the compile error", small_stack)
    (memory,) = _row(small_stack, hostile_id)["diagnostics"]
    assert "ran out of memory" in memory["message"]
    (store,) = _row(small_stack, huge_id)["diagnostics"]
    assert "words of static data" in store["message"]
    # The worker goes on: a plain run after them completes.
    after = _create_run(small_stack, "assembly", "PRINT 5\nHALT\n")
    _until(_has_status(small_stack, after, "completed"), "the next run", small_stack)


def _has_status(stack: Stack, run_id: str, status: str) -> Any:
    return lambda: _row(stack, run_id)["status"] == status
