"""Imported by the bounded compiles' forkserver (bounded.py) when it starts: the front-ends and the
runtime are prepared once there, so that every compile's child starts with them instead of paying them."""

from __future__ import annotations

from compilers import driver, registry


def _runnable() -> tuple[str, ...]:
    keys = []
    for language in registry.LANGUAGES:
        try:
            if language.available:
                keys.append(language.key)
        except Exception:  # a front-end that fails to import: its compiles report it, as elsewhere
            continue
    return tuple(keys)


driver.preload(_runnable())
