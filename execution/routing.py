from __future__ import annotations

from django.urls import path

from execution.consumers import RunOutputConsumer

websocket_urlpatterns = [
    path("ws/runs/<uuid:run_id>/", RunOutputConsumer.as_asgi()),
]
