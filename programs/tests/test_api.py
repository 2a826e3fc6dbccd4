"""/api/v1/programs: the gallery and your programs, a program, saving, editing, versions, forking,
starring; the one error shape, privacy (a private program is a 404 to others) and the write throttle."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient
from rest_framework.throttling import ScopedRateThrottle

from programs.models import Program, Star
from programs.tests.factories import ProgramFactory, StarFactory

pytestmark = pytest.mark.django_db

HELLO = "PRINT 42\nPRINTC 10\nHALT\n"


def _error(response: Any) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"code", "message", "extra"}, body
    return body


def test_save_read_and_list_a_program(ada_api: APIClient) -> None:
    created = ada_api.post(
        "/api/v1/programs",
        {"title": "Answer", "language": "assembly", "source": HELLO, "tags": ["Demo"], "is_public": True},
        format="json",
    )
    assert created.status_code == 201
    body = created.json()
    assert body["tags"] == ["demo"] and body["version"] == 1 and body["forked_from"] is None
    assert (body["owner"], body["star_count"], body["starred"], body["last_run"]) == ("ada", 0, False, None)
    assert ada_api.get(f"/api/v1/programs/{body['id']}").json()["source"] == HELLO
    listed = APIClient().get("/api/v1/programs").json()  # a visitor reads the gallery
    assert listed["count"] == 1 and listed["results"][0]["title"] == "Answer"
    assert "source" not in listed["results"][0]  # summaries in lists


def test_validation_errors_have_the_error_shape(ada_api: APIClient) -> None:
    missing = ada_api.post("/api/v1/programs", {"language": "assembly"}, format="json")
    assert missing.status_code == 400
    body = _error(missing)
    assert body["code"] == "invalid" and {"title", "source"} <= set(body["extra"]["fields"])
    unknown = _error(
        ada_api.post("/api/v1/programs", {"title": "T", "language": "cobol", "source": HELLO}, format="json")
    )
    assert unknown["code"] == "unknown_language" and "language" in unknown["extra"]["fields"]
    bad_tag = _error(
        ada_api.post(
            "/api/v1/programs",
            {"title": "T", "language": "assembly", "source": HELLO, "tags": ["a b"]},
            format="json",
        )
    )
    assert bad_tag["code"] == "invalid" and "tags" in bad_tag["extra"]["fields"]
    bad_sort = ada_api.get("/api/v1/programs", {"sort": "sideways"})
    assert bad_sort.status_code == 400 and "sort" in _error(bad_sort)["extra"]["fields"]
    assert not Program.objects.exists()


def test_a_private_program_is_a_404_to_others(ada: Any, ada_api: APIClient, charles_api: APIClient) -> None:
    secret = ProgramFactory.create(owner=ada, is_public=False)
    for answer in (
        charles_api.get(f"/api/v1/programs/{secret.pk}"),
        charles_api.get(f"/api/v1/programs/{secret.pk}/versions"),
        charles_api.post(f"/api/v1/programs/{secret.pk}/fork"),
        charles_api.put(f"/api/v1/programs/{secret.pk}/star"),
        charles_api.patch(f"/api/v1/programs/{secret.pk}", {"title": "Mine"}, format="json"),
        APIClient().get(f"/api/v1/programs/{secret.pk}"),
    ):
        assert answer.status_code == 404
        assert _error(answer)["code"] == "program_not_found"
    assert charles_api.get("/api/v1/programs").json()["count"] == 0
    mine = ada_api.get("/api/v1/programs", {"mine": "true"}).json()
    assert [p["id"] for p in mine["results"]] == [secret.pk]
    assert APIClient().get("/api/v1/programs", {"mine": "true"}).status_code == 401


def test_only_the_owner_changes_a_public_program(
    ada: Any, ada_api: APIClient, charles_api: APIClient
) -> None:
    program = ProgramFactory.create(owner=ada, is_public=True)
    assert (
        charles_api.patch(f"/api/v1/programs/{program.pk}", {"title": "Mine"}, format="json").status_code
        == 404
    )
    assert charles_api.delete(f"/api/v1/programs/{program.pk}").status_code == 404
    changed = ada_api.patch(f"/api/v1/programs/{program.pk}", {"source": "PRINT 1\nHALT\n"}, format="json")
    assert changed.status_code == 200 and changed.json()["version"] == 2
    versions = ada_api.get(f"/api/v1/programs/{program.pk}/versions").json()["results"]
    assert [(v["number"], v["source"]) for v in versions] == [(2, "PRINT 1\nHALT\n"), (1, program.source)]
    assert ada_api.delete(f"/api/v1/programs/{program.pk}").status_code == 204
    assert not Program.objects.exists()


def test_a_fork_keeps_its_origin(ada: Any, charles: Any, charles_api: APIClient) -> None:
    origin = ProgramFactory.create(owner=ada, is_public=True, tags=["maths"])
    forked = charles_api.post(f"/api/v1/programs/{origin.pk}/fork")
    assert forked.status_code == 201
    body = forked.json()
    assert (body["forked_from"], body["owner"], body["is_public"], body["tags"]) == (
        origin.pk,
        "charles",
        False,
        ["maths"],
    )
    assert Program.objects.get(pk=body["id"]).forked_from == origin
    assert APIClient().post(f"/api/v1/programs/{origin.pk}/fork").status_code in (401, 403)


def test_star_toggling_is_idempotent(ada: Any, charles_api: APIClient) -> None:
    program = ProgramFactory.create(owner=ada)
    StarFactory.create(program=program)  # someone else's star
    for _ in range(2):
        starred = charles_api.put(f"/api/v1/programs/{program.pk}/star")
        assert starred.status_code == 200 and starred.json() == {"starred": True, "star_count": 2}
    assert charles_api.get(f"/api/v1/programs/{program.pk}").json()["starred"] is True
    for _ in range(2):
        unstarred = charles_api.delete(f"/api/v1/programs/{program.pk}/star")
        assert unstarred.json() == {"starred": False, "star_count": 1}
    assert Star.objects.count() == 1


def test_the_gallery_filters_searches_and_orders(ada_api: APIClient) -> None:
    euclid = ProgramFactory.create(title="Euclid", description="greatest common divisor", tags=["maths"])
    loop = ProgramFactory.create(title="Loop", source="; count down\nHALT\n", language="assembly")
    StarFactory.create(program=euclid)

    def ids(**params: Any) -> list[int]:
        return [p["id"] for p in ada_api.get("/api/v1/programs", params).json()["results"]]

    assert ids() == [loop.pk, euclid.pk]
    assert ids(sort="stars") == [euclid.pk, loop.pk]
    assert ids(q="divisor") == [euclid.pk]
    assert ids(q="count") == [loop.pk]
    assert ids(tag="maths") == [euclid.pk]
    assert ids(language="c") == []
    paged = ada_api.get("/api/v1/programs", {"page_size": 1, "page": 2}).json()
    assert paged["count"] == 2 and [p["id"] for p in paged["results"]] == [euclid.pk]


def test_writes_are_throttled_in_the_error_shape(ada_api: APIClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ScopedRateThrottle.THROTTLE_RATES, "programs", "2/min")
    body = {"title": "T", "language": "assembly", "source": HELLO}
    assert [ada_api.post("/api/v1/programs", body, format="json").status_code for _ in range(2)] == [201, 201]
    refused = ada_api.post("/api/v1/programs", body, format="json")
    assert refused.status_code == 429
    assert _error(refused)["code"] == "throttled"
    assert ada_api.get("/api/v1/programs").status_code == 200  # reading is not counted


def test_the_schema_documents_the_programs_api(client: Any) -> None:
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    paths = schema["paths"]
    for path in (
        "/api/v1/programs",
        "/api/v1/programs/{program_id}",
        "/api/v1/programs/{program_id}/fork",
        "/api/v1/programs/{program_id}/star",
        "/api/v1/programs/{program_id}/versions",
    ):
        assert path in paths, path
    assert {"get", "post"} <= set(paths["/api/v1/programs"])
    assert "404" in paths["/api/v1/programs/{program_id}"]["get"]["responses"]
    assert "429" in paths["/api/v1/programs"]["post"]["responses"]
