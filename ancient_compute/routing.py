"""Every WebSocket route of the site, gathered from the apps."""

from __future__ import annotations

import importlib
from typing import Any

# Apps that serve WebSockets expose `websocket_urlpatterns` in their routing module.
_ROUTING_MODULES = ("execution.routing",)


def _collect() -> list[Any]:
    patterns: list[Any] = []
    for name in _ROUTING_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        patterns.extend(module.websocket_urlpatterns)
    return patterns


websocket_urlpatterns = _collect()
