from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    # The log-in throttle lives in the cache: each test starts with no failures counted.
    cache.clear()
    yield
    cache.clear()
