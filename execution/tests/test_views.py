"""The pages: playground, run creation with and without htmx, the run's page, the workspace."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from execution.models import Run, RunStatus, Submission
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"


def test_the_playground_lists_languages_and_prefills_from_the_query(client: Client) -> None:
    response = client.get(reverse("execution:playground"), {"language": "assembly", "source": "HALT"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<option value="assembly" data-highlight="babbage" selected>' in html
    assert ">HALT</textarea>" in html
    assert "Sign in to run" in html
    assert "execution/dist/editor.js" in html


def test_an_unknown_language_in_the_query_falls_back_to_c(client: Client) -> None:
    response = client.get(reverse("execution:playground"), {"language": "cobol"})
    assert '<option value="c" data-highlight="c" selected>' in response.content.decode()


def test_running_without_javascript_redirects_to_the_run_page(client_in: Client, on_commit: Any) -> None:
    with on_commit(execute=True):
        response = client_in.post(reverse("execution:run_create"), {"language": "assembly", "source": HELLO})
    run = Run.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("execution:run_detail", args=[run.id])
    page = client_in.get(response["Location"])
    html = page.content.decode()
    assert run.status == RunStatus.COMPLETED
    assert f'<pre id="run-output-{run.id}" class="run-output" aria-live="polite">42\n</pre>' in html
    assert "ws-connect" not in html  # final: nothing to follow
    assert "Engine time" in html and "Instructions" in html
    assert "Make public" in html and reverse("execution:run_visibility", args=[run.id]) in html  # private
    # The deck numbers operation cards from 0, as the source-to-card map does, each on its source line.
    assert '<span class="stage-line" data-line="1">    0  ' in html
    assert '<span class="stage-line" data-line="3">    2  ' in html
    assert not re.search(r'<span class="stage-line"[^>]*>    3  ', html)  # three instructions: cards 0 to 2


def test_the_input_typed_on_the_page_reaches_the_program_with_its_lines_as_typed(
    client_in: Client, on_commit: Any
) -> None:
    # A browser submits a textarea's lines ended by \r\n, where the person typed \n: the run's input is
    # what was typed, as a program given it on a terminal reads it.
    echo = "READ A\nREAD B\nADD A, B\nPRINT A\nHALT\n"
    with on_commit(execute=True):
        client_in.post(
            reverse("execution:run_create"), {"language": "assembly", "source": echo, "stdin": "21\r\n10\r\n"}
        )
    run = Run.objects.get()
    assert run.stdin == "21\n10\n"


def test_running_with_htmx_returns_the_live_panel(client_in: Client) -> None:
    # Without the on-commit callbacks the run stays queued, as it is when the page receives the panel.
    response = client_in.post(
        reverse("execution:run_create"),
        {"language": "assembly", "source": HELLO},
        headers={"HX-Request": "true"},
    )
    run = Run.objects.get()
    html = response.content.decode()
    assert response.status_code == 200
    assert f'hx-ext="ws" ws-connect="/ws/runs/{run.id}/"' in html
    assert 'data-status="queued"' in html
    assert "<html" not in html


def test_an_invalid_program_is_shown_again_with_the_error(client_in: Client) -> None:
    response = client_in.post(reverse("execution:run_create"), {"language": "assembly", "source": "  "})
    assert response.status_code == 400
    assert "The program is empty." in response.content.decode()
    response = client_in.post(
        reverse("execution:run_create"), {"language": "cobol", "source": "x"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "Check the program and its language." in response.content.decode()
    assert Run.objects.count() == 0


def test_running_needs_a_signed_in_user(client: Client) -> None:
    response = client.post(reverse("execution:run_create"), {"language": "assembly", "source": HELLO})
    assert response.status_code == 302
    assert "/accounts/" in response["Location"]


def test_a_run_page_is_its_owners_only(client: Client, user: Any, other_user: Any) -> None:
    run = Run.objects.create(
        owner=user, language="assembly", source=HELLO, max_steps=1, max_output=1, store_size=1
    )
    client.force_login(other_user)
    assert client.get(reverse("execution:run_detail", args=[run.id])).status_code == 404
    client.force_login(user)
    response = client.get(reverse("execution:run_detail", args=[run.id]))
    assert response.status_code == 200
    assert f'ws-connect="/ws/runs/{run.id}/"' in response.content.decode()


def test_the_workspace_runs_and_submits(client_in: Client, user: Any, on_commit: Any) -> None:
    exercise = make_exercise(tests=[("", "42\n", True)], starter_code="HALT\n")
    html = _render_workspace(exercise, user)
    assert 'data-language="assembly" data-highlight="babbage">HALT\n</textarea>' in html
    assert reverse("execution:submission_create", args=[exercise.id]) in html

    with on_commit(execute=True):
        response = client_in.post(
            reverse("execution:run_create"),
            {"exercise": exercise.id, "language": "c", "source": HELLO, "stdin": ""},
            headers={"HX-Request": "true"},
        )
    run = Run.objects.get()
    assert response.status_code == 200
    assert run.language == "assembly"  # the exercise's language, whatever the form said

    with on_commit(execute=True):
        response = client_in.post(
            reverse("execution:submission_create", args=[exercise.id]),
            {"source": HELLO},
            headers={"HX-Request": "true"},
        )
    submission = Submission.objects.get()
    assert submission.verdict == "accepted"
    # The workspace shows the latest submission's results again.
    html = _render_workspace(exercise, user)
    assert 'data-status="accepted"' in html and "test 1" in html


def test_submitting_to_a_missing_exercise_is_a_404(client_in: Client) -> None:
    assert (
        client_in.post(reverse("execution:submission_create", args=[999]), {"source": HELLO}).status_code
        == 404
    )
    response = client_in.post(
        reverse("execution:run_create"), {"exercise": "x", "language": "c", "source": "x"}
    )
    assert response.status_code == 404


def test_starting_runs_from_the_playground_is_throttled_with_a_message(
    client_in: Client, settings: Any
) -> None:
    settings.RUN_THROTTLE_RATE = "2/min"
    program = {"language": "assembly", "source": HELLO}
    for _ in range(2):
        assert client_in.post(reverse("execution:run_create"), program).status_code == 302
    response = client_in.post(reverse("execution:run_create"), program)
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    html = response.content.decode()
    assert "You have started many runs in a short time: try again in" in html
    assert ">PRINT 42\nPRINTC 10\nHALT\n</textarea>" in html  # the page again, with the program kept
    assert Run.objects.count() == 2


def test_a_throttled_htmx_run_gets_the_message_as_a_fragment(client_in: Client, settings: Any) -> None:
    settings.RUN_THROTTLE_RATE = "1/min"
    program = {"language": "assembly", "source": HELLO}
    htmx = {"HX-Request": "true"}
    assert client_in.post(reverse("execution:run_create"), program, headers=htmx).status_code == 200
    response = client_in.post(reverse("execution:run_create"), program, headers=htmx)
    # htmx swaps only 2xx answers: the message comes as the run slot's fragment, not as a whole page.
    assert response.status_code == 200
    assert "Retry-After" in response
    html = response.content.decode()
    assert '<p class="message message-error run-error" role="alert">You have started many runs' in html
    assert "<html" not in html
    assert Run.objects.count() == 1


def test_submissions_and_api_runs_share_the_pages_run_rate(
    client_in: Client, user: Any, settings: Any
) -> None:
    from rest_framework.test import APIClient
    from rest_framework.throttling import ScopedRateThrottle

    settings.RUN_THROTTLE_RATE = "2/min"
    exercise = make_exercise(tests=[("", "42\n", True)])
    api = APIClient()
    api.force_authenticate(user)
    # The API's throttle reads its rates once at start: given the same rate as the setting here.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"runs": "2/min"})
        assert (
            api.post("/api/v1/runs", {"language": "assembly", "source": HELLO}, format="json").status_code
            == 201
        )
        submit = reverse("execution:submission_create", args=[exercise.id])
        assert client_in.post(submit, {"source": HELLO}, headers={"HX-Request": "true"}).status_code == 200
        throttled = client_in.post(submit, {"source": HELLO}, headers={"HX-Request": "true"})
        assert "You have started many runs in a short time" in throttled.content.decode()
        assert (
            api.post("/api/v1/runs", {"language": "assembly", "source": HELLO}, format="json").status_code
            == 429
        )
    assert (Run.objects.count(), Submission.objects.count()) == (2, 1)


def _render_workspace(exercise: Any, user: Any) -> str:
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    request = RequestFactory().get("/course/")
    request.user = user
    return render_to_string(
        "execution/_workspace.html", {"exercise": exercise, "user": user}, request=request
    )


def test_a_runs_stages_are_its_owners_only(client: Client, user: Any, other_user: Any) -> None:
    run = Run.objects.create(
        owner=user,
        language="assembly",
        source=HELLO,
        max_steps=1,
        max_output=1,
        store_size=1,
        status=RunStatus.COMPLETED,
        assembly="main:\n        PRINT   1\n        HALT\n",
    )
    url = reverse("execution:run_artifacts", args=[run.id])
    assert "/accounts/" in client.get(url)["Location"]  # signed out: to the sign-in page
    client.force_login(other_user)
    assert client.get(url).status_code == 404
    client.force_login(user)
    html = client.get(url).content.decode()
    # The part the panel swaps in for its placeholder: the same id, the stages, nothing deferred.
    assert html.strip().startswith(f'<div id="run-artifacts-{run.id}" class="run-artifacts">')
    assert "Babbage assembly" in html and "PRINT   1" in html
    assert "hx-get" not in html
