"""Starts the site in services mode on this machine: Daphne, Celery workers, a fresh PostgreSQL database
and a Redis database, each on loopback and free ports. Used by the end-to-end browser tests and by the
load benchmark; nothing here is imported by the site itself.

DATABASE_URL names the PostgreSQL server to use (a new database is created there and dropped afterwards);
REDIS_URL names the Redis server (the database number given by `redis_db` is emptied first). Both default
to the local services, and an absent service is reported as StackError with what to do.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
# A worker preloads every compiler before it says it is ready: on a busy machine that takes minutes.
STARTUP_SECONDS = 180.0


class StackError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Stack:
    base_url: str
    database_url: str
    redis_url: str
    env: dict[str, str]
    log_dir: Path
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    worker_pids: set[int] = field(default_factory=set)
    _admin_url: str = ""
    _database: str = ""

    def logs(self) -> str:
        """The tail of every process's log, for a failing test's report."""
        parts = []
        for path in sorted(self.log_dir.glob("*.log")):
            text = path.read_text(errors="replace")
            parts.append(f"--- {path.name}\n{text[-4000:]}")
        return "\n".join(parts)

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds (user and system) used so far by the web processes and by the workers, each with
        every process it started (the workers' pool processes, Daphne's compile server); Linux only."""
        used = {"web": 0.0, "workers": 0.0}
        for process in self.processes:
            used["workers" if process.pid in self.worker_pids else "web"] += _tree_cpu_seconds(process.pid)
        return used

    def manage(self, *args: str) -> None:
        """Runs a management command against the stack's database."""
        _manage(self.env, self.log_dir, *args)

    def shell_json(self, code: str, marker: str, timeout: float = 300) -> Any:
        """Runs `code` in `manage.py shell` against the stack; what it printed as JSON after `marker`."""
        done = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        found = [line for line in done.stdout.splitlines() if line.startswith(marker)]
        if not found:
            raise StackError(f"the shell printed no {marker}:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
        return json.loads(found[0][len(marker) :])

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()
        if self._database:
            _drop_database(self._admin_url, self._database)
            self._database = ""


def start_stack(
    *,
    workers: int = 1,
    concurrency: int = 1,
    redis_db: int = 11,
    name: str = "stack",
    seed: bool = True,
    extra_env: dict[str, str] | None = None,
) -> Stack:
    server_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    redis_server = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
    admin_url = _with_path(server_url, "/postgres")
    database = f"ac_{name}_{uuid.uuid4().hex[:8]}"
    _create_database(admin_url, database)
    redis_url = _with_path(redis_server, f"/{redis_db}")
    _flush_redis(redis_url)
    log_dir = Path(tempfile.mkdtemp(prefix=f"ac-{name}-"))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ancient_compute.settings.local",
        "DJANGO_DEBUG": "false",
        "DATABASE_URL": _with_path(server_url, f"/{database}"),
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": redis_url,
        "TASK_RUNNER": "celery",
        "PYTHONUNBUFFERED": "1",
        "LOG_LEVEL": "WARNING",
        **(extra_env or {}),
    }
    stack = Stack(f"http://127.0.0.1:{port}", env["DATABASE_URL"], redis_url, env, log_dir)
    stack._admin_url, stack._database = admin_url, database
    try:
        _manage(env, log_dir, "migrate", "--noinput")
        if seed:
            _manage(env, log_dir, "load_curriculum")
        for index in range(workers):
            log = log_dir / f"worker-{index}.log"
            stack.processes.append(
                _spawn(
                    [
                        str(VENV_BIN / "celery"),
                        "-A",
                        "ancient_compute",
                        "worker",
                        "--queues=runs",
                        f"--concurrency={concurrency}",
                        f"--hostname={name}-{index}@%h",
                        "--without-gossip",
                        "--without-mingle",
                        "--loglevel=INFO",
                    ],
                    {**env, "WORKER_PROCESS": "true"},  # workers keep their database connection
                    log,
                )
            )
            stack.worker_pids.add(stack.processes[-1].pid)
            _wait_for_text(log, "ready.", stack, what=f"Celery worker {index}")
        web_log = log_dir / "daphne.log"
        stack.processes.append(
            _spawn(
                [
                    sys.executable,
                    "-m",
                    "ancient_compute.serve",  # Daphne as the project runs it (serve.py)
                    "-b",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "ancient_compute.asgi:application",
                ],
                env,
                web_log,
            )
        )
        _wait_for_http(f"{stack.base_url}/health", stack)
    except BaseException:
        stack.stop()
        raise
    return stack


def _tree_cpu_seconds(pid: int) -> float:
    """A process's CPU time, its reaped children's and its living descendants' (from /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = " ".join(path.read_text() for path in Path(f"/proc/{pid}/task").glob("*/children")).split()
    except OSError:  # it ended meanwhile: its time is its parent's now
        return 0.0
    # utime, stime, cutime, cstime (fields 14 to 17 of stat), in clock ticks
    own = sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return own + sum(_tree_cpu_seconds(int(child)) for child in children)


def _with_path(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def _create_database(admin_url: str, name: str) -> None:
    import psycopg

    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        raise StackError(
            f"PostgreSQL is not reachable at {admin_url} ({error}). Start it, or set DATABASE_URL to a "
            "server where this user may create databases."
        ) from error


def _drop_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _flush_redis(url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).flushdb()
    except redis.exceptions.ConnectionError as error:
        raise StackError(f"Redis is not reachable at {url} ({error}). Start it, or set REDIS_URL.") from error


def _manage(env: dict[str, str], log_dir: Path, *args: str) -> None:
    log = log_dir / f"manage-{args[0]}-{uuid.uuid4().hex[:6]}.log"
    with log.open("wb") as out:
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=300,
        )
    if done.returncode != 0:
        raise StackError(f"manage.py {' '.join(args)} failed:\n{log.read_text(errors='replace')[-3000:]}")


def _spawn(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    out = log.open("wb")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def _wait_for_text(
    log: Path, text: str, stack: Stack, *, what: str, timeout: float = STARTUP_SECONDS
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in log.read_text(errors="replace"):
            return
        if any(p.poll() is not None for p in stack.processes):
            break
        time.sleep(0.2)
    raise StackError(f"{what} did not start:\n{stack.logs()}")


def _wait_for_http(url: str, stack: Stack, timeout: float = STARTUP_SECONDS) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if any(p.poll() is not None for p in stack.processes):
            break
        time.sleep(0.2)
    raise StackError(f"Daphne did not answer {url}:\n{stack.logs()}")
