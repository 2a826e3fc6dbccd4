"""Every WebSocket route of the site. Apps that serve WebSockets expose `websocket_urlpatterns`."""

from __future__ import annotations

from execution.routing import websocket_urlpatterns as execution_websockets

websocket_urlpatterns = [*execution_websockets]
