"""The API: status codes, the error shape, privacy of runs, throttling, compile and validate."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient
from rest_framework.throttling import ScopedRateThrottle

from compilers import registry
from execution.models import Run, Submission
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"
C_PROGRAM = '#include <stdio.h>\nint main(void) {\n    printf("%d\\n", 6 * 7);\n    return 0;\n}\n'


@pytest.fixture
def api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_languages_are_public(client: Any) -> None:
    response = client.get("/api/v1/languages")
    assert response.status_code == 200
    by_key = {lang["key"]: lang for lang in response.json()}
    assert by_key["c"] == {
        "key": "c",
        "name": "C",
        "extension": ".c",
        "available": True,
        "description": by_key["c"]["description"],
        "highlight": "c",
        "reason": "",
    }
    assert list(by_key) == list(registry.keys())  # every language, whether it runs yet or not


def test_a_run_is_created_at_once_and_read_back(api: APIClient, on_commit: Any) -> None:
    with on_commit(execute=True):
        response = api.post("/api/v1/runs", {"language": "assembly", "source": HELLO}, format="json")
    assert response.status_code == 201
    run_id = response.json()["id"]
    body = api.get(f"/api/v1/runs/{run_id}").json()
    assert (body["status"], body["output"], body["is_final"]) == ("completed", "42\n", True)
    assert body["statistics"]["instructions"] == 3
    assert body["max_steps"] == 10_000_000


@pytest.mark.django_db(transaction=True)
def test_wait_returns_the_final_run(api: APIClient) -> None:
    # Real commits: the eager runner executes the task on commit, before the view starts waiting.
    response = api.post("/api/v1/runs?wait=true", {"language": "c", "source": C_PROGRAM}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert (body["status"], body["output"]) == ("completed", "42\n")
    assert "PRINT" in body["assembly"]
    assert body["line_map"]["3"]  # the printf line compiled to cards


def test_without_wait_the_run_is_returned_queued(api: APIClient) -> None:
    response = api.post("/api/v1/runs", {"language": "assembly", "source": HELLO}, format="json")
    assert response.json()["status"] == "queued"  # the test's transaction never commits: no task ran


@pytest.mark.parametrize(
    ("payload", "code", "field"),
    [
        ({"language": "assembly"}, "invalid", "source"),
        ({"language": "assembly", "source": HELLO, "max_steps": 0}, "invalid", "max_steps"),
        ({"language": "cobol", "source": HELLO}, "unknown_language", "language"),
        ({"language": "assembly", "source": "  "}, "invalid", "source"),
    ],
)
def test_invalid_runs_get_the_error_shape(
    api: APIClient, payload: dict[str, Any], code: str, field: str
) -> None:
    response = api.post("/api/v1/runs", payload, format="json")
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"code", "message", "extra"}
    assert body["code"] == code
    assert field in body["extra"]["fields"]
    assert Run.objects.count() == 0


def test_malformed_json_is_the_error_shape(api: APIClient) -> None:
    response = api.post("/api/v1/runs", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "malformed_request"


def test_another_users_run_is_a_404_and_lists_are_private(api: APIClient, other_user: Any, user: Any) -> None:
    theirs = Run.objects.create(
        owner=other_user, language="c", source="x", max_steps=1, max_output=1, store_size=1
    )
    mine = Run.objects.create(owner=user, language="c", source="x", max_steps=1, max_output=1, store_size=1)
    response = api.get(f"/api/v1/runs/{theirs.id}")
    assert response.status_code == 404
    assert response.json()["code"] == "run_not_found"
    listing = api.get("/api/v1/runs").json()
    assert [r["id"] for r in listing["results"]] == [str(mine.id)]
    assert listing["count"] == 1


def test_anonymous_clients_must_authenticate(client: Any) -> None:
    response = client.post(
        "/api/v1/runs", {"language": "assembly", "source": HELLO}, content_type="application/json"
    )
    assert response.status_code in (401, 403)
    assert response.json()["code"] == "not_authenticated"


def test_starting_runs_is_throttled_with_a_retry_time(
    api: APIClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"runs": "2/min"})
    for _ in range(2):
        assert (
            api.post("/api/v1/runs", {"language": "assembly", "source": HELLO}, format="json").status_code
            == 201
        )
    response = api.post("/api/v1/runs", {"language": "assembly", "source": HELLO}, format="json")
    assert response.status_code == 429
    body = response.json()
    assert body["code"] == "throttled"
    assert 1 <= body["extra"]["retry_after"] <= 60
    assert api.get("/api/v1/runs").status_code == 200  # reading is not throttled


def test_compile_returns_every_stage_and_the_card_map(api: APIClient) -> None:
    response = api.post("/api/v1/compile", {"language": "c", "source": C_PROGRAM}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True
    assert body["ir"] and body["assembly"] and body["deck"] and body["tokens"]
    assert "3" in body["line_map"]  # the printf line has cards
    assert Run.objects.count() == 0


def test_validate_returns_diagnostics_with_line_and_column(api: APIClient) -> None:
    response = api.post("/api/v1/validate", {"language": "c", "source": "int main(void) {\n  return x;\n}\n"})
    body = response.json()
    assert response.status_code == 200
    assert body["ok"] is False
    diagnostic = body["diagnostics"][0]
    assert (diagnostic["severity"], diagnostic["line"]) == ("error", 2)
    assert diagnostic["column"] >= 1


@pytest.mark.django_db(transaction=True)
def test_submissions_through_the_api(api: APIClient, user: Any) -> None:
    exercise = make_exercise(tests=[("", "42\n", True), ("", "42", False)])
    wrong = api.post(
        f"/api/v1/exercises/{exercise.id}/submissions?wait=true",
        {"source": "PRINT 41\nHALT\n"},
        format="json",
    )
    assert wrong.status_code == 201
    assert wrong.json()["verdict"] == "wrong_answer"
    # A hidden test: passed or failed and how, nothing measured from its run (execution/README.md).
    assert wrong.json()["results"][1] == {
        "name": "test 2",
        "status": "wrong_answer",
        "visible": False,
        "actual": None,
        "message": "A hidden test gave a different output.",
    }
    right = api.post(f"/api/v1/exercises/{exercise.id}/submissions?wait=1", {"source": HELLO}, format="json")
    assert (right.json()["verdict"], right.json()["attempt_number"]) == ("accepted", 2)
    listing = api.get(f"/api/v1/submissions?exercise={exercise.id}").json()
    assert [s["verdict"] for s in listing["results"]] == ["accepted", "wrong_answer"]
    assert api.post("/api/v1/exercises/999/submissions", {"source": HELLO}, format="json").status_code == 404


def test_the_schema_describes_the_run_endpoints(api: APIClient) -> None:
    response = api.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    text = response.content.decode()
    for path in ("/api/v1/runs", "/api/v1/runs/{run_id}", "/api/v1/compile", "/api/v1/submissions"):
        assert path in text


@pytest.mark.django_db(transaction=True)
def test_wait_follows_a_run_executed_elsewhere(api: APIClient, settings: Any) -> None:
    # The run executes in a background thread (the embedded default): the request waits on the run's
    # channel group until the run is final.
    settings.TASK_RUNNER = "thread"
    source = "        LOAD A, 30000\nloop:   SUB A, 1\n        JNZ loop\n        PRINT A\n        HALT\n"
    response = api.post("/api/v1/runs?wait=true", {"language": "assembly", "source": source}, format="json")
    body = response.json()
    assert (body["status"], body["output"]) == ("completed", "0")
    assert body["statistics"]["instructions"] == 1 + 2 * 30_000 + 2  # LOAD, the loop, PRINT and HALT


def test_a_nul_printed_by_the_program_is_stored_as_a_replacement_character(
    api: APIClient, on_commit: Any
) -> None:
    source = "PRINTC 97\nPRINTC 0\nPRINTC 98\nHALT\n"
    with on_commit(execute=True):
        run_id = api.post("/api/v1/runs", {"language": "assembly", "source": source}, format="json").json()[
            "id"
        ]
    body = api.get(f"/api/v1/runs/{run_id}").json()
    assert (body["status"], body["output"]) == ("completed", "a\ufffdb")


def test_a_store_too_small_for_the_data_is_the_programs_runtime_error(api: APIClient, on_commit: Any) -> None:
    source = "        .data\nbuf:    .space 500\n        .text\n        HALT\n"
    with on_commit(execute=True):
        response = api.post(
            "/api/v1/runs", {"language": "assembly", "source": source, "store_size": 100}, format="json"
        )
    body = api.get(f"/api/v1/runs/{response.json()['id']}").json()
    assert (body["status"], body["trap"]) == ("runtime_error", "load")
    assert "500 words of static data" in body["trap_message"]


def test_compiling_is_throttled_with_the_explorers_count(
    api: APIClient, client: Any, monkeypatch: pytest.MonkeyPatch, settings: Any, user: Any
) -> None:
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"compiles": "3/min", "runs": "60/min"})
    settings.COMPILE_THROTTLE_RATE = "3/min"
    program = {"language": "assembly", "source": HELLO}
    assert api.post("/api/v1/compile", program, format="json").status_code == 200
    assert api.post("/api/v1/validate", program, format="json").status_code == 200
    client.force_login(user)  # the same user on the explorer page: one count
    assert client.post("/explorer/", program).status_code == 200
    response = api.post("/api/v1/compile", program, format="json")
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"


def test_an_object_larger_than_any_store_is_diagnosed_by_the_compile_api(api: APIClient) -> None:
    source = "int big[2000000000];\nint main(void) { big[5] = 1; return big[5]; }\n"
    response = api.post("/api/v1/compile", {"language": "c", "source": source}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is False
    message = body["diagnostics"][0]["message"]
    assert message.startswith("the program needs 2000000") and "words of static data: more than" in message


def test_lists_read_no_compiled_stages_and_a_query_a_page(api: APIClient, user: Any) -> None:
    # A Python run's assembly and deck hold its runtime (some 1.7 MB a run): a list shows none of it.
    exercise = make_exercise(tests=[("", "42\n", True)])
    for attempt in (1, 2, 3):
        run = Run.objects.create(
            owner=user,
            language="assembly",
            source=HELLO,
            max_steps=1,
            max_output=1,
            store_size=1,
            status="completed",
            ir="IR-TEXT",
            assembly="ASSEMBLY-TEXT",
            deck="DECK-TEXT",
            statistics={"instructions": 3},
        )
        Submission.objects.create(owner=user, exercise=exercise, run=run, attempt_number=attempt)
    # The runs' page and its count; the submissions' page (their count reads no run). No row is read
    # again for a field left out.
    for path, queries in (("/api/v1/runs", 2), (f"/api/v1/submissions?exercise={exercise.id}", 1)):
        with CaptureQueriesContext(connection) as captured:
            listing = api.get(path).json()
        assert len(listing["results"]) == 3
        reads = [q["sql"] for q in captured.captured_queries if "execution_run" in q["sql"]]
        assert len(reads) == queries, reads
        assert all('"assembly"' not in sql and '"deck"' not in sql for sql in reads), reads
