"""Imported by the bounded compiles' forkserver (bounded.py) when it starts: the front-ends and the
runtime are prepared once there, so that every compile's child starts with them instead of paying them."""

from __future__ import annotations

from compilers import driver, registry

driver.preload(tuple(language.key for language in registry.available()))
