"""The OpenAPI schema is valid and tells the truth: the error shape on every operation that can answer
with it, page envelopes on lists, the registry's languages, ?wait as a boolean; and the API's real
error answers match the documented shape."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from django.test import Client
from drf_spectacular.validation import validate_schema

from compilers import registry

pytestmark = pytest.mark.django_db

BODY_METHODS = {"post", "put", "patch"}


@pytest.fixture
def schema(client: Client) -> dict[str, Any]:
    response = client.get("/api/v1/schema/", headers={"Accept": "application/vnd.oai.openapi+json"})
    assert response.status_code == 200
    return response.json()


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, ops in schema["paths"].items() for method, op in ops.items()]


def error_schema(schema: dict[str, Any]) -> dict[str, Any]:
    # The component as a standalone JSON Schema (it references nothing else).
    return schema["components"]["schemas"]["Error"]


def test_the_schema_is_valid_openapi(schema: dict[str, Any]) -> None:
    validate_schema(schema)  # raises on any violation of the OpenAPI 3 JSON Schema


def test_the_error_component_is_the_one_shape(schema: dict[str, Any]) -> None:
    error = error_schema(schema)
    assert set(error["properties"]) == {"code", "message", "extra"}
    assert set(error["required"]) == {"code", "message", "extra"}
    assert error["properties"]["extra"]["type"] == "object"


def test_every_operation_lists_the_errors_it_can_answer_with(schema: dict[str, Any]) -> None:
    ops = operations(schema)
    assert len(ops) >= 15
    for method, path, op in ops:
        responses = op["responses"]
        expected = {"401", "429", "503"}
        if method in BODY_METHODS:
            expected |= {"400", "413"}
        if "{" in path:
            expected.add("404")
        assert expected <= set(responses), (method, path, sorted(responses))
        for code, response in responses.items():
            if code >= "400":
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref == "#/components/schemas/Error", (method, path, code)
                assert response["description"], (method, path, code)


def test_lists_are_documented_in_their_page_envelope(schema: dict[str, Any]) -> None:
    for path in ["/api/v1/runs", "/api/v1/submissions", "/api/v1/modules", "/api/v1/me/progress"]:
        get = schema["paths"][path]["get"]
        ref = get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        envelope = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
        assert {"count", "next", "previous", "results"} <= set(envelope["properties"]), path
        assert envelope["properties"]["results"]["type"] == "array"
        assert {p["name"] for p in get["parameters"]} >= {"page", "page_size"}, path
        assert "404" in get["responses"], path  # a page past the end


def test_languages_are_the_registrys_enum(schema: dict[str, Any]) -> None:
    components = schema["components"]["schemas"]
    assert components["LanguageEnum"]["enum"] == list(registry.keys())
    language_ref = {"$ref": "#/components/schemas/LanguageEnum"}
    run_input = components["RunInputRequest"]["properties"]["language"]
    assert run_input == language_ref or language_ref in run_input.get("allOf", [])
    assert language_ref in components["Language"]["properties"]["key"].get("allOf", [language_ref])


def test_wait_is_a_boolean_query_parameter(schema: dict[str, Any]) -> None:
    for path in ["/api/v1/runs", "/api/v1/exercises/{exercise_id}/submissions"]:
        parameters = {p["name"]: p for p in schema["paths"][path]["post"]["parameters"]}
        assert parameters["wait"]["in"] == "query"
        assert parameters["wait"]["schema"] == {"type": "boolean"}


def test_a_wait_that_is_not_a_boolean_is_refused_before_any_run(
    client: Client, django_user_model: Any
) -> None:
    from execution.models import Run

    client.force_login(django_user_model.objects.create_user(username="ada", password="engine-1843"))
    response = client.post(
        "/api/v1/runs?wait=perhaps",
        {"language": "c", "source": "int main(void){return 0;}"},
        "application/json",
    )
    assert response.status_code == 400
    assert "wait" in response.json()["extra"]["fields"]
    assert not Run.objects.exists()


def test_real_error_answers_match_the_documented_shape(
    client: Client, schema: dict[str, Any], django_user_model: Any
) -> None:
    shape = error_schema(schema)
    answers = [
        client.get("/api/v1/runs"),  # 401: not signed in
        client.get("/api/v1/me/progress", headers={"Authorization": "Bearer nonsense"}),  # 401: bad token
        client.get("/api/v1/no-such-endpoint"),  # 404
        client.post("/api/v1/auth/token/", "{", content_type="application/json"),  # 400: malformed
        client.post("/api/v1/auth/token/", {}, content_type="application/json"),  # 400: invalid
    ]
    client.force_login(django_user_model.objects.create_user(username="ada", password="engine-1843"))
    answers += [
        client.get("/api/v1/runs/00000000-0000-0000-0000-000000000000"),  # 404: no such run
        client.get("/api/v1/runs?page=99"),  # 404: past the last page
        client.post("/api/v1/runs", {"language": "cobol", "source": "x"}, "application/json"),  # 400
    ]
    for answer in answers:
        assert 400 <= answer.status_code < 500
        jsonschema.validate(answer.json(), shape)
