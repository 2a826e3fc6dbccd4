"""The pages, through the real views: the gallery and its search, a program's page with its last run's
statistics, saving from the playground and from a run, editing, forking, starring, versions, the lesson's
featured programs, and privacy (a private program is a 404 to others)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from accounts.tests.factories import UserFactory
from curriculum.tests.factories import LessonFactory
from execution.models import Run
from programs.models import Program, Star
from programs.tests.factories import FeaturedProgramFactory, ProgramFactory, StarFactory

pytestmark = pytest.mark.django_db

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"


def test_the_navigation_links_to_the_gallery(client: Client) -> None:
    page = client.get("/").content.decode()
    assert f'href="{reverse("programs:gallery")}"' in page


def test_the_gallery_lists_public_programs_only_and_searches_them(client: Client) -> None:
    ProgramFactory.create(title="Euclid's algorithm", description="The greatest common divisor.")
    ProgramFactory.create(
        title="Factorial", source="; multiply the numbers down to one\nHALT\n", tags=["recursion"]
    )
    ProgramFactory.create(title="My secret", is_public=False)
    page = client.get("/programs/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Euclid&#x27;s algorithm" in text and "Factorial" in text and "My secret" not in text
    assert "2 programs" in text

    found = client.get("/programs/", {"q": "divisor"}).content.decode()
    assert "Euclid" in found and "Factorial" not in found and "1 program matching" in found
    found = client.get("/programs/", {"q": "multiply"}).content.decode()  # words of the source
    assert "Factorial" in found and "Euclid" not in found
    tagged = client.get("/programs/", {"tag": "recursion"}).content.decode()
    assert "Factorial" in tagged and "Euclid" not in tagged
    none = client.get("/programs/", {"q": "secret"}).content.decode()
    assert "No public program matches" in none


def test_the_gallery_orders_by_stars_and_pages(client: Client) -> None:
    popular = ProgramFactory.create(title="Popular")
    StarFactory.create(program=popular)
    for n in range(21):
        ProgramFactory.create(title=f"Plain {n}")
    first = client.get("/programs/", {"sort": "stars"}).content.decode()
    assert first.index("Popular") < first.index("Plain")
    assert "Page 1 of 2" in first and 'rel="next" href="?sort=stars&amp;page=2"' in first
    second = client.get("/programs/", {"sort": "stars", "page": "2"}).content.decode()
    assert "Page 2 of 2" in second and "Popular" not in second
    assert client.get("/programs/", {"page": "99", "sort": "nonsense"}).status_code == 200  # the last page


def test_the_gallery_answers_htmx_with_the_results_only(client: Client) -> None:
    ProgramFactory.create(title="Euclid")
    fragment = client.get("/programs/", {"q": "euclid"}, headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith('<div id="gallery-results">') and "Euclid" in fragment
    assert "<html" not in fragment


def test_a_private_program_is_a_404_to_others(client: Client, ada: Any) -> None:
    secret = ProgramFactory.create(owner=ada, is_public=False)
    assert client.get(f"/programs/{secret.pk}/").status_code == 404
    charles = UserFactory.create(username="charles")
    client.force_login(charles)
    for url in (f"/programs/{secret.pk}/", f"/programs/{secret.pk}/versions/1/"):
        assert client.get(url).status_code == 404
    assert client.post(f"/programs/{secret.pk}/fork/").status_code == 404
    assert client.post(f"/programs/{secret.pk}/star/", {"starred": "1"}).status_code == 404
    client.force_login(ada)
    assert client.get(f"/programs/{secret.pk}/").status_code == 200


def test_saving_from_the_playground_opens_the_form_with_the_program(ada_client: Client, ada: Any) -> None:
    playground = ada_client.get("/playground/").content.decode()
    assert f'formaction="{reverse("programs:program_draft")}">Save</button>' in playground
    answer = ada_client.post("/programs/draft/", {"language": "assembly", "source": HELLO})
    assert answer.status_code == 302 and answer["Location"] == "/programs/new/"
    form = ada_client.get("/programs/new/").content.decode()
    assert "PRINT 42" in form and '<option value="assembly" data-highlight' in form
    assert (
        'value="assembly" data-highlight="' in form
        and "selected" in form.split('value="assembly"')[1].split(">")[0]
    )
    # Through htmx (the playground's form posts with it), the page goes to the form.
    hx = ada_client.post(
        "/programs/draft/", {"language": "assembly", "source": HELLO}, headers={"HX-Request": "true"}
    )
    assert hx["HX-Redirect"] == "/programs/new/"

    saved = ada_client.post(
        "/programs/new/",
        {"title": "The answer", "language": "assembly", "source": HELLO, "tags": "demo", "is_public": "on"},
    )
    program = Program.objects.get()
    assert saved["Location"] == f"/programs/{program.pk}/"
    assert (program.owner, program.is_public, program.source) == (ada, True, HELLO)
    page = ada_client.get(saved["Location"]).content.decode()
    assert "The answer" in page and "Version 1" in page and "Not run yet" in page


def test_a_bad_save_shows_the_form_again_with_the_reason(ada_client: Client) -> None:
    answer = ada_client.post(
        "/programs/new/", {"title": "T", "language": "assembly", "source": HELLO, "tags": "a/b"}
    )
    assert answer.status_code == 400
    assert "a tag is a word of letters" in answer.content.decode()
    assert not Program.objects.exists()


def test_saving_from_a_run_keeps_the_runs_statistics(
    ada_client: Client, ada: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        created = ada_client.post("/runs/", {"language": "assembly", "source": HELLO})
    run = Run.objects.get()
    run_page = ada_client.get(created["Location"]).content.decode()
    assert f'action="{reverse("programs:program_draft")}"' in run_page and f'value="{run.id}"' in run_page
    ada_client.post("/programs/draft/", {"run": str(run.id)})
    form = ada_client.get("/programs/new/").content.decode()
    assert f'name="run" value="{run.id}"' in form and "PRINT 42" in form
    saved = ada_client.post(
        "/programs/new/", {"title": "Run kept", "language": "assembly", "source": HELLO, "run": str(run.id)}
    )
    program = Program.objects.get()
    assert program.last_run_id == run.id
    page = ada_client.get(saved["Location"]).content.decode()
    assert 'data-instructions="3"' in page and "Completed" in page


def test_someone_elses_run_cannot_be_saved(
    ada_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    from execution.services import run_create

    with django_capture_on_commit_callbacks(execute=True):
        run = run_create(user=UserFactory.create(username="charles"), language="assembly", source=HELLO)
    assert ada_client.post("/programs/draft/", {"run": str(run.id)}).status_code == 404


def test_running_from_the_program_page_shows_its_statistics(
    ada_client: Client, ada: Any, django_capture_on_commit_callbacks: Any
) -> None:
    program = ProgramFactory.create(owner=ada, source=HELLO)
    with django_capture_on_commit_callbacks(execute=True):
        answer = ada_client.post(f"/programs/{program.pk}/run/", {"stdin": "5\r\n6\r\n"})
    run = Run.objects.get()
    assert answer["Location"] == f"/runs/{run.id}/"
    assert run.stdin == "5\n6\n"  # the textarea's lines as typed (a browser submits them ended by \r\n)
    page = ada_client.get(f"/programs/{program.pk}/").content.decode()
    assert 'data-instructions="3"' in page and f"/runs/{run.id}/" in page


def test_editing_keeps_every_version_and_shows_the_changes(ada_client: Client, ada: Any) -> None:
    program = ProgramFactory.create(owner=ada, source=HELLO, title="Answer")
    form = ada_client.get(f"/programs/{program.pk}/edit/").content.decode()
    assert "PRINT 42" in form and 'name="language"' not in form
    answer = ada_client.post(
        f"/programs/{program.pk}/edit/",
        {"title": "Answer", "source": "PRINT 43\nPRINTC 10\nHALT\n", "tags": "", "description": ""},
    )
    assert answer.status_code == 302
    page = ada_client.get(f"/programs/{program.pk}/").content.decode()
    assert "Version 2" in page and "Version 1" in page
    version = ada_client.get(f"/programs/{program.pk}/versions/2/").content.decode()
    assert "Changes since version 1" in version and "PRINT 43" in version and "diff-removed" in version
    assert ada_client.get(f"/programs/{program.pk}/versions/9/").status_code == 404


def test_only_the_owner_edits_runs_or_deletes(client: Client, ada: Any) -> None:
    program = ProgramFactory.create(owner=ada, is_public=True)
    client.force_login(UserFactory.create(username="charles"))
    assert client.get(f"/programs/{program.pk}/edit/").status_code == 404
    assert (
        client.post(f"/programs/{program.pk}/edit/", {"title": "Mine", "source": "HALT\n"}).status_code == 404
    )
    assert client.post(f"/programs/{program.pk}/run/").status_code == 404
    assert client.post(f"/programs/{program.pk}/delete/").status_code == 404
    assert Program.objects.get().title == program.title


def test_forking_and_starring_from_the_page(client: Client, ada: Any) -> None:
    origin = ProgramFactory.create(owner=ada, title="Origin")
    charles = UserFactory.create(username="charles")
    client.force_login(charles)
    forked = client.post(f"/programs/{origin.pk}/fork/")
    fork = Program.objects.get(owner=charles)
    assert forked["Location"] == f"/programs/{fork.pk}/"
    page = client.get(forked["Location"]).content.decode()
    assert f'data-origin="{origin.pk}"' in page and "Private" in page

    for _ in range(2):  # the same post twice: one star
        client.post(f"/programs/{origin.pk}/star/", {"starred": "1"})
    assert Star.objects.filter(program=origin).count() == 1
    fragment = client.post(f"/programs/{origin.pk}/star/", {"starred": "0"}, headers={"HX-Request": "true"})
    assert 'id="program-star"' in fragment.content.decode() and "☆ Star" in fragment.content.decode()
    assert not Star.objects.exists()
    assert client.post(f"/programs/{origin.pk}/star/", {"starred": "maybe"}).status_code == 400


def test_visitors_read_public_programs_and_are_asked_to_sign_in_to_save(client: Client) -> None:
    program = ProgramFactory.create()
    page = client.get(f"/programs/{program.pk}/")
    assert page.status_code == 200 and "Sign in to star or fork" in page.content.decode()
    assert client.post("/programs/draft/", {"language": "c", "source": "x"})["Location"].startswith(
        "/accounts/login/"
    )


def test_a_lesson_shows_the_public_programs_featured_in_it(client: Client) -> None:
    lesson = LessonFactory.create()
    shown = FeaturedProgramFactory.create(
        lesson=lesson, program=ProgramFactory.create(title="Read me"), note="A neat loop."
    )
    FeaturedProgramFactory.create(
        lesson=lesson, program=ProgramFactory.create(title="Gone private", is_public=False)
    )
    page = client.get(f"/course/{lesson.module.slug}/{lesson.slug}/").content.decode()
    assert "Programs to read" in page and "Read me" in page and "A neat loop." in page
    assert f"/programs/{shown.program.pk}/" in page and "Gone private" not in page


def test_a_lesson_without_featured_programs_shows_no_section(client: Client) -> None:
    lesson = LessonFactory.create()
    assert (
        "Programs to read" not in client.get(f"/course/{lesson.module.slug}/{lesson.slug}/").content.decode()
    )


def test_page_saves_are_throttled_with_the_apis(ada_client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "programs", "1/min")
    data = {"title": "T", "language": "assembly", "source": HELLO}
    assert ada_client.post("/programs/new/", data).status_code == 302
    refused = ada_client.post("/programs/new/", data)
    assert refused.status_code == 429 and "try again in" in refused.content.decode()
    assert int(refused["Retry-After"]) >= 1
    assert Program.objects.count() == 1


def test_your_programs_lists_private_ones_and_the_owner_deletes_one(ada_client: Client, ada: Any) -> None:
    secret = ProgramFactory.create(owner=ada, title="Secret", is_public=False)
    ProgramFactory.create(title="Someone else's")
    page = ada_client.get("/programs/mine/").content.decode()
    assert "Secret" in page and "Someone else" not in page
    assert ada_client.post(f"/programs/{secret.pk}/delete/")["Location"] == "/programs/mine/"
    assert not Program.objects.filter(pk=secret.pk).exists()


def test_a_fork_of_a_program_made_private_since_shows_no_link_to_it(client: Client, ada: Any) -> None:
    origin = ProgramFactory.create(owner=ada, title="Origin")
    charles = UserFactory.create(username="charles")
    client.force_login(charles)
    fork_url = client.post(f"/programs/{origin.pk}/fork/")["Location"]
    Program.objects.filter(pk=origin.pk).update(is_public=False)
    page = client.get(fork_url).content.decode()
    assert "a fork" in page and f"/programs/{origin.pk}/" not in page
