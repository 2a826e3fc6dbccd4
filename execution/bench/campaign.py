"""Robustness campaign (not a test, not part of `make test`): the site attacked as a user and as an
operator would, against the real stack on loopback, with the figures printed.

    .venv/bin/python execution/bench/campaign.py
    .venv/bin/python execution/bench/campaign.py --examples 10 --skip-redis-restart

It starts a private Redis server of its own (`redis-server` on a free port, append-only file in a
temporary directory: restarting it touches nobody else's) and a private PostgreSQL cluster
(`pg_createcluster` on a free port, trust on loopback; dropped at the end, so restarting it touches
nobody else's either: Debian's postgresql-common, run as root or postgres), then Daphne, two Celery
workers (one pool process each) and a fresh database on that cluster, and reports:

1. the authorization matrix: who (anonymous, student A, student B, instructor, staff) may read student
   A's run (API, page, WebSocket), submission (API, instructors' page), a hidden test's input and an
   exercise's reference solution; any allowance the policy does not grant is a failure;
2. bad inputs sent to the API and the pages, and the 5xx answers seen;
3. runaway programs and their verdicts;
4. a worker's pool process killed mid-run: the time until the run completes on another delivery;
5. the private Redis restarted with runs in flight: the time until a new run completes, runs lost;
6. the private PostgreSQL restarted (`pg_ctlcluster ... restart`) with runs in flight: the same figures;
7. Schemathesis against the live schema: server errors and schema violations.

With --skip-postgres-restart no cluster is made: the database is made on the server DATABASE_URL names.

Everything is bounded (request timeouts, a fixed number of examples, deadlines on every wait); the stack
stops at the end whatever happened. Exit status 1 when any check failed.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.client import HTTPConnection, HTTPException
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from execution.bench.stack import VENV_BIN, Stack, free_port, start_stack

PASSWORD = "Campaign-Engine-1843"
ACTORS = ("anonymous", "student_a", "student_b", "instructor", "staff")
FINAL = {
    "completed",
    "accepted",
    "wrong_answer",
    "compile_error",
    "runtime_error",
    "budget_exhausted",
    "output_limit",
    "time_limit",
    "internal_error",
}


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)

    def fail(self, what: str) -> None:
        self.failures.append(what)
        print(f"  FAILED: {what}")


# --- HTTP on loopback ----------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    @property
    def text(self) -> str:
        return self.body.decode(errors="replace")


class Http:
    def __init__(self, base_url: str) -> None:
        self.port = int(base_url.rsplit(":", 1)[1])

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 60,
    ) -> Answer:
        connection = HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Answer(response.status, response.read(), {k.lower(): v for k, v in response.getheaders()})
        finally:
            connection.close()

    def api(
        self, method: str, path: str, token: str | None = None, payload: Any = None, timeout: float = 60
    ) -> Answer:
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        body = json.dumps(payload).encode() if payload is not None else None
        return self.request(method, path, body=body, headers=headers, timeout=timeout)

    def page(self, path: str, session: str | None) -> Answer:
        return self.request("GET", path, headers={"Cookie": f"sessionid={session}"} if session else {})

    def websocket_accepted(self, path: str, session: str | None) -> bool:
        """Whether the WebSocket handshake is accepted (101), as a browser on the site would make it."""
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"GET {path} HTTP/1.1",
            f"Host: 127.0.0.1:{self.port}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {key}",
            "Sec-WebSocket-Version: 13",
            f"Origin: http://127.0.0.1:{self.port}",
        ]
        if session:
            lines.append(f"Cookie: sessionid={session}")
        with socket.create_connection(("127.0.0.1", self.port), timeout=15) as sock:
            sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
            status_line = sock.recv(4096).split(b"\r\n", 1)[0]
        return b" 101 " in status_line + b" "


# --- Set-up: the actors and a submission of student A -------------------------------------------------

SETUP = """
import json
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from accounts.selectors import INSTRUCTORS_GROUP
from curriculum.models import Exercise

User = get_user_model()
out = {"sessions": {}, "exercise": None}
for name in ["student_a", "student_b", "instructor", "staff"]:
    user = User.objects.create_user(username=name, password=PASSWORD)
    if name == "instructor":
        group, _ = Group.objects.get_or_create(name=INSTRUCTORS_GROUP)
        user.groups.add(group)
    if name == "staff":
        user.is_staff = user.is_superuser = True
        user.save()
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    out["sessions"][name] = session.session_key
for exercise in Exercise.objects.filter(language="c").select_related("lesson").order_by("id"):
    hidden = [t for t in exercise.test_cases.all() if not t.is_visible and len(t.input.strip()) >= 3]
    published = exercise.is_published and exercise.lesson.is_published
    if hidden and exercise.reference_solution.strip() and published:
        out["exercise"] = {
            "id": exercise.pk,
            "lesson_id": exercise.lesson_id,
            "reference_solution": exercise.reference_solution,
            "hidden_inputs": [t.input.strip() for t in hidden],
            "hidden_outputs": [
                t.expected_output.strip() for t in hidden if len(t.expected_output.strip()) >= 3
            ],
        }
        break
print("CAMPAIGN" + json.dumps(out))
"""


def setup_actors(stack: Stack) -> dict[str, Any]:
    result: dict[str, Any] = stack.shell_json(f"PASSWORD = {PASSWORD!r}\n{SETUP}", "CAMPAIGN", timeout=120)
    return result


def token_of(http: Http, username: str) -> str:
    answer = http.api("POST", "/api/v1/auth/token/", payload={"username": username, "password": PASSWORD})
    return str(answer.json()["access"])


def run_create(http: Http, token: str, payload: dict[str, Any], *, wait: bool = True) -> dict[str, Any]:
    """POST /api/v1/runs (?wait=true): the run as answered; any other answer stops the campaign, told."""
    answer = http.api("POST", "/api/v1/runs" + ("?wait=true" if wait else ""), token, payload, timeout=150)
    body = answer.json()
    if answer.status not in (200, 201) or not isinstance(body, dict) or "id" not in body:
        raise RuntimeError(f"creating a run answered {answer.status}: {answer.text[:500]}")
    return body


def wait_final(http: Http, token: str, run_id: str, deadline_seconds: float) -> tuple[dict[str, Any], float]:
    start = time.monotonic()
    while True:
        run = http.api("GET", f"/api/v1/runs/{run_id}", token).json() or {}
        if run.get("status") in FINAL or time.monotonic() - start > deadline_seconds:
            return run, time.monotonic() - start
        time.sleep(0.2)


# --- 1. The authorization matrix ----------------------------------------------------------------------


def authorization_matrix(
    http: Http, setup: dict[str, Any], tokens: dict[str, str | None], report: Report
) -> None:
    print("\n1. Authorization matrix (student A's run and submission; allowed = the policy grants it)")
    sessions: dict[str, str | None] = {"anonymous": None, **setup["sessions"]}
    a = tokens["student_a"]
    assert a is not None
    run_id = run_create(http, a, {"language": "c", "source": C_HELLO})["id"]
    exercise = setup["exercise"]
    submission_id = None
    if exercise is not None:
        answer = http.api(
            "POST",
            f"/api/v1/exercises/{exercise['id']}/submissions?wait=true",
            a,
            {"source": exercise["reference_solution"]},
        )
        submission_id = (answer.json() or {}).get("id")
        if submission_id is None:
            report.fail(
                f"student A could not submit to exercise {exercise['id']}: "
                f"{answer.status} {answer.text[:200]}"
            )

    def shows_hidden(actor: str) -> bool:
        if exercise is None:
            return False
        # Long enough not to occur by chance in a page (a short input such as "0 5" is in any timestamp).
        secrets = [text for text in exercise["hidden_inputs"] + exercise["hidden_outputs"] if len(text) >= 8]
        bodies = {
            "submissions API": http.api("GET", "/api/v1/submissions", tokens[actor]).text,
            "lesson API": http.api("GET", f"/api/v1/lessons/{exercise['lesson_id']}", tokens[actor]).text,
            "run page": http.page(f"/runs/{run_id}/", sessions[actor]).text,
        }
        submissions = (http.api("GET", "/api/v1/submissions", tokens[actor]).json() or {}).get("results", [])
        for submission in submissions:
            bodies["submission's run page"] = http.page(
                f"/runs/{submission['run']['id']}/", sessions[actor]
            ).text
            for result in submission.get("results", []):
                # A hidden test tells passed or failed and how, nothing measured from its run.
                # (A key present with no value, such as "actual": null, carries nothing.)
                extra = {k for k, v in result.items() if v is not None} - {
                    "name",
                    "status",
                    "visible",
                    "message",
                }
                if not result.get("visible", True) and extra:
                    print(f"  ({actor}: a hidden test's result carries {sorted(extra)})")
                    return True
        for where, body in bodies.items():
            for secret in secrets:
                if secret in body.replace("\\n", "\n"):
                    print(f"  ({actor}: the {where} holds the hidden {secret!r})")
                    return True
        return False

    def shows_reference(actor: str) -> bool:
        if exercise is None:
            return False
        solution = exercise["reference_solution"].strip().splitlines()
        marker = max(solution, key=len).strip()  # its longest line, unlikely to be in the starter code
        bodies = [
            http.api("GET", f"/api/v1/lessons/{exercise['lesson_id']}", tokens[actor]).text,
            http.page(f"/admin/curriculum/exercise/{exercise['id']}/change/", sessions[actor]).text,
        ]
        return any(marker in body.replace("&quot;", '"').replace("&#x27;", "'") for body in bodies)

    def submission_in_api(actor: str) -> bool:
        answer = http.api("GET", "/api/v1/submissions", tokens[actor])
        return answer.status == 200 and any(
            s.get("id") == submission_id for s in answer.json().get("results", [])
        )

    checks: list[tuple[str, set[str], Callable[[str], bool]]] = [
        (
            "run, API",
            {"student_a"},
            lambda actor: http.api("GET", f"/api/v1/runs/{run_id}", tokens[actor]).status == 200,
        ),
        (
            "run, page",
            {"student_a"},
            lambda actor: http.page(f"/runs/{run_id}/", sessions[actor]).status == 200,
        ),
        (
            "run, WebSocket",
            {"student_a"},
            lambda actor: http.websocket_accepted(f"/ws/runs/{run_id}/", sessions[actor]),
        ),
        ("submission, API", {"student_a"}, submission_in_api),
        (
            "submission, instructors' page",
            {"instructor", "staff"},
            lambda actor: http.page(f"/teaching/submissions/{submission_id}/", sessions[actor]).status == 200,
        ),
        ("hidden test's data", set(), shows_hidden),
        ("reference solution", {"staff"}, shows_reference),
    ]
    print(f"  {'resource':32}" + "".join(f"{actor:>12}" for actor in ACTORS))
    held = total = 0
    for name, allowed, may_read in checks:
        row = []
        for actor in ACTORS:
            granted = may_read(actor)
            total += 1
            expected = actor in allowed
            if granted == expected:
                held += 1
            elif granted:
                report.fail(f"{actor} may read {name}, which the policy does not allow")
            else:
                report.fail(f"{actor} is refused {name}, which the policy allows")
            row.append(("yes" if granted else "no") + ("" if granted == expected else "!"))
        print(f"  {name:32}" + "".join(f"{cell:>12}" for cell in row))
    print(f"  {held} of {total} checks held")


# --- 2. Bad inputs ------------------------------------------------------------------------------------


def bad_inputs(http: Http, token: str, report: Report) -> None:
    print("\n2. Bad inputs")
    deep = ("[" * 100_000 + "]" * 100_000).encode()
    cases: list[tuple[str, str, str, bytes, dict[str, str]]] = []
    json_headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}

    def add(
        name: str, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> None:
        cases.append((name, method, path, body, json_headers if headers is None else headers))

    add("nested JSON, 100,000 deep", "POST", "/api/v1/runs", deep)
    add("body of 12 MB", "POST", "/api/v1/runs", b'{"source": "' + b"x" * 12_000_000 + b'"}')
    add("not JSON", "POST", "/api/v1/runs", b"language=c&source=x")
    add("invalid UTF-8", "POST", "/api/v1/runs", b'{"language": "c", "source": "\xff\xfe"}')
    add("JSON list", "POST", "/api/v1/runs", b"[1, 2, 3]")
    add("unknown language", "POST", "/api/v1/runs", json.dumps({"language": "cobol", "source": "x"}).encode())
    add("source as a number", "POST", "/api/v1/runs", json.dumps({"language": "c", "source": 12}).encode())
    add(
        "max_steps negative",
        "POST",
        "/api/v1/runs",
        json.dumps({"language": "c", "source": C_HELLO, "max_steps": -1}).encode(),
    )
    add(
        "max_steps 10**40",
        "POST",
        "/api/v1/runs",
        b'{"language": "c", "source": "int main(void){return 0;}", "max_steps": 1' + b"0" * 40 + b"}",
    )
    add(
        "store_size 10**12",
        "POST",
        "/api/v1/runs",
        json.dumps({"language": "c", "source": C_HELLO, "store_size": 10**12}).encode(),
    )
    add(
        "source over 200,000 chars",
        "POST",
        "/api/v1/runs",
        json.dumps({"language": "c", "source": "x" * 200_001}).encode(),
    )
    add(
        "NUL bytes in source",
        "POST",
        "/api/v1/runs",
        json.dumps({"language": "c", "source": "int\x00 main"}).encode(),
    )
    add(
        "wait=banana",
        "POST",
        "/api/v1/runs?wait=banana",
        json.dumps({"language": "c", "source": C_HELLO}).encode(),
    )
    add("run id not a UUID", "GET", "/api/v1/runs/not-a-uuid")
    add("run id unknown", "GET", "/api/v1/runs/00000000-0000-0000-0000-000000000000")
    add("exercise id huge", "POST", "/api/v1/exercises/99999999999999999999/submissions", b'{"source": "x"}')
    add("page 10**30", "GET", "/api/v1/submissions?page=1" + "0" * 30)
    add("exercise filter not a number", "GET", "/api/v1/submissions?exercise=abc")
    add("unknown API address", "GET", "/api/v1/nothing-here")
    add("bad JWT", "GET", "/api/v1/runs", headers={"Authorization": "Bearer not.a.jwt"})
    add(
        "compile a huge array",
        "POST",
        "/api/v1/compile",
        json.dumps({"language": "c", "source": C_HUGE_ARRAY}).encode(),
    )
    add(
        "compile nested 5,000 deep",
        "POST",
        "/api/v1/compile",
        json.dumps({"language": "c", "source": C_DEEP}).encode(),
    )
    add("validate binary garbage", "POST", "/api/v1/validate", os.urandom(4096))
    form, cookie = explorer_form(http)
    add(
        "explorer, huge array",
        "POST",
        "/explorer/",
        urlencode({"csrfmiddlewaretoken": form, "language": "c", "source": C_HUGE_ARRAY}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={cookie}"},
    )
    add(
        "page form without CSRF",
        "POST",
        "/runs/",
        b"language=c&source=x",
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    add("run page, not a UUID", "GET", "/runs/not-a-uuid/", headers={})
    add("shared program unknown", "GET", "/playground/zzzzzzzz/", headers={})
    add("path traversal", "GET", "/static/../../etc/passwd", headers={})
    server_errors = 0
    for name, method, path, body, headers in cases:
        start = time.monotonic()
        try:
            answer = http.request(method, path, body=body or None, headers=headers, timeout=60)
            status = answer.status
        except (OSError, HTTPException) as error:
            status = 0
            report.fail(f"{name}: no answer ({error})")
        seconds = time.monotonic() - start
        if status >= 500:
            server_errors += 1
            report.fail(f"{name}: {status}")
        print(f"  {name:36} {status:4d}  {seconds:6.2f} s")
    print(f"  {len(cases)} bad inputs, {server_errors} answered 5xx")


def explorer_form(http: Http) -> tuple[str, str]:
    """The explorer's CSRF token and cookie, as a visitor's browser gets them: its POST then reaches the
    bounded compile rather than the CSRF refusal."""
    page = http.page("/explorer/", None)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("set-cookie", ""))
    return (token.group(1) if token else ""), (cookie.group(1) if cookie else "")


# --- 3. Runaway programs ------------------------------------------------------------------------------

C_HELLO = '#include <stdio.h>\nint main(void) { printf("hello\\n"); return 0; }\n'
C_HUGE_ARRAY = "int big[100000000]; int main(void){ big[5]=1; return big[5]; }"
C_DEEP = "int main(void){ return " + "(" * 5000 + "1" + ")" * 5000 + "; }"
RUNAWAYS = [
    ("endless loop", "int main(void) { for (;;) {} }", {"budget_exhausted", "time_limit"}),
    (
        "endless output",
        '#include <stdio.h>\nint main(void) { for (;;) printf("x"); }',
        {"output_limit", "budget_exhausted"},
    ),
    (
        "endless recursion",
        "int f(int n) { return f(n + 1) + 1; }\nint main(void) { return f(0); }",
        {"runtime_error", "budget_exhausted"},
    ),
    ("array of 400 MB", C_HUGE_ARRAY, {"compile_error"}),
    ("array of 8 GB", "int big[2000000000]; int main(void){ return big[1]; }", {"compile_error"}),
    ("nesting 5,000 deep", C_DEEP, {"compile_error", "completed"}),
    (
        "division by zero",
        "int main(void) { int z = 0; return 10 / z; }",
        {"runtime_error"},
    ),
]


def runaway_programs(http: Http, token: str, report: Report) -> None:
    print("\n3. Runaway programs")
    for name, source, verdicts in RUNAWAYS:
        start = time.monotonic()
        answer = http.api(
            "POST", "/api/v1/runs?wait=true", token, {"language": "c", "source": source}, timeout=150
        )
        run = answer.json() or {}
        if answer.status >= 500 or "id" not in run:
            report.fail(f"{name}: {answer.status} {answer.text[:200]}")
            continue
        if run.get("status") not in FINAL:
            run, _ = wait_final(http, token, run["id"], 120)
        seconds = time.monotonic() - start
        status = str(run.get("status"))
        message = (
            run.get("trap_message") or "; ".join(d.get("message", "") for d in run.get("diagnostics") or [])
        )[:70]
        print(f"  {name:22} {status:17} {seconds:6.2f} s  {message}")
        if status not in verdicts:
            report.fail(f"{name}: {status}, expected one of {sorted(verdicts)}")


# --- 4. A worker's pool process killed mid-run --------------------------------------------------------


def busy_loop(iterations: int) -> str:
    return (
        "#include <stdio.h>\nint main(void) { int s = 0; for (int i = 0; i < "
        f'{iterations}; i++) s = (s + i) % 1000; printf("%d\\n", s); return 0; }}\n'
    )


def pool_children(stack: Stack) -> list[int]:
    children: list[int] = []
    for worker in stack.processes[:-1]:  # the last process is Daphne
        for task in Path(f"/proc/{worker.pid}/task").iterdir():
            text = (task / "children").read_text().split()
            children.extend(int(pid) for pid in text)
    return children


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def worker_kill(http: Http, stack: Stack, token: str, report: Report) -> float:
    """Returns the seconds one iteration of busy_loop took on a worker."""
    print("\n4. A worker's pool process killed mid-run")
    sample = 200_000
    start = time.monotonic()
    run = run_create(http, token, {"language": "c", "source": busy_loop(sample), "max_steps": 10**9})
    run, _ = wait_final(http, token, run["id"], 120)
    per_iteration = (time.monotonic() - start) / sample
    iterations = max(sample, int(6.0 / max(per_iteration, 1e-9)))  # about 6 s of worker time
    payload = {"language": "c", "source": busy_loop(iterations), "max_steps": 10**9}
    created = run_create(http, token, payload, wait=False)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        state = http.api("GET", f"/api/v1/runs/{created['id']}", token).json()
        if state.get("status") == "running":
            break
        time.sleep(0.1)
    children = pool_children(stack)
    before = {pid: cpu_ticks(pid) for pid in children}
    time.sleep(0.5)
    busiest = max(children, key=lambda pid: cpu_ticks(pid) - before[pid])
    killed_at = time.monotonic()
    os.kill(busiest, signal.SIGKILL)
    final, _ = wait_final(http, token, created["id"], 240)
    recovered = time.monotonic() - killed_at
    print(f"  a run of {iterations:,} iterations (about 6 s); pool process {busiest} killed while it ran")
    print(
        f"  final: {final.get('status')} after {recovered:.1f} s, output {final.get('output', '').strip()!r}"
    )
    if final.get("status") != "completed":
        report.fail(
            f"the run whose worker was killed ended {final.get('status')}: {final.get('trap_message')}"
        )
    return per_iteration


# --- 5. The private Redis restarted -------------------------------------------------------------------


class PrivateRedis:
    def __init__(self) -> None:
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="ac-campaign-redis-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = [
            shutil.which("redis-server") or "redis-server",
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self.dir),
            "--appendonly",
            "yes",  # a restart keeps the queued messages, as a production broker does
            "--save",
            "",
        ]
        log = (self.dir / "redis.log").open("ab")
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the private Redis server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self.process = None


class PrivatePostgres:
    """A PostgreSQL cluster of the campaign's own (Debian's postgresql-common), on a free loopback port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.name = f"ac-campaign-{self.port}"
        self.version = ""

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        tool = shutil.which("pg_createcluster")
        versions = sorted(
            (p.name for p in Path("/usr/lib/postgresql").glob("*") if (p / "bin" / "postgres").exists()),
            key=lambda name: int(name) if name.isdigit() else 0,
        )
        if tool is None or not versions:
            raise RuntimeError(
                "a private PostgreSQL cluster needs Debian's postgresql-common (pg_createcluster) and a "
                "PostgreSQL server package; or pass --skip-postgres-restart"
            )
        self.version = versions[-1]
        # Trust on loopback (this cluster lives for the campaign only, on a port nobody else knows).
        self._cluster(tool, self.version, self.name, "-p", str(self.port), "--start", "--", "-A", "trust")

    def restart(self) -> None:
        self._cluster("pg_ctlcluster", self.version, self.name, "restart")

    def drop(self) -> None:
        if self.version:
            self._cluster("pg_dropcluster", "--stop", self.version, self.name, check=False)
            self.version = ""

    @staticmethod
    def _cluster(*command: str, check: bool = True) -> None:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout[-1500:]}{done.stderr[-1500:]}")


def redis_restart(http: Http, redis: PrivateRedis, token: str, iterations: int, report: Report) -> None:
    print("\n5. The private Redis server restarted with runs in flight")

    def restart() -> None:
        redis.stop()
        time.sleep(2.0)
        redis.start()

    service_restart(http, token, iterations, report, "Redis", restart)


def postgres_restart(
    http: Http, postgres: PrivatePostgres, token: str, iterations: int, report: Report
) -> None:
    print("\n6. The private PostgreSQL cluster restarted (pg_ctlcluster restart) with runs in flight")
    service_restart(http, token, iterations, report, "PostgreSQL", postgres.restart)


def service_restart(
    http: Http, token: str, iterations: int, report: Report, service: str, restart: Callable[[], None]
) -> None:
    """Restarts a service with runs queued and running (six of `iterations` each, a few seconds of worker
    time: two run, the others wait); then tries a new run until one completes. Told:
    how long the restart took, the time from its start until a new run completed, the answers seen
    meanwhile (503 is the designed answer while a service is away; 500 is a failure), and how the runs
    in flight ended (each must complete: a run lost or failed by the restart is a failure)."""
    payload = {"language": "c", "max_steps": 10**9}
    in_flight = [
        run_create(http, token, {**payload, "source": busy_loop(iterations + i)}, wait=False)["id"]
        for i in range(6)
    ]
    time.sleep(1.0)  # the workers have taken the first ones
    before = [
        str(http.api("GET", f"/api/v1/runs/{run_id}", token).json().get("status")) for run_id in in_flight
    ]
    print(f"  when the restart began: {', '.join(f'{before.count(s)} {s}' for s in sorted(set(before)))}")
    stopped_at = time.monotonic()
    restart()
    down = time.monotonic() - stopped_at
    recovered = None
    answers: dict[int, int] = {}
    while time.monotonic() - stopped_at < 120:
        try:
            answer = http.api(
                "POST", "/api/v1/runs?wait=true", token, {"language": "c", "source": C_HELLO}, timeout=30
            )
            status = answer.status
        except (OSError, HTTPException):
            status = 0
        answers[status] = answers.get(status, 0) + 1
        if 200 <= status < 300 and (answer.json() or {}).get("status") == "completed":
            recovered = time.monotonic() - stopped_at
            break
        time.sleep(0.5)
    outcomes = [wait_final(http, token, run_id, 240)[0].get("status") for run_id in in_flight]
    lost = sum(1 for status in outcomes if status != "completed")
    seen = ", ".join(f"{count} x {status or 'no answer'}" for status, count in sorted(answers.items()))
    print(
        f"  restart took {down:.1f} s; a new run completed "
        f"{'never' if recovered is None else f'{recovered:.1f} s'} after it began (answers: {seen})"
    )
    print(
        f"  runs in flight: {len(in_flight)}, completed {len(in_flight) - lost}, "
        f"lost or failed {lost} {outcomes}"
    )
    if recovered is None:
        report.fail(f"no run completed within 120 s of the {service} restart")
    if any(status >= 500 and status != 503 for status in answers):
        report.fail(f"answers during the {service} restart: {seen}")
    if lost:
        report.fail(f"{lost} runs in flight did not complete across the {service} restart")


# --- 7. Schemathesis against the live schema ----------------------------------------------------------


def schema_fuzz(stack: Stack, token: str, examples: int, report: Report) -> None:
    print(f"\n7. Schemathesis against {stack.base_url}/api/v1/schema/ ({examples} examples per operation)")
    report_path = Path(tempfile.mkdtemp(prefix="ac-campaign-st-")) / "events.ndjson"
    command = [
        str(VENV_BIN / "schemathesis"),
        "run",
        f"{stack.base_url}/api/v1/schema/",
        "-H",
        f"Authorization: Bearer {token}",
        "--checks",
        "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
        "--max-examples",
        str(examples),
        "--seed",
        "1843",
        "--request-timeout",
        "60",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(report_path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    generated = re.search(r"(\d+) generated", done.stdout)
    print(f"  test cases generated: {generated.group(1) if generated else '?'}")
    # The summary's "Failures:" section: one line per kind of failure with its count.
    counted = re.findall(r"❌ (ST\d+) ([^:\n]+): (\d+)", done.stdout.split("Failures:", 1)[-1])
    for code, kind, count in counted:
        print(f"  {code} {kind}: {count}")
    server_errors = sum(int(n) for _, kind, n in counted if "server error" in kind.lower())
    violations = sum(int(n) for _, kind, n in counted) - server_errors
    print(f"  server errors: {server_errors}; schema violations: {violations}; exit status {done.returncode}")
    if done.returncode != 0:
        report.fail(f"Schemathesis: exit status {done.returncode}\n{done.stdout[-3000:]}")


# --- Main ---------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=20, help="Schemathesis examples per operation")
    parser.add_argument("--skip-redis-restart", action="store_true")
    parser.add_argument(
        "--skip-postgres-restart",
        action="store_true",
        help="make no private PostgreSQL cluster (the database goes on DATABASE_URL's server)",
    )
    parser.add_argument("--skip-schemathesis", action="store_true")
    parser.add_argument("--matrix-only", action="store_true", help="only the authorization matrix")
    args = parser.parse_args()
    report = Report()
    redis = PrivateRedis()
    redis.start()
    os.environ["REDIS_URL"] = redis.url
    postgres = PrivatePostgres()
    stack = None
    started = time.monotonic()
    try:
        if not args.skip_postgres_restart:
            postgres.start()
            os.environ["DATABASE_URL"] = postgres.url
            print(f"private PostgreSQL {postgres.version} on 127.0.0.1:{postgres.port}")
        print(f"private Redis on 127.0.0.1:{redis.port}; starting Daphne, 2 workers and a database ...")
        stack = start_stack(
            workers=2,
            concurrency=1,
            redis_db=0,
            name="campaign",
            extra_env={
                "RUN_THROTTLE_RATE": "100000/min",
                "API_USER_RATE": "100000/min",
                "API_ANON_RATE": "100000/min",
                "COMPILE_THROTTLE_RATE": "100000/min",
            },
        )
        http = Http(stack.base_url)
        setup = setup_actors(stack)
        if setup["exercise"] is None:
            report.fail(
                "no published C exercise with a hidden test and a reference solution: "
                "hidden tests and the reference solution were not checked"
            )
        tokens: dict[str, str | None] = {
            "anonymous": None,
            **{name: token_of(http, name) for name in setup["sessions"]},
        }
        student = tokens["student_a"]
        assert student is not None
        authorization_matrix(http, setup, tokens, report)
        if args.matrix_only:
            return finish(report, started)
        bad_inputs(http, student, report)
        runaway_programs(http, student, report)
        per_iteration = worker_kill(http, stack, student, report)
        in_flight = max(20_000, int(3.0 / max(per_iteration, 1e-9)))  # about 3 s of worker time each
        if not args.skip_redis_restart:
            redis_restart(http, redis, student, in_flight, report)
        if not args.skip_postgres_restart:
            postgres_restart(http, postgres, student, in_flight, report)
        if not args.skip_schemathesis:
            schema_fuzz(stack, token_of(http, "student_b"), args.examples, report)
    finally:
        if stack is not None:
            stack.stop()
        postgres.drop()
        redis.stop()
        shutil.rmtree(redis.dir, ignore_errors=True)
    return finish(report, started)


def finish(report: Report, started: float) -> int:
    print(f"\n{len(report.failures)} failures in {time.monotonic() - started:.0f} s")
    for failure in report.failures:
        print(f"  - {failure.splitlines()[0]}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
