"""A language whose programs cannot run is offered nowhere and refused everywhere, with its reason.

Which languages run changes as front-ends land: every test takes its languages from fake_languages (a
language made missing, broken or available for the test) and its expectations from the registry.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from rest_framework.test import APIClient

from ancient_compute.tests.fake_languages import compiled_keys, fake_frontends, one_available, one_missing
from compilers import registry
from execution.models import Run, Submission
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def _coming(language: registry.Language) -> str:
    return f"{language.name}'s compiler is coming: {language.name} programs cannot run on the Engine yet."


def test_the_playground_lists_every_language_and_disables_those_that_cannot_run(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    html = client.get(reverse("execution:playground")).content.decode()
    for language in registry.LANGUAGES:
        if language.key == coming.key:
            continue
        attributes = f'value="{language.key}" data-highlight="{language.highlight}"'
        if language.available:
            assert f"<option {attributes}>{escape(language.name)}</option>" in html or (
                f"<option {attributes} selected>" in html
            )
        else:
            assert f"<option {attributes} disabled" in html
    assert (
        f'<option value="{coming.key}" data-highlight="{coming.highlight}" disabled '
        f'title="{escape(_coming(coming))}">{escape(coming.name)} (compiler coming)</option>'
    ) in html


def test_the_playground_opens_in_the_languages_own_mode_when_it_runs(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A lesson's block in a language other than C opens the playground in that language (it used to open
    # in C, with the block's source, which then failed with C's errors).
    language = one_available(monkeypatch, besides="c")
    response = client.get(reverse("execution:playground"), {"language": language.key, "source": "x = 1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<option value="{language.key}" data-highlight="{language.highlight}" selected>' in html
    assert '<option value="c" data-highlight="c" selected>' not in html
    assert ">x = 1</textarea>" in html
    assert 'role="alert"' not in html


def test_the_playground_refuses_a_language_that_cannot_run_with_its_reason(
    client: Client, user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    client.force_login(user)
    response = client.get(reverse("execution:playground"), {"language": coming.key, "source": "SOON"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'role="alert" id="refused-heading">{escape(_coming(coming))}</p>' in html
    # Its program is there to read, not to run under another language's name: the form starts afresh.
    assert 'id="refused-source" readonly' in html and ">SOON</textarea>" in html
    assert html.count("SOON") == 1
    assert f'value="{coming.key}" data-highlight="{coming.highlight}" selected' not in html
    assert "int main(void)" in html  # the playground's own example, in a language that runs


@pytest.mark.parametrize("htmx", [False, True])
def test_running_a_language_that_cannot_run_from_a_page_is_refused_with_its_reason(
    client_in: Client, monkeypatch: pytest.MonkeyPatch, htmx: bool
) -> None:
    coming = one_missing(monkeypatch)
    headers = {"HX-Request": "true"} if htmx else {}
    response = client_in.post(
        reverse("execution:run_create"), {"language": coming.key, "source": "x"}, headers=headers
    )
    assert response.status_code == (200 if htmx else 400)  # htmx swaps only 2xx answers
    assert f'role="alert">{escape(_coming(coming))}</p>' in response.content.decode()
    assert Run.objects.count() == 0


def test_the_api_refuses_runs_compiles_and_submissions_in_such_a_language(
    api: APIClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    exercise = make_exercise(language=coming.key, tests=[("", "1\n", True)])
    for url, body in [
        ("/api/v1/runs", {"language": coming.key, "source": "x"}),
        ("/api/v1/compile", {"language": coming.key, "source": "x"}),
        ("/api/v1/validate", {"language": coming.key, "source": "x"}),
        (f"/api/v1/exercises/{exercise.id}/submissions", {"source": "x"}),
    ]:
        response = api.post(url, body, format="json")
        assert response.status_code == 400, url
        assert response.json() == {
            "code": "language_unavailable",
            "message": _coming(coming),
            "extra": {"fields": {"language": [_coming(coming)]}},
        }, url
    assert Run.objects.count() == 0 and Submission.objects.count() == 0


def test_the_api_lists_every_language_with_whether_it_runs_and_why_not(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    listed = client.get("/api/v1/languages").json()
    assert [lang["key"] for lang in listed] == list(registry.keys())
    for entry, language in zip(listed, registry.LANGUAGES, strict=True):
        assert entry["name"] == language.name and entry["highlight"] == language.highlight
        assert entry["available"] is language.available
        assert (entry["reason"] == "") is language.available
    assert listed[list(registry.keys()).index(coming.key)]["reason"] == _coming(coming)


def test_an_exercise_in_such_a_language_has_no_run_or_submit_button(
    client_in: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    runnable = one_available(monkeypatch, besides=coming.key)
    later = make_exercise(language=coming.key)
    now = make_exercise(language=runnable.key)
    html = client_in.get("/course/m/l/").content.decode()  # make_exercise's module and lesson
    later_panel = html[html.index(f'id="workspace-{later.id}"') : html.index(f'id="run-slot-{later.id}"')]
    now_panel = html[html.index(f'id="workspace-{now.id}"') : html.index(f'id="run-slot-{now.id}"')]
    assert ">Run</button>" not in later_panel and "Submit</button>" not in later_panel
    assert escape(_coming(coming)) in later_panel
    assert f'data-highlight="{coming.highlight}"' in later_panel
    assert ">Run</button>" in now_panel and "Submit</button>" in now_panel
    assert f'data-highlight="{runnable.highlight}"' in now_panel


def test_submitting_from_the_page_in_such_a_language_is_refused(
    client_in: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    exercise = make_exercise(language=coming.key)
    response = client_in.post(
        reverse("execution:submission_create", args=[exercise.id]),
        {"source": "x"},
        headers={"HX-Request": "true"},
    )
    assert escape(_coming(coming)) in response.content.decode()
    assert Submission.objects.count() == 0


def test_a_front_end_that_fails_to_import_is_logged_and_refused_never_a_500(
    client: Client, user: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = registry.get(compiled_keys()[-1])
    assert broken is not None
    fake_frontends(monkeypatch, broken=(broken.key,))
    with pytest.raises(ImportError):
        broken.available  # noqa: B018 - the registry itself raises: it never reports "not available"
    reason = f"{broken.name} programs cannot run right now: its compiler failed to load"
    with caplog.at_level(logging.ERROR, logger="ancient_compute.lib.languages"):
        listed = {lang["key"]: lang for lang in client.get("/api/v1/languages").json()}
        page = client.get(reverse("execution:playground"), {"language": broken.key, "source": "x"})
        client.force_login(user)
        refused = client.post(reverse("execution:run_create"), {"language": broken.key, "source": "x"})
    assert listed[broken.key]["available"] is False and listed[broken.key]["reason"].startswith(reason)
    assert page.status_code == 200 and escape(reason) in page.content.decode()
    assert f"{escape(broken.name)} (compiler failed to load)</option>" in page.content.decode()
    assert refused.status_code == 400 and escape(reason) in refused.content.decode()
    failures = [r for r in caplog.records if r.levelno == logging.ERROR and broken.key in r.getMessage()]
    assert failures and all(r.exc_info for r in failures)  # with the import's traceback
