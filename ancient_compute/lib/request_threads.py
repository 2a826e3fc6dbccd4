"""Django's ASGI handler, with the threads that run requests kept for the next request.

Under ASGI, Django runs a request's synchronous code (middleware, views, templates, the ORM) on a thread
of the request's own: its handler enters asgiref's ThreadSensitiveContext, which makes a new one-thread
executor for the request and, at the end, starts a second thread to join the first. Starting and joining
those two threads took most of a Daphne process's event-loop time under load (cProfile of one process
under `wrk` on /health: ThreadPoolExecutor.submit and shutdown were the top entries).

Here a request borrows a one-thread executor from the idle ones and gives it back when it ends. Each
request still has a thread of its own while it runs (a request that waits, a bounded compile say, holds
up no other), as in Django's handler; only the thread's start and join per request are gone. Thread-local
state that outlives a request on a kept thread is what a threaded WSGI server keeps too: Django's
database connection, which the request_finished signal returns to the pool (CONN_MAX_AGE = 0).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import django
from asgiref.sync import SyncToAsync, ThreadSensitiveContext, sync_to_async
from django.core.handlers.asgi import ASGIHandler

# Executors kept idle per process beyond this many are stopped (a burst of slow requests passed).
IDLE_THREADS_MAX = 32


class KeptThreadsASGIHandler(ASGIHandler):
    def __init__(self, idle_max: int = IDLE_THREADS_MAX) -> None:
        super().__init__()
        self.idle_max = idle_max
        # Touched only on the event loop's thread: no lock.
        self.idle: list[ThreadPoolExecutor] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":  # as Django's handler
            raise ValueError(f"Django can only handle ASGI/HTTP connections, not {scope['type']}.")
        executor = self.idle.pop() if self.idle else self._new_executor()
        context = ThreadSensitiveContext()
        try:
            async with context:
                # The request's context is the outermost (Django's handler opens it the same way); asgiref
                # would make its executor at the first thread-sensitive call and stop it on exit: this one
                # is put in its place, and taken back before the exit so that it is not stopped.
                SyncToAsync.context_to_thread_executor[context] = executor
                try:
                    await self.handle(scope, receive, send)
                finally:
                    SyncToAsync.context_to_thread_executor.pop(context, None)
        except BaseException:
            # A request that failed or was cancelled may have left work running on the thread (the ASGI
            # server gave up waiting): that thread ends when its work does and is not lent again.
            executor.shutdown(wait=False)
            raise
        # handle() awaited every call it submitted (a client gone mid-view still waits for the view, behind
        # which request_finished runs): the thread is idle.
        if len(self.idle) < self.idle_max:
            self.idle.append(executor)
        else:
            executor.shutdown(wait=False)

    def load_middleware(self, is_async: bool = False) -> None:
        """The middleware and the view as one synchronous chain, entered from the event loop once.

        Django's own async chain, below the first synchronous-only middleware (the site has several),
        went back to the event loop for the view (`async_to_sync` of its async `_get_response`), then to a
        thread again for the CSRF check and again for the view: three more round trips between the loop
        and the request's thread per request, each a future, a wake-up of the loop and a submit. Here the
        chain is Django's synchronous one (what WSGI runs) and the loop hands it to the request's thread
        once. An async view (the API's run that waits for its end) is awaited on the loop as before, its
        thread parked meanwhile, as it already was below a synchronous middleware."""
        super().load_middleware(is_async=False)
        if is_async:
            chain: Any = self._middleware_chain  # type: ignore[has-type]
            self._middleware_chain = sync_to_async(chain, thread_sensitive=True)

    @staticmethod
    def _new_executor() -> ThreadPoolExecutor:
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="request")


def get_asgi_application() -> KeptThreadsASGIHandler:
    """django.core.asgi.get_asgi_application, with this handler."""
    django.setup(set_prefix=False)
    return KeptThreadsASGIHandler()
