"""Sharing a program from the playground: the link carries a short id, never the source, so programs of
any size can be shared. (A run is shared by making it public: test_public_runs.py.)"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from execution.models import SharedProgram

pytestmark = pytest.mark.django_db

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"
# Far past the ~12 KB at which a link carrying the source broke.
LONG = "".join(f"PRINT {n}\nPRINTC 10\n" for n in range(4000)) + "HALT\n"


def test_the_playground_shares_a_program_under_a_short_link(client_in: Client) -> None:
    response = client_in.post(reverse("execution:share_create"), {"language": "assembly", "source": LONG})
    shared = SharedProgram.objects.get()
    link = reverse("execution:playground_shared", args=[shared.id])
    assert response.status_code == 302 and response["Location"] == link
    assert len(link) < 40 and "PRINT" not in link
    assert (shared.language, shared.source, shared.run) == ("assembly", LONG, None)

    # Anyone with the link reads the program, signed in or not.
    page = Client().get(link)
    assert page.status_code == 200
    html = page.content.decode()
    assert '<option value="assembly" data-highlight="babbage" selected>' in html
    assert "PRINT 3999" in html
    assert f'value="http://testserver{link}"' in html  # the link to copy
    # The program's link is not a run's: /s/<id>/ sends it to the playground.
    assert Client().get(reverse("execution:share_link", args=[shared.id]))["Location"] == link


def test_the_same_program_shared_twice_has_one_link(client_in: Client) -> None:
    first = client_in.post(reverse("execution:share_create"), {"language": "assembly", "source": HELLO})
    again = client_in.post(reverse("execution:share_create"), {"language": "assembly", "source": HELLO})
    assert first["Location"] == again["Location"]
    assert SharedProgram.objects.count() == 1


def test_the_playground_shares_what_its_form_holds(client_in: Client) -> None:
    response = client_in.post(
        reverse("execution:share_create"),
        {"language": "assembly", "source": HELLO, "stdin": ""},
        headers={"HX-Request": "true"},
    )
    shared = SharedProgram.objects.get()
    # Through htmx the page itself goes to the link (the form's target is the run panel).
    assert response.status_code == 200
    assert response["HX-Redirect"] == reverse("execution:playground_shared", args=[shared.id])
    playground = client_in.get(reverse("execution:playground")).content.decode()
    assert f'formaction="{reverse("execution:share_create")}"' in playground


def test_sharing_needs_an_account(client: Client) -> None:
    response = client.post(reverse("execution:share_create"), {"language": "assembly", "source": HELLO})
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    assert not SharedProgram.objects.exists()


def test_a_program_that_is_not_valid_is_not_shared(client_in: Client) -> None:
    response = client_in.post(reverse("execution:share_create"), {"language": "cobol", "source": HELLO})
    assert response.status_code == 400
    assert "Unknown language" in response.content.decode()
    empty = client_in.post(reverse("execution:share_create"), {"language": "assembly", "source": "  "})
    assert empty.status_code == 400
    assert not SharedProgram.objects.exists()


def test_an_unknown_share_link_is_404(client: Client) -> None:
    assert client.get(reverse("execution:playground_shared", args=["no-such-id"])).status_code == 404


def test_sharing_is_throttled_per_user(client_in: Client, settings: Any) -> None:
    settings.SHARE_THROTTLE_RATE = "2/min"
    for n in range(2):
        answer = client_in.post(
            reverse("execution:share_create"), {"language": "assembly", "source": f"{HELLO}\n{n}"}
        )
        assert answer.status_code == 302
    refused = client_in.post(
        reverse("execution:share_create"), {"language": "assembly", "source": HELLO + "x"}
    )
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "shared many programs" in refused.content.decode()
    assert SharedProgram.objects.count() == 2
