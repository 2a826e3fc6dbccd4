"""A run is private until its owner makes it public; then it has a short share link that anyone may open,
read-only; made private again, the link is gone. Through the real pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from execution.models import Run, SharedProgram
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"


def finished_run(client: Client, on_commit: Any, source: str = HELLO) -> Run:
    with on_commit(execute=True):
        client.post(reverse("execution:run_create"), {"language": "assembly", "source": source})
    run = Run.objects.latest("created_at")
    assert run.status == "completed"
    return run


def visibility(client: Client, run: Run, public: str) -> Any:
    return client.post(reverse("execution:run_visibility", args=[run.id]), {"public": public})


def test_a_run_is_private_until_its_owner_makes_it_public(
    client_in: Client, on_commit: Any, other_user: Any
) -> None:
    run = finished_run(client_in, on_commit)
    page = client_in.get(reverse("execution:run_detail", args=[run.id])).content.decode()
    assert "Private" in page and "Make public" in page
    assert not SharedProgram.objects.exists()  # private is the default: no link exists

    response = visibility(client_in, run, "1")
    assert response.status_code == 302
    assert response["Location"] == reverse("execution:run_detail", args=[run.id])
    shared = SharedProgram.objects.get(run=run)
    link = reverse("execution:share_link", args=[shared.id])
    assert link == f"/s/{shared.id}/" and len(link) < 20
    page = client_in.get(reverse("execution:run_detail", args=[run.id])).content.decode()
    assert f'value="http://testserver{link}"' in page and "Make private" in page

    # Anyone opens it, read-only: the program, the output, the statistics; no control, no owner's link.
    visitor = Client()
    public = visitor.get(link)
    assert public.status_code == 200
    html = public.content.decode()
    assert "PRINT 42" in html and "42\n</pre>" in html and "Completed" in html
    assert "Engine time" in html
    assert "Make private" not in html and "Make public" not in html
    assert reverse("execution:run_visibility", args=[run.id]) not in html
    assert reverse("execution:run_detail", args=[run.id]) not in html  # the owner's page is private
    assert "<form" not in html.split("<main", 1)[1].split("</main>")[0]  # nothing to post
    # The run itself is still its owner's: a visitor is sent to log in, another user finds nothing.
    assert visitor.get(reverse("execution:run_detail", args=[run.id])).status_code == 302
    stranger = Client()
    stranger.force_login(other_user)
    assert stranger.get(reverse("execution:run_detail", args=[run.id])).status_code == 404
    assert stranger.get(link).status_code == 200

    # Public again: the same link.
    visibility(client_in, run, "1")
    assert SharedProgram.objects.get(run=run).id == shared.id

    # Private again: the link answers 404 for everyone, the owner included.
    visibility(client_in, run, "0")
    assert not SharedProgram.objects.filter(run=run).exists()
    assert visitor.get(link).status_code == 404
    assert client_in.get(link).status_code == 404
    assert "Make public" in client_in.get(reverse("execution:run_detail", args=[run.id])).content.decode()
    # Made public once more, it gets a new link: the old one never comes back.
    visibility(client_in, run, "1")
    assert SharedProgram.objects.get(run=run).id != shared.id


def test_only_the_owner_changes_a_runs_visibility(
    client: Client, client_in: Client, on_commit: Any, other_user: Any
) -> None:
    run = finished_run(client_in, on_commit)
    anonymous = Client().post(reverse("execution:run_visibility", args=[run.id]), {"public": "1"})
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    stranger = Client()
    stranger.force_login(other_user)
    assert visibility(stranger, run, "1").status_code == 404
    assert not SharedProgram.objects.exists()
    visibility(client_in, run, "1")
    assert visibility(stranger, run, "0").status_code == 404
    assert SharedProgram.objects.filter(run=run).exists()  # still public
    assert visibility(client_in, run, "yes").status_code == 400
    assert client_in.get(reverse("execution:run_visibility", args=[run.id])).status_code == 405


def test_a_run_that_has_not_ended_cannot_be_made_public(client_in: Client, user: Any) -> None:
    run = Run.objects.create(owner=user, language="assembly", source=HELLO, max_steps=100, max_output=100)
    page = client_in.get(reverse("execution:run_detail", args=[run.id])).content.decode()
    assert "Once it has ended you can make it public" in page
    response = visibility(client_in, run, "1")
    assert response.status_code == 302
    assert not SharedProgram.objects.exists()
    page = client_in.get(response["Location"]).content.decode()
    assert "make it public once it has" in page


def test_an_unknown_link_is_404(client: Client) -> None:
    assert client.get(reverse("execution:share_link", args=["nothing-here"])).status_code == 404


def test_a_public_submission_shows_its_visible_tests_only(client_in: Client, on_commit: Any) -> None:
    exercise = make_exercise(tests=[("", "41", True), ("", "HIDDEN-EXPECTED", False)])
    with on_commit(execute=True):
        client_in.post(reverse("execution:submission_create", args=[exercise.pk]), {"source": HELLO})
    run = Run.objects.get()
    visibility(client_in, run, "1")
    html = (
        Client().get(reverse("execution:share_link", args=[SharedProgram.objects.get().id])).content.decode()
    )
    assert "Wrong answer" in html and "Failing test: test 1" in html
    assert "HIDDEN-EXPECTED" not in html
    # A program's share link is not a run's: a public run's id opens its own page, not the playground.
    response = Client().get(reverse("execution:playground_shared", args=[SharedProgram.objects.get().id]))
    assert response.status_code == 302 and response["Location"].startswith("/s/")


def test_making_runs_public_is_throttled(client_in: Client, on_commit: Any, settings: Any) -> None:
    settings.SHARE_THROTTLE_RATE = "1/min"
    first, second = finished_run(client_in, on_commit), finished_run(client_in, on_commit, "PRINT 1\nHALT\n")
    visibility(client_in, first, "1")
    refused = visibility(client_in, second, "1")
    assert refused.status_code == 302 and 1 <= int(refused["Retry-After"]) <= 60
    assert not SharedProgram.objects.filter(run=second).exists()
    visibility(client_in, first, "0")  # making private is never refused
    assert not SharedProgram.objects.exists()


def test_an_api_client_makes_its_run_public_and_private(
    client_in: Client, on_commit: Any, user: Any, other_user: Any
) -> None:
    from rest_framework.test import APIClient

    run = finished_run(client_in, on_commit)
    api = APIClient()
    api.force_authenticate(user)
    made = api.post(f"/api/v1/runs/{run.id}/share")
    assert made.status_code == 200
    body = made.json()
    assert body == {"id": SharedProgram.objects.get(run=run).id, "url": f"http://testserver/s/{body['id']}/"}
    assert api.post(f"/api/v1/runs/{run.id}/share").json() == body  # already public: the same link
    assert Client().get(body["url"]).status_code == 200

    stranger = APIClient()
    stranger.force_authenticate(other_user)
    refused = stranger.delete(f"/api/v1/runs/{run.id}/share")
    assert refused.status_code == 404 and refused.json()["code"] == "run_not_found"
    assert api.delete(f"/api/v1/runs/{run.id}/share").status_code == 204
    assert Client().get(body["url"]).status_code == 404

    active = Run.objects.create(owner=user, language="assembly", source=HELLO, max_steps=9, max_output=9)
    conflict = api.post(f"/api/v1/runs/{active.id}/share")
    assert conflict.status_code == 409 and conflict.json()["code"] == "run_active"
    assert APIClient().post(f"/api/v1/runs/{run.id}/share").status_code == 401
