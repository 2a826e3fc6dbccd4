"""The API as clients expect it: lists of summaries (the whole run on the detail), batches of runs with an
answer per item, and callbacks to allowed origins, sent when a run ends. The one network call
(callbacks.callback_post, or the opener under it) is replaced at the boundary."""

from __future__ import annotations

import json
from typing import Any

import pytest
from rest_framework.test import APIClient
from rest_framework.throttling import ScopedRateThrottle

from execution import callbacks
from execution.models import Run, Submission
from execution.services import BATCH_MAX_RUNS
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"
GRADER = "https://grader.example.edu"


@pytest.fixture
def api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def allowed(settings: Any) -> None:
    settings.RUN_CALLBACK_ALLOWED_ORIGINS = [GRADER, "http://127.0.0.1:9000"]


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    """The callbacks' POSTs, recorded instead of made."""
    calls: list[tuple[str, dict[str, Any]]] = []

    def post(url: str, body: dict[str, Any]) -> int:
        calls.append((url, body))
        return 204

    monkeypatch.setattr(callbacks, "callback_post", post)
    return calls


def is_error_shape(body: Any) -> bool:
    return isinstance(body, dict) and set(body) == {"code", "message", "extra"}


# --- Lists are summaries; the whole thing is on the detail ---------------------------------------------


def test_lists_hold_summaries_and_the_detail_holds_everything(api: APIClient, on_commit: Any) -> None:
    exercise = make_exercise(tests=[("", "42", True), ("", "41", True), ("", "42", False)])
    with on_commit(execute=True):
        for _ in range(6):
            created = api.post(
                f"/api/v1/exercises/{exercise.pk}/submissions", {"source": HELLO}, format="json"
            )
            assert created.status_code == 201
    listed = api.get("/api/v1/submissions")
    assert listed.status_code == 200
    items = listed.json()["results"]
    assert len(items) == 6
    item = items[0]
    assert set(item) == {
        "id",
        "exercise",
        "attempt_number",
        "verdict",
        "tests_passed",
        "tests_total",
        "created_at",
        "run",
    }
    assert (item["verdict"], item["tests_passed"], item["tests_total"]) == ("wrong_answer", 2, 3)
    # The run in a list: no program, output or compiled stages.
    assert not {"source", "output", "ir", "assembly", "deck", "line_map", "statistics"} & set(item["run"])
    assert item["run"]["status"] == "wrong_answer" and item["run"]["submission"] == item["id"]

    detail = api.get(f"/api/v1/submissions/{item['id']}")
    assert detail.status_code == 200
    whole = detail.json()
    assert [r["name"] for r in whole["results"]] == ["test 1", "test 2", "test 3"]
    assert whole["run"]["source"] == HELLO and whole["run"]["deck"] and whole["run"]["assembly"]
    assert len(listed.content) * 2 < 6 * len(detail.content)  # the list is far smaller than the details

    runs = api.get("/api/v1/runs").json()["results"]
    assert runs and not {"source", "output", "deck", "ir"} & set(runs[0])
    assert api.get(f"/api/v1/runs/{runs[0]['id']}").json()["deck"]


def test_another_users_submission_is_not_found(api: APIClient, other_user: Any) -> None:
    exercise = make_exercise(tests=[("", "42", True)])
    run = Run.objects.create(owner=other_user, language="assembly", source=HELLO, max_steps=9, max_output=9)
    submission = Submission.objects.create(exercise=exercise, owner=other_user, run=run, attempt_number=1)
    response = api.get(f"/api/v1/submissions/{submission.pk}")
    assert response.status_code == 404
    assert is_error_shape(response.json()) and response.json()["code"] == "submission_not_found"


# --- Batches --------------------------------------------------------------------------------------------


def test_a_batch_of_twenty_runs_each(api: APIClient, on_commit: Any) -> None:
    batch = [{"language": "assembly", "source": f"PRINT {n}\nHALT\n"} for n in range(BATCH_MAX_RUNS)]
    with on_commit(execute=True):
        response = api.post("/api/v1/runs/batch", {"runs": batch}, format="json")
    assert response.status_code == 201
    answers = response.json()["runs"]
    assert len(answers) == 20 and all(a["error"] is None for a in answers)
    assert Run.objects.count() == 20
    for n, answer in enumerate(answers):  # in the request's order
        run = Run.objects.get(id=answer["run"]["id"])
        assert run.source == batch[n]["source"]
        assert run.status == "completed" and run.output == str(n)
    assert "source" not in answers[0]["run"]  # summaries


def test_a_batch_of_twenty_one_is_refused_whole(api: APIClient) -> None:
    batch = [{"language": "assembly", "source": HELLO}] * 21
    response = api.post("/api/v1/runs/batch", {"runs": batch}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert is_error_shape(body) and body["code"] == "invalid"
    assert "runs" in body["extra"]["fields"]
    assert not Run.objects.exists()
    bad_batches: list[Any] = [
        {"runs": []},
        {"runs": "all of them"},
        {},
        [{"language": "assembly", "source": HELLO}],
    ]
    for bad in bad_batches:
        refused = api.post("/api/v1/runs/batch", bad, format="json")
        assert refused.status_code == 400 and is_error_shape(refused.json()), bad
    assert not Run.objects.exists()


def test_each_item_of_a_batch_is_validated_on_its_own(api: APIClient, allowed: None) -> None:
    batch = [
        {"language": "assembly", "source": HELLO},
        {"language": "cobol", "source": HELLO},
        {"language": "assembly"},
        {"language": "assembly", "source": HELLO, "callback_url": "https://elsewhere.example.com/hook"},
        {"language": "assembly", "source": "   "},
        "not an object",
        {"language": "assembly", "source": HELLO, "max_steps": 0},
        {"language": "assembly", "source": HELLO, "callback_url": f"{GRADER}/hook"},
    ]
    response = api.post("/api/v1/runs/batch", {"runs": batch}, format="json")
    # A list item that is not an object fails the batch's own shape: the whole batch is refused.
    assert response.status_code == 400 and response.json()["extra"]["fields"]["runs"]
    del batch[5]
    response = api.post("/api/v1/runs/batch", {"runs": batch}, format="json")
    assert response.status_code == 201
    answers = response.json()["runs"]
    assert [a["run"] is not None for a in answers] == [True, False, False, False, False, False, True]
    errors = [a["error"] for a in answers]
    assert errors[0] is None and errors[6] is None
    assert all(is_error_shape(e) for e in errors[1:6])
    assert [e["code"] for e in errors[1:6]] == [
        "unknown_language",
        "invalid",
        "callback_not_allowed",
        "invalid",
        "invalid",
    ]
    assert "source" in errors[2]["extra"]["fields"]
    assert "callback_url" in errors[3]["extra"]["fields"]
    assert "max_steps" in errors[5]["extra"]["fields"]
    assert Run.objects.count() == 2
    assert Run.objects.get(id=answers[6]["run"]["id"]).callback_url == f"{GRADER}/hook"


def test_a_batch_counts_as_its_runs_against_the_rate(api: APIClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"runs": "5/min"})
    program = {"language": "assembly", "source": HELLO}
    too_many = api.post("/api/v1/runs/batch", {"runs": [program] * 6}, format="json")
    assert too_many.status_code == 429 and too_many.json()["code"] == "throttled"
    assert not Run.objects.exists()  # refused whole, and it cost nothing
    assert api.post("/api/v1/runs/batch", {"runs": [program] * 4}, format="json").status_code == 201
    assert api.post("/api/v1/runs", program, format="json").status_code == 201  # the fifth
    refused = api.post("/api/v1/runs", program, format="json")
    assert refused.status_code == 429
    assert Run.objects.count() == 5


# --- Callbacks ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://elsewhere.example.com/hook", "callback_not_allowed"),
        ("http://grader.example.edu/hook", "callback_not_allowed"),  # another scheme, another origin
        ("https://grader.example.edu:8443/hook", "callback_not_allowed"),  # another port
        ("https://grader.example.edu.evil.example/hook", "callback_not_allowed"),
        ("https://user:secret@grader.example.edu/hook", "invalid"),
        ("ftp://grader.example.edu/hook", "invalid"),
        ("/hook", "invalid"),
        ("https://grader.example.edu/hook#part", "invalid"),
        ("https://grader.example.edu:99999/hook", "invalid"),
    ],
)
def test_a_callback_outside_the_allow_list_is_refused(
    api: APIClient, allowed: None, url: str, code: str
) -> None:
    response = api.post(
        "/api/v1/runs", {"language": "assembly", "source": HELLO, "callback_url": url}, format="json"
    )
    assert response.status_code == 400
    body = response.json()
    assert is_error_shape(body) and body["code"] == code, body
    assert body["extra"]["fields"]["callback_url"]
    assert not Run.objects.exists()


def test_callbacks_are_refused_when_no_origin_is_allowed(api: APIClient, settings: Any) -> None:
    settings.RUN_CALLBACK_ALLOWED_ORIGINS = []
    response = api.post(
        "/api/v1/runs",
        {"language": "assembly", "source": HELLO, "callback_url": f"{GRADER}/h"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["code"] == "callback_not_allowed"
    assert "RUN_CALLBACK_ALLOWED_ORIGINS is empty" in response.json()["message"]


@pytest.mark.parametrize(
    "url", [f"{GRADER}/hook?run=1", "https://GRADER.example.edu:443/x", "http://127.0.0.1:9000/"]
)
def test_a_callback_to_an_allowed_origin_is_kept(api: APIClient, allowed: None, url: str) -> None:
    response = api.post(
        "/api/v1/runs", {"language": "assembly", "source": HELLO, "callback_url": url}, format="json"
    )
    assert response.status_code == 201
    assert Run.objects.get().callback_url == url


def test_the_callback_is_called_with_the_summary_when_the_run_ends(
    api: APIClient, allowed: None, sent: list[tuple[str, dict[str, Any]]], on_commit: Any
) -> None:
    with on_commit(execute=True):
        response = api.post(
            "/api/v1/runs",
            {"language": "assembly", "source": HELLO, "callback_url": f"{GRADER}/hook"},
            format="json",
        )
    run_id = response.json()["id"]
    assert len(sent) == 1
    url, body = sent[0]
    assert url == f"{GRADER}/hook"
    assert body["id"] == run_id and body["status"] == "completed" and body["is_final"] is True
    assert body["exit_status"] == 0 and body["finished_at"]
    assert "source" not in body and "output" not in body  # the summary, as the lists give it
    # Without a callback URL nothing is sent.
    with on_commit(execute=True):
        api.post("/api/v1/runs", {"language": "assembly", "source": HELLO}, format="json")
    assert len(sent) == 1


def test_a_submission_calls_back_with_its_verdict(
    api: APIClient, allowed: None, sent: list[tuple[str, dict[str, Any]]], on_commit: Any
) -> None:
    exercise = make_exercise(tests=[("", "42", True)])
    with on_commit(execute=True):
        response = api.post(
            f"/api/v1/exercises/{exercise.pk}/submissions",
            {"source": HELLO, "callback_url": f"{GRADER}/hook"},
            format="json",
        )
    assert response.status_code == 201
    [(_, body)] = sent
    assert body["status"] == "accepted" and body["submission"] == response.json()["id"]


def test_a_failing_receiver_is_retried_then_given_up_without_touching_the_run(
    api: APIClient, allowed: None, on_commit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    def failing(url: str, body: dict[str, Any]) -> int:
        attempts.append(url)
        raise callbacks.CallbackFailed(f"{url} answered 503")

    monkeypatch.setattr(callbacks, "callback_post", failing)
    with on_commit(execute=True):
        response = api.post(
            "/api/v1/runs",
            {"language": "assembly", "source": HELLO, "callback_url": f"{GRADER}/hook"},
            format="json",
        )
    assert len(attempts) == 1 + callbacks.RETRIES
    run = Run.objects.get(id=response.json()["id"])
    assert run.status == "completed" and run.output == "42\n"


def test_a_receiver_that_recovers_gets_the_callback_once(
    api: APIClient, allowed: None, on_commit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    def flaky(url: str, body: dict[str, Any]) -> int:
        attempts.append(url)
        if len(attempts) < 3:
            raise callbacks.CallbackFailed("connection refused")
        return 200

    monkeypatch.setattr(callbacks, "callback_post", flaky)
    with on_commit(execute=True):
        api.post(
            "/api/v1/runs",
            {"language": "assembly", "source": HELLO, "callback_url": f"{GRADER}/hook"},
            format="json",
        )
    assert len(attempts) == 3
    assert [callbacks.retry_delay(n) for n in range(4)] == [5, 30, 120, 120]


def test_the_allow_list_is_checked_again_when_sending(
    allowed: None, settings: Any, sent: list[tuple[str, dict[str, Any]]], user: Any
) -> None:
    run = Run.objects.create(
        owner=user,
        language="assembly",
        source=HELLO,
        max_steps=9,
        max_output=9,
        status="completed",
        callback_url=f"{GRADER}/hook",
    )
    settings.RUN_CALLBACK_ALLOWED_ORIGINS = []  # the site stopped allowing it since
    assert callbacks.run_callback_send(run.id) is None
    assert sent == []


class FakeResponse:
    def __init__(self, status: int) -> None:
        self.status = status

    def __enter__(self) -> FakeResponse:
        return self

    def __exit__(self, *args: object) -> None:
        return None


def test_the_post_is_json_with_a_timeout_and_follows_no_redirect(monkeypatch: pytest.MonkeyPatch) -> None:
    import http.client
    import io
    import urllib.error
    import urllib.request

    seen: list[Any] = []
    real_opener = callbacks._opener

    class Opener:
        def open(self, request: Any, timeout: float) -> FakeResponse:
            seen.append((request, timeout))
            return FakeResponse(204)

    monkeypatch.setattr(callbacks, "_opener", Opener())
    assert callbacks.callback_post(f"{GRADER}/hook", {"id": "x"}) == 204
    request, timeout = seen[0]
    assert request.get_method() == "POST" and json.loads(request.data) == {"id": "x"}
    assert request.get_header("Content-type") == "application/json"
    assert timeout == callbacks.TIMEOUT_SECONDS

    class Redirecting:
        def open(self, request: Any, timeout: float) -> FakeResponse:
            raise urllib.error.HTTPError(request.full_url, 302, "Found", None, None)  # type: ignore[arg-type]

    monkeypatch.setattr(callbacks, "_opener", Redirecting())
    with pytest.raises(callbacks.CallbackFailed, match="answered 302"):
        callbacks.callback_post(f"{GRADER}/hook", {})

    class Unreachable:
        def open(self, request: Any, timeout: float) -> FakeResponse:
            raise urllib.error.URLError(TimeoutError("timed out"))

    monkeypatch.setattr(callbacks, "_opener", Unreachable())
    with pytest.raises(callbacks.CallbackFailed, match="could not be reached"):
        callbacks.callback_post(f"{GRADER}/hook", {})
    # The real opener's redirect handler refuses to follow: a 302 is not taken to its Location.
    handler = callbacks._NoRedirects()
    request = urllib.request.Request(f"{GRADER}/hook", data=b"{}", method="POST")
    headers = http.client.HTTPMessage()
    headers["Location"] = "http://169.254.169.254/latest/"
    assert handler.http_error_302(request, io.BytesIO(b""), 302, "Found", headers) is None
    assert any(isinstance(h, callbacks._NoRedirects) for h in getattr(real_opener, "handlers", []))


# --- The schema documents all of it ---------------------------------------------------------------------


def test_the_schema_documents_batches_summaries_and_callbacks(client: Any) -> None:
    schema = client.get("/api/v1/schema/", headers={"Accept": "application/vnd.oai.openapi+json"}).json()
    paths, components = schema["paths"], schema["components"]["schemas"]

    def ref(content: dict[str, Any]) -> str:
        return str(content["content"]["application/json"]["schema"]["$ref"]).rsplit("/", 1)[1]

    batch = paths["/api/v1/runs/batch"]["post"]
    assert ref(batch["requestBody"]) == "RunBatchInputRequest"
    assert components["RunBatchInputRequest"]["properties"]["runs"]["maxItems"] == BATCH_MAX_RUNS
    assert ref(batch["responses"]["201"]) == "RunBatch"
    assert {"400", "429"} <= set(batch["responses"])
    item = components["RunBatchItem"]["properties"]
    assert set(item) == {"run", "error"}
    assert "callback_url" in components["RunInputRequest"]["properties"]
    assert "callback_url" in components["SubmissionInputRequest"]["properties"]
    listed = components[ref(paths["/api/v1/submissions"]["get"]["responses"]["200"])]["properties"]["results"]
    assert listed["items"]["$ref"].endswith("/SubmissionSummary")
    assert "results" not in components["SubmissionSummary"]["properties"]
    assert ref(paths["/api/v1/submissions/{submission_id}"]["get"]["responses"]["200"]) == "Submission"
    assert "deck" not in components["RunSummary"]["properties"]
    share = paths["/api/v1/runs/{run_id}/share"]
    assert ref(share["post"]["responses"]["200"]) == "RunShare" and "409" in share["post"]["responses"]
    assert "204" in share["delete"]["responses"]
