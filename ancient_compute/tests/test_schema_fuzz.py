"""The API against its own schema, with Schemathesis: generated requests to every operation, signed in
with a JWT, answered without a server error and as the schema says (status codes, content types, bodies).

Bounded: a fixed number of examples per operation, derandomised so that a failure repeats.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

_raw = SchemaGenerator().get_schema(request=None, public=True)
schema = schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(_raw)))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def app() -> Iterator[WSGIHandler]:
    # As Django's test client does: the requests run inside the test's transaction, whose connection a
    # request's end must not close.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


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
