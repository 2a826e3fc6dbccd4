"""The API against its own schema, with Schemathesis: generated requests to every operation, signed in
with a JWT, answered without a server error and as the schema says (status codes, content types, bodies).

Bounded: a fixed number of examples per operation, derandomised so that a failure repeats.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import schemathesis
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

# Transactional: each request ends as a served request does (its connection closed and given back to the
# pool in services mode), which a test wrapped in one transaction cannot allow.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

_raw = SchemaGenerator().get_schema(request=None, public=True)
schema = schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(_raw)))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def app() -> WSGIHandler:
    return WSGIHandler()


@pytest.fixture
def token(django_user_model: Any, client: Any) -> str:
    django_user_model.objects.create_user(username="fuzz", password="Analytical-Engine-1843")
    answer = client.post(
        "/api/v1/auth/token/", {"username": "fuzz", "password": "Analytical-Engine-1843"}, "application/json"
    )
    return str(answer.json()["access"])


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_the_api_answers_as_its_schema_says(case: Any, app: WSGIHandler, token: str) -> None:
    cache.clear()  # the throttles count in the cache: each example is answered, not refused as too many
    case.call_and_validate(app=app, headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)
