"""A program's standard error, apart from its output, through the real compiler and Engine: the API's run
representation and the run page."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from execution.models import Run
from execution.presentation import render_state_fragments

pytestmark = pytest.mark.django_db

# gcc's build of this program writes "total 42\n" to stdout and "warning: 2 values skipped\n" then
# "x = 0.500\n" to stderr (run with 2>err.txt, checked by hand).
WARNS = (
    "#include <stdio.h>\n"
    "int main(void) {\n"
    '    fprintf(stderr, "warning: %d values skipped\\n", 2);\n'
    '    printf("total %d\\n", 42);\n'
    '    fprintf(stderr, "x = %.3f\\n", 0.5);\n'
    "    return 0;\n"
    "}\n"
)
QUIET = '#include <stdio.h>\nint main(void) {\n    printf("quiet\\n");\n    return 0;\n}\n'


@pytest.fixture
def api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def _run(api: APIClient, on_commit: Any, source: str) -> dict[str, Any]:
    with on_commit(execute=True):
        response = api.post("/api/v1/runs", {"language": "c", "source": source}, format="json")
    assert response.status_code == 201, response.json()
    body: dict[str, Any] = api.get(f"/api/v1/runs/{response.json()['id']}").json()
    return body


def test_the_api_gives_stderr_apart_from_the_output(api: APIClient, on_commit: Any) -> None:
    body = _run(api, on_commit, WARNS)
    assert (body["status"], body["output"]) == ("completed", "total 42\n")
    assert body["stderr"] == "warning: 2 values skipped\nx = 0.500\n"
    assert _run(api, on_commit, QUIET)["stderr"] == ""


def test_the_api_schema_describes_stderr(api: APIClient) -> None:
    schema = api.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()
    stderr = schema["components"]["schemas"]["Run"]["properties"]["stderr"]
    assert stderr["type"] == "string" and stderr["readOnly"] is True
    assert stderr["description"].startswith("What the program wrote to its standard error")


def _page(client: Client, on_commit: Any, source: str) -> tuple[Run, str]:
    """The run of the program made through the playground's form, and its page."""
    with on_commit(execute=True):
        response = client.post(reverse("execution:run_create"), {"language": "c", "source": source})
    return Run.objects.get(), client.get(response["Location"]).content.decode()


def test_the_run_page_shows_stderr_apart_from_the_output(client_in: Client, on_commit: Any) -> None:
    run, html = _page(client_in, on_commit, WARNS)
    assert f'<pre id="run-output-{run.id}" class="run-output"' in html
    output = html.split(f'<pre id="run-output-{run.id}"', 1)[1].split("</pre>", 1)[0]
    assert "total 42" in output and "warning" not in output
    box = html.split(f'id="run-stderr-{run.id}"', 1)[1].split("</div>", 1)[0]
    assert "hidden" not in box.split(">", 1)[0]
    assert "Standard error" in box
    text = "warning: 2 values skipped\nx = 0.500\n"
    assert f'<pre class="run-stderr" aria-label="Standard error">{text}</pre>' in box
    # The socket's final swap carries it too.
    assert f'id="run-stderr-{run.id}"' in render_state_fragments(run, live=False)


def test_a_run_without_stderr_hides_the_box(client_in: Client, on_commit: Any) -> None:
    run, html = _page(client_in, on_commit, QUIET)
    assert f'<div id="run-stderr-{run.id}" class="run-stderr-box" hidden>' in html
