"""ASGI entry point for Daphne: HTTP through Django, WebSockets through Channels' router."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ancient_compute.settings.local")

from ancient_compute.lib.request_threads import get_asgi_application

# Django must be set up before anything imports models (the consumers do). Its handler, with the threads
# that run requests kept from one request to the next (request_threads.py).
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from ancient_compute.lib.bounded import start_compile_server  # noqa: E402
from ancient_compute.lib.reason_phrases import reason_phrases_install  # noqa: E402
from ancient_compute.lib.tasks import start_schedule  # noqa: E402
from ancient_compute.routing import websocket_urlpatterns  # noqa: E402

# Daphne's status lines name every code the site sends ("429 Too Many Requests", not "Unknown Status").
reason_phrases_install()

# Embedded mode has no beat: this serving process runs the periodic tasks (the sweep of stuck runs) itself.
start_schedule()
# The bounded compiles' forkserver prepares the compilers now, not while the first compile waits for it.
start_compile_server()

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)
