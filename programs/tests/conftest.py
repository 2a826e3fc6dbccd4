from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    cache.clear()  # throttle counters live in the cache
    yield
    cache.clear()


@pytest.fixture
def ada() -> Any:
    return UserFactory.create(username="ada")


@pytest.fixture
def charles() -> Any:
    return UserFactory.create(username="charles")


@pytest.fixture
def ada_client(client: Client, ada: Any) -> Client:
    client.force_login(ada)
    return client


@pytest.fixture
def ada_api(ada: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(ada)
    return api


@pytest.fixture
def charles_api(charles: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(charles)
    return api
