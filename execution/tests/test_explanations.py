"""Explanations of runs and submissions through the real pages and API, and the model provider against a
fake OpenAI-compatible server started here (never the internet)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from curriculum.models import Hint
from curriculum.services import progress_reveal_hint
from execution.explain import RunFacts
from execution.explain.provider import ProviderConfig, ProviderError, ask
from execution.models import Run, Submission
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db

# Doubles its input; the exercise wants it tripled: a wrong answer on every test.
DOUBLES = "        READ A\n        MUL A, 2\n        PRINT A\n        PRINTC 10\n        HALT\n"
REFERENCE = "; REFERENCE-SOLUTION-MARKER\n" + DOUBLES.replace("MUL A, 2", "MUL A, 3")
HIDDEN_INPUT, HIDDEN_EXPECTED = "4141", "12423"
C_SOURCE = "int main(void) {\n    return y;\n}\n"


def _failed_run(user: Any, **fields: Any) -> Run:
    values: dict[str, Any] = {
        "language": "c",
        "source": C_SOURCE,
        "max_steps": 1000,
        "max_output": 100,
        "status": "compile_error",
        "finished_at": timezone.now(),
        "diagnostics": [
            {
                "severity": "error",
                "code": "undeclared",
                "message": "use of undeclared identifier 'y'",
                "file": "<input>",
                "line": 2,
                "column": 12,
                "end_line": 2,
                "end_column": 13,
                "notes": [],
            }
        ],
    }
    values.update(fields)
    return Run.objects.create(owner=user, **values)


def _submission(user: Any, client: Client, on_commit: Any) -> Submission:
    exercise = make_exercise(
        language="assembly",
        tests=[("2\n", "6\n", True), (HIDDEN_INPUT + "\n", HIDDEN_EXPECTED + "\n", False)],
        reference_solution=REFERENCE,
    )
    Hint.objects.create(exercise=exercise, order=1, text="Multiply by **three**.")
    Hint.objects.create(exercise=exercise, order=2, text="SECOND-HINT-NOT-YET-REVEALED")
    with on_commit(execute=True):
        response = client.post(f"/exercises/{exercise.id}/submissions/", {"source": DOUBLES})
    assert response.status_code == 302, response.content
    submission = Submission.objects.get(owner=user)
    assert submission.verdict == "wrong_answer"
    return submission


# --- Pages ------------------------------------------------------------------------------------------------


def test_a_failed_run_s_page_offers_an_explanation_that_swaps_in(client_in: Client, user: Any) -> None:
    run = _failed_run(user)
    page = client_in.get(f"/runs/{run.id}/").content.decode()
    url = f"/runs/{run.id}/explanation/"
    assert f'hx-get="{url}"' in page and "Explain this error" in page
    fragment = client_in.get(url, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    text = fragment.content.decode()
    assert "<html" not in text and f'id="explanation-{run.id}"' in text
    assert "Line 2, column 12: use of undeclared identifier" in text
    assert "    return y;\n" in text  # the program's own line, with a caret under the column
    assert " " * 11 + "^" in text
    assert "Next step:" in text and "Declare it before this line" in text
    # The catalog's `code` is shown as code, escaped (the API gives the text as written).
    assert "(<code>int total = 0;</code>)" in text and "<code>#include &lt;stdio.h&gt;</code>" in text
    assert "`" not in text
    assert "hint in words" not in text.lower()  # no provider configured: nothing said of a model
    assert "<script" not in text and "style=" not in text  # nothing the page's CSP would have to allow


def test_the_explanation_works_without_javascript(client_in: Client, user: Any) -> None:
    run = _failed_run(user)
    page = client_in.get(f"/runs/{run.id}/explanation/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "<html" in text and "Explain this error</h1>" in text and "use of undeclared identifier" in text


def test_a_run_that_went_well_has_no_button(client_in: Client, user: Any) -> None:
    run = _failed_run(user, status="completed", diagnostics=[], exit_status=0)
    assert "run-explain-" not in client_in.get(f"/runs/{run.id}/").content.decode()


def test_another_user_s_run_has_no_explanation(client: Client, user: Any, other_user: Any) -> None:
    run = _failed_run(user)
    client.force_login(other_user)
    assert client.get(f"/runs/{run.id}/explanation/").status_code == 404


def test_a_run_still_going_is_explained_when_it_ends(client_in: Client, user: Any) -> None:
    run = _failed_run(user, status="running", finished_at=None, diagnostics=[])
    assert "run-explain-" not in client_in.get(f"/runs/{run.id}/").content.decode()
    assert client_in.get(f"/runs/{run.id}/explanation/").status_code == 409
    htmx = client_in.get(f"/runs/{run.id}/explanation/", HTTP_HX_REQUEST="true")
    assert htmx.status_code == 200 and "has not finished yet" in htmx.content.decode()


def test_why_did_this_test_fail(client_in: Client, user: Any, on_commit: Any) -> None:
    submission = _submission(user, client_in, on_commit)
    page = client_in.get(f"/runs/{submission.run_id}/").content.decode()
    assert "Why did this test fail?" in page
    progress_reveal_hint(user=user, exercise=submission.exercise)
    text = client_in.get(f"/runs/{submission.run_id}/explanation/", HTTP_HX_REQUEST="true").content.decode()
    # The instructor's revealed hint comes first; the one not revealed is not shown.
    assert text.index("Multiply by <strong>three</strong>") < text.index("test 1")
    assert "SECOND-HINT-NOT-YET-REVEALED" not in text and "1 more hint" in text
    assert "line 1, column 1: expected &#x27;6&#x27;, got &#x27;4&#x27;" in text
    assert "Hidden test test 2" in text
    assert HIDDEN_INPUT not in text and HIDDEN_EXPECTED not in text and "REFERENCE-SOLUTION" not in text
    history = client_in.get(f"/exercises/{submission.exercise_id}/history/").content.decode()
    assert f'href="/runs/{submission.run_id}/explanation/">Why did this test fail?</a>' in history


# --- API ----------------------------------------------------------------------------------------------


@pytest.fixture
def api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_the_api_explains_a_run(api: APIClient, user: Any) -> None:
    run = _failed_run(user)
    body = api.get(f"/api/v1/runs/{run.id}/explanation").json()
    assert (body["run"], body["status"], body["submission"]) == (str(run.id), "compile_error", None)
    [item] = body["explanations"]
    assert (item["kind"], item["key"], item["line"], item["column"]) == ("diagnostic", "undeclared", 2, 12)
    assert item["source_text"] == "    return y;" and "`y`" in item["what"]
    assert body["model_hint"] == {"status": "off", "text": "", "model": "", "fallback_reason": ""}


def test_the_api_explains_a_submission(api: APIClient, user: Any, client_in: Client, on_commit: Any) -> None:
    submission = _submission(user, client_in, on_commit)
    body = api.get(f"/api/v1/submissions/{submission.id}/explanation").json()
    assert body["submission"] == submission.id
    visible, hidden = body["explanations"]
    assert visible["difference"]["summary"] == "line 1, column 1: expected '6', got '4'"
    assert (hidden["test"], hidden["difference"]) == ("test 2", None)
    assert HIDDEN_INPUT not in json.dumps(body)


def test_the_api_s_errors_are_in_the_one_shape(api: APIClient, user: Any, other_user: Any) -> None:
    theirs = _failed_run(other_user)
    missing = api.get(f"/api/v1/runs/{theirs.id}/explanation")
    assert missing.status_code == 404 and set(missing.json()) == {"code", "message", "extra"}
    running = _failed_run(user, status="running", finished_at=None, diagnostics=[])
    busy = api.get(f"/api/v1/runs/{running.id}/explanation")
    assert (busy.status_code, busy.json()["code"]) == (409, "run_not_final")
    assert api.get("/api/v1/submissions/999/explanation").status_code == 404


def test_the_schema_documents_the_explanations(api: APIClient) -> None:
    schema = api.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()
    for path in ("/api/v1/runs/{run_id}/explanation", "/api/v1/submissions/{submission_id}/explanation"):
        responses = schema["paths"][path]["get"]["responses"]
        assert {"200", "404", "409"} <= set(responses), responses
    assert "Explanation" in schema["components"]["schemas"]


# --- The model provider, against a fake OpenAI-compatible server ------------------------------------------


class FakeModel:
    """An OpenAI-compatible chat-completions server on a free local port; `mode` says how it answers."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.requests: list[dict[str, Any]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                sent = {"path": self.path, "headers": dict(self.headers), "body": body.decode()}
                fake.requests.append(sent)
                if fake.mode == "slow":
                    time.sleep(1.0)
                if fake.mode in ("error", "busy"):
                    self.send_response(500 if fake.mode == "error" else 429)
                    self.end_headers()
                    return
                answer = {"choices": [{"message": {"role": "assistant", "content": "Multiply by 3, not 2."}}]}
                data = json.dumps(answer if fake.mode != "garbage" else {"nothing": 1}).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up waiting ("slow"): what the test wants

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_model(settings: Any) -> Iterator[FakeModel]:
    fake = FakeModel()
    settings.HINT_PROVIDER = "openai-compatible"
    settings.HINT_BASE_URL = fake.url
    settings.HINT_MODEL = "tutor-1"
    settings.HINT_API_KEY = "sk-test-key"
    settings.HINT_TIMEOUT = 0.3
    settings.HINT_THROTTLE_RATE = "100/hour"
    yield fake
    fake.close()


def test_the_model_s_hint_is_added_and_nothing_secret_is_sent(
    fake_model: FakeModel, api: APIClient, user: Any, client_in: Client, on_commit: Any
) -> None:
    submission = _submission(user, client_in, on_commit)
    body = api.get(f"/api/v1/submissions/{submission.id}/explanation").json()
    assert body["model_hint"] == {
        "status": "ok",
        "text": "Multiply by 3, not 2.",
        "model": "tutor-1",
        "fallback_reason": "",
    }
    [sent] = fake_model.requests
    assert sent["path"] == "/v1/chat/completions"
    assert sent["headers"]["Authorization"] == "Bearer sk-test-key"
    request = json.loads(sent["body"])
    assert request["model"] == "tutor-1"
    prompt = request["messages"][-1]["content"]
    assert "MUL A, 2" in prompt and "Expected:\n6\n" in prompt  # the program and its visible test
    for secret in (HIDDEN_INPUT, HIDDEN_EXPECTED, "REFERENCE-SOLUTION-MARKER", "MUL A, 3"):
        assert secret not in sent["body"], secret
    # Asked again: the hint kept for the run, with no second request.
    page = client_in.get(f"/runs/{submission.run_id}/explanation/", HTTP_HX_REQUEST="true").content.decode()
    assert "Multiply by 3, not 2." in page and "tutor-1" in page
    assert len(fake_model.requests) == 1


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("slow", "did not answer within 0.3 s"),
        ("error", "answered with an error (500)"),
        ("busy", "busy"),
        ("garbage", "not a chat completion"),
    ],
)
def test_any_failure_of_the_model_falls_back_to_the_explainer(
    fake_model: FakeModel, client_in: Client, user: Any, mode: str, reason: str
) -> None:
    fake_model.mode = mode
    run = _failed_run(user)
    text = client_in.get(f"/runs/{run.id}/explanation/", HTTP_HX_REQUEST="true").content.decode()
    assert fragment_has_fallback(text, reason)
    assert "use of undeclared identifier" in text  # the deterministic explanation is all there
    assert len(fake_model.requests) == 1


def fragment_has_fallback(text: str, reason: str) -> bool:
    return "explanation-fallback" in text and reason in text and "the explanation above is the site" in text


def test_the_model_is_asked_at_the_user_s_rate(
    fake_model: FakeModel, api: APIClient, user: Any, settings: Any
) -> None:
    settings.HINT_THROTTLE_RATE = "1/hour"
    first, second = _failed_run(user), _failed_run(user)
    assert api.get(f"/api/v1/runs/{first.id}/explanation").json()["model_hint"]["status"] == "ok"
    refused = api.get(f"/api/v1/runs/{second.id}/explanation").json()
    assert refused["model_hint"]["status"] == "fallback"
    assert "many hints in a short time" in refused["model_hint"]["fallback_reason"]
    assert refused["explanations"][0]["key"] == "undeclared"
    assert len(fake_model.requests) == 1


def test_the_provider_on_its_own(fake_model: FakeModel) -> None:
    facts = RunFacts("c", C_SOURCE, "compile_error")
    config = ProviderConfig("openai-compatible", fake_model.url, "tutor-1", "", timeout=0.3)
    assert ask(config, facts, []).text == "Multiply by 3, not 2."
    assert "Authorization" not in fake_model.requests[0]["headers"]  # no key, no header
    with pytest.raises(ProviderError, match="no model provider"):
        ask(ProviderConfig(), facts, [])
    with pytest.raises(ProviderError, match="could not be reached"):
        ask(ProviderConfig("openai-compatible", "http://127.0.0.1:9/v1", "m", timeout=0.3), facts, [])
